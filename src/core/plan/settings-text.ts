/** How each setting is shown and validated: shared by the summary, the log and the template. */
import { DEFAULT_SETTINGS, type Language, type SettingKey, type Settings } from "../model";
import { translate } from "../i18n";
import { S } from "./styles";

export type SettingKind = "count" | "amount" | "percent" | "boolean" | "costRule" | "language";

export const SETTING_KINDS: Readonly<Record<SettingKey, SettingKind>> = {
  MinActiveMembers: "count",
  WarnActiveMembers: "count",
  RequireLostMembersTier1: "boolean",
  Tier1Fee: "amount",
  LookbackMonths: "count",
  MinNewMembers: "count",
  MaxSpendOverEnvelope: "percent",
  WarnSpendOverEnvelope: "percent",
  MaxDeficitQuarters: "count",
  MinCashReserve: "amount",
  MaxCostOverHistorical: "percent",
  WarnCostOverHistorical: "percent",
  CostRule: "costRule",
  IndicatorsToConsiderMVSP: "count",
  Language: "language",
};

/** In the order of `DEFAULT_SETTINGS`, which is the SPEC's order. */
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

export function yesNo(value: boolean, lang: Language): string {
  return translate(lang, "terms", value ? "yes" : "no");
}

/** A setting as a cell: the value and the style that shows it in its unit. */
export function settingCell(key: SettingKey, settings: Settings, lang: Language): { value: string | number | null; style: string } {
  const value = settings[key];
  switch (SETTING_KINDS[key]) {
    case "count":
      return { value: value as number, style: S.count };
    case "amount":
      return { value: value as number, style: S.amount };
    case "percent":
      return { value: value as number, style: S.percent };
    case "boolean":
      return { value: yesNo(value as boolean, lang), style: S.text };
    default:
      return { value: (value as string | null) ?? null, style: S.text };
  }
}

export function isDefaultSetting(key: SettingKey, settings: Settings): boolean {
  return settings[key] === DEFAULT_SETTINGS[key];
}

/** Trims float noise: 0.15 × 100 is 15.000000000000002. */
function percentText(fraction: number): string {
  return `${Number((fraction * 100).toFixed(4))}%`;
}

/**
 * The settings in one language-independent line (`MinActiveMembers=70; ...; Language=`), for
 * the log: compact, and readable again by anyone, whatever language the log was written in.
 */
export function settingsLine(settings: Settings): string {
  return SETTING_KEYS.map((key) => {
    const value = settings[key];
    const text =
      value === null
        ? ""
        : typeof value === "boolean"
          ? (value ? "TRUE" : "FALSE")
          : SETTING_KINDS[key] === "percent"
            ? percentText(value as number)
            : String(value);
    return `${key}=${text}`;
  }).join("; ");
}
