/**
 * What the adapters hand to the core: the cells behind each defined name, as plain data.
 * Nothing here knows Office.js or ExcelJS; both adapters produce exactly these shapes.
 */

/** An Excel error value such as `#N/A`, `#REF!` or `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

/**
 * One cell's value. Dates arrive as serial numbers in the workbook's own date system
 * (see `WorkbookSnapshot.date1904`), exactly as Excel stores them; formulas arrive as their
 * cached result. Empty cells are `null`.
 */
export type CellValue = number | string | boolean | null | CellError;

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** A rectangular block of cells behind a defined name. Rows and columns are 0-based. */
export interface RangeSnapshot {
  /** Sheet name, unquoted (`Budget 2026`). */
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** rows × columns. */
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats, same shape as `values` (`General`, `0%`, `yyyy-mm-dd`, ...). */
  readonly formats: readonly (readonly string[])[];
}

/** What a defined name turned out to be when the adapter looked it up. */
export type NameSnapshot =
  | { readonly kind: "range"; readonly range: RangeSnapshot }
  | { readonly kind: "missing" }
  /** The name exists but refers to a deleted range (`=#REF!`, `='Old'!#REF!`). */
  | { readonly kind: "broken"; readonly formula: string }
  /** The name refers to several areas (`=Sheet1!$A$1,Sheet1!$C$3`). */
  | { readonly kind: "multiArea"; readonly formula: string }
  /** A constant, a formula or an external reference: not a range the add-in can read. */
  | { readonly kind: "notRange"; readonly formula: string };

/** A worksheet of the workbook, with the add-in's ownership mark if it carries one. */
export interface SheetInfo {
  readonly name: string;
}

/** Everything the core needs from a workbook, gathered in one read. */
export interface WorkbookSnapshot {
  /** True when the workbook uses the 1904 date system (serial 0 = 1 Jan 1904). */
  readonly date1904: boolean;
  /** Every name of `namesToRead()`, keyed by the name as the core asked for it. */
  readonly names: Readonly<Record<string, NameSnapshot>>;
  /** All worksheet names, in tab order. */
  readonly sheets: readonly SheetInfo[];
  /**
   * The used cells of the evaluation log sheet (header row included) when the workbook has one
   * that the add-in owns, else null. Read so the plan can append below it and show history.
   */
  readonly log: readonly (readonly CellValue[])[] | null;
}

/** 0-based row/column → `B7`. */
export function a1(row: number, col: number): string {
  let letters = "";
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

/** A sheet name as Excel writes it in a reference: quoted when it holds anything but letters, digits, `_`, `.`. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}[0-9]+$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
}

/** `'Budget 2026'!B7`: how problems name a cell. */
export function cellAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${a1(row, col)}`;
}

/** `'Budget 2026'!B7:D9` (or a single cell). */
export function rangeAddress(sheet: string, row: number, col: number, rows: number, cols: number): string {
  const start = a1(row, col);
  const end = a1(row + Math.max(rows, 1) - 1, col + Math.max(cols, 1) - 1);
  return `${quoteSheet(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

/** `B7` → {row: 6, col: 1}; null when the text is not an A1 cell reference. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
