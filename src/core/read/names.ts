/** The defined names the reader looks up. */
import { INDICATORS } from "../model";

export const INPUT = {
  budgetEnvelope: "BudgetEnvelope",
  plannedSpend: "PlannedSpend",
  cashOpeningBalance: "CashOpeningBalance",
  cashFlow: "CashFlow",
  memberRoster: "MemberRoster",
  activeMembers: "ActiveMembers",
  newMembers: "NewMembers12M",
  lostMembersAllTier1: "LostMembersAllTier1",
  coreServiceCosts: "CoreServiceCosts",
  externalFactors: "ExternalFactors",
  evaluationDate: "EvaluationDate",
  triggerSettings: "TriggerSettings",
} as const;

/** Every input name of the workbook contract, in the order problems are listed. */
export const INPUT_NAMES: readonly string[] = Object.values(INPUT);

/** `Status_<id>`: the optional cells that receive each indicator's status. */
export const STATUS_NAMES: readonly string[] = INDICATORS.map((indicator) => `Status_${indicator.id}`);
