/** The table part (`xl/tables/tableN.xml`) of an Excel table (ListObject), and what Excel refuses in one. */
import { MAX_COLS, MAX_ROWS, parseA1, rectA1, sameSheetName } from "../../../../core/address";
import type { PlanCell, PlanTable } from "../../../../core/plan/types";
import { el, part, xstring } from "../xml";
import { NS } from "../ooxml";

/**
 * `id` must be unique among the workbook's tables (Excel repairs the file otherwise); the
 * caller knows the other tables, this function does not. Check `tableProblems` first.
 */
export function tablePartXml(table: PlanTable, id: number): string {
  if (!Number.isInteger(id) || id < 1) throw new RangeError(`not a table id: ${id}`);
  const ref = rectA1(table.range);
  // Excel spells a line break in a column name `_x000a_`, as in any attribute it writes.
  const columns = table.columns.map((name, i) => el("tableColumn", { id: i + 1, name: xstring(name, { keepBreaks: false }) }));
  return part(
    el(
      "table",
      { xmlns: NS.main, id, name: table.name, displayName: table.name, ref, totalsRowShown: 0 },
      el("autoFilter", { ref }),
      el("tableColumns", { count: columns.length }, ...columns),
      el("tableStyleInfo", { name: table.style, showFirstColumn: 0, showLastColumn: 0, showRowStripes: 1, showColumnStripes: 0 }),
    ),
  );
}

/** What Excel refuses (or "repairs" away) in a table, with the 0-based column it concerns. */
export type TableProblem =
  | { readonly code: "invalidName"; readonly name: string }
  | { readonly code: "nameIsReference"; readonly name: string }
  | { readonly code: "noDataRow" }
  | { readonly code: "outsideGrid" }
  | { readonly code: "columnCount"; readonly expected: number; readonly actual: number }
  | { readonly code: "emptyHeader"; readonly column: number }
  | { readonly code: "headerTooLong"; readonly column: number }
  | { readonly code: "duplicateHeader"; readonly column: number; readonly sameAs: number }
  | { readonly code: "headerCellDiffers"; readonly column: number; readonly cellValue: PlanCell["value"] | undefined }
  | { readonly code: "noStyle" };

/** Excel's limit on a name, and on a table column's name. */
const MAX_NAME_LENGTH = 255;

/**
 * A pure check of the table against Excel's rules. With the sheet's `cells`, also checks that
 * each header cell holds its column's name as text (Excel rewrites the table when they differ).
 * The table name's uniqueness in the workbook is the caller's to check.
 */
export function tableProblems(table: PlanTable, cells?: readonly PlanCell[]): TableProblem[] {
  const problems: TableProblem[] = [];
  const { name, range, columns } = table;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || name.length > MAX_NAME_LENGTH) problems.push({ code: "invalidName", name });
  else if (looksLikeCellReference(name)) problems.push({ code: "nameIsReference", name });
  // Excel keeps at least one data row below the headers, even an empty one.
  if (range.rows < 2) problems.push({ code: "noDataRow" });
  if (range.row < 0 || range.col < 0 || range.cols < 1 || range.row + range.rows > MAX_ROWS || range.col + range.cols > MAX_COLS) {
    problems.push({ code: "outsideGrid" });
  }
  if (columns.length !== range.cols) problems.push({ code: "columnCount", expected: range.cols, actual: columns.length });
  columns.forEach((header, column) => {
    if (header.trim() === "") problems.push({ code: "emptyHeader", column });
    else if (header.length > MAX_NAME_LENGTH) problems.push({ code: "headerTooLong", column });
    else {
      // Column names compare like sheet and defined names: whatever their case.
      const sameAs = columns.findIndex((other, i) => i < column && sameSheetName(other, header));
      if (sameAs >= 0) problems.push({ code: "duplicateHeader", column, sameAs });
    }
  });
  if (cells) {
    const headerCells = new Map<number, PlanCell>();
    for (const cell of cells) if (cell.row === range.row) headerCells.set(cell.col, cell);
    columns.forEach((header, column) => {
      const cell = headerCells.get(range.col + column);
      if (cell?.value !== header) problems.push({ code: "headerCellDiffers", column, cellValue: cell?.value });
    });
  }
  if (table.style.trim() === "") problems.push({ code: "noStyle" });
  return problems;
}

/** `A1`, `xfd1048576`, and the R1C1 forms `R`, `C`, `RC`, `R2`, `C3`, `R2C3` name cells, not tables. */
function looksLikeCellReference(name: string): boolean {
  return parseA1(name) !== null || /^(R[0-9]*)?(C[0-9]*)?$/i.test(name);
}
