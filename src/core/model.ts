/** The domain: inputs the rules need, settings, and what an evaluation produces. */
import type { KeyOf } from "./i18n";

import type { Settings } from "./settings/types";

export { LANGUAGES, type Language } from "./language";
export type { CostRule, SettingKey, Settings } from "./settings/types";

/**
 * A calendar day as an Excel serial number in the 1900 date system (1 = 1900-01-01,
 * 45930 = 2025-09-30), whatever system the workbook uses: the reader converts 1904 serials.
 */
export type Day = number;

export type Category = "membership" | "finance" | "external";

/** What an indicator's value counts: members or quarters, a fraction shown as a percentage, or the Board's Yes (1) / No (0). */
export type IndicatorUnit = "count" | "percent" | "yesno";

export type IndicatorId =
  | "active_members"
  | "new_members"
  | "spend_vs_envelope"
  | "cash_deficit_quarters"
  | "core_service_cost"
  | "external_funding"
  | "policy_relevance"
  | "stakeholder_prioritisation";

/** The factors of the `ExternalFactors` table, one per Board yes/no indicator (see the indicator table). */
export type ExternalFactorId = "E1" | "E2" | "E3";

export type Status = "met" | "near" | "not_met" | "no_data";
/**
 * `incomplete`: fewer indicators met than needed, but with those that have no data enough could
 * be met: no conclusion is drawn (never shown as reassuring).
 */
export type Outcome = "consider_mvsp" | "incomplete" | "monitor" | "no_trigger";
export const OUTCOMES: readonly Outcome[] = ["consider_mvsp", "incomplete", "monitor", "no_trigger"];
/** The rulebook's defaults, from the one definition of the settings (`core/settings`). */
export { DEFAULT_SETTINGS } from "./settings/definitions";

/** Where a value came from, so results and problems can point at it ("Go to cell"). */
export interface Source {
  readonly name: string;
  /** `'Budget 2026'!B7` or a range `Inputs!A10:D80`. */
  readonly address: string;
}

export interface Member {
  readonly organisation: string;
  readonly tier: number;
  readonly joined: Day;
  readonly left: Day | null;
  /** Optional `Annual fee` column; null when absent or blank. */
  readonly annualFee: number | null;
}

export interface CashFlowQuarter {
  readonly quarter: string;
  readonly inflows: number;
  readonly outflows: number;
}

export interface ServiceCost {
  readonly service: string;
  readonly current: number;
  readonly historical: number;
}

export interface ExternalAssessment {
  readonly id: ExternalFactorId;
  readonly factor: string;
  /** null: not yet assessed. */
  readonly assessment: boolean | null;
  readonly evidence: string;
}

/** Membership comes either from a roster or, where there is none, from three count cells. */
export type MembershipInput =
  | { readonly kind: "roster"; readonly members: readonly Member[] }
  | {
      readonly kind: "counts";
      readonly active: number | null;
      readonly newMembers: number | null;
      /** null: `LostMembersAllTier1` absent or blank, the tier condition is not checked. */
      readonly lostAllTier1: boolean | null;
    };

/**
 * Typed inputs. A field is null when its input is missing or invalid; the reader has then
 * recorded a problem, and the indicators that depend on it evaluate to `no_data`.
 */
export interface TriggerInputs {
  /** null: no `EvaluationDate` (today is used), or one that cannot be read (`evaluationDateUnreadable`). */
  readonly evaluationDate: Day | null;
  /**
   * True when an `EvaluationDate` cell exists but cannot be read: the indicators that depend on
   * the date are then `no_data`, never evaluated as of another day.
   */
  readonly evaluationDateUnreadable?: boolean;
  readonly budgetEnvelope: number | null;
  readonly plannedSpend: number | null;
  readonly cashOpeningBalance: number | null;
  readonly cashFlow: readonly CashFlowQuarter[] | null;
  readonly membership: MembershipInput | null;
  readonly serviceCosts: readonly ServiceCost[] | null;
  /** Keyed by E1/E2/E3; a factor missing from the table is absent here. */
  readonly external: Readonly<Partial<Record<ExternalFactorId, ExternalAssessment>>> | null;
  readonly settings: Settings;
  /** Where each input came from, keyed by defined name. */
  readonly sources: Readonly<Record<string, Source>>;
}

export type Severity = "error" | "warning";

/** Message keys: each has a sentence in every language's catalogue (`i18n/<lang>/problems.ts`). */
export type ProblemCode =
  | "nameMissing"
  | "nameBroken"
  | "nameMultiArea"
  | "nameNotRange"
  | "nameSheetScoped"
  | "statusCellShared"
  | "statusCellHoldsData"
  | "logFull"
  | "rangeEmpty"
  | "expectedNumber"
  | "expectedAmount"
  | "amountTooLarge"
  | "expectedNonNegative"
  | "expectedPositive"
  | "expectedPercent"
  | "expectedDate"
  | "expectedYesNo"
  | "expectedTier"
  | "expectedText"
  | "errorValue"
  | "uncalculated"
  | "headerMissing"
  | "headerDuplicate"
  | "expectedSingleCell"
  | "expectedSingleColumn"
  | "settingUnknown"
  | "settingInvalid"
  | "settingInconsistent"
  | "duplicateKey"
  | "factorMissing"
  | "factorUnknown"
  | "notAssessed"
  | "yesWithoutEvidence"
  | "tierNotChecked"
  | "leftBeforeJoined"
  | "historicalNotPositive"
  | "envelopeNotPositive"
  | "sheetNotOwned"
  | "sheetExists"
  | "workbookUnsupported"
  | "moreProblems"
  | "settingsTableBlocked"
  | "rowsBelow"
  | "noEvaluationDate"
  | "exampleMembers"
  | "exampleEvidence"
  | "templateNotNeeded";

export interface Problem {
  readonly severity: Severity;
  /** The defined name concerned (`BudgetEnvelope`), or a sheet name for output conflicts. */
  readonly name: string;
  /** `'Budget 2026'!B7`, a range address, or "" when the name itself is missing. */
  readonly cell: string;
  readonly code: ProblemCode;
  /** Values the message quotes: what was found, what was expected, the header... */
  readonly params: Readonly<Record<string, string | number>>;
}

export type MarginUnit = "members" | "usd" | "quarters";

/**
 * Margin to the trigger: for an indicator not met, the smallest change of its input that would
 * meet it; for a met one, how far past the trigger it is, as a negative number (SPEC).
 */
export interface Margin {
  readonly amount: number;
  readonly unit: MarginUnit;
  /** Sentence key (`i18n/<lang>/explanations.ts`, `margin.*`) and its parameters. */
  readonly sentence: { readonly key: KeyOf<"explanations">; readonly params: Readonly<Record<string, string | number>> };
}

/** What the rules found for one indicator, in data; sentences are made from it per language. */
export interface IndicatorResult {
  readonly id: IndicatorId;
  readonly category: Category;
  readonly status: Status;
  /** The measured value: a count, a fraction (0.25 = 25 %), or for external factors 1 (Yes) / 0 (No). null when no_data. */
  readonly value: number | null;
  /** The threshold the value is compared with (same unit), null for external factors. */
  readonly threshold: number | null;
  /** Where the warning band starts (same unit, compared as its entry in the indicator table says); null for external factors. */
  readonly warning: number | null;
  /** null for the Board's yes/no factors and for indicators without data. */
  readonly margin: Margin | null;
  readonly unit: IndicatorUnit;
  /** Explanation key and parameters (`i18n/<lang>/explanations.ts`). */
  readonly explanation: { readonly key: KeyOf<"explanations">; readonly params: Readonly<Record<string, string | number>> };
  /** Defined names the indicator reads; used to link it to its problems and cells. */
  readonly inputs: readonly string[];
}

export interface LostMembersDetail {
  readonly count: number;
  /** tier → number of members lost in the window. */
  readonly byTier: Readonly<Record<number, number>>;
  /** Annual fee income lost with them, USD. */
  readonly feeIncomeLost: number;
  /** True when some lost member's fee is unknown (not Tier 1, no `Annual fee`), so the income is a lower bound. */
  readonly feeIncomePartial: boolean;
}

export interface ServiceVariance {
  readonly service: string;
  /** (current − historical) / historical. */
  readonly variance: number;
}

export interface EvaluationDetails {
  readonly activeMembers: number | null;
  readonly newMembers: number | null;
  readonly lostMembers: LostMembersDetail | null;
  /** null when the tier condition could not be checked. */
  readonly lostAllTier1: boolean | null;
  readonly plannedSpend: number | null;
  readonly budgetEnvelope: number | null;
  readonly deficitQuarters: number | null;
  readonly longestDeficitRun: number | null;
  /** Closing balance per projected quarter. */
  readonly closingBalances: readonly { readonly quarter: string; readonly balance: number }[];
  readonly serviceVariances: readonly ServiceVariance[];
}

export interface Evaluation {
  /** ISO `YYYY-MM-DD`; null when the `EvaluationDate` cell could not be read (never "today" then). */
  readonly evaluationDate: string | null;
  readonly outcome: Outcome;
  readonly metCount: number;
  readonly nearCount: number;
  readonly noDataCount: number;
  readonly indicators: readonly IndicatorResult[];
  readonly problems: readonly Problem[];
  readonly settings: Settings;
  readonly details: EvaluationDetails;
  /** A short hash of the inputs and settings, so the log shows when the same inputs were evaluated. */
  readonly fingerprint: string;
}
