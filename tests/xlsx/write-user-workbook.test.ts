/**
 * The writer on a user's workbook made by openpyxl (and patched by the fixture script): our own
 * sheets added, a status cell patched in place, everything else byte-identical; and every
 * "refuse on doubt" case leaves the package exactly as it was.
 */
import { XlsxPackage } from "../../src/adapters/xlsx/package";
import { applyPlanToPackage, WriteRefusal, type ApplyOutcome } from "../../src/adapters/xlsx/write";
import type { SheetPlan, WritePlan } from "../../src/core/plan/types";
import { differingParts, fixture, partText, readBack, sheetOf, type ReadBook } from "./write-helpers";

const STYLES: WritePlan["styles"] = {
  title: { font: { name: "Calibri", size: 16, bold: true, color: "#1F3864" } },
  near: { fill: "#FFEB9C", font: { name: "Calibri", size: 11, color: "#9C5700" }, horizontal: "center" },
  pct: { numberFormat: "0.0%", horizontal: "right", indent: 1 },
  usd: { numberFormat: '#,##0 "USD"' },
  wrap: { wrap: true, vertical: "top" },
  boxed: { border: { color: "#808080", edges: ["top", "bottom"], weight: "medium" } },
  input: { locked: false, fill: "#FFF2CC" },
};

const SUMMARY: SheetPlan = {
  name: "MVSP Triggers",
  role: "summary",
  mode: "replace",
  cells: [
    { row: 0, col: 0, value: "MVSP triggers", style: "title" },
    { row: 1, col: 0, value: "=SUM(A1:A3)" },
    { row: 1, col: 1, value: "+33 1 23" },
    { row: 1, col: 2, value: "-5 members" },
    { row: 1, col: 3, value: "@risk" },
    { row: 2, col: 0, value: 0.253, style: "pct" },
    { row: 2, col: 1, value: "Near", style: "near" },
    { row: 2, col: 2, value: "Budget!B7", link: "'Budget 2026'!B7" },
    { row: 2, col: 3, value: 1234567, style: "usd" },
    { row: 3, col: 0, value: "  spaced <&> text  ", style: "wrap" },
    { row: 3, col: 1, value: true, style: "boxed" },
    { row: 4, col: 0, value: 3, style: "input" },
    { row: 5, col: 0, value: 0.5 },
    { row: 6, col: 0, value: 1 },
  ],
  columnWidths: [30, 12, 12, 14],
  rowHeights: [{ row: 0, height: 28 }],
  merges: [{ row: 0, col: 0, rows: 1, cols: 3 }],
  freezeRows: 2,
  print: {
    orientation: "landscape",
    paperSize: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    headerCenter: "MVSP & triggers",
    footerLeft: "IATI",
    footerRight: "Page {page} of {pages}",
    repeatRows: { first: 0, last: 1 },
    printArea: { row: 0, col: 0, rows: 10, cols: 4 },
    rowBreaks: [6],
  },
  protect: true,
  dataBars: [{ range: { row: 4, col: 0, rows: 3, cols: 1 }, color: "#638EC6" }],
  validations: [
    { kind: "list", range: { row: 4, col: 1, rows: 2, cols: 1 }, values: ["Yes", 'No "really"'] },
    { kind: "wholeNumber", range: { row: 4, col: 2, rows: 1, cols: 1 }, min: 1, max: 5 },
    { kind: "nonNegative", range: { row: 4, col: 3, rows: 1, cols: 1 } },
    { kind: "date", range: { row: 5, col: 3, rows: 1, cols: 1 } },
  ],
  tabColor: "#1F3864",
  showGridLines: false,
  activate: true,
};

const plan: WritePlan = {
  styles: STYLES,
  sheets: [SUMMARY],
  statusCells: [
    { name: "Status_spend_vs_envelope", sheet: "Budget 2026", row: 6, col: 3, value: "Near", style: "near" },
    // A formula cell listed in the calculation chain, and a cell in a row that does not exist yet.
    { name: "Status_cash_deficit", sheet: "budget 2026", row: 7, col: 3, value: "Met", style: "near" },
    { name: "Status_new_members", sheet: "Budget 2026", row: 14, col: 1, value: "Not met", style: "near" },
  ],
  names: [
    {
      name: "MVSPTriggerMonitor_Summary",
      sheet: "MVSP Triggers",
      range: { row: 0, col: 0, rows: 1, cols: 1 },
      comment: "Created by the add-in",
    },
    { name: "hiddenthing", sheet: "Budget 2026", range: { row: 1, col: 1, rows: 2, cols: 2 } },
  ],
};

describe("a plan applied to a user's workbook", () => {
  const original = fixture("user-budget.xlsx");
  let outcome: ApplyOutcome;
  let saved: Buffer;
  let book: ReadBook;

  beforeAll(() => {
    const pkg = XlsxPackage.open(original);
    outcome = applyPlanToPackage(pkg, plan);
    saved = pkg.toBuffer();
    book = readBack(saved, ["MVSP Triggers", "Budget 2026"]);
  });

  it("changes only the parts it reports, and leaves every other part byte-identical", async () => {
    const differing = await differingParts(original, saved);
    expect(differing).toEqual([...outcome.parts].sort());
    expect(differing).toEqual(
      [
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "xl/calcChain.xml",
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet3.xml",
      ].sort(),
    );
  });

  it("adds the sheet at the end, active and the only selected tab", () => {
    expect(book.sheets.map((s) => s.title)).toEqual(["Budget 2026", "Members", "MVSP Triggers", "Chart"]);
    expect(book.active).toBe("MVSP Triggers");
    expect(book.sheets.filter((s) => s.tabSelected).map((s) => s.title)).toEqual(["MVSP Triggers"]);
  });

  it("writes values; text that looks like a formula stays text", () => {
    const cells = sheetOf(book, "MVSP Triggers").cells ?? {};
    expect(cells.A2).toMatchObject({ value: "=SUM(A1:A3)", type: "s" });
    expect(cells.B2).toMatchObject({ value: "+33 1 23", type: "s" });
    expect(cells.C2.value).toBe("-5 members");
    expect(cells.D2.value).toBe("@risk");
    expect(cells.A3).toMatchObject({ value: 0.253, type: "n" });
    expect(cells.B4).toMatchObject({ value: true, type: "b" });
    expect(cells.A4.value).toBe("  spaced <&> text  ");
    expect(outcome.cells).toContainEqual({ sheet: "MVSP Triggers", row: 1, col: 0, value: "=SUM(A1:A3)" });
  });

  it("writes fills, fonts, number formats, alignment, borders and protection", () => {
    const cells = sheetOf(book, "MVSP Triggers").cells ?? {};
    expect(cells.A1.font).toMatchObject({ name: "Calibri", size: 16, bold: true, color: "#1F3864" });
    expect(cells.B3).toMatchObject({ fill: "#FFEB9C", horizontal: "center" });
    expect(cells.B3.font.color).toBe("#9C5700");
    expect(cells.A3).toMatchObject({ numberFormat: "0.0%", horizontal: "right" });
    expect(cells.D3.numberFormat).toBe('#,##0 "USD"');
    expect(cells.A4.wrap).toBe(true);
    expect(cells.B4.border).toEqual({ top: "medium", bottom: "medium" });
    expect(cells.A5).toMatchObject({ locked: false, fill: "#FFF2CC" });
    expect(cells.A6.locked).toBe(true);
  });

  it("writes merges, widths, heights, frozen rows, tab colour, gridlines, protection", () => {
    const sheet = sheetOf(book, "MVSP Triggers");
    expect(sheet.merges).toEqual(["A1:C1"]);
    // openpyxl reports a run of equal widths (B:C) under its first column.
    expect(sheet.widths).toEqual({ A: 30, B: 12, D: 14 });
    expect(sheet.heights).toMatchObject({ "1": 28 });
    expect(sheet.freeze).toBe("A3");
    expect(sheet.tabColor).toBe("#1F3864");
    expect(sheet.showGridLines).toBe(false);
    expect(sheet.protected).toBe(true);
  });

  it("writes validations, data bars and an in-document link", () => {
    const sheet = sheetOf(book, "MVSP Triggers");
    expect(sheet.validations).toEqual([
      { type: "list", operator: null, sqref: "B5:B6", formula1: '"Yes,No ""really"""', formula2: null },
      { type: "whole", operator: "between", sqref: "C5", formula1: "1", formula2: "5" },
      { type: "decimal", operator: "greaterThanOrEqual", sqref: "D5", formula1: "0", formula2: null },
      { type: "date", operator: "between", sqref: "D6", formula1: "1", formula2: "2958465" },
    ]);
    // No bounds planned: from 0 to the range's largest value.
    expect(sheet.dataBars).toEqual([
      {
        sqref: "A5:A7",
        color: "#638EC6",
        bounds: [
          { type: "num", val: 0 },
          { type: "max", val: null },
        ],
      },
    ]);
    expect(sheet.links).toEqual({ C3: { location: "'Budget 2026'!B7", target: null } });
  });

  it("writes the print setup, with titles and area as sheet-scoped names", () => {
    expect(sheetOf(book, "MVSP Triggers").print).toEqual({
      paperSize: 9,
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      scale: null,
      fitToPage: true,
      header: "MVSP && triggers",
      footerLeft: "IATI",
      footerRight: "Page &P of &N",
      titles: "$1:$2",
      area: ["$A$1:$D$10"],
      rowBreaks: [6],
    });
    // The user's own print area on their sheet is untouched.
    expect(sheetOf(book, "Budget 2026").print?.area).toEqual(["$A$1:$D$20"]);
  });

  it("adds names, and repoints an existing one keeping its hidden flag and comment", () => {
    const names = book.names.filter((n) => n.localSheetId === null);
    expect(names).toContainEqual({
      name: "MVSPTriggerMonitor_Summary",
      formula: "'MVSP Triggers'!$A$1",
      localSheetId: null,
      hidden: false,
      comment: "Created by the add-in",
    });
    expect(names).toContainEqual({
      name: "HiddenThing",
      formula: "'Budget 2026'!$B$2:$C$3",
      localSheetId: null,
      hidden: true,
      comment: "the user's own comment",
    });
  });

  it("patches status cells in place: planned fill and font, the cell's border and number format kept", () => {
    const cells = sheetOf(book, "Budget 2026").cells ?? {};
    expect(cells.D7).toMatchObject({ value: "Near", type: "s", fill: "#FFEB9C", numberFormat: "0.0%" });
    expect(cells.D7.font.color).toBe("#9C5700");
    expect(cells.D7.border).toEqual({ left: "thin", right: "thin", top: "thin", bottom: "thin" });
    // Alignment is not the status style's business in someone else's cell.
    expect(cells.D7.horizontal).toBeNull();
    expect(cells.D8).toMatchObject({ value: "Met", type: "s" });
    expect(cells.B15).toMatchObject({ value: "Not met", fill: "#FFEB9C" });
    // Neighbours unchanged.
    expect(cells.C7).toMatchObject({ value: "keep me", fill: "#00FF00" });
    expect(cells.B7).toMatchObject({ value: 3080000, numberFormat: "#,##0" });
    expect(cells.E2.value).toBe("=B7:B8*2");
  });

  it("drops the overwritten formula from the calculation chain, keeping the next entry's sheet", async () => {
    const chain = await partText(saved, "xl/calcChain.xml");
    expect(chain).not.toContain('r="D8"');
    expect(chain).toContain('<c r="D1" i="1"/>');
    expect(chain).toContain('<c r="E2" a="1"/>');
  });

  it("leaves docProps/app.xml alone when it lists no sheets (openpyxl writes none)", async () => {
    expect(outcome.parts).not.toContain("docProps/app.xml");
  });
});

describe("a calculation chain that only listed the overwritten formula", () => {
  it("is removed with its relationship and content type", async () => {
    const base = XlsxPackage.open(fixture("user-budget.xlsx"));
    base.set(
      "xl/calcChain.xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="D8" i="1"/></calcChain>',
    );
    const pkg = XlsxPackage.open(base.toBuffer());
    const outcome = applyPlanToPackage(pkg, { ...plan, sheets: [], names: [], statusCells: [plan.statusCells[1]] });
    expect(outcome.parts).toContain("xl/calcChain.xml");
    expect(pkg.has("xl/calcChain.xml")).toBe(false);
    const saved = pkg.toBuffer();
    expect(await partText(saved, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(await partText(saved, "[Content_Types].xml")).not.toContain("calcChain");
    expect(sheetOf(readBack(saved, ["Budget 2026"]), "Budget 2026").cells?.D8.value).toBe("Met");
  });
});

describe("refusals leave the package unchanged", () => {
  const status = (sheet: string, row: number, col: number): WritePlan => ({
    styles: STYLES,
    sheets: [SUMMARY],
    statusCells: [{ name: "Status_x", sheet, row, col, value: "Met", style: "near" }],
    names: [],
  });

  function refusal(file: string, p: WritePlan): { error: unknown; pkg: XlsxPackage } {
    const pkg = XlsxPackage.open(fixture(file));
    try {
      applyPlanToPackage(pkg, p);
    } catch (error) {
      return { error, pkg };
    }
    return { error: null, pkg };
  }

  it.each([
    ["an array formula's range", status("Budget 2026", 2, 4), "arrayFormula", "'Budget 2026'!E3"],
    ["a data table", status("Budget 2026", 2, 6), "dataTable", "'Budget 2026'!G3"],
    ["a shared formula's master", status("Budget 2026", 0, 3), "sharedFormula", "'Budget 2026'!D1"],
    ["a merged area, not its first cell", status("Budget 2026", 10, 2), "mergedCell", "'Budget 2026'!C11"],
    ["a table's header row", status("Members", 0, 1), "tableHeader", "Members!B1"],
    ["a chartsheet", status("Chart", 0, 0), "notWorksheet", "Chart!A1"],
    ["a missing sheet", status("Nowhere", 0, 0), "sheetMissing", "Nowhere"],
    [
      "a create over an existing sheet",
      { ...status("Budget 2026", 6, 3), sheets: [{ ...SUMMARY, name: "members", mode: "create" as const }] },
      "sheetExists",
      "Members",
    ],
    [
      "an update of a missing sheet",
      { ...status("Budget 2026", 6, 3), sheets: [{ ...SUMMARY, name: "Settings", mode: "update" as const }] },
      "sheetMissing",
      "Settings",
    ],
  ])("refuses a status cell in %s", async (_label, p, code, where) => {
    const { error, pkg } = refusal("user-budget.xlsx", p);
    expect(error).toBeInstanceOf(WriteRefusal);
    expect(error).toMatchObject({ code, where });
    expect(pkg.changed()).toEqual([]);
    expect(await differingParts(fixture("user-budget.xlsx"), pkg.toBuffer())).toEqual([]);
  });

  it("refuses a status cell inside a pivot table's location", () => {
    const { error, pkg } = refusal("user-pivot.xlsx", status("Budget 2026", 2, 9));
    expect(error).toMatchObject({ code: "pivotTable", where: "'Budget 2026'!J3" });
    expect(pkg.changed()).toEqual([]);
  });

  it.each([
    ["a table's body", "Members", 1, 1],
    ["a merged area's first cell", "Budget 2026", 9, 1],
    ["a cell that borrows a shared formula", "Budget 2026", 1, 3],
    ["a cell beside a pivot table", "Budget 2026", 4, 9],
  ])("writes a status cell in %s", (_label, sheet, row, col) => {
    const pkg = XlsxPackage.open(fixture(sheet === "Members" ? "user-budget.xlsx" : "user-pivot.xlsx"));
    const outcome = applyPlanToPackage(pkg, status(sheet, row, col));
    expect(outcome.cells).toContainEqual({ sheet, row, col, value: "Met" });
  });
});
