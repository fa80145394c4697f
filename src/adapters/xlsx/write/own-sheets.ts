/**
 * The add-in's own sheets, generated whole: a new sheet gets its part, relationship, content type
 * and place in the workbook; a sheet the add-in made before is replaced with the parts only it
 * owned (its drawing, chart, notes, tables). Every generated part is written in the package's
 * conformance class.
 */
import { a1, parseA1, quoteSheet } from "../../../core/address";
import type { SheetPlan } from "../../../core/plan/types";
import { relsPathOf, resolveTarget } from "../package";
import type { SheetEntry } from "../read/workbook-index";
import { SaxesParser } from "saxes";
import type { WriteContext } from "./context";
import { parseXml, rootOf } from "./dom";
import { CONTENT_TYPES, relTypeIs } from "./ooxml";
import { relIdOf, RelsPart } from "./package-xml";
import {
  chartPartXml,
  commentsPartXml,
  type NoteText,
  drawingPartXml,
  tablePartXml,
  tableProblems,
  vmlDrawingXml,
  vmlIdBlocks,
} from "./parts";
import { WriteRefusal } from "./refusal";
import { relationshipsOrNone } from "./tolerant";
import { keptContent, type KeptContent } from "./kept-cells";
import { fileFormula, printNames, worksheetXml, writtenValue, type SheetLinks } from "./worksheet-xml";

/** Print-related names that belong to a sheet's layout, dropped when the add-in rewrites its sheet. */
const LAYOUT_NAMES = ["_xlnm.Print_Area", "_xlnm.Print_Titles", "_xlnm._FilterDatabase"];

/** `xl/charts/chart3.xml`: the first free number in that folder. */
function freePart(ctx: WriteContext, folder: string, stem: string, extension: string): string {
  const dir = ctx.index.workbookPart.slice(0, ctx.index.workbookPart.lastIndexOf("/") + 1);
  for (let n = 1; ; n++) {
    const path = `${dir}${folder}${stem}${n}.${extension}`;
    if (!ctx.staged.has(path)) return path;
  }
}

/** The parts reachable only through `part`'s relationships (its drawing, charts, notes, tables). */
function ownedParts(ctx: WriteContext, part: string): string[] {
  const referrers = new Map<string, Set<string>>();
  for (const rels of ctx.staged.paths().filter((p) => p.endsWith(".rels"))) {
    const source = rels.replace(/_rels\/([^/]*)\.rels$/, "$1");
    // Another part's relationships that cannot be read are left alone (see relationshipsOrNone).
    for (const r of relationshipsOrNone(ctx.staged.pkg, source)) {
      if (r.external) continue;
      const target = resolveTarget(source, r.target).toLowerCase();
      const set = referrers.get(target) ?? new Set<string>();
      set.add(source.toLowerCase());
      referrers.set(target, set);
    }
  }
  const reachable = new Set<string>();
  const queue = [part];
  while (queue.length > 0) {
    const source = queue.pop() as string;
    for (const r of ctx.relationships(source)) {
      if (r.external) continue;
      const target = resolveTarget(source, r.target);
      if (reachable.has(target) || target.toLowerCase() === part.toLowerCase()) continue;
      reachable.add(target);
      queue.push(target);
    }
  }
  const owned = new Set([...reachable].map((p) => p.toLowerCase()));
  let shrinking = true;
  while (shrinking) {
    shrinking = false;
    for (const p of [...owned]) {
      const from = referrers.get(p) ?? new Set<string>();
      if ([...from].every((s) => s === part.toLowerCase() || owned.has(s))) continue;
      owned.delete(p);
      shrinking = true;
    }
  }
  return [...reachable].filter((p) => owned.has(p.toLowerCase()) && ctx.staged.has(p));
}

/** Worksheets' names as the workbook lists them, staged additions included. */
function worksheetNames(ctx: WriteContext): string[] {
  const byRel = new Map(ctx.workbookRels.entries().map((r) => [r.id, r]));
  return ctx.workbook
    .sheetElements()
    .filter((el) => {
      const rel = byRel.get(relIdOf(el));
      return rel !== undefined && relTypeIs(rel.type, "worksheet");
    })
    .map((el) => el.getAttribute("name") ?? "");
}

/** Where a whole sheet goes, and what of the user's it keeps (outside `SheetPlan.rewrites`). */
export interface SheetPlace {
  readonly part: string;
  readonly position: number;
  readonly kept?: KeptContent;
}

/** Where a whole sheet goes: its existing part (cleared of what it owned), or a new one. */
export function placeWholeSheet(ctx: WriteContext, plan: SheetPlan, entry: SheetEntry | undefined): SheetPlace {
  if (entry) {
    const part = entry.part;
    const position = ctx.workbook.sheetPosition(entry.relId);
    // Read before the parts it owned (its notes among them) are dropped.
    const kept = plan.rewrites ? keptContent(ctx, part, plan.rewrites) : undefined;
    for (const owned of ownedParts(ctx, part)) {
      ctx.staged.remove(owned);
      ctx.staged.remove(relsPathOf(owned));
      ctx.contentTypes.drop(owned);
    }
    ctx.staged.remove(relsPathOf(part));
    ctx.workbook.dropLocalNames(position, LAYOUT_NAMES);
    return { part, position, ...(kept && { kept }) };
  }
  const part = freePart(ctx, "worksheets/", "sheet", "xml");
  // Reserved now: the sheets are placed first and written once the selected tab is known.
  ctx.staged.set(part, "");
  const relId = ctx.workbookRels.add(ctx.relType("worksheet"), part);
  const sheetId = 1 + Math.max(0, ...ctx.workbook.sheetElements().map((el) => Number(el.getAttribute("sheetId")) || 0));
  const names = worksheetNames(ctx);
  const position = ctx.workbook.appendSheet(plan.name, sheetId, relId);
  ctx.contentTypes.override(part, CONTENT_TYPES.worksheet);
  ctx.appProperties()?.addWorksheetTitle(names, plan.name);
  return { part, position };
}

/** The sheet's part and the parts it owns, written; `tabSelected` as the tab choice decided. */
export function writeWholeSheet(
  ctx: WriteContext,
  plan: SheetPlan,
  entry: SheetEntry | undefined,
  place: SheetPlace,
  tabSelected: boolean,
): void {
  const { part, position, kept } = place;
  const name = entry?.name ?? plan.name;
  const links = writeSheetParts(ctx, plan, part, name, kept);
  const xml = worksheetXml(plan, {
    date1904: ctx.index.date1904,
    xf: (key) => ctx.xfOf(key, name),
    tabSelected,
    links,
    ...(kept && { kept }),
  });
  ctx.setGenerated(part, xml);
  ctx.generated.add(part);
  for (const p of printNames(plan, quoteSheet(name))) ctx.workbook.setName(p.name, p.formula, position);
  for (const c of plan.cells) {
    ctx.written.push({
      sheet: name,
      row: c.row,
      col: c.col,
      value: writtenValue(c.value),
      ...(c.formula !== undefined ? { formula: fileFormula(c.formula) } : {}),
    });
  }
}

/**
 * The parts a generated sheet owns besides itself: notes (comments and their VML drawing),
 * tables, the chart and the drawing that places it; and the sheet's relationships to them.
 */
function writeSheetParts(ctx: WriteContext, plan: SheetPlan, part: string, sheetName: string, kept: KeptContent | undefined): SheetLinks {
  const rels = new RelsPart(ctx.staged, part);
  const links: { drawing?: string; legacyDrawing?: string; tables?: string[]; hyperlinks?: SheetLinks["hyperlinks"] } = {};
  const keptNotes = kept?.notes ?? [];
  // The user's hyperlinks beside the page: one leading outside gets its relationship again.
  if (kept && kept.hyperlinks.length > 0) {
    links.hyperlinks = kept.hyperlinks.map(({ target, ...h }) =>
      target === undefined ? h : { ...h, rid: rels.addExternal(ctx.relType("hyperlink"), target) },
    );
  }
  // The plan's notes, and the user's kept where they were (cells outside the rewritten part).
  const notes: NoteText[] = [
    ...plan.cells.filter((c) => c.note !== undefined && c.note !== "").map((c) => ({ ref: a1(c.row, c.col), text: c.note as string })),
    ...keptNotes,
  ];
  if (notes.length > 0) {
    const comments = freePart(ctx, "", "comments", "xml");
    ctx.setGenerated(comments, commentsPartXml(notes, "MVSP Trigger Monitor"));
    ctx.contentTypes.override(comments, CONTENT_TYPES.comments);
    rels.add(ctx.relType("comments"), comments);
    const vml = freePart(ctx, "drawings/", "vmlDrawing", "vml");
    const boxes = notes.flatMap((n) => {
      const at = parseA1(n.ref);
      return at ? [{ row: at.row, col: at.col, text: n.text }] : [];
    });
    ctx.staged.set(vml, vmlDrawingXml(boxes, { idBlock: freeVmlBlock(ctx, vmlIdBlocks(boxes.length)) }));
    ctx.contentTypes.ensureDefault("vml", CONTENT_TYPES.vmlDrawing);
    links.legacyDrawing = rels.add(ctx.relType("vmlDrawing"), vml);
  }
  const tables = plan.tables ?? [];
  if (tables.length > 0) {
    const taken = takenTableIds(ctx);
    links.tables = tables.map((table) => {
      const where = `${quoteSheet(sheetName)}: ${table.name}`;
      if (tableProblems(table, plan.cells).length > 0) throw new WriteRefusal("invalidTable", where);
      const upper = table.name.toLocaleUpperCase("en-US");
      if (taken.names.has(upper) || ctx.index.names.some((n) => n.name.toLocaleUpperCase("en-US") === upper)) {
        throw new WriteRefusal("tableNameTaken", where);
      }
      const id = Math.max(0, ...taken.ids) + 1;
      taken.ids.add(id);
      taken.names.add(upper);
      const path = freePart(ctx, "tables/", "table", "xml");
      ctx.setGenerated(path, tablePartXml(table, id));
      ctx.contentTypes.override(path, CONTENT_TYPES.table);
      return rels.add(ctx.relType("table"), path);
    });
  }
  if (plan.chart) {
    const chart = freePart(ctx, "charts/", "chart", "xml");
    const drawing = freePart(ctx, "drawings/", "drawing", "xml");
    ctx.setGenerated(chart, chartPartXml(plan.chart, sheetName, plan.cells, { styles: ctx.plan.styles, date1904: ctx.index.date1904 }));
    const drawingRels = new RelsPart(ctx.staged, drawing);
    const chartRel = drawingRels.add(ctx.relType("chart"), chart);
    ctx.setGenerated(drawing, drawingPartXml(plan.chart.anchor, chartRel, { name: plan.chart.title, description: plan.chart.title }));
    drawingRels.save();
    ctx.contentTypes.override(chart, CONTENT_TYPES.chart);
    ctx.contentTypes.override(drawing, CONTENT_TYPES.drawing);
    links.drawing = rels.add(ctx.relType("drawing"), drawing);
  }
  rels.save();
  return links;
}

/** Table ids and names already in the workbook (both must be unique). */
function takenTableIds(ctx: WriteContext): { ids: Set<number>; names: Set<string> } {
  const ids = new Set<number>();
  const names = new Set<string>();
  for (const path of ctx.staged.paths()) {
    if (!/(^|\/)tables\/[^/]+\.xml$/i.test(path)) continue;
    const text = ctx.staged.text(path);
    if (text === undefined) continue;
    const root = rootOf(parseXml(text, path));
    ids.add(Number(root.getAttribute("id")) || 0);
    names.add((root.getAttribute("name") ?? "").toLocaleUpperCase("en-US"));
    names.add((root.getAttribute("displayName") ?? "").toLocaleUpperCase("en-US"));
  }
  return { ids, names };
}

/**
 * The first block of VML shape ids after those the workbook's VML drawings use (shape ids are
 * workbook-wide). Legacy VML is often not well-formed XML: one we cannot read is assumed to use
 * as many blocks as there are VML parts.
 */
function freeVmlBlock(ctx: WriteContext, blocks: number): number {
  const vmlParts = ctx.staged.paths().filter((p) => p.toLowerCase().endsWith(".vml"));
  let used = ctx.usedVmlBlocks;
  for (const path of vmlParts) {
    const text = ctx.staged.text(path) ?? "";
    const parser = new SaxesParser<{ xmlns: false }>({ xmlns: false });
    try {
      parser.on("opentag", (node) => {
        if (node.name.endsWith(":idmap") || node.name === "idmap") {
          for (const n of (node.attributes.data ?? "").split(",")) used = Math.max(used, Number(n) || 0);
        }
      });
      parser.write(text).close();
    } catch {
      used = Math.max(used, vmlParts.length);
    }
  }
  ctx.usedVmlBlocks = used + blocks;
  return used + 1;
}
