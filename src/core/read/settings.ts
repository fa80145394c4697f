/**
 * TriggerSettings: a Key | Value table. Every key is optional; a bad value is an error naming
 * its cell and is not used, so one typo never silently changes a threshold. What the values
 * may be, and how the settings in force follow from those written, is `core/settings`.
 */
import type { CellValue, WorkbookSnapshot } from "../cells";
import type { CostRule, Language, Problem, SettingKey, Settings } from "../model";
import { SETTING_KEYS, kindOf, type SettingKind } from "../settings/definitions";
import { allowedText, boundIssue, fallbackText, resolveSettings, showSetting, type WrittenSettings } from "../settings/rules";
import { ReadContext } from "./context";
import { INPUT } from "./names";
import { HEADERS, isBlankRow } from "./columns";
import { openTable } from "./tables";
import { fold, isBlank } from "./text";
import { isFault, parseAmount, parseCount, parsePercent, parseYesNo } from "./values";

const WORDS_FOR_COST_RULE: ReadonlyMap<string, CostRule> = new Map([
  ["any", "any"],
  ["anyservice", "any"],
  ["tous", "any"],
  ["nimportelequel", "any"],
  ["cualquiera", "any"],
  ["cualquier", "any"],
  ["aggregate", "aggregate"],
  ["total", "aggregate"],
  ["global", "aggregate"],
  ["agrege", "aggregate"],
  ["agregado", "aggregate"],
]);

const WORDS_FOR_LANGUAGE: ReadonlyMap<string, Language> = new Map([
  ["en", "en"],
  ["english", "en"],
  ["anglais", "en"],
  ["ingles", "en"],
  ["fr", "fr"],
  ["french", "fr"],
  ["francais", "fr"],
  ["frances", "fr"],
  ["es", "es"],
  ["spanish", "es"],
  ["espagnol", "es"],
  ["espanol", "es"],
]);
/** `fr-FR`, `es_419`: a locale tag names its language. */
const LOCALE_TAG = /^([a-z]{2})[-_][a-z0-9]{2,8}$/i;

function numeric(result: number | string): number | undefined {
  return isFault(result) ? undefined : (result as number);
}

/** Longest name kept for "Prepared by" / "Reviewed by": a line of the printed page. */
const MAX_NAME = 120;

/** A cell as a value of the setting's kind, before its bounds are checked; undefined when unreadable. */
const PARSERS: { readonly [K in SettingKind]: (value: CellValue) => Settings[SettingKey] | undefined } = {
  count: (value) => numeric(parseCount(value)),
  amount: (value) => numeric(parseAmount(value)),
  percent: (value) => numeric(parsePercent(value)),
  boolean: (value) => {
    const yes = parseYesNo(value);
    return isFault(yes) ? undefined : yes;
  },
  costRule: (value) => (typeof value === "string" ? WORDS_FOR_COST_RULE.get(fold(value)) : undefined),
  // A name, as typed; a number or a date typed there is not one.
  text: (value) => (typeof value === "string" && value.trim() !== "" ? value.trim().slice(0, MAX_NAME) : undefined),
  language: (value) => {
    if (typeof value !== "string") return undefined;
    const tag = LOCALE_TAG.exec(value.trim());
    return WORDS_FOR_LANGUAGE.get(tag ? tag[1].toLowerCase() : fold(value));
  },
};

/** The cell as a valid value of `key`, or undefined. */
export function parseSetting(key: SettingKey, value: CellValue): Settings[SettingKey] | undefined {
  const parsed = PARSERS[kindOf(key)](value);
  if (typeof parsed === "number" && boundIssue(key, parsed)) return undefined;
  return parsed;
}

const KEY_BY_FOLDED: ReadonlyMap<string, SettingKey> = new Map(SETTING_KEYS.map((key) => [fold(key), key]));

/** The settings table as read: what it sets, where, and the settings in force. */
export interface StoredSettings {
  /** The settings in force (what the next evaluation uses). */
  readonly settings: Settings;
  /** The valid values the table sets; a key absent here keeps its default or follows its trigger. */
  readonly written: WrittenSettings;
  /** The value cell of each key listed in the table, valid or not. */
  readonly cells: Readonly<Partial<Record<SettingKey, string>>>;
  /** The table's address, null when the workbook has none. */
  readonly table: string | null;
}

type Writable = { -readonly [K in SettingKey]?: Settings[K] };

function readTable(ctx: ReadContext): StoredSettings {
  const table = openTable(ctx, INPUT.triggerSettings, HEADERS.settings, false);
  if (!table) return { settings: resolveSettings({}).settings, written: {}, cells: {}, table: null };
  const { area, columns, used } = table;
  const name = area.name;
  const written: Writable = {};
  const cells: Partial<Record<SettingKey, string>> = {};
  const invalid: { key: SettingKey; cell: string; found: string }[] = [];
  const repeated = new Set<SettingKey>();

  for (let r = 1; r < area.rows; r++) {
    if (isBlankRow(area, r, used)) continue;
    const rawKey = area.value(r, columns.key);
    if (isBlank(rawKey)) {
      ctx.log.warning(name, area.cell(r, columns.key), "expectedText");
      continue;
    }
    const key = typeof rawKey === "string" ? KEY_BY_FOLDED.get(fold(rawKey)) : undefined;
    if (key === undefined) {
      ctx.log.warning(name, area.cell(r, columns.key), "settingUnknown", { found: area.shown(r, columns.key) });
      continue;
    }
    if (cells[key] !== undefined) {
      ctx.log.error(name, area.cell(r, columns.key), "duplicateKey", { found: key });
      repeated.add(key);
      continue;
    }
    cells[key] = area.cell(r, columns.value);
    const raw = area.value(r, columns.value);
    // A listed key left blank sets nothing: its default, or a warning level following its trigger.
    if (isBlank(raw)) continue;
    const value = parseSetting(key, raw);
    if (value === undefined) invalid.push({ key, cell: area.cell(r, columns.value), found: area.shown(r, columns.value) });
    else (written as Record<string, unknown>)[key] = value;
  }

  // A key given twice is ambiguous: neither value is used.
  for (const key of repeated) delete written[key];
  const { settings, contradictions } = resolveSettings(written);

  for (const { key, cell, found } of invalid) {
    ctx.log.error(name, cell, "settingInvalid", { key, found, allowed: allowedText(key), default: fallbackText(key, settings) });
  }
  for (const { warning, trigger } of contradictions) {
    ctx.log.error(name, cells[warning] ?? area.address, "settingInconsistent", {
      key: warning,
      found: showSetting(warning, written[warning] as Settings[SettingKey]),
      other: trigger,
      otherValue: showSetting(trigger, settings[trigger]),
      otherCell: written[trigger] !== undefined ? (cells[trigger] ?? area.address) : area.address,
    });
  }
  return { settings, written, cells, table: area.address };
}

export function readSettings(ctx: ReadContext): Settings {
  return readTable(ctx).settings;
}

/** The settings table and its problems: what the task pane's Settings tab starts from. */
export interface WorkbookSettings extends StoredSettings {
  readonly problems: readonly Problem[];
}

/** The settings table alone, read as an evaluation reads it. */
export function readStoredSettings(snapshot: WorkbookSnapshot): WorkbookSettings {
  const ctx = new ReadContext(snapshot);
  const stored = readTable(ctx);
  return { ...stored, problems: [...ctx.log.problems, ...ctx.log.overflow()] };
}
