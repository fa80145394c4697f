/**
 * The bad-input policy end to end (reader + rules): each kind of bad input gives its message
 * naming the cell, turns exactly the indicators that depend on it into `no_data`, and leaves
 * every other indicator evaluated as before.
 */
import type { NameSnapshot } from "../../src/core/cells";
import { runEvaluation, type IndicatorId, type ProblemCode } from "../../src/core";
import { problemMessage } from "../../src/core/text";
import { cell, range, validNames, workbook } from "./read-helpers";

const CLOCK = { today: 46300, timestamp: "2026-10-05 10:00" };

function statuses(names: Record<string, NameSnapshot>) {
  const run = runEvaluation(workbook(names), CLOCK);
  return { run, byId: Object.fromEntries(run.evaluation.indicators.map((i) => [i.id, i.status])) as Record<IndicatorId, string> };
}

const baseline = statuses(validNames()).byId;

const roster = (third: (string | number | null)[]): NameSnapshot =>
  range("Inputs", "A20", [["Organisation", "Tier", "Joined", "Left"], ["Alpha Org", 1, 43845, null], ["Beta Org", 2, 45981, null], third]);

const cases: [string, Record<string, NameSnapshot>, ProblemCode, string, IndicatorId[]][] = [
  ["a missing name", { BudgetEnvelope: { kind: "missing" } }, "nameMissing", "", ["spend_vs_envelope"]],
  ["an empty range", { BudgetEnvelope: cell("Inputs", "B2", null) }, "rangeEmpty", "Inputs!B2", ["spend_vs_envelope"]],
  [
    "text in a number cell",
    { CashOpeningBalance: cell("Budget 2026", "C7", "lots") },
    "expectedAmount",
    "'Budget 2026'!C7",
    ["cash_deficit_quarters"],
  ],
  [
    "an unreadable date",
    { MemberRoster: roster(["Gamma Org", 1, "31/03/2025", null]) },
    "expectedDate",
    "Inputs!C23",
    ["active_members", "new_members"],
  ],
  ["#N/A", { PlannedSpend: range("Inputs", "B3", [[2500000], [{ error: "#N/A" }]]) }, "errorValue", "Inputs!B4", ["spend_vs_envelope"]],
  [
    "#REF!",
    {
      CoreServiceCosts: range("Inputs", "F10", [
        ["Service", "Current cost", "Historical average"],
        ["Registry", { error: "#REF!" }, 100],
      ]),
    },
    "errorValue",
    "Inputs!G11",
    ["core_service_cost"],
  ],
  [
    "#DIV/0!",
    {
      CashFlow: range("Inputs", "A10", [
        ["Quarter", "Inflows", "Outflows"],
        ["Q1", { error: "#DIV/0!" }, 5],
      ]),
    },
    "errorValue",
    "Inputs!B11",
    ["cash_deficit_quarters"],
  ],
  ["a name pointing at a deleted range", { CashFlow: { kind: "broken", formula: "=#REF!" } }, "nameBroken", "", ["cash_deficit_quarters"]],
  [
    "a duplicate header",
    {
      CoreServiceCosts: range("Inputs", "F10", [
        ["Service", "Current cost", "Current cost", "Historical average"],
        ["R", 1, 2, 3],
      ]),
    },
    "headerDuplicate",
    "Inputs!H10",
    ["core_service_cost"],
  ],
  [
    "a missing header",
    {
      CashFlow: range("Inputs", "A10", [
        ["Quarter", "Inflows"],
        ["Q1", 5],
      ]),
    },
    "headerMissing",
    "Inputs!A10:B10",
    ["cash_deficit_quarters"],
  ],
  [
    "a multi-area name",
    { PlannedSpend: { kind: "multiArea", formula: "=Inputs!$B$3,Inputs!$D$3" } },
    "nameMultiArea",
    "",
    ["spend_vs_envelope"],
  ],
  ["a negative envelope", { BudgetEnvelope: cell("Inputs", "B2", -3080000) }, "envelopeNotPositive", "Inputs!B2", ["spend_vs_envelope"]],
];

describe("bad input", () => {
  it("starts from a workbook where every indicator is evaluated", () => {
    expect(Object.values(baseline)).not.toContain("no_data");
  });

  it.each(cases)(
    "%s: its message names the cell, its indicators have no data, the rest are unchanged",
    (_, change, code, address, affected) => {
      const { run, byId } = statuses({ ...validNames(), ...change });
      const problem = run.evaluation.problems.find((p) => p.code === code);
      expect(problem).toBeDefined();
      expect(problem!.severity).toBe("error");
      if (address) expect(problem!.cell).toBe(address);
      for (const lang of ["en", "fr", "es"] as const) {
        const message = problemMessage(problem!, lang);
        expect(message).toContain(problem!.name);
        if (address) expect(message).toContain(address);
      }
      for (const id of Object.keys(baseline) as IndicatorId[]) {
        expect({ id, status: byId[id] }).toEqual({ id, status: affected.includes(id) ? "no_data" : baseline[id] });
      }
      // The report is still written, with the problem in it.
      expect(run.plan).not.toBeNull();
    },
  );
});
