/**
 * One plan, two adapters: the template and two evaluations applied through the Office.js adapter
 * (on the strict fake) and through the package writer (to a real .xlsx, saved, re-read, and
 * finally read by openpyxl) must leave the same cells, values, fills, font colours and formats.
 */
import { evaluateInExcel, insertTemplate } from "../src/adapters/office/evaluate";
import { readSnapshot } from "../src/adapters/xlsx";
import { XlsxPackage } from "../src/adapters/xlsx/package";
import { applyPlanToPackage, newWorkbookPackage } from "../src/adapters/xlsx/write";
import { parseA1 } from "../src/core/address";
import { buildTemplatePlan, dayFromIso, namesToRead, runEvaluation, SHEET_NAMES, type Clock, type Language } from "../src/core";
import { ApiLevel, FakeRequestContext, FakeWorkbook, asExcelContext, fakeCells, type ParityCell } from "./support/office-fake";
import { readBack, type ReadBook } from "./xlsx/write-helpers";

const ALL = () => true;
const clocks: Clock[] = [
  { today: dayFromIso("2026-10-01")!, timestamp: "2026-10-01 09:30" },
  { today: dayFromIso("2026-10-02")!, timestamp: "2026-10-02 16:05" },
];

/**
 * Cells inside a merged area other than its first: openpyxl reads them as empty and Office
 * formats the whole area, so only the first cell of a merge is compared.
 */
function mergeFollowers(book: ReadBook): Set<string> {
  const followers = new Set<string>();
  for (const sheet of book.sheets) {
    for (const merge of sheet.merges ?? []) {
      const [from, to = from] = merge.split(":").map((ref) => parseA1(ref)!);
      for (let row = from.row; row <= to.row; row++) {
        for (let col = from.col; col <= to.col; col++) {
          if (row !== from.row || col !== from.col) followers.add(`${sheet.title}!${row}:${col}`);
        }
      }
    }
  }
  return followers;
}

/**
 * openpyxl reads a date-time cell as a datetime and the read-back script turns it into a serial
 * again, which may differ in the last binary digit from the number in the file: a date-time is
 * compared to the millisecond, as the Office side's value also is.
 */
function viaDateTime(value: ParityCell["value"], numberFormat: string): ParityCell["value"] {
  return typeof value === "number" && /h/.test(numberFormat) ? Math.round(value * 86400000) / 86400000 : value;
}

/** A formula as the formula bar (and Office.js) shows it: the file's `_xlfn.` prefixes of newer functions dropped. */
function formulaBarText(value: ParityCell["value"]): ParityCell["value"] {
  return typeof value === "string" && value.startsWith("=") ? value.replace(/_xlfn\./g, "") : value;
}

/** The file's cells, as openpyxl reads them, in the fake's parity shape. */
function fileCells(book: ReadBook, sheets: readonly string[]): ParityCell[] {
  const found: { row: number; col: number; cell: ParityCell }[] = [];
  for (const sheet of book.sheets) {
    if (!sheets.includes(sheet.title)) continue;
    for (const [address, cell] of Object.entries(sheet.cells ?? {})) {
      if (cell.value === null && cell.fill === null) continue;
      const { row, col } = parseA1(address)!;
      found.push({
        row: sheets.indexOf(sheet.title) * 1e7 + row,
        col,
        cell: {
          sheet: sheet.title,
          address,
          value: formulaBarText(viaDateTime(cell.value, cell.numberFormat)),
          fill: cell.fill,
          fontColor: cell.font.color,
          numberFormat: cell.numberFormat,
        },
      });
    }
  }
  return found.sort((a, b) => a.row - b.row || a.col - b.col).map((f) => f.cell);
}

async function throughPackage(language: Language): Promise<ReadBook> {
  const template = buildTemplatePlan(language, null);
  if (!("plan" in template)) throw new Error("template refused");
  const pkg = newWorkbookPackage();
  applyPlanToPackage(pkg, template.plan);
  let file = pkg.toBuffer();
  for (const clock of clocks) {
    // Through a real file each time, as the command line does.
    const next = XlsxPackage.open(file);
    const run = runEvaluation(readSnapshot(next, namesToRead()), clock, { displayLanguage: language });
    if (!run.plan) throw new Error("evaluation refused");
    applyPlanToPackage(next, run.plan);
    file = next.toBuffer();
  }
  return readBack(file, [SHEET_NAMES.inputs, SHEET_NAMES.summary, SHEET_NAMES.log]);
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

  it.each(["en", "fr"] as const)("writes the same cells through Office.js and the package writer (%s)", async (language) => {
    const [book, office] = await Promise.all([throughPackage(language), throughOfficeJs(language)]);
    // Two documented reads (names, then their cells), then one sync per part written: log,
    // summary, status cells, names; the second evaluation, unchanged, adds no log row.
    expect(office.syncs).toEqual([6, 5]);
    const followers = mergeFollowers(book);
    const compared = (cells: ParityCell[]) =>
      cells.filter((c) => {
        const { row, col } = parseA1(c.address)!;
        return !followers.has(`${c.sheet}!${row}:${col}`);
      });
    const fromFile = compared(fileCells(book, sheets));
    const fromOffice = compared(fakeCells(office.workbook, sheets)).map((c) => ({ ...c, value: viaDateTime(c.value, c.numberFormat) }));
    expect(followers.size).toBeGreaterThan(0);
    // Sanity: both wrote every sheet, and one log row under the header: the second run repeats
    // the first (same inputs, settings and evaluation date), so it adds none.
    for (const sheet of sheets) expect(fromOffice.some((c) => c.sheet === sheet)).toBe(true);
    expect(fromOffice.filter((c) => c.sheet === SHEET_NAMES.log && /^A\d+$/.test(c.address)).length).toBe(2);
    expect(fromFile).toEqual(fromOffice);
  });
});
