import { groupProblems, inputLabel } from "../../src/core/problem-groups";
import { loadAllLanguages } from "../../src/core/i18n/all";
import type { Problem, Severity } from "../../src/core/model";

const problem = (name: string, severity: Severity, cell: string): Problem => ({
  severity,
  name,
  cell,
  code: severity === "error" ? "expectedAmount" : "notAssessed",
  params: {},
});

describe("problems grouped by input", () => {
  it("puts groups with errors first, then follows the contract's order of inputs, then other names as first seen", () => {
    const groups = groupProblems([
      problem("Status_new_members", "error", "Inputs!F9"),
      problem("ExternalFactors", "warning", "Inputs!C20"),
      problem("TriggerSettings", "error", "Inputs!B40"),
      problem("CashFlow", "warning", "Inputs!A12"),
      problem("PlannedSpend", "error", "Inputs!C7"),
      problem("MVSP Triggers", "warning", ""),
      problem("PlannedSpend", "warning", "Inputs!C8"),
      problem("BudgetEnvelope", "warning", "Inputs!C3"),
      problem("PlannedSpend", "error", "Inputs!C9"),
    ]);
    expect(groups.map((g) => g.name)).toEqual([
      // errors: contract order (PlannedSpend before TriggerSettings), then the status cell
      "PlannedSpend",
      "TriggerSettings",
      "Status_new_members",
      // warnings only: contract order, then the sheet
      "BudgetEnvelope",
      "CashFlow",
      "ExternalFactors",
      "MVSP Triggers",
    ]);
    expect(groups.map((g) => g.severity)).toEqual(["error", "error", "error", "warning", "warning", "warning", "warning"]);
  });

  it("counts errors and warnings per group and lists errors first, otherwise keeping the order given", () => {
    const [spend] = groupProblems([
      problem("PlannedSpend", "warning", "Inputs!C8"),
      problem("PlannedSpend", "error", "Inputs!C9"),
      problem("PlannedSpend", "warning", "Inputs!C10"),
      problem("PlannedSpend", "error", "Inputs!C7"),
    ]);
    expect(spend.errors).toBe(2);
    expect(spend.warnings).toBe(2);
    expect(spend.problems.map((p) => p.cell)).toEqual(["Inputs!C9", "Inputs!C7", "Inputs!C8", "Inputs!C10"]);
  });

  it("has no group for no problem", () => {
    expect(groupProblems([])).toEqual([]);
  });

  it("labels inputs as the template does, in the user's language, else by the range name", () => {
    loadAllLanguages();
    expect(inputLabel("BudgetEnvelope", "en")).toBe("Budget envelope (USD)");
    expect(inputLabel("MemberRoster", "en")).toBe("Member roster");
    expect(inputLabel("BudgetEnvelope", "fr")).toBe("Enveloppe budgétaire (USD)");
    expect(inputLabel("TriggerSettings", "es")).toBe("Parámetros");
    expect(inputLabel("ActiveMembers", "fr")).toBe("ActiveMembers");
    expect(inputLabel("constructor", "en")).toBe("constructor");
  });
});
