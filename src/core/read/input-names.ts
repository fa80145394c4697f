/** The workbook contract's input names, each written once. */
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

export type InputName = (typeof INPUT)[keyof typeof INPUT];
