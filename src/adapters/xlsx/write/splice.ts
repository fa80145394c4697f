/**
 * Cells written into an existing worksheet part by splicing its text: the rest of the part,
 * every other row and cell, keeps its exact characters. Rows and cells are created in order.
 */
import { rectA1 } from "../../../core/address";
import { HeadEdit } from "../package";
import { WriteRefusal } from "./refusal";
import { rectOfRef, slice, type ScannedRow, type SheetScan, type Tag } from "./sheet-scan";
import { startTag } from "./xml";

export interface CellWrite {
  readonly row: number;
  readonly col: number;
  /** The whole `<c>` element, with its `r`, in the part's prefix. */
  readonly xml: string;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  /** New markup (a string is written as UTF-8), or bytes as they are. */
  readonly text: string | Buffer;
}

/** A start tag written again with other attributes (same qualified name). */
export function rebuildTag(qname: string, attrs: Readonly<Record<string, string | undefined>>, selfClosing: boolean): string {
  return startTag(qname, attrs, selfClosing);
}

/**
 * The bytes with the edits made; everything between them is copied as it is, and what follows
 * the last edit is left as the original's bytes (so that it need not be copied, nor recompressed).
 */
export function applyEdits(bytes: Buffer, edits: readonly Edit[]): HeadEdit {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i);
  const pieces: Buffer[] = [];
  let at = 0;
  for (const { e } of sorted) {
    pieces.push(bytes.subarray(at, Math.max(at, e.start)), typeof e.text === "string" ? Buffer.from(e.text, "utf8") : e.text);
    at = Math.max(at, e.end);
  }
  return new HeadEdit(bytes, Buffer.concat(pieces), at);
}

/** Markup read from the part (Latin-1, byte for byte), back to its bytes. */
const original = (markup: string): Buffer => Buffer.from(markup, "latin1");

/** A tag's edit: the same element with new attributes. */
export function retag(t: Tag, attrs: Readonly<Record<string, string | undefined>>): Edit {
  return { start: t.start, end: t.end, text: rebuildTag(t.qname, attrs, t.selfClosing) };
}

export function spliceCells(
  scan: SheetScan,
  writes: readonly CellWrite[],
  where: string,
  newRowAttrs: (row: number) => Readonly<Record<string, string | number | undefined>> = () => ({}),
): HeadEdit {
  const { bytes, prefix } = scan;
  const sheetData = scan.sheetData;
  if (!sheetData) throw new WriteRefusal("unreadablePart", where);
  const edits: Edit[] = [];
  const byRow = new Map<number, Map<number, CellWrite>>();
  for (const w of writes) {
    const row = byRow.get(w.row) ?? new Map<number, CellWrite>();
    row.set(w.col, w);
    byRow.set(w.row, row);
  }
  const existing = new Map<number, ScannedRow>(scan.rows.map((r) => [r.row, r]));
  const rowName = `${prefix}row`;
  const newRows: { position: number; xml: string }[] = [];

  for (const rowNumber of [...byRow.keys()].sort((a, b) => a - b)) {
    const cells = [...(byRow.get(rowNumber) as Map<number, CellWrite>).values()].sort((a, b) => a.col - b.col);
    const row = existing.get(rowNumber);
    if (!row) {
      if (scan.rows.some((r) => !r.explicit)) throw new WriteRefusal("implicitPosition", where);
      const next = scan.rows.find((r) => r.row > rowNumber);
      const open = rebuildTag(rowName, { r: String(rowNumber + 1), ...stringAttrs(newRowAttrs(rowNumber)) }, false);
      newRows.push({ position: next ? next.start : sheetData.closeStart, xml: `${open}${cells.map((c) => c.xml).join("")}</${rowName}>` });
      continue;
    }
    const inserted: string[] = [];
    let insertAt = -1;
    const flush = () => {
      if (inserted.length > 0) edits.push({ start: insertAt, end: insertAt, text: inserted.join("") });
      inserted.length = 0;
    };
    let added = false;
    for (const cell of cells) {
      const old = row.cells.find((c) => c.col === cell.col);
      if (old) {
        flush();
        edits.push({ start: old.start, end: old.end, text: cell.xml });
        continue;
      }
      if (!row.allCellsExplicit) throw new WriteRefusal("implicitPosition", where);
      added = true;
      const next = row.cells.find((c) => c.col > cell.col);
      const position = next ? next.start : row.selfClosing ? row.end : bytes.lastIndexOf(0x3c, row.end - 1);
      if (position !== insertAt) flush();
      insertAt = position;
      inserted.push(cell.xml);
    }
    const startTag = slice(scan, row.start, row.openEnd);
    const openTag = widenSpans(
      startTag,
      cells.map((c) => c.col),
    );
    if (row.selfClosing && added) {
      // `<row r="7"/>` becomes `<row r="7">…</row>`.
      const body = inserted.join("");
      inserted.length = 0;
      edits.push({
        start: row.start,
        end: row.end,
        text: Buffer.concat([original(openTag.replace(/\s*\/>$/, ">")), Buffer.from(`${body}</${row.qname}>`, "utf8")]),
      });
    } else {
      flush();
      if (openTag !== startTag) edits.push({ start: row.start, end: row.openEnd, text: original(openTag) });
    }
  }

  if (newRows.length > 0) {
    if (sheetData.selfClosing) {
      const q = sheetData.qname;
      edits.push({ start: sheetData.start, end: sheetData.end, text: `<${q}>${newRows.map((r) => r.xml).join("")}</${q}>` });
    } else {
      for (const r of newRows) edits.push({ start: r.position, end: r.position, text: r.xml });
    }
  }

  const dimension = scan.dimension;
  if (dimension && dimension.attrs.ref !== undefined) {
    const current = rectOfRef(dimension.attrs.ref);
    const rows = writes.map((w) => w.row);
    const cols = writes.map((w) => w.col);
    if (current && writes.length > 0) {
      const top = Math.min(current.row, ...rows);
      const left = Math.min(current.col, ...cols);
      const bottom = Math.max(current.row + current.rows - 1, ...rows);
      const right = Math.max(current.col + current.cols - 1, ...cols);
      const ref = rectA1({ row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 });
      if (ref !== dimension.attrs.ref) edits.push(retag(dimension, { ...dimension.attrs, ref }));
    }
  }
  return applyEdits(bytes, edits);
}

/**
 * A row's start tag with its `spans` (the columns its cells occupy, a hint for readers) widened to
 * take in `cols` (0-based); the rest of the tag keeps its characters.
 */
function widenSpans(startTag: string, cols: readonly number[]): string {
  const attr = /(\sspans\s*=\s*)("[^"]*"|'[^']*')/.exec(startTag);
  if (!attr) return startTag;
  const ranges = attr[2]
    .slice(1, -1)
    .trim()
    .split(/\s+/)
    .map((r) => r.split(":").map(Number));
  if (ranges.some((r) => r.length !== 2 || !r.every(Number.isInteger))) return startTag.replace(attr[0], "");
  const inside = (col: number) => ranges.some(([a, b]) => col + 1 >= a && col + 1 <= b);
  if (cols.every(inside)) return startTag;
  const min = Math.min(...ranges.map((r) => r[0]), ...cols.map((c) => c + 1));
  const max = Math.max(...ranges.map((r) => r[1]), ...cols.map((c) => c + 1));
  return startTag.replace(attr[0], `${attr[1]}"${min}:${max}"`);
}

function stringAttrs(attrs: Readonly<Record<string, string | number | undefined>>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(attrs)) out[k] = v === undefined ? undefined : String(v);
  return out;
}
