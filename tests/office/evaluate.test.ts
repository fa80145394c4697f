import { evaluateInExcel, insertTemplate, localClock, selectAddress } from "../../src/adapters/office/evaluate";
import { OWNERSHIP_NAMES, SHEET_NAMES } from "../../src/core/plan/types";
import { ApiLevel, FakeRequestContext, FakeWorkbook, asExcelContext, fakeCells } from "../support/office-fake";
import { budgetWorkbook, CLOCK } from "./factory";

const ALL = () => true;

async function evaluate(wb: FakeWorkbook, displayLanguage = "en-US") {
  const context = new FakeRequestContext(wb, new ApiLevel(18));
  const run = await evaluateInExcel(asExcelContext(context), { clock: CLOCK, displayLanguage, support: ALL });
  return { run, context };
}

describe("evaluateInExcel", () => {
  it.each([10, 10_000])("reads in two syncs and writes in one sync per part for a roster of %i members", async (members) => {
    const wb = budgetWorkbook({ members });
    const { run, context } = await evaluate(wb);
    // Two reads; then the log, the summary, the status cells, the names (with protection).
    expect(context.syncCount).toBe(6);
    expect(run.written).toBe(true);
    expect(run.evaluation.evaluationDate).toBe("2026-09-30");
    expect(run.evaluation.indicators.find((i) => i.id === "spend_vs_envelope")!.status).toBe("near");
    expect(wb.sheet(SHEET_NAMES.summary)).toBeDefined();
    expect(wb.sheet(SHEET_NAMES.log)!.protected).toBe(true);
    expect(wb.activeSheet).toBe(SHEET_NAMES.summary);
    // The status cell holds the word and the Neutral fill.
    const status = fakeCells(wb, ["Budget 2026"]).find((c) => c.address === "D2")!;
    expect(status).toMatchObject({ value: "Near threshold", fill: "#FFEB9C" });
  });

  it("appends one log row per changed evaluation and replaces the summary and its chart", async () => {
    const wb = budgetWorkbook();
    await evaluate(wb);
    const logRows = () => wb.usedArea(wb.sheet(SHEET_NAMES.log)!, true)!.rows;
    const first = logRows();
    // Something changed since: the planned spend.
    wb.put("Budget 2026", "B2", [[3_700_000]]);
    const { context, run } = await evaluate(wb, "fr-FR");
    // The protected log is unprotected in a sync of its own, before anything is written.
    expect(context.syncCount).toBe(7);
    expect(run.language).toBe("fr");
    expect(run.history.length).toBe(1);
    expect(logRows()).toBe(first + 1);
    const planned = run.plan!.sheets.find((sheet) => sheet.role === "summary")!;
    expect(wb.sheet(SHEET_NAMES.summary)!.charts.map((c) => c.title)).toEqual(planned.chart ? [planned.chart.title] : []);
    expect(wb.sheets.filter((s) => s.name === SHEET_NAMES.summary).length).toBe(1);
    expect(wb.name(OWNERSHIP_NAMES.summary)!.formula).toMatch(/^='MVSP Triggers'!\$A\$1/);
  });

  it("writes nothing when a user's own sheet is called MVSP Triggers", async () => {
    const wb = budgetWorkbook();
    wb.put(SHEET_NAMES.summary, "A1", [["Board notes, do not touch"]]);
    const before = JSON.stringify(fakeCells(wb));
    const { run, context } = await evaluate(wb);
    expect(run.written).toBe(false);
    expect(run.conflicts.map((c) => c.code)).toContain("sheetNotOwned");
    expect(context.syncCount).toBe(2);
    expect(JSON.stringify(fakeCells(wb))).toBe(before);
    expect(wb.sheet(SHEET_NAMES.log)).toBeUndefined();
  });

  it("gives the same results for a 1904-date workbook", async () => {
    const a = await evaluate(budgetWorkbook());
    const b = await evaluate(budgetWorkbook({ date1904: true }));
    expect(b.run.evaluation.indicators.map((i) => [i.id, i.status, i.value])).toEqual(
      a.run.evaluation.indicators.map((i) => [i.id, i.status, i.value]),
    );
  });
});

describe("insertTemplate", () => {
  it("creates the Inputs sheet with its names once, then adds nothing: every input is there", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    const context = new FakeRequestContext(wb, new ApiLevel(18));
    const first = await insertTemplate(asExcelContext(context), "en", ALL);
    expect(first.written).toBe(true);
    // Two reads, the Inputs sheet, its names, then the notes in a sync of their own.
    expect(context.syncCount).toBe(5);
    expect(wb.sheet(SHEET_NAMES.inputs)!.cells.size).toBeGreaterThan(20);
    expect(wb.nameTarget("BudgetEnvelope")!.sheet).toBe(SHEET_NAMES.inputs);
    // The template's inputs evaluate without a single missing-name problem.
    const { run } = await evaluate(wb);
    expect(run.evaluation.problems.filter((p) => p.code === "nameMissing")).toEqual([]);
    const again = await insertTemplate(asExcelContext(new FakeRequestContext(wb, new ApiLevel(18))), "en", ALL);
    expect(again.written).toBe(false);
    expect(again.conflicts.map((c) => c.code)).toEqual(["templateNotNeeded"]);
  });
});

describe("selectAddress", () => {
  it("activates the sheet and selects the cell of a quoted address", async () => {
    const wb = budgetWorkbook();
    const context = new FakeRequestContext(wb, new ApiLevel(18));
    await selectAddress(asExcelContext(context), "'Budget 2026'!B7");
    expect(wb.activeSheet).toBe("Budget 2026");
    expect(wb.selection).toEqual({ sheet: "Budget 2026", address: "B7" });
    expect(context.syncCount).toBe(1);
  });
});

describe("localClock", () => {
  it("uses the local calendar date and minute", () => {
    expect(localClock(new Date(2026, 8, 30, 7, 5))).toEqual({ today: 46295, timestamp: "2026-09-30 07:05" });
  });
});
