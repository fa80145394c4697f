/** The `connect` arguments that point the inputs at the cells of make-connect-fixtures.py's own.xlsx. */
export const FIXTURES_SCRIPT = "tests/fixtures/make-connect-fixtures.py";

export const ownArgs: readonly string[] = [
  "BudgetEnvelope='Budget 2026'!B3",
  "EvaluationDate='Budget 2026'!B4",
  "PlannedSpend='Budget 2026'!D3:D9",
  "CashOpeningBalance=Trésorerie!B1",
  "CashFlow=Trésorerie!A3:C7",
  "MemberRoster=Membres2026",
  "CoreServiceCosts=Services!A1:C4",
  "ExternalFactors='Facteurs externes'!A1:D4",
];
