/**
 * Cells written into a user's sheet (status cells, and the rows appended to the log): every
 * cell is checked against what forbids writing it (pivot tables, array and data-table formulas,
 * merged areas, table headers and totals, a filled log cell) before anything is built; then the
 * cells are spliced into the part's text, keeping the rest of it as it was.
 */
import { a1, cellAddress, quoteSheet } from "../../../core/address";
import type { CellStyle, PlanValue } from "../../../core/plan/types";
import { resolveTarget } from "../package";
import type { SheetEntry } from "../read/workbook-index";
import type { WriteContext } from "./context";
import { childElements, parseXml, rootOf, serializeXml } from "./dom";
import { relTypeIs } from "./ooxml";
import { WriteRefusal } from "./refusal";
import { parseOrNull } from "./tolerant";
import { effectiveXf, rectHas, rectOfRef, type SheetScan } from "./sheet-scan";
import { spliceCells, type CellWrite } from "./splice";
import type { PatchScope } from "./styles-part";
import { cellXml, writtenValue } from "./worksheet-xml";

/** A cell of a user's sheet to write, with how its style is derived from the cell's own. */
export interface PatchCell {
  readonly row: number;
  readonly col: number;
  readonly value: PlanValue;
  readonly style: CellStyle | undefined;
  /** `fillAndFont` for status cells, `all` for update cells, `own` for appended log rows. */
  readonly scope: PatchScope | "own";
}

export interface SheetTouch {
  readonly entry: SheetEntry;
  readonly cells: PatchCell[];
  /** The plan's row heights for rows that do not exist yet (appended log rows). */
  readonly heights: Map<number, number>;
  /** Appending: a planned cell must not land on a cell that holds something. */
  readonly append: boolean;
}

type Rect = NonNullable<ReturnType<typeof rectOfRef>>;

function partsOf(ctx: WriteContext, entry: SheetEntry, type: string): string[] {
  return ctx
    .relationships(entry.part)
    .filter((r) => r.kind === type && !r.external)
    .map((r) => resolveTarget(entry.part, r.target));
}

function tablesOf(ctx: WriteContext, entry: SheetEntry): { rect: Rect; headerRows: number; totalsRows: number }[] {
  return partsOf(ctx, entry, "table").flatMap((part) => {
    const text = ctx.staged.text(part);
    if (text === undefined) return [];
    const root = rootOf(parseXml(text, part));
    const rect = rectOfRef(root.getAttribute("ref") ?? "");
    if (!rect) throw new WriteRefusal("unreadablePart", part);
    const header = root.getAttribute("headerRowCount");
    return [
      {
        rect,
        headerRows: header === null || header === "" ? 1 : Number(header),
        totalsRows: Number(root.getAttribute("totalsRowCount") ?? 0) || 0,
      },
    ];
  });
}

function pivotLocationsOf(ctx: WriteContext, entry: SheetEntry): Rect[] {
  return partsOf(ctx, entry, "pivotTable").map((part) => {
    const text = ctx.staged.text(part);
    const location = text === undefined ? undefined : childElements(rootOf(parseXml(text, part)), "location")[0];
    const rect = location ? rectOfRef(location.getAttribute("ref") ?? "") : null;
    // A pivot table whose place we cannot read covers, for all we know, any cell.
    return rect ?? { row: 0, col: 0, rows: 1048576, cols: 16384 };
  });
}

export function checkCells(ctx: WriteContext, t: SheetTouch, scan: SheetScan): void {
  const name = t.entry.name;
  const tables = tablesOf(ctx, t.entry);
  const pivots = pivotLocationsOf(ctx, t.entry);
  const rowsByNumber = new Map(scan.rows.map((r) => [r.row, r]));
  for (const c of t.cells) {
    const where = cellAddress(name, c.row, c.col);
    for (const pivot of pivots) if (rectHas(pivot, c.row, c.col)) throw new WriteRefusal("pivotTable", where);
    for (const region of scan.regions) if (rectHas(region.rect, c.row, c.col)) throw new WriteRefusal(region.kind, where);
    for (const merge of scan.merges) {
      if (rectHas(merge, c.row, c.col) && (merge.row !== c.row || merge.col !== c.col)) throw new WriteRefusal("mergedCell", where);
    }
    for (const table of tables) {
      if (!rectHas(table.rect, c.row, c.col)) continue;
      if (table.headerRows > 0 && c.row < table.rect.row + table.headerRows) throw new WriteRefusal("tableHeader", where);
      if (table.totalsRows > 0 && c.row >= table.rect.row + table.rect.rows - table.totalsRows)
        throw new WriteRefusal("tableTotals", where);
    }
    if (t.append) {
      const old = rowsByNumber.get(c.row)?.cells.find((x) => x.col === c.col);
      // The log is never rewritten: a planned row that lands on a filled cell is a conflict.
      if (old?.hasContent) throw new WriteRefusal("appendOverlap", where);
    }
  }
}

export function patchSheet(ctx: WriteContext, t: SheetTouch, scan: SheetScan): void {
  const rowsByNumber = new Map(scan.rows.map((r) => [r.row, r]));
  const writes: CellWrite[] = [];
  const formulaCells: { row: number; col: number }[] = [];
  for (const c of t.cells) {
    const row = rowsByNumber.get(c.row);
    const old = row?.cells.find((x) => x.col === c.col);
    if (old?.formula) formulaCells.push(c);
    let xf = 0;
    if (c.scope === "own") xf = ctx.styles.xfFor(c.style);
    else if (c.style) xf = ctx.styles.xfPatched(effectiveXf(scan, row, old, c.col), c.style, c.scope);
    else xf = effectiveXf(scan, row, old, c.col);
    writes.push({ row: c.row, col: c.col, xml: cellXml(c.row, c.col, c.value, xf, scan.prefix) });
    ctx.written.push({ sheet: t.entry.name, row: c.row, col: c.col, value: writtenValue(c.value) });
  }
  const heights = t.heights;
  const bytes = spliceCells(scan, writes, quoteSheet(t.entry.name), (row) => {
    const h = heights.get(row);
    return h === undefined ? {} : { ht: h, customHeight: 1 };
  });
  ctx.sheetBytes.set(t.entry.part, bytes);
  if (formulaCells.length > 0) dropFromCalcChain(ctx, t.entry, formulaCells);
}

/** A written cell that held a formula leaves the calculation chain, or Excel reports a repair. */
function dropFromCalcChain(ctx: WriteContext, entry: SheetEntry, cells: readonly { row: number; col: number }[]): void {
  const rel = ctx.workbookRels.entries().find((r) => relTypeIs(r.type, "calcChain") && !r.external);
  if (!rel) return;
  const part = resolveTarget(ctx.index.workbookPart, rel.target);
  const text = ctx.staged.text(part);
  if (text === undefined) return;
  const doc = parseOrNull(text, part);
  if (doc === null) {
    // A chain that cannot be read cannot be edited: dropped whole, Excel rebuilds it on load.
    dropCalcChain(ctx, part, rel);
    return;
  }
  const root = rootOf(doc);
  const refs = new Set(cells.map((c) => a1(c.row, c.col)));
  let sheetId = "";
  let changed = false;
  for (const el of childElements(root, "c")) {
    const own = el.getAttribute("i");
    if (own) sheetId = own;
    if (Number(sheetId || 0) !== entry.sheetId || !refs.has(el.getAttribute("r") ?? "")) continue;
    // `i` carries over to the entries that follow: hand it to the next one.
    const next = childElements(root, "c")[childElements(root, "c").indexOf(el) + 1];
    if (own && next && !next.getAttribute("i")) next.setAttribute("i", own);
    root.removeChild(el);
    changed = true;
  }
  if (!changed) return;
  if (childElements(root, "c").length > 0) {
    ctx.staged.set(part, serializeXml(doc));
    return;
  }
  // An empty chain is invalid: the part goes, with its relationship and content type.
  dropCalcChain(ctx, part, rel);
}

function dropCalcChain(ctx: WriteContext, part: string, rel: ReturnType<WriteContext["workbookRels"]["entries"]>[number]): void {
  ctx.staged.remove(part);
  rel.el.parentNode?.removeChild(rel.el);
  ctx.workbookRels.dirty = true;
  ctx.contentTypes.drop(part);
}
