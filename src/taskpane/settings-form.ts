/**
 * The Settings tab's data: one text per setting, compared with what the workbook's
 * `TriggerSettings` table held when the tab opened, so that only the settings the user changed
 * are written. Checked with the very rules the reader applies (`core/settings`), so the pane
 * refuses exactly what the next evaluation would reject. Percentages are typed as percents
 * (`20` or `20 %` is 20 %) and stored as fractions (0.2), as the workbook does.
 */
import type { Language, SettingKey, Settings } from "../core/model";
import type { WorkbookSettings } from "../core/read/settings";
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  boundIssue,
  definitionOf,
  isNumericKey,
  kindOf,
  resolveSettings,
  settingLabel,
  type BoundIssue,
  type SettingsChanges,
  type WrittenSettings,
} from "../core/settings";
import { formatCount } from "../core/format";
import { translate } from "../core/i18n";

/** What the user typed or picked, per setting: numbers as typed, `TRUE`/`FALSE`, codes, "" for Office's language. */
export type SettingsDraft = Readonly<Record<SettingKey, string>>;

/**
 * `20`, `20,5`, `85 000`, `85,000`, `3.080.000`? Spaces are grouping; a comma is grouping when it
 * separates groups of three (`85,000`), else the decimal mark (`20,5`). Null when not a number.
 */
export function parseNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "");
  if (compact === "") return null;
  const normalised = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact) ? compact.replace(/,/g, "") : compact.replace(",", ".");
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return null;
  return Number(normalised);
}

/** Fractions shown as percents lose float noise (0.15 * 100 = 15.000000000000002). */
function fieldText(key: SettingKey, value: Settings[SettingKey] | undefined): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return String(kindOf(key) === "percent" ? Math.round(value * 100 * 1e6) / 1e6 : value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/**
 * The form as the workbook stands: each value in force, except a warning level the table does
 * not set, which stays empty (it follows its trigger).
 */
export function draftFrom(stored: Pick<WorkbookSettings, "settings" | "written">): SettingsDraft {
  const entries = SETTING_KEYS.map((key) => {
    const follows = definitionOf(key).warningOf !== undefined && stored.written[key] === undefined;
    return [key, follows ? "" : fieldText(key, stored.settings[key])];
  });
  return Object.fromEntries(entries) as Record<SettingKey, string>;
}

/** The rulebook's defaults, warning levels following their triggers. */
export function defaultDraft(): SettingsDraft {
  return draftFrom({ settings: DEFAULT_SETTINGS, written: {} });
}

export type FieldIssue =
  | { readonly code: "required" }
  | BoundIssue
  | { readonly code: "warnAtLeast" | "warnAtMost" | "triggerPastWarning"; readonly limit: number };

type Parsed = { readonly value: Settings[SettingKey] | null } | { readonly issue: FieldIssue };

/** A field's text as the setting's value; null when empty (clears the cell). */
function parseField(key: SettingKey, text: string): Parsed {
  const kind = kindOf(key);
  if (kind === "boolean") return { value: text === "TRUE" };
  if (kind === "costRule") return { value: text === "aggregate" ? "aggregate" : "any" };
  if (kind === "language") return { value: text === "" ? null : (text as Language) };
  const trimmed = text.trim();
  if (trimmed === "") return { value: null };
  if (kind === "text") return { value: trimmed };
  // `20 %` and `20%` are 20 %, like `20`: the field is in percent.
  const percentSign = /\s*%$/;
  const typed = kind === "percent" ? trimmed.replace(percentSign, "") : trimmed;
  const number = parseNumber(typed);
  if (number === null) return { issue: { code: "number" } };
  const value = kind === "percent" ? Math.round((number / 100) * 1e12) / 1e12 : number;
  const bound = boundIssue(key, value);
  return bound ? { issue: bound } : { value };
}

function same(a: Settings[SettingKey] | null, b: Settings[SettingKey] | null): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  return a === b;
}

export interface FormReading {
  /** The settings to write: only those the user changed (null clears the cell). */
  readonly changes: SettingsChanges;
  readonly issues: Readonly<Partial<Record<SettingKey, FieldIssue>>>;
  /** The settings in force before and, once saved, after. */
  readonly before: Settings;
  readonly after: Settings;
}

/** What the form stands for, compared with the workbook it was opened on, and what is wrong with it. */
export function readForm(draft: SettingsDraft, stored: Pick<WorkbookSettings, "settings" | "written">): FormReading {
  const initial = draftFrom(stored);
  const issues: Partial<Record<SettingKey, FieldIssue>> = {};
  const changes: Record<string, Settings[SettingKey] | null> = {};
  const written: Record<string, unknown> = { ...stored.written };

  for (const key of SETTING_KEYS) {
    const parsed = parseField(key, draft[key]);
    if ("issue" in parsed) {
      issues[key] = parsed.issue;
      continue;
    }
    const pairing = definitionOf(key).warningOf;
    if (parsed.value === null && isNumericKey(key) && !pairing) {
      issues[key] = { code: "required" };
      continue;
    }
    const was = parseField(key, initial[key]);
    if ("value" in was && same(was.value, parsed.value)) continue;
    changes[key] = parsed.value;
    if (parsed.value === null) delete written[key];
    else written[key] = parsed.value;
  }

  const { settings: after, contradictions } = resolveSettings(written as WrittenSettings);
  for (const { warning, trigger } of contradictions) {
    const pairing = definitionOf(warning).warningOf;
    if (!pairing || issues[warning] || issues[trigger]) continue;
    // A contradiction already in the workbook is the reader's to report; the form speaks of the user's edits.
    if (warning in changes) {
      issues[warning] = { code: pairing.side === "atLeast" ? "warnAtLeast" : "warnAtMost", limit: after[trigger] as number };
    } else if (trigger in changes) {
      issues[trigger] = { code: "triggerPastWarning", limit: written[warning] as number };
    }
  }
  return { changes, issues, before: stored.settings, after };
}

/** A value as the pane shows it in `lang`: `20 %`, `85,000`, Yes, All services together. */
export function shownValue(key: SettingKey, value: Settings[SettingKey] | null, lang: Language): string {
  switch (kindOf(key)) {
    case "percent": {
      const number = formatCount(Math.round((value as number) * 100 * 1e6) / 1e6, lang);
      return lang === "en" ? `${number}%` : `${number}\u00a0%`;
    }
    case "boolean":
      return translate(lang, "settings", value ? "value.yes" : "value.no");
    case "costRule":
      return translate(lang, "settings", `value.CostRule.${value as Settings["CostRule"]}`);
    case "language":
      return value === null ? translate(lang, "settings", "value.Language.auto") : String(value);
    case "text":
      return value === null ? "" : String(value);
    default:
      return formatCount(value as number, lang);
  }
}

/** A limit quoted in a field's message, in the field's unit (percent for percentages). */
export function shownLimit(key: SettingKey, limit: number, lang: Language): string {
  return formatCount(kindOf(key) === "percent" ? Math.round(limit * 100 * 1e6) / 1e6 : limit, lang);
}

export interface ChangeLine {
  readonly key: SettingKey;
  readonly label: string;
  readonly before: string;
  readonly after: string;
  /** `written`: the user changed it; `follows`: a warning level that moves with its trigger. */
  readonly how: "written" | "follows";
}

/** "before → after" for every setting the save changes, in the SPEC's order. */
export function changeLines(reading: FormReading, lang: Language): ChangeLine[] {
  const lines: ChangeLine[] = [];
  for (const key of SETTING_KEYS) {
    const written = key in reading.changes;
    const moved = !same(reading.before[key], reading.after[key]);
    if (!written && !moved) continue;
    const cleared = written && reading.changes[key] === null && definitionOf(key).warningOf !== undefined;
    const after = shownValue(key, reading.after[key], lang);
    lines.push({
      key,
      label: settingLabel(key, lang),
      before: shownValue(key, reading.before[key], lang),
      after: cleared ? `${after}, ${translate(lang, "settings", "confirm.cleared")}` : after,
      how: written ? "written" : "follows",
    });
  }
  return lines;
}
