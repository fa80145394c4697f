/**
 * Defined-name formulas as Excel stores them (`'Q''s plan'!$A$1:$B$3`), parsed without
 * ExcelJS: its own parser silently drops whole-column references, relative references and
 * anything that is not a plain block, and the adapter must tell those apart instead.
 */
import { parseA1 } from "../../core/cells";

/** Excel's grid limits: a whole-column reference runs to the last row. */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A block of one sheet, 0-based, inclusive sizes ≥ 1. */
export interface SheetArea {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  /** True when some corner lacks `$` (a relative reference; ExcelJS cannot keep it). */
  readonly relative: boolean;
  /** True for `$A:$D` / `$3:$9`: the block is clipped to the used cells when read. */
  readonly wholeLines: boolean;
}

export type ParsedReference =
  | { readonly kind: "area"; readonly area: SheetArea }
  | { readonly kind: "broken" }
  | { readonly kind: "multiArea"; readonly areas: readonly SheetArea[] }
  | { readonly kind: "notRange" };

/** Splits on commas that are outside quotes and parentheses (Excel's union operator). */
function splitUnion(formula: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === "(") depth++;
    else if (!quoted && ch === ")") depth--;
    else if (!quoted && depth === 0 && ch === ",") {
      parts.push(formula.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(formula.slice(start));
  return parts.map((p) => p.trim());
}

function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

const SHEET_PART = /^(?:'((?:[^']|'')+)'|([^'![\]:*?/\\]+))!(.+)$/;

/** One `Sheet!ref` term, or null when it is not a reference to a block of cells. */
export function parseArea(term: string): SheetArea | null {
  const m = SHEET_PART.exec(term.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const ref = m[3];
  const [first, second = first, extra] = ref.split(":");
  if (extra !== undefined) return null;
  const a = parseA1(first);
  const b = parseA1(second);
  if (a && b) {
    const row = Math.min(a.row, b.row);
    const col = Math.min(a.col, b.col);
    return {
      sheet,
      row,
      col,
      rows: Math.abs(a.row - b.row) + 1,
      cols: Math.abs(a.col - b.col) + 1,
      relative: !/^\$[A-Za-z]+\$\d+$/.test(first) || !/^\$[A-Za-z]+\$\d+$/.test(second),
      wholeLines: false,
    };
  }
  const cols = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})$/.exec(ref);
  if (cols) {
    const [c1, c2] = [columnNumber(cols[2]), columnNumber(cols[4])];
    return {
      sheet,
      row: 0,
      col: Math.min(c1, c2),
      rows: MAX_ROWS,
      cols: Math.abs(c1 - c2) + 1,
      relative: !cols[1] || !cols[3],
      wholeLines: true,
    };
  }
  const rows = /^(\$?)(\d{1,7}):(\$?)(\d{1,7})$/.exec(ref);
  if (rows) {
    const [r1, r2] = [Number(rows[2]) - 1, Number(rows[4]) - 1];
    return {
      sheet,
      row: Math.min(r1, r2),
      col: 0,
      rows: Math.abs(r1 - r2) + 1,
      cols: MAX_COLS,
      relative: !rows[1] || !rows[3],
      wholeLines: true,
    };
  }
  return null;
}

/**
 * Classifies a defined name's formula. `sheetExists` lets a reference to a sheet that is gone
 * count as broken, as Excel shows it.
 */
export function parseReference(formula: string, sheetExists: (sheet: string) => boolean): ParsedReference {
  const text = formula.trim().replace(/^=/, "");
  if (/#REF!/i.test(text)) return { kind: "broken" };
  const unwrapped = /^\((.*)\)$/.test(text) ? text.slice(1, -1) : text;
  const terms = splitUnion(unwrapped);
  const areas = terms.map(parseArea);
  if (areas.some((a) => a === null)) return { kind: "notRange" };
  const found = areas as SheetArea[];
  if (found.some((a) => !sheetExists(a.sheet))) return { kind: "broken" };
  return found.length === 1 ? { kind: "area", area: found[0] } : { kind: "multiArea", areas: found };
}
