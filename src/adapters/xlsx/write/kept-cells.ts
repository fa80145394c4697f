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
import type { WriteContext } from "./context";
import type { NoteText } from "./parts";
import { rectHas, rectOfRef } from "./sheet-scan";
import { tag } from "./xml";

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
  /** The user's hyperlinks outside the page: to a place in the workbook, or to an address (`target`). */
  readonly hyperlinks: readonly KeptHyperlink[];
}

export interface KeptHyperlink {
  readonly ref: string;
  /** An external address (a web page, a file), from the previous part's relationship. */
  readonly target?: string;
  readonly location?: string;
  readonly display?: string;
  readonly tooltip?: string;
}

const ROW_ATTRS = ["ht", "customHeight", "hidden", "s", "customFormat", "outlineLevel", "collapsed", "thickBot", "thickTop"];

/** Whether the area `ref` (`M3:N4`) lies wholly outside `rect`; false when `ref` cannot be read. */
function outsideArea(rect: PlanRect, ref: string): boolean {
  const area = rectOfRef(ref);
  if (!area) return false;
  return (
    area.row >= rect.row + rect.rows ||
    area.col >= rect.col + rect.cols ||
    area.row + area.rows <= rect.row ||
    area.col + area.cols <= rect.col
  );
}

/** `name="value"` pairs of a start tag's attribute text, the values unescaped. */
function attributesOf(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const raw = m[2] ?? m[3] ?? "";
    attrs.set(
      m[1],
      raw.replace(/&(quot|apos|lt|gt|amp);/g, (_, e: string) => ({ quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" })[e] as string),
    );
  }
  return attrs;
}

/** The prefix the part gives the SpreadsheetML namespace (`x:`), or "" when it is the default one. */
function mainPrefix(text: string): string {
  const root = /<([\w.-]+:)?worksheet\b([^>]*)>/.exec(text);
  return root?.[1] ?? "";
}

/**
 * The previous sheet's content outside `rect`. A string scan rather than a DOM: a sheet with a
 * hundred thousand cells beside the page costs a pass over its text, not a tree of objects (the
 * part was read, and found well formed, by the reader before the plan was made).
 */
export function keptContent(ctx: WriteContext, part: string, rect: PlanRect): KeptContent {
  const rows = new Map<number, KeptRow>();
  const cols: string[] = [];
  const merges: string[] = [];
  const text = ctx.staged.text(part);
  if (text === undefined || text === "") return { rows, cols, merges, notes: [], hyperlinks: [] };
  const p = mainPrefix(text);
  // Kept cells go into a part whose SpreadsheetML namespace is the default one.
  const unprefixed = (xml: string) => (p === "" ? xml : xml.split(`<${p}`).join("<").split(`</${p}`).join("</"));

  const dataStart = text.search(new RegExp(`<${p}sheetData\\b`));
  const dataEnd = text.indexOf(`</${p}sheetData>`, dataStart);
  const data = dataStart < 0 || dataEnd < 0 ? "" : text.slice(dataStart, dataEnd);
  const rowPattern = new RegExp(`<${p}row\\b([^>]*?)(/>|>([\\s\\S]*?)</${p}row>)`, "g");
  const cellPattern = new RegExp(`<${p}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}c>)`, "g");
  const formulaPattern = new RegExp(`<${p}f\\b([^>]*?)(?:/>|>[\\s\\S]*?</${p}f>)`);

  // Every cell with its position; rows and cells without `r` follow the one before.
  const positioned: { row: number; attrs: Map<string, string>; cells: { col: number; start: string; body: string | undefined }[] }[] = [];
  let nextRow = 0;
  for (const m of data.matchAll(rowPattern)) {
    const attrs = attributesOf(m[1]);
    const r = Number(attrs.get("r")) - 1;
    const row = Number.isInteger(r) && r >= 0 ? r : nextRow;
    nextRow = row + 1;
    let nextCol = 0;
    const cells = [...(m[3] ?? "").matchAll(cellPattern)].map((c) => {
      const at = parseA1(attributesOf(c[1]).get("r") ?? "");
      const col = at ? at.col : nextCol;
      nextCol = col + 1;
      return { col, start: c[1], body: c[2] };
    });
    positioned.push({ row, attrs, cells });
  }

  // Shared formulas: a kept cell may follow its master only when the master is kept too.
  const keptMasters = new Set<string>();
  for (const { row, cells } of positioned) {
    for (const { col, body } of cells) {
      const f = body === undefined ? null : formulaPattern.exec(body);
      const fa = f ? attributesOf(f[1]) : null;
      if (fa?.get("t") === "shared" && fa.has("ref") && !rectHas(rect, row, col)) keptMasters.add(fa.get("si") ?? "");
    }
  }
  for (const { row, attrs, cells } of positioned) {
    const kept: { col: number; xml: string }[] = [];
    for (const { col, start, body } of cells) {
      if (rectHas(rect, row, col)) continue;
      // The reference as the cell's place says, whatever (or however) the part wrote it.
      const startTag = `<c r="${a1(row, col)}"${start.replace(/\s+r\s*=\s*("[^"]*"|'[^']*')/, "")}`;
      let content = body;
      const f = content === undefined ? null : formulaPattern.exec(content);
      const fa = f ? attributesOf(f[1]) : null;
      // A follower of a shared formula whose master is rewritten keeps its value, not the formula.
      if (f && fa?.get("t") === "shared" && !fa.has("ref") && !keptMasters.has(fa.get("si") ?? ""))
        content = (content as string).replace(f[0], "");
      kept.push({ col, xml: content === undefined ? `${startTag}/>` : `${startTag}>${unprefixed(content)}</c>` });
    }
    const below = row >= rect.row + rect.rows;
    const rowAttrs: Record<string, string> = {};
    if (below) for (const name of ROW_ATTRS) if (attrs.has(name)) rowAttrs[name] = attrs.get(name) as string;
    if (kept.length > 0 || Object.keys(rowAttrs).length > 0) rows.set(row, { attrs: rowAttrs, cells: kept });
  }

  for (const m of text.matchAll(new RegExp(`<${p}col\\b([^>]*?)/?>`, "g"))) {
    const attrs = attributesOf(m[1]);
    const max = Number(attrs.get("max"));
    if (!(max > rect.col + rect.cols)) continue;
    attrs.set("min", String(Math.max(Number(attrs.get("min")) || 1, rect.col + rect.cols + 1)));
    cols.push(tag("col", Object.fromEntries(attrs)));
  }
  for (const m of text.matchAll(new RegExp(`<${p}mergeCell\\b([^>]*?)/?>`, "g"))) {
    const ref = attributesOf(m[1]).get("ref") ?? "";
    if (outsideArea(rect, ref)) merges.push(ref);
  }

  const hyperlinks: KeptHyperlink[] = [];
  const external = new Map(
    ctx
      .relationships(part)
      .filter((r) => r.external)
      .map((r) => [r.id, r.target]),
  );
  for (const m of text.matchAll(new RegExp(`<${p}hyperlink\\b([^>]*?)/?>`, "g"))) {
    const attrs = attributesOf(m[1]);
    const ref = attrs.get("ref") ?? "";
    if (!outsideArea(rect, ref)) continue;
    const id = [...attrs.entries()].find(([name]) => name.endsWith(":id"))?.[1];
    const target = id === undefined ? undefined : external.get(id);
    const location = attrs.get("location");
    // A link to a part inside the package (none that Excel makes) is not carried.
    if (target === undefined && location === undefined) continue;
    hyperlinks.push({
      ref,
      ...(target !== undefined && { target }),
      ...(location !== undefined && { location }),
      ...(attrs.has("display") && { display: attrs.get("display") }),
      ...(attrs.has("tooltip") && { tooltip: attrs.get("tooltip") }),
    });
  }

  // Notes on the page go with it (the core carried their words into the Notes box).
  const notes: NoteText[] = readSheetNotes(ctx.staged.pkg, part)
    .filter((n) => !rectHas(rect, n.row, n.col))
    .map((n) => ({ ref: a1(n.row, n.col), text: n.text, author: n.author }));
  return { rows, cols, merges, notes, hyperlinks };
}
