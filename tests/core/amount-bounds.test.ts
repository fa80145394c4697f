/**
 * Amounts beyond what a budget can hold (issue 16): an input error naming the cell, in every
 * language, and the indicator reading it has no data. Before, 1e16 or the text
 * "30,800,000,000,000,000" was evaluated (and hung the margin search).
 */
import type { NameSnapshot } from "../../src/core/cells";
import { runEvaluation, type IndicatorId } from "../../src/core";
import { MAX_AMOUNT_USD } from "../../src/core/read/values";
import { problemMessage } from "../../src/core/text";
import { cell, range, validNames, workbook } from "./read-helpers";

const CLOCK = { today: 46300, timestamp: "2026-10-05 10:00" };

function run(change: Record<string, NameSnapshot>) {
  const result = runEvaluation(workbook({ ...validNames(), ...change }), CLOCK);
  const status = (id: IndicatorId) => result.evaluation.indicators.find((i) => i.id === id)!.status;
  return { problems: result.evaluation.problems, status };
}

const costs = (current: number | string, historical: number | string): NameSnapshot =>
  range("Inputs", "F10", [
    ["Service", "Current cost", "Historical average"],
    ["Registry", current, historical],
  ]);

describe("amounts beyond what a budget can hold", () => {
  it.each<[string, Record<string, NameSnapshot>, string, IndicatorId]>([
    ["an envelope of 1e16", { BudgetEnvelope: cell("Inputs", "B2", 1e16) }, "Inputs!B2", "spend_vs_envelope"],
    ["an envelope of 1e308", { BudgetEnvelope: cell("Inputs", "B2", 1e308) }, "Inputs!B2", "spend_vs_envelope"],
    [
      "the text 30,800,000,000,000,000",
      { BudgetEnvelope: cell("Inputs", "B2", "30,800,000,000,000,000") },
      "Inputs!B2",
      "spend_vs_envelope",
    ],
    ["a planned spend cell of −2e12", { PlannedSpend: range("Inputs", "B3", [[2500000], [-2e12]]) }, "Inputs!B4", "spend_vs_envelope"],
    ["a service cost of 1e17", { CoreServiceCosts: costs(1e17, 1e17) }, "Inputs!G11", "core_service_cost"],
    [
      "a quarter's inflows of 5e15",
      {
        CashFlow: range("Inputs", "A10", [
          ["Quarter", "Inflows", "Outflows"],
          ["Q1", 5e15, 1],
        ]),
      },
      "Inputs!B11",
      "cash_deficit_quarters",
    ],
  ])("%s is an input error naming the cell", (_, change, address, affected) => {
    const { problems, status } = run(change);
    const problem = problems.find((p) => p.code === "amountTooLarge");
    expect(problem).toMatchObject({ severity: "error", cell: address });
    for (const lang of ["en", "fr", "es"] as const) {
      const message = problemMessage(problem!, lang);
      expect(message).toContain(address);
      expect(message).not.toMatch(/\{\w+\}/);
    }
    expect(problemMessage(problem!, "en")).toContain("1,000,000,000,000");
    expect(status(affected)).toBe("no_data");
  });

  it("a planned total past the bound, each cell within it, is an error naming the range", () => {
    const { problems, status } = run({ PlannedSpend: range("Inputs", "B3", [[MAX_AMOUNT_USD], [MAX_AMOUNT_USD]]) });
    expect(problems.find((p) => p.code === "amountTooLarge")).toMatchObject({ cell: "Inputs!B3:B4" });
    expect(status("spend_vs_envelope")).toBe("no_data");
  });

  it("reads the bound itself and every realistic amount", () => {
    const { problems, status } = run({
      BudgetEnvelope: cell("Inputs", "B2", MAX_AMOUNT_USD),
      PlannedSpend: cell("Inputs", "B3", "-1,000,000,000,000"),
    });
    expect(problems.filter((p) => p.code === "amountTooLarge")).toEqual([]);
    expect(status("spend_vs_envelope")).not.toBe("no_data");
  });
});
