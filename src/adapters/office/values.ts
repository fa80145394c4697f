/** Cell values between Office.js and the core's plain shapes, both ways. */
import type { CellValue } from "../../core/cells";
import type { PlanValue } from "../../core/plan/types";

/**
 * One Office.js cell → CellValue. `type` is the cell's `valueTypes` entry: errors arrive as
 * their text (`#N/A`) and empty cells as "", which only the type tells apart from real text.
 */
export function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Empty") return null;
  if (type === "Error") return { error: String(value) };
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? null : value;
  return null;
}

export function toCellGrid(values: readonly (readonly unknown[])[], types: readonly (readonly string[])[] | undefined): CellValue[][] {
  return values.map((row, r) => row.map((value, c) => toCellValue(value, types?.[r]?.[c])));
}

/**
 * What Excel's value parser would turn into something other than the same text: formulas
 * (`=`, `+`, `-`, `@`), numbers, dates, times, percentages, booleans in any UI language, error
 * literals, and text that already begins with the quote prefix. Generous on purpose: a quote
 * prefix on plain text is invisible and harmless, a missed one turns user text into a formula
 * or a date.
 */
function excelWouldReinterpret(text: string): boolean {
  return /^[=+\-@'#]/.test(text) || /\d/.test(text) || /^\s*(true|false|vrai|faux|verdadero|falso|wahr|falsch)\s*$/i.test(text);
}

/**
 * A plan value as Office.js `values` input. Strings are always text: where Excel would parse
 * them, a leading apostrophe (Excel's quote prefix) makes it store the text as typed; the
 * apostrophe itself is not part of the value and is not displayed. This works whatever the
 * cell's number format, unlike formatting the cell as `@`, which would change the plan's format.
 * null → "" (an emptied cell).
 */
export function toExcelInput(value: PlanValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  return excelWouldReinterpret(value) ? `'${value}` : value;
}
