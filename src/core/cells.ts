/**
 * What the adapters hand to the core: the cells behind each defined name, as plain data.
 * Nothing here knows Office.js or the .xlsx package; both adapters produce exactly these shapes.
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
  /**
   * For a plain named range only: the used rows directly below it, within its columns (at most
   * `ROWS_READ_BELOW`), so the core can warn about rows typed below a table input that are not
   * part of it. Absent for Excel tables, which grow by themselves, and for single cells.
   */
  readonly below?: readonly (readonly CellValue[])[];
}

/** How many rows below a plain named range the adapters read for the "rows typed below" warning. */
export const ROWS_READ_BELOW = 50;

/**
 * The error value an adapter gives for a formula cell that has no calculated value (a workbook
 * written by a script and never opened in Excel). Real Excel errors all start with `#`.
 */
export const UNCALCULATED: CellError = { error: "uncalculated" };

/** What a defined name turned out to be when the adapter looked it up. */
export type NameSnapshot =
  /** `source`: a defined name, or an Excel table (ListObject) of that name (header row included). */
  | {
      readonly kind: "range";
      readonly range: RangeSnapshot;
      readonly source?: "name" | "table";
      /** The name's reference as written (`Board!$E:$E`), where the adapter knows it: for messages. */
      readonly reference?: string;
    }
  | { readonly kind: "missing" }
  /** The name exists but refers to a deleted range (`=#REF!`, `='Old'!#REF!`). */
  | { readonly kind: "broken"; readonly formula: string }
  /** The name refers to several areas (`=Sheet1!$A$1,Sheet1!$C$3`). */
  | { readonly kind: "multiArea"; readonly formula: string }
  /** A constant, a formula or an external reference: not a range the add-in can read. */
  | {
      readonly kind: "notRange";
      readonly formula: string;
      /** Set when the name exists only for this one sheet (local scope), not for the workbook. */
      readonly scopeSheet?: string;
    };

/** A worksheet of the workbook, by name (ownership is recorded by defined names: `OWNERSHIP_NAMES`). */
export interface SheetInfo {
  readonly name: string;
}

/** A note (Excel's cell comment) on a cell: 0-based position, author, words. */
export interface CellNote {
  readonly row: number;
  readonly col: number;
  readonly author: string;
  readonly text: string;
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
  /**
   * The notes on the add-in's summary sheet, where the adapter reads them (the package reader
   * does; the task pane does not yet). Its page is rewritten at each evaluation, so the notes on
   * the page are carried into the page's Notes box.
   */
  readonly summaryNotes?: readonly CellNote[];
}

// Addresses live in one module for the core and both adapters.
export { a1, quoteSheet, cellAddress, rangeAddress, parseA1 } from "./address";
