/**
 * The pane's check on opening a workbook, through the Office adapter on the project's strict
 * Office.js fake: current after an evaluation; naming the input changed or the result cell
 * edited by hand; nothing to check before any evaluation; nothing written, ever.
 */
import { evaluateInExcel } from "../../src/adapters/office/evaluate";
import { reviewForPane } from "../../src/adapters/office/review";
import { SHEET_NAMES } from "../../src/core/plan/types";
import { ApiLevel, FakeRequestContext, FakeWorkbook, asExcelContext } from "../support/office-fake";
import { budgetWorkbook, CLOCK } from "./factory";

const ALL = () => true;

async function evaluate(wb: FakeWorkbook): Promise<void> {
  await evaluateInExcel(asExcelContext(new FakeRequestContext(wb, new ApiLevel(18))), {
    clock: CLOCK,
    displayLanguage: "en-US",
    support: ALL,
  });
}

async function review(wb: FakeWorkbook) {
  const context = new FakeRequestContext(wb, new ApiLevel(18));
  const events = wb.events.length;
  const result = await reviewForPane(asExcelContext(context), "en-US", ALL);
  // Reads only: no write of any kind reaches the workbook.
  expect(wb.events.slice(events).filter((e) => !["load", "sync"].includes(e.op))).toEqual([]);
  if (!result.ok) throw new Error(result.failure.detail);
  return { review: result.review, syncs: context.syncCount };
}

describe("the pane's check on opening a workbook", () => {
  it("finds nothing to check before any evaluation", async () => {
    expect((await review(budgetWorkbook())).review).toBeNull();
  });

  it("finds a fresh evaluation current, in four reads", async () => {
    const wb = budgetWorkbook();
    await evaluate(wb);
    const { review: report, syncs } = await review(wb);
    expect(report).toMatchObject({ current: true, evaluationDate: "2026-09-30", changedInputs: [], editedCells: [] });
    expect(syncs).toBe(4);
  });

  it("names the input changed since", async () => {
    const wb = budgetWorkbook();
    await evaluate(wb);
    wb.put("Budget 2026", "B1", [[3_100_000]]);
    expect((await review(wb)).review).toMatchObject({ current: false, changedInputs: ["BudgetEnvelope"], editedCells: [] });
  });

  it("names a status cell and a summary status edited by hand, with what was written", async () => {
    const wb = budgetWorkbook();
    await evaluate(wb);
    const written = wb.value("Budget 2026", "D2");
    wb.put("Budget 2026", "D2", [["Triggered"]]);
    const summary = wb.sheet(SHEET_NAMES.summary)!;
    const [key] = [...summary.cells.entries()].find(([, cell]) => cell.value === "Not triggered")!;
    const [row, col] = key.split(":").map(Number);
    summary.cells.get(key)!.value = "Near threshold";
    const { review: report } = await review(wb);
    expect(report?.current).toBe(false);
    expect(report?.changedInputs).toEqual([]);
    expect(report?.editedCells).toEqual([
      { cell: "'Budget 2026'!D2", written, found: "Triggered" },
      { cell: `'MVSP Triggers'!${String.fromCharCode(65 + col)}${row + 1}`, written: "Not triggered", found: "Near threshold" },
    ]);
  });
});
