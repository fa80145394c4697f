/**
 * One streaming pass over a worksheet part's bytes (which may be a million rows, more than a
 * JavaScript string can hold): where its rows and the wanted cells sit, and what forbids writing a
 * cell (array and data-table formulas, shared-formula masters, merged areas). The bytes are read
 * as Latin-1, so that a position is a byte offset (markup and the attributes read are ASCII), and
 * only as far as the last wanted row: what follows the rows is found by searching the bytes. No
 * DOM is built and no string of the whole part is made; edits are spliced into the bytes.
 */
import { XmlScanError, XmlScanner, type ScanTag } from "../xml-scan";
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
  /** The part's bytes; positions below are offsets into them. */
  readonly bytes: Buffer;
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

/** Bytes `start`..`end` of the scanned part as (Latin-1) text: markup, for splicing. */
export function slice(scan: SheetScan, start: number, end: number): string {
  return scan.bytes.toString("latin1", start, end);
}

const CHUNK = 256 * 1024;
const MERGE_CELL = /<(?:[A-Za-z_][\w.-]*:)?mergeCell(?=[\s/>])[^>]*?\sref\s*=\s*("[^"]*"|'[^']*')/g;

/**
 * Scans `bytes` (UTF-8, a byte-order mark allowed); the cells of `wantedRows` (0-based) are
 * recorded with their positions. The rows are read up to the first one after the last wanted row.
 */
export function scanSheet(bytes: Buffer, wantedRows: ReadonlySet<number>): SheetScan {
  const lastWanted = Math.max(-1, ...wantedRows);
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
  // Offsets of the tag being handled (the tokenizer hands them over).
  let tagStart = 0;
  let tagEnd = 0;
  /** Past the last wanted row: the rest of the rows need not be read. */
  let enough = false;
  const startOf = () => tagStart;
  /** The tag just opened closes itself: the close that follows at once is its own. */
  let selfClosing = false;
  const position = {
    get value(): number {
      return tagEnd;
    },
  };

  const open = (node: ScanTag): void => {
    tagStart = node.start;
    tagEnd = node.end;
    selfClosing = node.isSelfClosing;
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
        cell = {
          row: row.row,
          col,
          start: startOf(),
          end: position.value,
          attrs,
          explicit: attrs.r !== undefined,
          hasContent: false,
          formula: false,
        };
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
        regions.push({
          kind: t === "array" ? "arrayFormula" : "dataTable",
          rect: rect ?? { row: lastRow, col: currentCol(), rows: 1, cols: 1 },
        });
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
        openEnd: position.value,
        end: position.value,
        selfClosing: node.isSelfClosing,
        attrs,
        explicit: attrs.r !== undefined,
        cells: wantedRows.has(r) ? [] : NOT_WANTED,
        allCellsExplicit: true,
      };
      rows.push(row);
      if (r > lastWanted) {
        enough = true;
        scanner.stop();
      }
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
      sheetData = {
        start: startOf(),
        openEnd: position.value,
        closeStart: position.value,
        end: position.value,
        selfClosing: node.isSelfClosing,
        qname,
      };
    } else if (name === "mergeCell" && parent === "mergeCells") {
      const rect = attrs.ref ? rectOfRef(attrs.ref) : null;
      if (rect) merges.push(rect);
    } else if (name === "col" && parent === "cols") {
      cols.push({ min: Number(attrs.min), max: Number(attrs.max), style: Number(attrs.style ?? 0) || 0 });
    } else if (name === "dimension" && depth === 1) {
      dimension = { qname, start: startOf(), end: position.value, selfClosing: node.isSelfClosing, attrs };
    } else if (name === "sheetView" && parent === "sheetViews") {
      sheetViews.push({ qname, start: startOf(), end: position.value, selfClosing: node.isSelfClosing, attrs });
    }
  };
  const close = (name: string, end: number): void => {
    const node = { name, isSelfClosing: selfClosing };
    selfClosing = false;
    if (!node.isSelfClosing) tagStart = bytes.lastIndexOf(0x3c, end - 1);
    tagEnd = end;
    stack.pop();
    const depth = stack.length;
    if (depth === 3 && cell && node.name === q.c) {
      cell.end = position.value;
      cell = null;
    } else if (depth === 2 && row && node.name === q.row) {
      row.end = position.value;
      row = null;
    } else if (depth === 1 && sheetData && node.name === q.sheetData) {
      sheetData.end = position.value;
      sheetData.closeStart = node.isSelfClosing ? position.value : startOf();
    }
  };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const scanner = new XmlScanner({ open, close, text: () => undefined }, bom);
  try {
    let at = bom;
    for (; at < bytes.length && !enough; at += CHUNK) scanner.write(bytes.toString("latin1", at, Math.min(bytes.length, at + CHUNK)));
    if (!enough) scanner.close();
  } catch (error) {
    if (error instanceof XmlScanError) throw new SheetScanError(error.message);
    throw error;
  }
  if (enough) {
    // The rows stop being read here: the end of the sheet's data, and the merged areas after it, are searched for.
    const data = sheetData as SheetScan["sheetData"];
    if (!data) throw new SheetScanError("rows outside sheetData");
    const closeStart = bytes.lastIndexOf(`</${data.qname}>`);
    if (closeStart < 0) throw new SheetScanError("sheetData not closed");
    data.closeStart = closeStart;
    data.end = closeStart + data.qname.length + 3;
    const tail = bytes.toString("latin1", data.end);
    MERGE_CELL.lastIndex = 0;
    for (let m = MERGE_CELL.exec(tail); m; m = MERGE_CELL.exec(tail)) {
      const rect = rectOfRef(m[1].slice(1, -1));
      if (rect) merges.push(rect);
    }
  }
  return { bytes, prefix, sheetData, rows, regions, merges, cols, dimension, sheetViews };
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
