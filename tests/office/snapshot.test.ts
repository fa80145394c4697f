import { readSnapshot, readWorkbook } from "../../src/adapters/office/snapshot";
import type { ApiFeature } from "../../src/adapters/office/support";
import { OWNERSHIP_NAMES, SHEET_NAMES } from "../../src/core/plan/types";
import { ApiLevel, FakeRequestContext, FakeWorkbook, asExcelContext } from "../support/office-fake";
import { budgetWorkbook, serial } from "./factory";

function contextFor(wb: FakeWorkbook, apiMinor = 18): FakeRequestContext {
  return new FakeRequestContext(wb, new ApiLevel(apiMinor));
}

const upTo = (minor: number) => (feature: ApiFeature) => Number(feature.set.split(".")[1]) <= minor;

describe("readSnapshot", () => {
  it("reads every name's cells, formats and sheet in two syncs", async () => {
    const wb = budgetWorkbook();
    const context = contextFor(wb);
    const snapshot = await readSnapshot(asExcelContext(context), ["BudgetEnvelope", "CashFlow", "EvaluationDate"], upTo(18));
    expect(context.syncCount).toBe(2);
    expect(snapshot.names.BudgetEnvelope).toEqual({
      kind: "range",
      source: "name",
      range: { sheet: "Budget 2026", row: 0, col: 1, values: [[3_080_000]], formats: [["General"]] },
    });
    const cashFlow = snapshot.names.CashFlow;
    expect(cashFlow.kind === "range" && cashFlow.range.values[1]).toEqual(["2026 Q4", 500_000, 700_000]);
    const date = snapshot.names.EvaluationDate;
    expect(date.kind === "range" && date.range.formats).toEqual([["yyyy-mm-dd"]]);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Budget 2026", "Members"]);
    expect(snapshot.date1904).toBe(false);
  });

  it("tells missing, broken, multi-area and non-range names apart", async () => {
    const wb = budgetWorkbook();
    wb.defineName("Broken", "=#REF!");
    wb.defineName("SheetGone", "='Old sheet'!#REF!");
    wb.defineName("TwoAreas", "='Budget 2026'!$B$1,'Budget 2026'!$B$3");
    wb.defineName("Constant", "=0.25");
    wb.defineName("QuotedComma", "='a, b'!$A$1");
    wb.addSheet("a, b");
    const names = ["Nowhere", "Broken", "SheetGone", "TwoAreas", "Constant", "QuotedComma"];
    for (const apiMinor of [18, 4]) {
      const snapshot = await readSnapshot(asExcelContext(contextFor(wb, apiMinor)), names, upTo(apiMinor));
      expect(snapshot.names.Nowhere).toEqual({ kind: "missing" });
      expect(snapshot.names.Broken).toEqual({ kind: "broken", formula: "=#REF!" });
      expect(snapshot.names.SheetGone.kind).toBe("broken");
      expect(snapshot.names.TwoAreas).toEqual({ kind: "multiArea", formula: "='Budget 2026'!$B$1,'Budget 2026'!$B$3" });
      expect(snapshot.names.Constant).toEqual({ kind: "notRange", formula: "=0.25" });
      expect(snapshot.names.QuotedComma.kind).toBe("range");
    }
  });

  it("turns error cells into {error} and empty cells into null", async () => {
    const wb = new FakeWorkbook();
    wb.put("Data", "A1", [[{ error: "#N/A" }, null, "text", true]]);
    wb.defineName("Row", "=Data!$A$1:$D$1");
    const snapshot = await readSnapshot(asExcelContext(contextFor(wb)), ["Row"], upTo(18));
    const row = snapshot.names.Row;
    expect(row.kind === "range" && row.range.values).toEqual([[{ error: "#N/A" }, null, "text", true]]);
  });

  it("detects the 1904 date system", async () => {
    for (const date1904 of [false, true]) {
      const snapshot = await readSnapshot(asExcelContext(contextFor(budgetWorkbook({ date1904 }))), [], upTo(18));
      expect(snapshot.date1904).toBe(date1904);
    }
  });

  it("reads the log only when the add-in owns it, padded from A1", async () => {
    const wb = budgetWorkbook();
    wb.put(SHEET_NAMES.log, "B2", [
      ["Timestamp", "Date"],
      ["2026-06-30 10:00", serial("2026-06-30")],
    ]);
    let snapshot = await readSnapshot(asExcelContext(contextFor(wb)), [], upTo(18));
    expect(snapshot.log).toBeNull();

    wb.defineName(OWNERSHIP_NAMES.log, `='${SHEET_NAMES.log}'!$A$1`);
    snapshot = await readSnapshot(asExcelContext(contextFor(wb)), [], upTo(18));
    expect(snapshot.log).toEqual([
      [null, null, null],
      [null, "Timestamp", "Date"],
      [null, "2026-06-30 10:00", serial("2026-06-30")],
    ]);
    // Ownership names are read for the log even when the caller did not ask for them.
    expect(snapshot.names[OWNERSHIP_NAMES.log]).toBeUndefined();
  });

  it("hands on what writing needs: names that exist, owners, protection, charts", async () => {
    const wb = budgetWorkbook();
    wb.addSheet(SHEET_NAMES.summary);
    wb.defineName(OWNERSHIP_NAMES.summary, `='${SHEET_NAMES.summary}'!$A$1`);
    wb.sheet(SHEET_NAMES.summary)!.charts.push({ name: "Chart 1", type: "Line", source: "A1:B3", seriesBy: "Columns", title: "" });
    wb.sheet("Budget 2026")!.protected = true;
    const { state } = await readWorkbook(asExcelContext(contextFor(wb)), ["BudgetEnvelope", "Status_new_members"], upTo(18));
    expect(state.existingNames.has("BudgetEnvelope")).toBe(true);
    expect(state.existingNames.has("Status_new_members")).toBe(false);
    expect(state.ownedSheets).toEqual({ summary: SHEET_NAMES.summary, log: null });
    expect([...state.protectedSheets]).toEqual(["Budget 2026"]);
    expect(state.charts[SHEET_NAMES.summary]).toEqual(["Chart 1"]);
  });

  it("reads a 10,000-row roster in the same two syncs", async () => {
    const wb = budgetWorkbook({ members: 10_000 });
    const context = contextFor(wb);
    const snapshot = await readSnapshot(asExcelContext(context), ["MemberRoster"], upTo(18));
    const roster = snapshot.names.MemberRoster;
    expect(roster.kind === "range" && roster.range.values.length).toBe(10_001);
    expect(context.syncCount).toBe(2);
  });

  it("resolves a name that is an Excel table to the table's range, header included", async () => {
    const wb = new FakeWorkbook();
    wb.put("Inputs", "C3", [
      ["Organisation", "Tier"],
      ["A", 1],
      ["B", 2],
    ]);
    wb.addTable("MemberRoster", "Inputs", "C3:D5");
    const snapshot = await readSnapshot(asExcelContext(contextFor(wb)), ["MemberRoster"], upTo(18));
    expect(snapshot.names.MemberRoster).toEqual({
      kind: "range",
      source: "table",
      range: {
        sheet: "Inputs",
        row: 2,
        col: 2,
        values: [
          ["Organisation", "Tier"],
          ["A", 1],
          ["B", 2],
        ],
        formats: expect.any(Array),
      },
    });
  });

  it("gives a plain multi-row name the used rows below it, within its columns", async () => {
    const wb = new FakeWorkbook();
    wb.put("Inputs", "A1", [
      ["Service", "Cost"],
      ["Registry", 1],
    ]);
    wb.put("Inputs", "B5", [[7]]);
    wb.put("Inputs", "C3", [["beside, not below"]]);
    wb.defineName("CoreServiceCosts", "=Inputs!$A$1:$B$2");
    wb.defineName("Single", "=Inputs!$A$1");
    const snapshot = await readSnapshot(asExcelContext(contextFor(wb)), ["CoreServiceCosts", "Single"], upTo(18));
    const costs = snapshot.names.CoreServiceCosts;
    expect(costs.kind === "range" && costs.range.below).toEqual([
      [null, null],
      [null, null],
      [null, 7],
    ]);
    const single = snapshot.names.Single;
    expect(single.kind === "range" && single.range.below).toBeUndefined();
  });

  it("reads only the used part of a whole-column name, at its offsets", async () => {
    const wb = new FakeWorkbook();
    wb.put("Log", "B4", [["x"], [2]]);
    wb.defineName("Whole", "=Log!$A:$B");
    const snapshot = await readSnapshot(asExcelContext(contextFor(wb)), ["Whole"], upTo(18));
    const whole = snapshot.names.Whole;
    expect(whole.kind === "range" && whole.range).toMatchObject({
      row: 0,
      col: 0,
      values: [
        [null, null],
        [null, null],
        [null, null],
        [null, "x"],
        [null, 2],
      ],
    });
  });
});
