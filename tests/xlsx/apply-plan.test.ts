import ExcelJS from "exceljs";
import { applyPlan, loadWorkbook, PlanConflictError, saveWorkbook } from "../../src/adapters/xlsx";
import type { SheetPlan, WritePlan } from "../../src/core/plan/types";
import { makeTempDir, zipText } from "./helpers";

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

const STYLES: WritePlan["styles"] = {
  title: { font: { name: "Calibri", size: 16, bold: true, color: "#1F3864" } },
  met: {
    fill: "#FFC7CE",
    font: { color: "#9C0006", italic: true, underline: true },
    horizontal: "center",
    vertical: "center",
    border: { color: "#808080", edges: ["top", "bottom"], weight: "medium" },
  },
  pct: { numberFormat: "0.0%", horizontal: "right", indent: 1 },
  wrap: { wrap: true, vertical: "top" },
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
    { row: 2, col: 1, value: "Met", style: "met", note: "Trigger condition holds" },
    { row: 2, col: 2, value: "Inputs!B2", link: "'Budget 2026'!B7" },
    { row: 3, col: 0, value: "A long sentence that wraps", style: "wrap" },
    { row: 3, col: 1, value: true },
    { row: 3, col: 2, value: null },
    { row: 4, col: 0, value: 3, style: "input" },
    { row: 5, col: 0, value: 0.5 },
    { row: 6, col: 0, value: 1 },
  ],
  columnWidths: [30, 12, 14],
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
  },
  protect: true,
  dataBars: [{ range: { row: 4, col: 0, rows: 3, cols: 1 }, color: "#638EC6" }],
  validations: [
    { kind: "list", range: { row: 4, col: 1, rows: 2, cols: 1 }, values: ["Yes", "No"] },
    { kind: "wholeNumber", range: { row: 4, col: 2, rows: 1, cols: 1 }, min: 1, max: 5 },
    { kind: "nonNegative", range: { row: 4, col: 3, rows: 1, cols: 1 } },
    { kind: "date", range: { row: 5, col: 3, rows: 1, cols: 1 } },
  ],
  chart: { title: "History", source: { row: 4, col: 0, rows: 3, cols: 1 }, anchor: { row: 8, col: 0, rows: 10, cols: 6 } },
  tabColor: "#1F3864",
  showGridLines: false,
  activate: true,
};

function userWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const budget = wb.addWorksheet("Budget 2026");
  budget.getCell("B7").value = 3080000;
  budget.getCell("B7").numFmt = "#,##0";
  budget.getCell("C7").value = "keep me";
  budget.getCell("C7").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00FF00" } };
  wb.addWorksheet("Notes").getCell("A1").value = "user notes";
  return wb;
}

const plan: WritePlan = {
  styles: STYLES,
  sheets: [SUMMARY],
  statusCells: [{ name: "Status_spend_vs_envelope", sheet: "Budget 2026", row: 6, col: 3, value: "Near", style: "met" }],
  names: [{ name: "MVSPTriggerMonitor_Summary", sheet: "MVSP Triggers", range: { row: 0, col: 0, rows: 1, cols: 1 } }],
};

describe("applyPlan, saved and read back", () => {
  const file = tmp.file("applied.xlsx");
  let ws: ExcelJS.Worksheet;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    const source = userWorkbook();
    applyPlan(source, plan);
    await saveWorkbook(source, file);
    wb = (await loadWorkbook(file)).workbook;
    ws = wb.getWorksheet("MVSP Triggers")!;
  });

  it("writes values, and text that looks like a formula stays text", async () => {
    expect(ws.getCell("A2").value).toBe("=SUM(A1:A3)");
    expect(ws.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("A2").formula).toBeUndefined();
    expect(ws.getCell("B2").value).toBe("+33 1 23");
    expect(ws.getCell("C2").value).toBe("-5 members");
    expect(ws.getCell("D2").value).toBe("@risk");
    expect(ws.getCell("A3").value).toBe(0.253);
    expect(ws.getCell("B4").value).toBe(true);
    const xml = await zipText(file, "xl/worksheets/sheet3.xml");
    expect(xml).not.toMatch(/<f>|<f /);
    expect(xml).toMatch(/<c r="A2"[^>]*t="s"/);
  });

  it("translates fills, fonts, number formats, alignment, borders and protection", () => {
    expect(ws.getCell("B3").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell("B3").font).toMatchObject({ italic: true, underline: true, color: { argb: "FF9C0006" } });
    expect(ws.getCell("B3").alignment).toMatchObject({ horizontal: "center", vertical: "middle" });
    expect(ws.getCell("B3").border.top).toMatchObject({ style: "medium", color: { argb: "FF808080" } });
    expect(ws.getCell("B3").border.left).toBeUndefined();
    expect(ws.getCell("A1").font).toMatchObject({ name: "Calibri", size: 16, bold: true, color: { argb: "FF1F3864" } });
    expect(ws.getCell("A3").numFmt).toBe("0.0%");
    expect(ws.getCell("A3").alignment).toMatchObject({ horizontal: "right", indent: 1 });
    expect(ws.getCell("A4").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(ws.getCell("A5").protection).toMatchObject({ locked: false });
  });

  it("writes notes, merges, widths, heights, frozen rows, tab colour and gridlines", () => {
    expect(ws.getCell("B3").note).toBe("Trigger condition holds");
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.getCell("B1").master.address).toBe("A1");
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(3).width).toBe(14);
    expect(ws.getRow(1).height).toBe(28);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2, showGridLines: false });
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F3864" });
  });

  it("writes an in-document link as Excel does: a location, no external relationship", async () => {
    const xml = await zipText(file, "xl/worksheets/sheet3.xml");
    const link = /<hyperlink\b[^>]*>/.exec(xml)?.[0] ?? "";
    expect(link).toContain(`ref="C3"`);
    expect(link).toContain(`location="'Budget 2026'!B7"`);
    expect(link).not.toContain("r:id");
    const rels = await zipText(file, "xl/worksheets/_rels/sheet3.xml.rels").catch(() => "");
    expect(rels).not.toContain("Budget 2026");
    // And it survives a second load/save (ExcelJS alone would drop it on reading).
    const again = tmp.file("applied-again.xlsx");
    await saveWorkbook(wb, again);
    const reread = (await loadWorkbook(again)).workbook.getWorksheet("MVSP Triggers")!;
    expect(reread.getCell("C3").value).toEqual({ text: "Inputs!B2", hyperlink: "#'Budget 2026'!B7" });
  });

  it("writes the print setup, protection, data bars and validations", async () => {
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:2",
      printArea: "A1:D10",
    });
    expect(ws.headerFooter.oddHeader).toBe("&CMVSP && triggers");
    expect(ws.headerFooter.oddFooter).toBe("&LIATI&RPage &P of &N");
    const xml = await zipText(file, "xl/worksheets/sheet3.xml");
    expect(xml).toMatch(/<sheetProtection[^>]*sheet="1"/);
    expect(xml).not.toMatch(/<sheetProtection[^>]*(hashValue|password)/);
    expect(xml).toMatch(/<conditionalFormatting sqref="A5:A7">\s*<cfRule type="dataBar"/);
    expect(xml).toContain('rgb="FF638EC6"');
    expect(ws.getCell("B5").dataValidation).toMatchObject({ type: "list", formulae: ['"Yes,No"'] });
    expect(ws.getCell("B6").dataValidation).toMatchObject({ type: "list" });
    expect(ws.getCell("C5").dataValidation).toMatchObject({ type: "whole", operator: "between", formulae: [1, 5] });
    expect(ws.getCell("D5").dataValidation).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0] });
    expect(ws.getCell("D6").dataValidation).toMatchObject({ type: "date", operator: "between" });
  });

  it("makes the sheet active and the only selected tab", async () => {
    const index = wb.worksheets.findIndex((s) => s.name === "MVSP Triggers");
    expect(index).toBe(2);
    expect(wb.views[0].activeTab).toBe(index);
    // ExcelJS does not read tabSelected back: check the package itself.
    const selected = [];
    for (const n of [1, 2, 3]) {
      if (/<sheetView[^>]*tabSelected="1"/.test(await zipText(file, `xl/worksheets/sheet${n}.xml`))) selected.push(n);
    }
    expect(selected).toEqual([3]);
  });

  it("defines the names and writes the status cell, leaving the rest of the user's sheet alone", () => {
    expect(wb.definedNames.getRanges("MVSPTriggerMonitor_Summary").ranges).toEqual(["'MVSP Triggers'!$A$1"]);
    const budget = wb.getWorksheet("Budget 2026")!;
    expect(budget.getCell("D7").value).toBe("Near");
    expect(budget.getCell("D7").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(budget.getCell("B7").value).toBe(3080000);
    expect(budget.getCell("B7").numFmt).toBe("#,##0");
    expect(budget.getCell("C7").value).toBe("keep me");
    expect(budget.getCell("C7").fill).toMatchObject({ fgColor: { argb: "FF00FF00" } });
    expect(wb.getWorksheet("Notes")!.getCell("A1").value).toBe("user notes");
  });
});

describe("sheet modes", () => {
  it("replace clears the owned sheet fully and keeps its tab position", () => {
    const wb = userWorkbook();
    applyPlan(wb, plan);
    // Move the summary between the user's sheets, as a user might.
    const order = wb.worksheets.map((s) => s.name);
    expect(order).toEqual(["Budget 2026", "Notes", "MVSP Triggers"]);
    (wb.getWorksheet("MVSP Triggers") as unknown as { orderNo: number }).orderNo = 1.5;
    const smaller: SheetPlan = { name: "MVSP Triggers", role: "summary", mode: "replace", cells: [{ row: 0, col: 0, value: "again" }] };
    applyPlan(wb, { ...plan, sheets: [smaller], statusCells: [] });
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Budget 2026", "MVSP Triggers", "Notes"]);
    const ws = wb.getWorksheet("MVSP Triggers")!;
    expect(ws.getCell("A1").value).toBe("again");
    expect(ws.getCell("A1").font).toBeUndefined();
    expect(ws.getCell("A2").value).toBeNull();
    expect(ws.getCell("B1").isMerged).toBe(false);
    expect(ws.getColumn(1).width).toBeUndefined();
    expect((ws as unknown as { sheetProtection?: unknown }).sheetProtection ?? null).toBeNull();
  });

  it("append adds rows below and refuses to overwrite a logged value", () => {
    const wb = new ExcelJS.Workbook();
    const log = wb.addWorksheet("MVSP Evaluation Log");
    log.addRow(["Timestamp", "Outcome"]);
    log.addRow(["2026-06-30 09:00", "Monitor"]);
    const append = (row: number, value: string): WritePlan => ({
      styles: {},
      statusCells: [],
      names: [],
      sheets: [{ name: "MVSP Evaluation Log", role: "log", mode: "append", cells: [{ row, col: 0, value }] }],
    });
    applyPlan(wb, append(2, "2026-09-30 10:00"));
    expect(log.getCell("A2").value).toBe("2026-06-30 09:00");
    expect(log.getCell("A3").value).toBe("2026-09-30 10:00");
    expect(() => applyPlan(wb, append(1, "rewritten"))).toThrow(PlanConflictError);
    expect(log.getCell("A2").value).toBe("2026-06-30 09:00");
  });

  it("create refuses an existing sheet; update changes only the given cells", () => {
    const wb = userWorkbook();
    const create: WritePlan = { styles: {}, statusCells: [], names: [], sheets: [{ name: "notes", role: "inputs", mode: "create", cells: [] }] };
    expect(() => applyPlan(wb, create)).toThrow(PlanConflictError);
    const update: WritePlan = {
      styles: STYLES,
      statusCells: [],
      names: [],
      sheets: [{ name: "Budget 2026", role: "settings", mode: "update", cells: [{ row: 6, col: 2, value: "changed", style: "pct" }] }],
    };
    applyPlan(wb, update);
    const budget = wb.getWorksheet("Budget 2026")!;
    expect(budget.getCell("C7").value).toBe("changed");
    expect(budget.getCell("C7").numFmt).toBe("0.0%");
    expect(budget.getCell("C7").fill).toMatchObject({ fgColor: { argb: "FF00FF00" } });
    expect(budget.getCell("B7").value).toBe(3080000);
  });

  it("repointing a name replaces its old definition, whatever its case", () => {
    const wb = userWorkbook();
    wb.definedNames.add("'Budget 2026'!$B$7", "mvsptriggermonitor_summary");
    applyPlan(wb, plan);
    const model = wb.definedNames.model.filter((n) => n.name.toLowerCase() === "mvsptriggermonitor_summary");
    expect(model).toEqual([{ name: "MVSPTriggerMonitor_Summary", ranges: ["'MVSP Triggers'!$A$1"] }]);
  });
});
