/** A1 addresses as Office.js takes and gives them. */
import { a1 } from "../../core/cells";
import type { PlanRect } from "../../core/plan/types";

/** `{row: 0, col: 0, rows: 2, cols: 3}` → `A1:C2` (no sheet: ranges are asked of a worksheet). */
export function rectAddress(rect: PlanRect): string {
  const start = a1(rect.row, rect.col);
  if (rect.rows <= 1 && rect.cols <= 1) return start;
  return `${start}:${a1(rect.row + Math.max(rect.rows, 1) - 1, rect.col + Math.max(rect.cols, 1) - 1)}`;
}

/** Column letters of a 0-based index: 27 → `AB`. */
export function columnLetters(col: number): string {
  return a1(0, col).replace(/[0-9]+$/, "");
}

/**
 * `'Budget 2026'!B7:C9` → `{ sheet: "Budget 2026", ref: "B7:C9" }`. Office.js quotes sheet names
 * like Excel does and doubles inner apostrophes; a reference without a sheet gives sheet null.
 */
export function splitAddress(address: string): { sheet: string | null; ref: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, ref: address };
  const rawSheet = address.slice(0, bang);
  const sheet =
    rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, ref: address.slice(bang + 1) };
}

/**
 * True when a name's formula lists several areas (`=A!$A$1,A!$C$3`): a comma outside quoted
 * sheet names, strings and function parentheses. Office.js gives no range for such names.
 */
export function isMultiAreaFormula(formula: string): boolean {
  // Each open parenthesis: true for a function call's, false for bare grouping `=(A1,C3)`.
  const calls: boolean[] = [];
  let quote: string | null = null;
  let previous = "";
  for (const ch of formula) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "(") calls.push(/[A-Za-z0-9_.]/.test(previous));
    else if (ch === ")") calls.pop();
    else if (ch === "," && !calls.includes(true)) return true;
    previous = ch;
  }
  return false;
}
