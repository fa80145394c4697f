/**
 * What a setting may hold, and how the settings in force follow from those the workbook sets
 * (SPEC, "Decisions on ambiguities"): the reader and the pane's form both call these, so the
 * pane refuses exactly what the next evaluation would reject.
 */
import type { SettingKey, Settings } from "../model";
import { DEFAULT_SETTINGS, SETTING_KEYS, WARNING_PAIRS, definitionOf, kindOf, type WarningPairing } from "./definitions";

/** The values a workbook's `TriggerSettings` table sets, each valid on its own. */
export type WrittenSettings = { readonly [K in SettingKey]?: Settings[K] };

/**
 * What a save changes: a value to write, or null to clear the value cell (the setting then
 * keeps its default, and a warning level follows its trigger again).
 */
export type SettingsChanges = { readonly [K in SettingKey]?: Settings[K] | null };

/** Why a number does not fit a setting; limits are in the setting's unit (fractions for percentages). */
export type BoundIssue =
  | { readonly code: "number" }
  | { readonly code: "integer" }
  | { readonly code: "min"; readonly limit: number }
  | { readonly code: "above"; readonly limit: number }
  | { readonly code: "max"; readonly limit: number };

export function boundIssue(key: SettingKey, value: number): BoundIssue | null {
  const definition = definitionOf(key);
  if (!Number.isFinite(value)) return { code: "number" };
  if (definition.integer && !Number.isInteger(value)) return { code: "integer" };
  if (definition.min !== undefined) {
    if (definition.minExclusive && value <= definition.min) return { code: "above", limit: definition.min };
    if (value < definition.min) return { code: "min", limit: definition.min };
  }
  if (definition.max !== undefined && value > definition.max) return { code: "max", limit: definition.max };
  return null;
}

/** Float noise out: 0.2 − 0.05 is 0.15000000000000002. */
function tidy(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** The warning level a trigger level implies when the warning is not set: 80 → 83, 25 % → 20 %. */
export function followingWarning(warning: SettingKey, triggerValue: number): number {
  const definition = definitionOf(warning);
  const distance = definition.warningOf?.distance ?? 0;
  let value = tidy(triggerValue + distance);
  // A trigger of 3 % would otherwise warn from −2 %.
  if (definition.min !== undefined) value = Math.max(definition.min, value);
  if (definition.max !== undefined) value = Math.min(definition.max, value);
  return value;
}

/** Whether a warning level comes after its trigger level, which it must never do. */
export function contradicts(pairing: WarningPairing, warning: number, trigger: number): boolean {
  return pairing.side === "atLeast" ? warning < trigger : warning > trigger;
}

export interface Contradiction {
  readonly warning: SettingKey;
  readonly trigger: SettingKey;
}

/**
 * The settings in force. A setting not written keeps its default, except a warning level, which
 * follows its trigger at the default distance. A written warning level that contradicts its
 * trigger is reported; the trigger applies as written and the warning band is empty (the
 * warning equals the trigger, so only a value exactly on the threshold is `near`, as always).
 */
export function resolveSettings(written: WrittenSettings): { settings: Settings; contradictions: Contradiction[] } {
  const settings: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) settings[key] = written[key] !== undefined ? written[key] : DEFAULT_SETTINGS[key];
  const contradictions: Contradiction[] = [];
  for (const [warning, pairing] of WARNING_PAIRS) {
    const trigger = settings[pairing.trigger] as number;
    const set = written[warning] as number | undefined;
    if (set === undefined) {
      settings[warning] = followingWarning(warning, trigger);
    } else if (contradicts(pairing, set, trigger)) {
      contradictions.push({ warning, trigger: pairing.trigger });
      settings[warning] = trigger;
    }
  }
  return { settings: settings as unknown as Settings, contradictions };
}

/** `20%`, `TRUE`, `any`, `auto`: a value as the settings table and the messages show it, in any language. */
export function showSetting<K extends SettingKey>(key: K, value: Settings[K]): string {
  if (value === null) return "auto";
  switch (kindOf(key)) {
    case "percent":
      return `${tidy((value as number) * 100)}%`;
    case "boolean":
      return value ? "TRUE" : "FALSE";
    default:
      return String(value);
  }
}

/** What a setting allows, language-neutral since problem params are not translated: `1 … 120`, `0% … 1000%`. */
export function allowedText(key: SettingKey): string {
  const definition = definitionOf(key);
  switch (definition.kind) {
    case "boolean":
      return "TRUE / FALSE";
    case "costRule":
      return "any / aggregate";
    case "language":
      return "en / fr / es";
    case "percent":
      return `${tidy((definition.min ?? 0) * 100)}% … ${tidy((definition.max ?? 10) * 100)}%`;
    default: {
      const { min, max } = definition;
      if (min === undefined) return "-50000 / 0 / 250000";
      if (definition.minExclusive) return `> ${min}`;
      if (max === undefined) return `${min}, ${min + 1}, ${min + 2} …`;
      return `${min} … ${max}`;
    }
  }
}

/** How a setting not written reads in messages: its default, or for a warning level, what it follows. */
export function fallbackText(key: SettingKey, settings: Settings): string {
  const pairing = definitionOf(key).warningOf;
  if (!pairing) return showSetting(key, DEFAULT_SETTINGS[key]);
  const shownDistance = showSetting(key, Math.abs(pairing.distance) as Settings[typeof key]);
  const sign = pairing.distance < 0 ? "−" : "+";
  return `${showSetting(key, settings[key])} (${pairing.trigger} ${sign} ${shownDistance})`;
}
