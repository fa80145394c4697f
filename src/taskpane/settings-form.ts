/**
 * The settings form's data: text the user typed per field, parsed into `Settings` and checked.
 * Percentages are typed as percents (20) and stored as fractions (0.2), as the workbook does.
 */
import type { CostRule, Language, SettingKey, Settings } from "../core/model";
import { PERCENT_KEYS, settingsIssues, type SettingIssue } from "../core/settings-plan";

export type NumericKey = Exclude<SettingKey, "RequireLostMembersTier1" | "CostRule" | "Language">;

export const NUMERIC_KEYS: readonly NumericKey[] = [
  "MinActiveMembers",
  "WarnActiveMembers",
  "Tier1Fee",
  "LookbackMonths",
  "MinNewMembers",
  "MaxSpendOverEnvelope",
  "WarnSpendOverEnvelope",
  "MaxDeficitQuarters",
  "MinCashReserve",
  "MaxCostOverHistorical",
  "WarnCostOverHistorical",
  "IndicatorsToConsiderMVSP",
];

export interface SettingsDraft {
  readonly numbers: Readonly<Record<NumericKey, string>>;
  readonly RequireLostMembersTier1: boolean;
  readonly CostRule: CostRule;
  readonly Language: Language | null;
}

/** Fractions shown as percents lose float noise (0.15 * 100 = 15.000000000000002). */
function toField(key: NumericKey, value: number): string {
  const shown = PERCENT_KEYS.has(key) ? Math.round(value * 100 * 1e6) / 1e6 : value;
  return String(shown);
}

export function draftFrom(settings: Settings): SettingsDraft {
  const numbers = Object.fromEntries(NUMERIC_KEYS.map((key) => [key, toField(key, settings[key])])) as Record<NumericKey, string>;
  return {
    numbers,
    RequireLostMembersTier1: settings.RequireLostMembersTier1,
    CostRule: settings.CostRule,
    Language: settings.Language,
  };
}

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

export type FieldIssue = { readonly code: "required" | "number" } | SettingIssue;

/** The settings the draft stands for, and what is wrong with it, field by field. */
export function readDraft(draft: SettingsDraft): { settings: Settings; issues: Partial<Record<SettingKey, FieldIssue>> } {
  const issues: Partial<Record<SettingKey, FieldIssue>> = {};
  const numbers: Partial<Record<NumericKey, number>> = {};
  for (const key of NUMERIC_KEYS) {
    const text = draft.numbers[key];
    const parsed = parseNumber(text);
    if (parsed === null) issues[key] = { code: text.trim() === "" ? "required" : "number" };
    numbers[key] = parsed === null ? Number.NaN : PERCENT_KEYS.has(key) ? parsed / 100 : parsed;
  }
  const settings = {
    ...(numbers as Record<NumericKey, number>),
    RequireLostMembersTier1: draft.RequireLostMembersTier1,
    CostRule: draft.CostRule,
    Language: draft.Language,
  } as Settings;
  for (const issue of settingsIssues(settings)) {
    if (!issues[issue.key]) issues[issue.key] = issue;
  }
  return { settings, issues };
}
