/**
 * TriggerSettings: a Key | Value table. Every key is optional; a bad value is an error naming
 * its cell and the default is kept, so one typo never silently changes a threshold.
 */
import type { CellValue } from "../cells";
import { DEFAULT_SETTINGS, type CostRule, type Language, type SettingKey, type Settings } from "../model";
import type { ReadContext } from "./context";
import { INPUT } from "./names";
import { HEADERS, isBlankRow } from "./columns";
import { openTable } from "./tables";
import { fold, isBlank } from "./text";
import { isFault, parseAmount, parseCount, parsePercent, parseYesNo } from "./values";

/** A setting's parser (undefined = invalid) and, for messages, what it allows and how its default reads. */
interface SettingSpec<T> {
  readonly parse: (value: CellValue) => T | undefined;
  /** Language-neutral, since params are not translated: `1 … 120`, `0% … 1000%`, `any / aggregate`. */
  readonly allowed: string;
  readonly show: (value: T) => string;
}

function countIn(min: number, max: number): SettingSpec<number> {
  return {
    parse: (value) => {
      const count = parseCount(value);
      return !isFault(count) && count >= min && count <= max ? count : undefined;
    },
    allowed: max === Number.MAX_SAFE_INTEGER ? `${min}, ${min + 1}, ${min + 2} …` : `${min} … ${max}`,
    show: String,
  };
}

/** Percentages up to 1000 %: beyond that the value was surely typed as 20 meaning 20 %. */
const PERCENT: SettingSpec<number> = {
  parse: (value) => {
    const fraction = parsePercent(value);
    return !isFault(fraction) && fraction >= 0 && fraction <= 10 ? fraction : undefined;
  },
  allowed: "0% … 1000%",
  show: (fraction) => `${Number((fraction * 100).toPrecision(12))}%`,
};

function amountWhere(test: (amount: number) => boolean, allowed: string): SettingSpec<number> {
  return {
    parse: (value) => {
      const amount = parseAmount(value);
      return !isFault(amount) && test(amount) ? amount : undefined;
    },
    allowed,
    show: String,
  };
}

const YES_NO: SettingSpec<boolean> = {
  parse: (value) => {
    const yes = parseYesNo(value);
    return isFault(yes) ? undefined : yes;
  },
  allowed: "TRUE / FALSE",
  show: (yes) => (yes ? "TRUE" : "FALSE"),
};

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

const COST_RULE: SettingSpec<CostRule> = {
  parse: (value) => (typeof value === "string" ? WORDS_FOR_COST_RULE.get(fold(value)) : undefined),
  allowed: "any / aggregate",
  show: String,
};

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

const LANGUAGE: SettingSpec<Language | null> = {
  parse: (value) => {
    if (isBlank(value)) return null;
    if (typeof value !== "string") return undefined;
    const tag = LOCALE_TAG.exec(value.trim());
    return WORDS_FOR_LANGUAGE.get(tag ? tag[1].toLowerCase() : fold(value));
  },
  allowed: "en / fr / es",
  show: (language) => language ?? "auto",
};

const ANY_COUNT = countIn(0, Number.MAX_SAFE_INTEGER);

const SPECS: { readonly [K in SettingKey]: SettingSpec<Settings[K]> } = {
  MinActiveMembers: ANY_COUNT,
  WarnActiveMembers: ANY_COUNT,
  RequireLostMembersTier1: YES_NO,
  Tier1Fee: amountWhere((fee) => fee > 0, "> 0"),
  LookbackMonths: countIn(1, 120),
  MinNewMembers: ANY_COUNT,
  MaxSpendOverEnvelope: PERCENT,
  WarnSpendOverEnvelope: PERCENT,
  MaxDeficitQuarters: ANY_COUNT,
  // A reserve target may be negative: an agreed overdraft facility.
  MinCashReserve: amountWhere(() => true, "-50000 / 0 / 250000"),
  MaxCostOverHistorical: PERCENT,
  WarnCostOverHistorical: PERCENT,
  CostRule: COST_RULE,
  IndicatorsToConsiderMVSP: countIn(1, 8),
  Language: LANGUAGE,
};

const SETTING_KEYS = Object.keys(SPECS) as SettingKey[];
const KEY_BY_FOLDED: ReadonlyMap<string, SettingKey> = new Map(SETTING_KEYS.map((key) => [fold(key), key]));

/** Warning thresholds must be crossed before their trigger: [warning, trigger, warning must be ≥ trigger]. */
const PAIRS: readonly (readonly [SettingKey, SettingKey, "atLeast" | "atMost"])[] = [
  ["WarnActiveMembers", "MinActiveMembers", "atLeast"],
  ["WarnSpendOverEnvelope", "MaxSpendOverEnvelope", "atMost"],
  ["WarnCostOverHistorical", "MaxCostOverHistorical", "atMost"],
];

type Draft = { -readonly [K in SettingKey]: Settings[K] };

export function readSettings(ctx: ReadContext): Settings {
  const settings: Draft = { ...DEFAULT_SETTINGS };
  const table = openTable(ctx, INPUT.triggerSettings, HEADERS.settings, false);
  if (!table) return settings;
  const { area, columns, used } = table;
  const name = area.name;
  /** Value cell of each key the user set, for pointing cross-check problems at it. */
  const setAt = new Map<SettingKey, string>();
  const seenAt = new Map<SettingKey, number>();
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
    if (seenAt.has(key)) {
      ctx.log.error(name, area.cell(r, columns.key), "duplicateKey", { found: key });
      repeated.add(key);
      continue;
    }
    seenAt.set(key, r);
    const raw = area.value(r, columns.value);
    // A listed key left blank keeps its default (Language: blank means "Office's language").
    if (isBlank(raw) && key !== "Language") continue;
    if (assign(settings, key, raw)) {
      setAt.set(key, area.cell(r, columns.value));
    } else {
      ctx.log.error(name, area.cell(r, columns.value), "settingInvalid", {
        key,
        found: area.shown(r, columns.value),
        allowed: SPECS[key].allowed,
        default: showSetting(key, DEFAULT_SETTINGS[key]),
      });
    }
  }

  // A key given twice is ambiguous: neither value is used.
  for (const key of repeated) {
    restoreDefault(settings, key);
    setAt.delete(key);
  }
  checkPairs(ctx, settings, setAt, area.address);
  return settings;
}

function assign<K extends SettingKey>(settings: Draft, key: K, raw: CellValue): boolean {
  const value = SPECS[key].parse(raw);
  if (value === undefined) return false;
  settings[key] = value;
  return true;
}

function restoreDefault<K extends SettingKey>(settings: Draft, key: K): void {
  settings[key] = DEFAULT_SETTINGS[key];
}

function showSetting<K extends SettingKey>(key: K, value: Settings[K]): string {
  return SPECS[key].show(value);
}

function checkPairs(ctx: ReadContext, settings: Draft, setAt: ReadonlyMap<SettingKey, string>, tableAddress: string): void {
  for (const [warn, trigger, direction] of PAIRS) {
    const w = settings[warn] as number;
    const t = settings[trigger] as number;
    if (direction === "atLeast" ? w >= t : w <= t) continue;
    const cell = setAt.get(warn) ?? setAt.get(trigger) ?? tableAddress;
    ctx.log.error(INPUT.triggerSettings, cell, "settingInconsistent", {
      key: warn,
      found: showSetting(warn, w),
      other: trigger,
      otherValue: showSetting(trigger, t),
      keyDefault: showSetting(warn, DEFAULT_SETTINGS[warn]),
      otherDefault: showSetting(trigger, DEFAULT_SETTINGS[trigger]),
    });
    restoreDefault(settings, warn);
    restoreDefault(settings, trigger);
  }
}
