/**
 * One plan, two adapters: the template and two evaluations applied through the Office.js adapter
 * (on the strict fake) and through the ExcelJS adapter (to a real .xlsx, saved and re-read) must
 * leave the same cells, values, fills, font colours and number formats.
 */
import ExcelJS from "exceljs";
import { evaluateInExcel, insertTemplate } from "../src/adapters/office/evaluate";
import { applyPlan, loadWorkbookBuffer, readSnapshot, serialFromDate, workbookToBuffer } from "../src/adapters/xlsx";
import { buildTemplatePlan, dayFromIso, namesToRead, runEvaluation, SHEET_NAMES, type Clock, type Language } from "../src/core";
import { ApiLevel, FakeRequestContext, FakeWorkbook, asExcelContext, fakeCells, type ParityCell } from "./support/office-fake";

const ALL = () => true;
const clocks: Clock[] = [
  { today: dayFromIso("2026-10-01")!, timestamp: "2026-10-01 09:30" },
  { today: dayFromIso("2026-10-02")!, timestamp: "2026-10-02 16:05" },
];

function colour(argb: string | undefined): string | null {
  return argb ? `#${argb.slice(-6).toUpperCase()}` : null;
}

function plainValue(value: ExcelJS.CellValue, date1904: boolean): ParityCell["value"] {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return serialFromDate(value, date1904);
  if (typeof value !== "object") return value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("text" in value && "hyperlink" in value) return String(value.text);
  if ("error" in value) return value.error;
  if ("result" in value) return plainValue(value.result as ExcelJS.CellValue, date1904);
  return null;
}

/**
 * Cells inside a merged area other than its first: ExcelJS echoes the first cell's value there
 * and Office formats the whole area, so only the first cell of a merge is compared.
 */
function mergeFollowers(workbook: ExcelJS.Workbook): Set<string> {
  const followers = new Set<string>();
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.isMerged && cell.master !== cell) followers.add(`${ws.name}!${cell.address}`);
      }),
    );
  }
  return followers;
}

/** The ExcelJS workbook's cells in the fake's parity shape. */
function excelJsCells(workbook: ExcelJS.Workbook, sheets: readonly string[]): ParityCell[] {
  const date1904 = workbook.properties?.date1904 === true;
  const cells: ParityCell[] = [];
  for (const ws of workbook.worksheets) {
    if (!sheets.includes(ws.name)) continue;
    const found: { row: number; col: number; cell: ParityCell }[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const value = plainValue(cell.value, date1904);
        const fill = cell.fill?.type === "pattern" && cell.fill.pattern === "solid" ? colour(cell.fill.fgColor?.argb) : null;
        if (value === null && fill === null) return;
        found.push({
          row: r,
          col: c,
          cell: { sheet: ws.name, address: cell.address, value, fill, fontColor: colour(cell.font?.color?.argb), numberFormat: cell.numFmt ?? "General" },
        });
      }),
    );
    cells.push(...found.sort((a, b) => a.row - b.row || a.col - b.col).map((f) => f.cell));
  }
  return cells;
}

async function throughExcelJs(language: Language): Promise<ExcelJS.Workbook> {
  let workbook = new ExcelJS.Workbook();
  const template = buildTemplatePlan(language, null);
  if (!("plan" in template)) throw new Error("template refused");
  applyPlan(workbook, template.plan);
  for (const clock of clocks) {
    // Through a real file each time, as the command line does.
    const loaded = await loadWorkbookBuffer(await workbookToBuffer(workbook));
    workbook = loaded.workbook;
    const run = runEvaluation(readSnapshot(workbook, namesToRead(), loaded.rawNames), clock, { displayLanguage: language });
    if (!run.plan) throw new Error("evaluation refused");
    applyPlan(workbook, run.plan);
  }
  return (await loadWorkbookBuffer(await workbookToBuffer(workbook))).workbook;
}

async function throughOfficeJs(language: Language): Promise<{ workbook: FakeWorkbook; syncs: number[] }> {
  const workbook = new FakeWorkbook();
  workbook.addSheet("Sheet1");
  const syncs: number[] = [];
  const template = new FakeRequestContext(workbook, new ApiLevel(18));
  await insertTemplate(asExcelContext(template), language, ALL);
  for (const clock of clocks) {
    const context = new FakeRequestContext(workbook, new ApiLevel(18));
    await evaluateInExcel(asExcelContext(context), { clock, displayLanguage: language, support: ALL });
    syncs.push(context.syncCount);
  }
  return { workbook, syncs };
}

describe("adapter parity", () => {
  const sheets = [SHEET_NAMES.inputs, SHEET_NAMES.summary, SHEET_NAMES.log];

  it.each(["en", "fr"] as const)("writes the same cells through Office.js and ExcelJS (%s)", async (language) => {
    const [excel, office] = await Promise.all([throughExcelJs(language), throughOfficeJs(language)]);
    expect(office.syncs).toEqual([3, 3]); // two documented reads (names, then their cells), one write
    const followers = mergeFollowers(excel);
    const compared = (cells: ParityCell[]) => cells.filter((c) => !followers.has(`${c.sheet}!${c.address}`));
    const fromExcelJs = compared(excelJsCells(excel, sheets));
    const fromOffice = compared(fakeCells(office.workbook, sheets));
    expect(followers.size).toBeGreaterThan(0);
    // Sanity: both wrote every sheet, including two log rows under the header.
    for (const sheet of sheets) expect(fromOffice.some((c) => c.sheet === sheet)).toBe(true);
    expect(fromOffice.filter((c) => c.sheet === SHEET_NAMES.log && c.address.startsWith("A")).length).toBe(3);
    expect(fromExcelJs).toEqual(fromOffice);
  });
});
