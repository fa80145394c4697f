/**
 * The task pane's check on opening a workbook ("is this page still true?"): the same core check
 * as `mvsp-triggers verify`, fed by Office.js. It reads and never writes, and never evaluates
 * the workbook into itself. Documented calls only:
 * - `readWorkbook` (two syncs: names probed with `getItemOrNullObject`, then their cells and the log);
 * - `WorksheetCollection.getItemOrNullObject` (ExcelApi 1.4) and `isNullObject` after a sync,
 *   before any method is called on the sheet
 *   (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties);
 * - `Worksheet.getRange(address)` and `Range.values` / `valueTypes` (ExcelApi 1.1), one block
 *   covering the summary's result cells.
 */
import { namesToRead } from "../../core";
import { rectA1 } from "../../core/address";
import type { CellValue } from "../../core/cells";
import { planVerification, type CellToRead, type VerifyReport } from "../../core/review/verify";
import { guarded } from "./pane";
import type { Failed } from "./port";
import { readWorkbook } from "./snapshot";
import { officeApiSupport, type ApiSupport } from "./support";
import { toCellGrid } from "./values";

/** `review` null: the workbook holds no evaluation to check. */
export type ReviewResult = { readonly ok: true; readonly review: VerifyReport | null } | Failed;

/** The values of `cells` (all on one sheet, the summary): undefined where the sheet is gone. */
async function readCells(context: Excel.RequestContext, cells: readonly CellToRead[]): Promise<(CellValue | undefined)[]> {
  if (cells.length === 0) return [];
  const sheetName = cells[0].sheet;
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) return cells.map(() => undefined);
  const top = Math.min(...cells.map((c) => c.row));
  const left = Math.min(...cells.map((c) => c.col));
  const rows = Math.max(...cells.map((c) => c.row)) - top + 1;
  const cols = Math.max(...cells.map((c) => c.col)) - left + 1;
  const range = sheet.getRange(rectA1({ row: top, col: left, rows, cols }));
  range.load("values,valueTypes");
  await context.sync();
  const grid = toCellGrid(range.values, range.valueTypes);
  return cells.map((c) => (c.sheet === sheetName ? (grid[c.row - top]?.[c.col - left] ?? null) : undefined));
}

export function reviewForPane(
  context: Excel.RequestContext,
  displayLanguage: string | null,
  support: ApiSupport = officeApiSupport(),
): Promise<ReviewResult> {
  return guarded(async (): Promise<ReviewResult> => {
    const { snapshot } = await readWorkbook(context, namesToRead(), support);
    const verification = planVerification(snapshot, displayLanguage);
    if (verification.kind === "noEvaluation") return { ok: true, review: null };
    return { ok: true, review: verification.finish(await readCells(context, verification.summaryCells)) };
  });
}
