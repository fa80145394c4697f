/**
 * What the user put on the add-in's summary sheet outside the part the add-in rewrites
 * (`SheetPlan.rewrites`, the printed page): cells as they were (value, formula, style), their
 * rows' heights, columns' widths, merges, and notes (legacy comments). The sheet part is
 * generated anew, so these are read from the previous part before it goes, and written back
 * into the new one. Notes inside the page cannot stay (the cell they describe is rewritten and
 * may now hold something else): the core carries their words into the page's Notes box.
 */
import { a1, parseA1 } from "../../../core/address";
import type { PlanRect } from "../../../core/plan/types";
import { readSheetNotes } from "../read/sheet-notes";
import type { Element } from "@xmldom/xmldom";
import type { WriteContext } from "./context";
import { childElements, firstChild, parseXml, rootOf } from "./dom";
import { NS } from "./ooxml";
import type { NoteText } from "./parts";
import { XMLSerializer } from "@xmldom/xmldom";

export interface KeptRow {
  /** The row's own attributes (height, hidden, style), for rows entirely below the page. */
  readonly attrs: Readonly<Record<string, string>>;
  /** `<c>` elements as written, with their 0-based columns. */
  readonly cells: readonly { readonly col: number; readonly xml: string }[];
}

export interface KeptContent {
  /** By 0-based row. */
  readonly rows: ReadonlyMap<number, KeptRow>;
  /** `<col>` elements of columns to the right of the page. */
  readonly cols: readonly string[];
  /** Merged areas wholly outside the page (`M3:N4`). */
  readonly merges: readonly string[];
  /** The user's notes outside the page, where they were. */
  readonly notes: readonly NoteText[];
}

const ROW_ATTRS = ["ht", "customHeight", "hidden", "s", "customFormat", "outlineLevel", "collapsed", "thickBot", "thickTop"];

function inside(rect: PlanRect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
}

/** `A1:B2` → its corners, or null. */
function areaOf(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [from, to = from] = ref.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

function outsideArea(rect: PlanRect, ref: string): boolean {
  const area = areaOf(ref);
  if (!area) return false;
  return area.top >= rect.row + rect.rows || area.left >= rect.col + rect.cols || area.bottom < rect.row || area.right < rect.col;
}

/** A kept element as text, without the main namespace's declaration the serializer adds on a detached element. */
function elementXml(el: Element): string {
  return new XMLSerializer().serializeToString(el).replace(` xmlns="${NS.main}"`, "");
}

/** The previous sheet's content outside `rect`; nothing when the part cannot be read. */
export function keptContent(ctx: WriteContext, part: string, rect: PlanRect): KeptContent {
  const rows = new Map<number, KeptRow>();
  const cols: string[] = [];
  const merges: string[] = [];
  const text = ctx.staged.text(part);
  if (text === undefined || text === "") return { rows, cols, merges, notes: [] };
  const root = rootOf(parseXml(text, part));

  // Shared formulas: a kept cell may follow its master only when the master is kept too.
  const keptMasters = new Set<string>();
  const sheetData = firstChild(root, "sheetData");
  const rowElements = sheetData ? childElements(sheetData, "row") : [];
  let implicitRow = 0;
  const positioned = rowElements.map((rowEl) => {
    const row = Number(rowEl.getAttribute("r")) - 1;
    implicitRow = Number.isInteger(row) && row >= 0 ? row : implicitRow;
    const at = implicitRow++;
    let implicitCol = 0;
    const cells = childElements(rowEl, "c").map((c) => {
      const parsed = parseA1(c.getAttribute("r") ?? "");
      const col = parsed ? parsed.col : implicitCol;
      implicitCol = col + 1;
      return { c, col };
    });
    return { rowEl, row: at, cells };
  });
  for (const { row, cells } of positioned) {
    for (const { c, col } of cells) {
      const f = firstChild(c, "f");
      if (f && f.getAttribute("t") === "shared" && f.getAttribute("ref") && !inside(rect, row, col))
        keptMasters.add(f.getAttribute("si") ?? "");
    }
  }
  for (const { rowEl, row, cells } of positioned) {
    const kept: { col: number; xml: string }[] = [];
    for (const { c, col } of cells) {
      if (inside(rect, row, col)) continue;
      c.setAttribute("r", a1(row, col));
      const f = firstChild(c, "f");
      // A follower of a shared formula whose master is rewritten keeps its value, not the formula.
      if (f && f.getAttribute("t") === "shared" && !f.getAttribute("ref") && !keptMasters.has(f.getAttribute("si") ?? "")) c.removeChild(f);
      kept.push({ col, xml: elementXml(c) });
    }
    const below = row >= rect.row + rect.rows;
    const attrs: Record<string, string> = {};
    if (below) for (const name of ROW_ATTRS) if (rowEl.hasAttribute(name)) attrs[name] = rowEl.getAttribute(name) as string;
    if (kept.length > 0 || Object.keys(attrs).length > 0) rows.set(row, { attrs, cells: kept });
  }

  const colsEl = firstChild(root, "cols");
  for (const col of colsEl ? childElements(colsEl, "col") : []) {
    const max = Number(col.getAttribute("max"));
    if (!(max > rect.col + rect.cols)) continue;
    const min = Math.max(Number(col.getAttribute("min")) || 1, rect.col + rect.cols + 1);
    col.setAttribute("min", String(min));
    cols.push(elementXml(col));
  }
  const mergeCells = firstChild(root, "mergeCells");
  for (const m of mergeCells ? childElements(mergeCells, "mergeCell") : []) {
    const ref = m.getAttribute("ref") ?? "";
    if (outsideArea(rect, ref)) merges.push(ref);
  }

  // Notes on the page go with it (the core carried their words into the Notes box).
  const notes: NoteText[] = readSheetNotes(ctx.staged.pkg, part)
    .filter((n) => !inside(rect, n.row, n.col))
    .map((n) => ({ ref: a1(n.row, n.col), text: n.text, ...(n.author !== "" && { author: n.author }) }));
  return { rows, cols, merges, notes };
}
