/** A1 references as Excel writes them, for the fake. No Node APIs: this also runs in a browser. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A block of a sheet, 0-based; whole rows/columns/sheet are spans up to the sheet's edge. */
export interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export function columnName(col: number): string {
  let letters = "";
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

export function cellName(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** `A1`, `$A$1:$C$3`, `A:C`, `5:7` → an Area; null when it is not a reference. */
export function parseRef(ref: string): Area | null {
  const text = ref.replace(/\$/g, "").trim().toUpperCase();
  const [from, to = from] = text.split(":");
  const cell = /^([A-Z]{1,3})([0-9]{1,7})$/;
  const col = /^([A-Z]{1,3})$/;
  const row = /^([0-9]{1,7})$/;
  let m1 = cell.exec(from);
  let m2 = cell.exec(to);
  if (m1 && m2) {
    const r1 = Number(m1[2]) - 1,
      r2 = Number(m2[2]) - 1;
    const c1 = columnIndex(m1[1]),
      c2 = columnIndex(m2[1]);
    return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
  }
  m1 = col.exec(from);
  m2 = col.exec(to);
  if (m1 && m2) {
    const c1 = columnIndex(m1[1]),
      c2 = columnIndex(m2[1]);
    return { row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 };
  }
  m1 = row.exec(from);
  m2 = row.exec(to);
  if (m1 && m2) {
    const r1 = Number(m1[1]) - 1,
      r2 = Number(m2[1]) - 1;
    return { row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS };
  }
  return null;
}

export function areaRef(area: Area): string {
  if (area.rows === MAX_ROWS && area.cols === MAX_COLS) return `1:${MAX_ROWS}`;
  if (area.rows === MAX_ROWS) return `${columnName(area.col)}:${columnName(area.col + area.cols - 1)}`;
  if (area.cols === MAX_COLS) return `${area.row + 1}:${area.row + area.rows}`;
  const start = cellName(area.row, area.col);
  return area.rows === 1 && area.cols === 1 ? start : `${start}:${cellName(area.row + area.rows - 1, area.col + area.cols - 1)}`;
}

/** Excel quotes a sheet name in a reference unless it is a plain identifier. */
export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}[0-9]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** `'Budget 2026'!$B$2:$C$3` → sheet + area; null for anything else (constants, #REF!, unions). */
export function parseSheetRef(reference: string): { sheet: string; area: Area } | null {
  const text = reference.replace(/^=/, "").trim();
  const m = /^(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!(\$?[A-Za-z]{0,3}\$?[0-9]*(?::\$?[A-Za-z]{0,3}\$?[0-9]*)?)$/.exec(text);
  if (!m) return null;
  const area = parseRef(m[3]);
  if (!area) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], area };
}

export function contains(outer: Area, inner: Area): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export function overlaps(a: Area, b: Area): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
