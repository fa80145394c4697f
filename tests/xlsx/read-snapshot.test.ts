/**
 * The package reader on packages written part by part by tests/fixtures/make-reader-fixtures.py
 * (every kind of cell value as Excel and other writers store it) and on openpyxl workbooks.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { readSnapshot, readWorkbookIndex, XlsxPackage } from "../../src/adapters/xlsx";
import { UNCALCULATED } from "../../src/core/cells";
import { dayFromIso, dayFromSerial } from "../../src/core/dates";
import { FIXTURES } from "./helpers";
import { openFixture, range } from "./read-fixtures";

// 30 Sep 2026 18:00 in the 1900 system.
const EVENING = 46295.75;

const variants: [string, string, number][] = [
  ["plain", "values.xlsx", EVENING],
  ["namespace-prefixed (x:row)", "values-prefixed.xlsx", EVENING],
  ["ISO strict", "values-strict.xlsx", EVENING],
  ["macro-enabled, workbook part elsewhere", "values-macro.xlsm", EVENING],
  ["1904 date system", "values-1904.xlsx", EVENING - 1462],
];

describe.each(variants)("readSnapshot on a %s package", (_, file, dateSerial) => {
  const pkg = openFixture(file);

  it("reads every kind of cell: shared and rich text, inline strings, booleans, errors, dates, shared formulas, cells without r", () => {
    const block = range(readSnapshot(pkg, ["Block"]).names.Block);
    expect(block.sheet).toBe("Q's plan");
    expect([block.row, block.col]).toEqual([0, 0]);
    expect(block.values).toEqual([
      [3080000, "Tier 1", "see budget"],
      [true, 6160000, { error: "#DIV/0!" }],
      [UNCALCULATED, { error: "#N/A" }, dateSerial],
      [0.2, "ab", "Q3 plan"],
      [0.4, 1, UNCALCULATED],
      [1, "two", false],
    ]);
    expect(block.formats[0][0]).toBe("#,##0");
    expect(block.formats[2][2]).toBe("mm-dd-yy");
    expect(block.formats[3][0]).toBe("0%");
    expect(block.formats[1][0]).toBe("General");
    // Nothing is typed below the block: an empty list, not an absent one (it is a plain name of several rows).
    expect(block.below).toEqual([]);
  });

  it("gives the date in the workbook's own system, and the day it means", () => {
    const snap = readSnapshot(pkg, ["Block"]);
    const serial = range(snap.names.Block).values[2][2] as number;
    expect(dayFromSerial(serial, snap.date1904)).toBe(dayFromIso("2026-09-30"));
    expect(snap.date1904).toBe(file === "values-1904.xlsx");
  });

  it("matches names case-insensitively, keyed as asked, hidden names included", () => {
    const snap = readSnapshot(pkg, ["budgetenvelope", "SECRET"]);
    expect(range(snap.names.budgetenvelope).values).toEqual([[42]]);
    expect(range(snap.names.budgetenvelope).sheet).toBe("Budget 2026");
    expect(range(snap.names.budgetenvelope).below).toBeUndefined();
    expect(snap.names.budgetenvelope).toMatchObject({ kind: "range", source: "name" });
    expect(range(snap.names.SECRET).values).toEqual([[7]]);
  });

  it("tells a formula that gives empty text from one that was never calculated (both store an empty <v>)", () => {
    expect(range(readSnapshot(pkg, ["EmptyResults"]).names.EmptyResults).values).toEqual([["", UNCALCULATED]]);
  });

  it("classifies names that are not one readable range instead of calling them missing", () => {
    const snap = readSnapshot(pkg, ["Rate", "Gone", "OldSheet", "TwoAreas", "Scoped", "External", "Nowhere", "_xlnm.Print_Area"]);
    expect(snap.names.Rate).toEqual({ kind: "notRange", formula: "0.25" });
    expect(snap.names.Gone.kind).toBe("broken");
    expect(snap.names.OldSheet.kind).toBe("broken");
    expect(snap.names.TwoAreas.kind).toBe("multiArea");
    expect(snap.names.Scoped.kind).toBe("notRange");
    expect(snap.names.External.kind).toBe("notRange");
    expect(snap.names.Nowhere).toEqual({ kind: "missing" });
    expect(snap.names["_xlnm.Print_Area"]).toEqual({ kind: "missing" });
  });

  it("reads whole-column names clipped to the used cells, and relative names as their cells", () => {
    const snap = readSnapshot(pkg, ["Whole", "Relative"]);
    const whole = range(snap.names.Whole);
    expect(whole.values).toEqual([[null], [null], [null], [null], [null], [null], [42], [null], [7]]);
    expect(whole.below).toBeUndefined();
    expect(range(snap.names.Relative).values).toEqual([[42]]);
  });

  it("lists every sheet in tab order, hidden ones too", () => {
    const snap = readSnapshot(pkg, []);
    expect(snap.sheets.map((s) => s.name)).toEqual(["Q's plan", "Budget 2026"]);
    expect(snap.log).toBeNull();
  });
});

describe("readWorkbookIndex", () => {
  it("finds the workbook through _rels/.rels and describes its sheets and names", () => {
    const index = readWorkbookIndex(openFixture("values-macro.xlsm"));
    expect(index.workbookPart).toBe("xl/book.xml");
    expect(index.strict).toBe(false);
    expect(index.sheets).toEqual([
      { name: "Q's plan", sheetId: 1, relId: "rId1", part: "xl/worksheets/sheet1.xml", state: "visible", kind: "worksheet" },
      { name: "Budget 2026", sheetId: 3, relId: "rId2", part: "xl/worksheets/sheet2.xml", state: "hidden", kind: "worksheet" },
    ]);
    expect(index.names.find((n) => n.name === "Secret")).toEqual({
      name: "Secret",
      formula: "'Budget 2026'!$B$9",
      localSheetId: null,
      hidden: true,
    });
    expect(index.names.find((n) => n.name === "Scoped")?.localSheetId).toBe(1);
    expect(index.names.find((n) => n.name === "TwoAreas")?.formula).toBe("'Budget 2026'!$B$7,'Q''s plan'!$A$1");
  });

  it("tells strict packages and the 1904 flag", () => {
    expect(readWorkbookIndex(openFixture("values-strict.xlsx")).strict).toBe(true);
    expect(readWorkbookIndex(openFixture("values.xlsx")).date1904).toBe(false);
    expect(readWorkbookIndex(openFixture("values-1904.xlsx")).date1904).toBe(true);
  });

  it('reads openpyxl\'s own 1904 flag (date1904="1" or "true")', () => {
    const flags = ["openpyxl-inputs.xlsx", "openpyxl-inputs-1904.xlsx"].map(
      (name) => readWorkbookIndex(XlsxPackage.open(readFileSync(path.join(FIXTURES, name)))).date1904,
    );
    expect(flags).toEqual([false, true]);
  });
});

describe("the evaluation log", () => {
  it("is read, values only and up to its last used cell, when the ownership name points into it", () => {
    expect(readSnapshot(openFixture("log-owned.xlsx"), []).log).toEqual([
      ["Timestamp", "Outcome"],
      ["2026-09-30 10:00", "Monitor"],
    ]);
  });

  it("is null for a sheet of that name the add-in does not own", () => {
    expect(readSnapshot(openFixture("log-unowned.xlsx"), []).log).toBeNull();
  });
});

describe("Excel tables and rows below plain names (openpyxl workbook with notes and tables)", () => {
  const pkg = openFixture("tables-notes.xlsx");

  it("resolves a name with no defined name to the table of that name, header row included", () => {
    const roster = readSnapshot(pkg, ["memberroster"]).names.memberroster;
    expect(roster).toMatchObject({ kind: "range", source: "table" });
    const r = range(roster);
    expect([r.sheet, r.row, r.col]).toEqual(["Members", 0, 0]);
    expect(r.values).toHaveLength(7);
    expect(r.values[0]).toEqual(["Organisation", "Tier", "Joined", "Left"]);
    expect(r.values[6]).toEqual(["Org 6", 3, 43836, null]);
    expect(r.formats[6][2]).toBe("yyyy-mm-dd");
    expect(r.below).toBeUndefined();
  });

  it("leaves a table's totals row out of its input", () => {
    const flows = range(readSnapshot(pkg, ["CashFlow"]).names.CashFlow);
    expect([flows.row, flows.col]).toEqual([9, 3]);
    expect(flows.values).toEqual([
      ["Quarter", "Inflows", "Outflows"],
      ["Q1", 500, 700],
      ["Q2", 800, 600],
    ]);
  });

  it("gives the used rows typed below a plain name, within its columns", () => {
    const factors = range(readSnapshot(pkg, ["ExternalFactors"]).names.ExternalFactors);
    expect(factors.values).toEqual([
      ["ID", "Factor", "Assessment"],
      ["E1", "Funding", "Yes"],
    ]);
    expect(factors.below).toEqual([
      [null, null, null],
      ["E2", null, "No"],
    ]);
  });

  it("reads the noted cell as any other", () => {
    expect(range(readSnapshot(pkg, ["BudgetEnvelope"]).names.BudgetEnvelope).values).toEqual([[3080000]]);
  });
});
