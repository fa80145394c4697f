/**
 * How each setting is shown in the documents (summary, log, template), derived from the one
 * definition of the settings (`core/settings`).
 */
import type { Language, SettingKey, Settings } from "../model";
import { translate } from "../i18n";
import {
  DEFAULT_SETTINGS,
  PAGE_ONLY_SETTINGS,
  SETTING_KEYS,
  definitionOf,
  followingWarning,
  kindOf,
  showSetting,
  type SettingKind,
} from "../settings";
import type { PlanRect, PlanValidation, PlanValue } from "./types";
import { S } from "./styles";

export type { SettingKind };
export { SETTING_KEYS };

export const SETTING_KINDS: Readonly<Record<SettingKey, SettingKind>> = Object.fromEntries(
  SETTING_KEYS.map((key) => [key, kindOf(key)]),
) as Record<SettingKey, SettingKind>;

export function yesNo(value: boolean, lang: Language): string {
  return translate(lang, "terms", value ? "yes" : "no");
}

const STYLE_OF_KIND: Readonly<Record<SettingKind, string>> = {
  count: S.count,
  amount: S.amount,
  percent: S.percent,
  boolean: S.text,
  costRule: S.text,
  language: S.text,
  text: S.text,
};

/** A setting as a cell: the value and the style that shows it in its unit. */
export function settingCell(key: SettingKey, settings: Settings, lang: Language): { value: string | number | null; style: string } {
  const value = settings[key];
  if (typeof value === "boolean") return { value: yesNo(value, lang), style: S.text };
  return { value: value ?? null, style: STYLE_OF_KIND[kindOf(key)] };
}

/**
 * Whether a setting holds what applies when the workbook does not set it: its default, or for a
 * warning level, the level that follows its trigger (80 members → 83 is not "set").
 */
export function isDefaultSetting(key: SettingKey, settings: Settings): boolean {
  const pairing = definitionOf(key).warningOf;
  if (!pairing) return settings[key] === DEFAULT_SETTINGS[key];
  return Math.abs((settings[key] as number) - followingWarning(key, settings[pairing.trigger] as number)) < 1e-9;
}

/**
 * The settings in one language-independent line (`MinActiveMembers=70; ...; Language=`), for
 * the log: compact, and readable again by anyone, whatever language the log was written in.
 */
export function settingsLine(settings: Settings): string {
  return SETTING_KEYS.filter((key) => !PAGE_ONLY_SETTINGS.includes(key))
    .map((key) => {
      const value = settings[key];
      return `${key}=${value === null ? "" : showSetting(key, value)}`;
    })
    .join("; ");
}

const INPUT_STYLE_OF_KIND: Readonly<Record<SettingKind, string>> = {
  count: S.inputCount,
  amount: S.inputAmount,
  percent: S.inputPercent,
  boolean: S.inputText,
  costRule: S.inputText,
  language: S.inputText,
  text: S.inputText,
};

/**
 * The value cell of a setting in a table the user will edit (the template's): its default, or
 * blank for a warning level, which then follows its trigger; and the data validation that keeps
 * to the setting's bounds.
 */
export function settingInputCell(
  key: SettingKey,
  range: PlanRect,
  lang: Language,
): { readonly value: PlanValue; readonly style: string; readonly validation: PlanValidation | null } {
  const definition = definitionOf(key);
  const style = INPUT_STYLE_OF_KIND[definition.kind];
  const value = definition.warningOf ? null : DEFAULT_SETTINGS[key];
  switch (definition.kind) {
    case "boolean":
      return {
        value: yesNo(value as boolean, lang),
        style,
        validation: { kind: "list", range, values: [yesNo(true, lang), yesNo(false, lang)] },
      };
    case "costRule":
      return { value, style, validation: { kind: "list", range, values: ["any", "aggregate"] } };
    case "language":
      return { value, style, validation: { kind: "list", range, values: ["en", "fr", "es"] } };
    case "count":
      return {
        value,
        style,
        validation: { kind: "wholeNumber", range, min: definition.min ?? 0, max: definition.max ?? 100000 },
      };
    default:
      // Excel's validations have no "above 0" nor "up to 1000 %" short of a custom formula: the reader still checks both.
      return { value, style, validation: definition.min === undefined ? null : { kind: "nonNegative", range } };
  }
}
