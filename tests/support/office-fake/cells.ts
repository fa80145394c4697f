/**
 * The fake workbook's cells in the shape the parity test compares with the package writer's
 * output: one entry per cell holding a value or a fill, sorted by sheet (tab order) then row
 * then column.
 */
import { cellName } from "./address";
import type { FakeValue, FakeWorkbook } from "./model";

export interface ParityCell {
  readonly sheet: string;
  /** `B7`, no sheet, no `$`. */
  readonly address: string;
  /** Errors as their text (`#N/A`), a formula as `=…`; empty cells are left out. */
  readonly value: string | number | boolean | null;
  /** `#RRGGBB` upper case, or null. */
  readonly fill: string | null;
  readonly fontColor: string | null;
  readonly numberFormat: string;
}

function plain(value: FakeValue): string | number | boolean | null {
  return value !== null && typeof value === "object" ? value.error : value;
}

function colour(value: string | undefined): string | null {
  return value === undefined ? null : `#${value.replace(/^#/, "").slice(-6).toUpperCase()}`;
}

export function fakeCells(workbook: FakeWorkbook, sheets?: readonly string[]): ParityCell[] {
  const result: ParityCell[] = [];
  for (const sheet of workbook.sheets) {
    if (sheets && !sheets.includes(sheet.name)) continue;
    const entries = [...sheet.cells.entries()]
      .map(([key, cell]) => {
        const [row, col] = key.split(":").map(Number);
        return { row, col, cell };
      })
      .filter(({ cell }) => cell.value !== null || cell.formula !== undefined || cell.fill !== undefined)
      .sort((a, b) => a.row - b.row || a.col - b.col);
    for (const { row, col, cell } of entries) {
      result.push({
        sheet: sheet.name,
        address: cellName(row, col),
        // A formula as its text (the fake does not calculate), as openpyxl reads one from a file.
        value: cell.formula ?? plain(cell.value),
        fill: colour(cell.fill),
        fontColor: colour(cell.font.color),
        numberFormat: cell.numberFormat,
      });
    }
  }
  return result;
}
