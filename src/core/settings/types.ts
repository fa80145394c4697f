/** The settings' shape (their one definition, with defaults and bounds, is `definitions.ts`). */
import type { Language } from "../language";

export type CostRule = "any" | "aggregate";

export interface Settings {
  readonly MinActiveMembers: number;
  readonly WarnActiveMembers: number;
  readonly RequireLostMembersTier1: boolean;
  readonly Tier1Fee: number;
  readonly LookbackMonths: number;
  readonly MinNewMembers: number;
  /** Fractions: 0.2 means 20 %. */
  readonly MaxSpendOverEnvelope: number;
  readonly WarnSpendOverEnvelope: number;
  readonly MaxDeficitQuarters: number;
  readonly MinCashReserve: number;
  readonly MaxCostOverHistorical: number;
  readonly WarnCostOverHistorical: number;
  readonly CostRule: CostRule;
  readonly IndicatorsToConsiderMVSP: number;
  /** null: follow Office's display language (or en). */
  readonly Language: Language | null;
}

export type SettingKey = keyof Settings;
