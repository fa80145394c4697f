/**
 * One streaming pass over a worksheet part (which may be a 20k-row, 10 MB part): where its rows
 * and the wanted cells sit in the text, and what forbids writing a cell (array and data-table
 * formulas, shared-formula masters, merged areas). No DOM is built; edits are spliced in.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { parseA1, type Rect } from "../../../core/address";

export interface ScannedCell {
  readonly row: number;
  readonly col: number;
  readonly start: number;
  end: number;
  readonly attrs: Readonly<Record<string, string>>;
  /** The cell's `r` was written (not implied by its place). */
  readonly explicit: boolean;
  hasContent: boolean;
  formula: boolean;
}

export interface ScannedRow {
  readonly row: number;
  readonly qname: string;
  readonly start: number;
  readonly openEnd: number;
  end: number;
  readonly selfClosing: boolean;
  readonly attrs: Readonly<Record<string, string>>;
  readonly explicit: boolean;
  /** Cells of this row when the row was wanted, in document order. */
  readonly cells: ScannedCell[];
  allCellsExplicit: boolean;
}

export interface Region {
  readonly kind: "arrayFormula" | "dataTable" | "sharedFormula";
  readonly rect: Rect;
}

export interface Tag {
  readonly qname: string;
  readonly start: number;
  readonly end: number;
  readonly selfClosing: boolean;
  readonly attrs: Readonly<Record<string, string>>;
}

export interface SheetScan {
  readonly text: string;
  /** `x:` when the part spells the main namespace with a prefix. */
  readonly prefix: string;
  readonly sheetData: { start: number; openEnd: number; closeStart: number; end: number; selfClosing: boolean; qname: string } | null;
  readonly rows: ScannedRow[];
  readonly regions: Region[];
  readonly merges: Rect[];
  readonly cols: { min: number; max: number; style: number }[];
  readonly dimension: Tag | null;
  readonly sheetViews: Tag[];
}

const local = (qname: string): string => qname.slice(qname.indexOf(":") + 1);

/** `B2:D4` or `B2` as a rectangle; null when unreadable. */
export function rectOfRef(ref: string): Rect | null {
  const [first, second = first] = ref.trim().split(":");
  const a = parseA1(first);
  const b = parseA1(second);
  if (!a || !b) return null;
  return { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

export function rectHas(rect: Rect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
}

export class SheetScanError extends Error {}

/** Scans `text`; the cells of `wantedRows` (0-based) are recorded with their positions. */
export function scanSheet(text: string, wantedRows: ReadonlySet<number>): SheetScan {
  // `position` stays readable without line/column tracking, which is the costly part.
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const stack: string[] = [];
  const rows: ScannedRow[] = [];
  const regions: Region[] = [];
  const merges: Rect[] = [];
  const cols: SheetScan["cols"] = [];
  const sheetViews: Tag[] = [];
  let dimension: Tag | null = null;
  let sheetData: SheetScan["sheetData"] = null;
  let prefix = "";
  // Qualified names in the part's spelling, compared as whole strings (no slicing per element).
  let q = { row: "row", c: "c", f: "f", sheetData: "sheetData" };
  let row: ScannedRow | null = null;
  let cell: ScannedCell | null = null;
  let lastRow = -1;
  /** Column of the current cell, worked out only when needed (most cells are not). */
  let lastCol = -1;
  let cellRef: string | undefined;
  let cellIsCurrent = false;
  const currentCol = (): number => {
    if (!cellIsCurrent) {
      const ref = cellRef ? parseA1(cellRef) : null;
      lastCol = ref ? ref.col : lastCol + 1;
      cellIsCurrent = true;
    }
    return lastCol;
  };
  const startOf = () => text.lastIndexOf("<", parser.position - 1);

  parser.on("opentag", (node: SaxesTagPlain) => {
    const qname = node.name;
    const attrs = node.attributes;
    const depth = stack.length;
    stack.push(qname);
    if (depth === 3 && qname === q.c) {
      // Rows whose cells lack `r` count columns from the previous cell.
      if (!cellIsCurrent && cellRef === undefined) currentCol();
      cellRef = attrs.r;
      cellIsCurrent = false;
      if (row && row.cells !== NOT_WANTED) {
        const col = currentCol();
        if (attrs.r === undefined) row.allCellsExplicit = false;
        cell = { row: row.row, col, start: startOf(), end: parser.position, attrs, explicit: attrs.r !== undefined, hasContent: false, formula: false };
        row.cells.push(cell);
      } else cell = null;
      return;
    }
    if (depth === 4) {
      if (cell) cell.hasContent = true;
      if (qname !== q.f) return;
      if (cell) cell.formula = true;
      const t = attrs.t;
      if (t === "array" || t === "dataTable") {
        const rect = attrs.ref ? rectOfRef(attrs.ref) : null;
        regions.push({ kind: t === "array" ? "arrayFormula" : "dataTable", rect: rect ?? { row: lastRow, col: currentCol(), rows: 1, cols: 1 } });
      } else if (t === "shared" && attrs.ref !== undefined) {
        // The master of a shared formula: the cells below and beside it borrow its text.
        regions.push({ kind: "sharedFormula", rect: { row: lastRow, col: currentCol(), rows: 1, cols: 1 } });
      }
      return;
    }
    if (depth === 2 && qname === q.row) {
      if (!cellIsCurrent && cellRef === undefined && row) currentCol();
      const r = attrs.r ? Number(attrs.r) - 1 : lastRow + 1;
      if (!Number.isInteger(r) || r < 0) throw new SheetScanError(`row r="${attrs.r}"`);
      lastRow = r;
      lastCol = -1;
      cellRef = undefined;
      cellIsCurrent = true;
      row = {
        row: r,
        qname,
        start: startOf(),
        openEnd: parser.position,
        end: parser.position,
        selfClosing: node.isSelfClosing,
        attrs,
        explicit: attrs.r !== undefined,
        cells: wantedRows.has(r) ? [] : NOT_WANTED,
        allCellsExplicit: true,
      };
      rows.push(row);
      return;
    }
    if (depth === 0) {
      const colon = qname.indexOf(":");
      prefix = colon > 0 ? qname.slice(0, colon + 1) : "";
      q = { row: `${prefix}row`, c: `${prefix}c`, f: `${prefix}f`, sheetData: `${prefix}sheetData` };
      return;
    }
    if (depth !== 1 && depth !== 2) return;
    const name = local(qname);
    const parent = local(stack[depth - 1]);
    if (name === "sheetData" && depth === 1) {
      sheetData = { start: startOf(), openEnd: parser.position, closeStart: parser.position, end: parser.position, selfClosing: node.isSelfClosing, qname };
    } else if (name === "mergeCell" && parent === "mergeCells") {
      const rect = attrs.ref ? rectOfRef(attrs.ref) : null;
      if (rect) merges.push(rect);
    } else if (name === "col" && parent === "cols") {
      cols.push({ min: Number(attrs.min), max: Number(attrs.max), style: Number(attrs.style ?? 0) || 0 });
    } else if (name === "dimension" && depth === 1) {
      dimension = { qname, start: startOf(), end: parser.position, selfClosing: node.isSelfClosing, attrs };
    } else if (name === "sheetView" && parent === "sheetViews") {
      sheetViews.push({ qname, start: startOf(), end: parser.position, selfClosing: node.isSelfClosing, attrs });
    }
  });
  parser.on("closetag", (node: SaxesTagPlain) => {
    stack.pop();
    const depth = stack.length;
    if (depth === 3 && cell && node.name === q.c) {
      cell.end = parser.position;
      cell = null;
    } else if (depth === 2 && row && node.name === q.row) {
      row.end = parser.position;
      row = null;
    } else if (depth === 1 && sheetData && node.name === q.sheetData) {
      sheetData.end = parser.position;
      sheetData.closeStart = node.isSelfClosing ? parser.position : startOf();
    }
  });
  parser.on("error", (error) => {
    throw new SheetScanError(error.message);
  });
  parser.write(text).close();
  return { text, prefix, sheetData, rows, regions, merges, cols, dimension, sheetViews };
}

/** Shared marker: rows whose cells are not recorded. */
const NOT_WANTED: ScannedCell[] = Object.freeze([]) as unknown as ScannedCell[];

/** The cell format a cell shows: its own, else its row's (when custom), else its column's. */
export function effectiveXf(scan: SheetScan, row: ScannedRow | undefined, cell: ScannedCell | undefined, col: number): number {
  if (cell) return Number(cell.attrs.s ?? 0) || 0;
  if (row && (row.attrs.customFormat === "1" || row.attrs.customFormat === "true")) return Number(row.attrs.s ?? 0) || 0;
  const column = scan.cols.find((c) => col + 1 >= c.min && col + 1 <= c.max);
  return column?.style ?? 0;
}
