/**
 * Cell addresses, column letters, sheet-name quoting and comparison, and defined-name formulas:
 * one implementation for the core and both adapters, so a reference reads the same whether it
 * came from Office.js or from a package on disk.
 */

/** Excel's grid limits: a whole-column reference runs to the last row. */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A rectangle, 0-based, inclusive sizes ≥ 1. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Column letters of a 0-based index: 27 → `AB`. */
export function columnLetters(col: number): string {
  let letters = "";
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Whole rows or columns as print titles take them, 0-based inclusive: `$1:$1`, `$A:$B`. */
export function printTitleRows(span: { readonly first: number; readonly last: number }): string {
  return `$${span.first + 1}:$${span.last + 1}`;
}

export function printTitleColumns(span: { readonly first: number; readonly last: number }): string {
  return `$${columnLetters(span.first)}:$${columnLetters(span.last)}`;
}

/** `AB` → 27; -1 when the text is not 1–3 letters within Excel's columns. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col <= MAX_COLS ? col - 1 : -1;
}

/** 0-based row/column → `B7`. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** `B7` or `$B$7` → {row: 6, col: 1}; null when the text is not an A1 cell reference in the grid. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref.trim());
  if (!m) return null;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (col < 0 || row < 0 || row >= MAX_ROWS) return null;
  return { row, col };
}

/** `B7:D9`, or `B7` for one cell; no sheet (Office.js asks ranges of a worksheet). */
export function rectA1(rect: Rect): string {
  const start = a1(rect.row, rect.col);
  if (rect.rows <= 1 && rect.cols <= 1) return start;
  return `${start}:${a1(rect.row + Math.max(rect.rows, 1) - 1, rect.col + Math.max(rect.cols, 1) - 1)}`;
}

/** `$B$7:$D$9` (or `$B$7`): how defined names and print titles are stored. */
export function absoluteRectA1(rect: Rect): string {
  const abs = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const start = abs(rect.row, rect.col);
  if (rect.rows <= 1 && rect.cols <= 1) return start;
  return `${start}:${abs(rect.row + rect.rows - 1, rect.col + rect.cols - 1)}`;
}

/**
 * A sheet name as Excel writes it in a reference: bare only when it is a plain identifier that
 * cannot be read as a cell (`AB12`) or an R1C1 reference (`R2C3`, `R`, `C`); else quoted with
 * inner apostrophes doubled.
 */
export function quoteSheet(sheet: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(sheet) &&
    !/^[RrCc]([0-9]*|[RrCc]?[0-9]*)$/.test(sheet) &&
    !/^[Rr][0-9]*[Cc][0-9]*$/.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** `'Budget 2026'!B7`: how problems name a cell. */
export function cellAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${a1(row, col)}`;
}

/** `'Budget 2026'!B7:D9` (or a single cell). */
export function rangeAddress(sheet: string, row: number, col: number, rows: number, cols: number): string {
  return `${quoteSheet(sheet)}!${rectA1({ row, col, rows: Math.max(rows, 1), cols: Math.max(cols, 1) })}`;
}

/** `'Budget 2026'!$B$7:$D$9`: a defined name's formula (without `=`). */
export function absoluteAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${absoluteRectA1(rect)}`;
}

/**
 * Sheet and defined names are the same for Excel whatever their case, in any script
 * (`Übersicht` = `ÜBERSICHT`). One rule for every comparison in the product.
 */
export function sameSheetName(a: string, b: string): boolean {
  return a === b || a.toLocaleUpperCase("en-US") === b.toLocaleUpperCase("en-US");
}

/**
 * `'Budget 2026'!B7:C9` → `{ sheet: "Budget 2026", ref: "B7:C9" }`; without a sheet, sheet is
 * null. Quoted names may hold `!`, so the split is after the closing quote.
 */
export function splitAddress(address: string): { sheet: string | null; ref: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    while (i < text.length) {
      if (text[i] === "'" && text[i + 1] === "'") i += 2;
      else if (text[i] === "'") break;
      else i++;
    }
    if (text[i + 1] === "!") return { sheet: text.slice(1, i).replace(/''/g, "'"), ref: text.slice(i + 2) };
    return { sheet: null, ref: text };
  }
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: null, ref: text };
  return { sheet: text.slice(0, bang), ref: text.slice(bang + 1) };
}

/** A block of one sheet, 0-based, inclusive sizes ≥ 1. */
export interface SheetArea extends Rect {
  readonly sheet: string;
  /** True when some corner lacks `$` (a relative reference: it moves with the active cell). */
  readonly relative: boolean;
  /** True for `$A:$D` / `$3:$9`: only the used cells of the block can hold data. */
  readonly wholeLines: boolean;
}

export type ParsedReference =
  | { readonly kind: "area"; readonly area: SheetArea }
  | { readonly kind: "broken" }
  | { readonly kind: "multiArea"; readonly areas: readonly SheetArea[] }
  | { readonly kind: "notRange" };

/**
 * Splits a formula on commas that are Excel's union operator: outside quoted sheet names,
 * string literals and function-call parentheses. `(A!$A$1,A!$C$3)` is a union; `SUM(A1,B1)` is not.
 */
export function splitUnion(formula: string): string[] {
  const parts: string[] = [];
  const calls: boolean[] = [];
  let quote: string | null = null;
  let previous = "";
  let start = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "(") calls.push(/[A-Za-z0-9_.]/.test(previous));
    else if (ch === ")") calls.pop();
    else if (ch === "," && !calls.includes(true)) {
      parts.push(formula.slice(start, i));
      start = i + 1;
    }
    previous = ch;
  }
  parts.push(formula.slice(start));
  return parts.map((p) => p.trim());
}

/** True when a name's formula lists several areas (`=A!$A$1,A!$C$3`). */
export function isMultiAreaFormula(formula: string): boolean {
  return splitUnion(formula.trim().replace(/^=/, "")).length > 1;
}

const absoluteCell = /^\$[A-Za-z]+\$\d+$/;

/** One `Sheet!ref` term, or null when it is not a reference to a block of cells. */
export function parseArea(term: string): SheetArea | null {
  const { sheet, ref } = splitAddress(term.trim());
  if (sheet === null || sheet === "" || /[[\]:*?/\\]/.test(sheet)) return null;
  const [first, second = first, extra] = ref.split(":");
  if (extra !== undefined || first === undefined) return null;
  const a = parseA1(first);
  const b = parseA1(second);
  if (a && b) {
    return {
      sheet,
      row: Math.min(a.row, b.row),
      col: Math.min(a.col, b.col),
      rows: Math.abs(a.row - b.row) + 1,
      cols: Math.abs(a.col - b.col) + 1,
      relative: !absoluteCell.test(first) || !absoluteCell.test(second),
      wholeLines: false,
    };
  }
  const cols = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})$/.exec(ref);
  if (cols) {
    const [c1, c2] = [columnIndex(cols[2]), columnIndex(cols[4])];
    if (c1 < 0 || c2 < 0) return null;
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
    if (r1 < 0 || r2 < 0 || r1 >= MAX_ROWS || r2 >= MAX_ROWS) return null;
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
  const areas = splitUnion(unwrapped).map(parseArea);
  if (areas.some((a) => a === null)) return { kind: "notRange" };
  const found = areas as SheetArea[];
  if (found.some((a) => !sheetExists(a.sheet))) return { kind: "broken" };
  return found.length === 1 ? { kind: "area", area: found[0] } : { kind: "multiArea", areas: found };
}
