/**
 * Which sheet tab is selected afterwards: exactly one. A sheet's `<sheetView tabSelected>` sits
 * in the first bytes of its part, before `<sheetData>`, so finding the selected tabs inflates only
 * the head of each part, and taking a selection away changes only that attribute's bytes: the
 * user's sheet is never parsed or re-serialized for it. A large sheet that is selected is left
 * alone (and stays the active tab) rather than rewritten: recompressing a million rows to move a
 * tab would cost more than the whole evaluation.
 */
import * as zlib from "zlib";
import type { HeadEdit, XlsxPackage } from "../package";

/** Compressed bytes inflated first; each further try takes four times more. */
const FIRST_PREFIX = 16 * 1024;
/** A selected sheet larger than this (uncompressed) keeps its selection rather than be rewritten. */
export const REWRITE_FOR_TAB_LIMIT = 8 * 1024 * 1024;

/** `<sheetView …>` tags (any prefix) before the sheet's data, in a head read as Latin-1 (1 char = 1 byte). */
const VIEW = /<(?:[A-Za-z_][\w.-]*:)?sheetView(?=[\s/>])[^>]*>/g;
const DATA = /<(?:[A-Za-z_][\w.-]*:)?sheetData(?=[\s/>])/;
const TAB_SELECTED = /\s+tabSelected\s*=\s*("[^"]*"|'[^']*')/;
const VIEW_ID = /\sworkbookViewId\s*=\s*("[^"]*"|'[^']*')/;

const unquote = (quoted: string): string => quoted.slice(1, -1).trim();

/** The head of a part (up to its data, or all of it), as Latin-1 text. */
export function partHead(pkg: XlsxPackage, part: string): string {
  const entry = pkg.storedEntry(part);
  if (!entry || entry.method !== 8 || entry.raw.length <= FIRST_PREFIX * 4) return (pkg.bytes(part) ?? Buffer.alloc(0)).toString("latin1");
  for (let length = FIRST_PREFIX; ; length *= 4) {
    const whole = length >= entry.raw.length;
    let out: Buffer;
    try {
      out = whole
        ? zlib.inflateRawSync(entry.raw)
        : zlib.inflateRawSync(entry.raw.subarray(0, length), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    } catch {
      return (pkg.bytes(part) ?? Buffer.alloc(0)).toString("latin1");
    }
    const head = out.toString("latin1");
    if (whole || DATA.test(head)) return head;
  }
}

/** The selected `<sheetView>` tags of the first window in `text`, before the sheet's data. */
function selectedViews(whole: string): { start: number; end: number }[] {
  // Only the head: the views come before the rows, and a regular expression over rows costs.
  const data = DATA.exec(whole);
  const text = data ? whole.slice(0, data.index) : whole;
  const found: { start: number; end: number }[] = [];
  VIEW.lastIndex = 0;
  for (let m = VIEW.exec(text); m; m = VIEW.exec(text)) {
    const id = VIEW_ID.exec(m[0]);
    if (id && unquote(id[1]) !== "0") continue;
    const selected = TAB_SELECTED.exec(m[0]);
    if (selected && ["1", "true"].includes(unquote(selected[1]))) found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

export function isTabSelected(head: string): boolean {
  return selectedViews(head).length > 0;
}

const SHEET_DATA = Buffer.from("sheetData", "latin1");

/**
 * The part's first bytes, up to its rows (where the views end), or its first megabyte: searched as
 * bytes, so that only the views' few kilobytes become text.
 */
export function viewsHead(bytes: HeadEdit): Buffer {
  const start = bytes.start(1024 * 1024);
  const at = start.indexOf(SHEET_DATA);
  if (at >= 0) {
    const head = start.subarray(0, at + SHEET_DATA.length + 1);
    if (DATA.test(head.toString("latin1"))) return head;
  }
  return start;
}

/** The part's bytes with its first window's tab selection taken away: only those attributes' bytes go. */
export function deselect(bytes: HeadEdit): HeadEdit {
  const start = viewsHead(bytes);
  const head = start.toString("latin1");
  const views = selectedViews(head);
  if (views.length === 0) return bytes;
  const pieces: Buffer[] = [];
  let at = 0;
  for (const view of views) {
    pieces.push(start.subarray(at, view.start), Buffer.from(head.slice(view.start, view.end).replace(TAB_SELECTED, ""), "latin1"));
    at = view.end;
  }
  // The views stand before the rows: the rest of the part is kept as it is.
  return bytes.withStart(at, Buffer.concat(pieces));
}

export interface TabCandidate {
  readonly part: string;
  /** Position in the workbook's `<sheets>`. */
  readonly position: number;
  readonly selected: boolean;
  /** Deselecting it costs nothing more: the writer rewrites the part anyway. */
  readonly rewritten: boolean;
  /** Uncompressed size. */
  readonly size: number;
}

export interface TabChoice {
  /** Position of the active tab afterwards. */
  readonly active: number;
  /** The generated sheet to select (when it is the active one). */
  readonly selectGenerated: boolean;
  /** Parts whose selection goes. */
  readonly deselect: readonly string[];
}

/**
 * Exactly one selected tab: the generated sheet when one asks to be shown and no large selected
 * sheet stands in the way; else the active (or first) selected sheet that is too large to rewrite.
 */
export function chooseTabs(sheets: readonly TabCandidate[], activeTab: number, wanted: number | null): TabChoice {
  const selected = sheets.filter((s) => s.selected);
  const heavy = selected.filter((s) => !s.rewritten && s.size > REWRITE_FOR_TAB_LIMIT);
  if (wanted !== null && heavy.length === 0) return { active: wanted, selectGenerated: true, deselect: selected.map((s) => s.part) };
  const keep = heavy.find((s) => s.position === activeTab) ?? heavy[0] ?? selected.find((s) => s.position === activeTab) ?? selected[0];
  if (!keep) return { active: wanted ?? activeTab, selectGenerated: wanted !== null, deselect: [] };
  return { active: keep.position, selectGenerated: false, deselect: selected.filter((s) => s !== keep).map((s) => s.part) };
}
