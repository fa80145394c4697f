/**
 * The settings, defined once. The reader, the pane's form, the template, the settings table
 * writer and the summary all derive from this table: adding a setting is one entry here plus
 * its label in `i18n/<lang>/settings.ts`.
 *
 * Nothing from the model: `model.ts` re-exports `DEFAULT_SETTINGS` from here, and any import
 * back, type-only included, would make a cycle.
 */
import type { SettingKey, Settings } from "./types";

export type SettingKind = "count" | "amount" | "percent" | "boolean" | "costRule" | "language";

/** A warning level that, when the workbook does not set it, follows its trigger level. */
export interface WarningPairing {
  readonly trigger: SettingKey;
  /** Added to the trigger: +3 members, or −0.05 (5 points) for a percentage. */
  readonly distance: number;
  /**
   * The warning must be reached before the trigger: at or above a "below N" trigger
   * (`atLeast`), at or below a "more than N" one (`atMost`).
   */
  readonly side: "atLeast" | "atMost";
}

export interface SettingDefinition<K extends SettingKey = SettingKey> {
  readonly key: K;
  readonly default: Settings[K];
  readonly kind: SettingKind;
  /** Bounds of a numeric setting (fractions for percentages); absent: unbounded. */
  readonly min?: number;
  /** The value must be strictly above `min` (a Tier 1 fee of 0 would count no income lost). */
  readonly minExclusive?: boolean;
  readonly max?: number;
  readonly integer?: boolean;
  /** Set on a warning level: the trigger it pairs with. */
  readonly warningOf?: WarningPairing;
}

type Definitions = { readonly [K in SettingKey]: Omit<SettingDefinition<K>, "key"> };

const COUNT = { kind: "count", integer: true, min: 0 } as const;
/** Up to 1000 %: beyond that the value was surely typed as 20 meaning 20 %. */
const PERCENT = { kind: "percent", min: 0, max: 10 } as const;

/** In the SPEC's order, which is the order of every table and list that shows them. */
const DEFINITIONS: Definitions = {
  MinActiveMembers: { ...COUNT, default: 70 },
  WarnActiveMembers: {
    ...COUNT,
    default: 73,
    warningOf: { trigger: "MinActiveMembers", distance: 3, side: "atLeast" },
  },
  RequireLostMembersTier1: { kind: "boolean", default: true },
  Tier1Fee: { kind: "amount", default: 85000, min: 0, minExclusive: true },
  LookbackMonths: { ...COUNT, default: 12, min: 1, max: 120 },
  MinNewMembers: { ...COUNT, default: 2 },
  MaxSpendOverEnvelope: { ...PERCENT, default: 0.2 },
  WarnSpendOverEnvelope: {
    ...PERCENT,
    default: 0.15,
    warningOf: { trigger: "MaxSpendOverEnvelope", distance: -0.05, side: "atMost" },
  },
  MaxDeficitQuarters: { ...COUNT, default: 1 },
  // A reserve target may be negative: an agreed overdraft facility.
  MinCashReserve: { kind: "amount", default: 0 },
  MaxCostOverHistorical: { ...PERCENT, default: 0.15 },
  WarnCostOverHistorical: {
    ...PERCENT,
    default: 0.1,
    warningOf: { trigger: "MaxCostOverHistorical", distance: -0.05, side: "atMost" },
  },
  CostRule: { kind: "costRule", default: "any" },
  // As many as there are indicators (checked against INDICATORS by the tests).
  IndicatorsToConsiderMVSP: { ...COUNT, default: 2, min: 1, max: 8 },
  // null: Office's display language, or English.
  Language: { kind: "language", default: null },
};

export const SETTING_KEYS: readonly SettingKey[] = Object.keys(DEFINITIONS) as SettingKey[];

export function definitionOf<K extends SettingKey>(key: K): SettingDefinition<K> {
  return { key, ...(DEFINITIONS[key] as Omit<SettingDefinition<K>, "key">) };
}

export const SETTING_DEFINITIONS: readonly SettingDefinition[] = SETTING_KEYS.map((key) => definitionOf(key));

export const DEFAULT_SETTINGS: Settings = Object.fromEntries(
  SETTING_KEYS.map((key) => [key, DEFINITIONS[key].default]),
) as unknown as Settings;

export function kindOf(key: SettingKey): SettingKind {
  return DEFINITIONS[key].kind;
}

export function isNumericKey(key: SettingKey): boolean {
  const kind = kindOf(key);
  return kind === "count" || kind === "amount" || kind === "percent";
}

/** The warning levels, each with the trigger it follows. */
export const WARNING_PAIRS: readonly (readonly [SettingKey, WarningPairing])[] = SETTING_KEYS.flatMap((key) => {
  const pairing = DEFINITIONS[key].warningOf;
  return pairing ? [[key, pairing] as const] : [];
});

/** The warning level paired with a trigger, if any. */
export function warningOfTrigger(trigger: SettingKey): SettingKey | undefined {
  return WARNING_PAIRS.find(([, pairing]) => pairing.trigger === trigger)?.[0];
}
