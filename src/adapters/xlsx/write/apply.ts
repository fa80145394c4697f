/**
 * Applies the core's `WritePlan` to an `XlsxPackage` in place: the add-in's own sheets are parts
 * generated whole, the user's sheets get only the planned cells spliced in, and the workbook's
 * small parts are edited with a DOM. Everything is checked and computed first; the package is
 * changed only when nothing refused.
 */
import { a1, absoluteAddress, cellAddress, quoteSheet, sameSheetName } from "../../../core/address";
import type { CellStyle, PlanValue, SheetPlan, SheetRole, WritePlan } from "../../../core/plan/types";
import type { XlsxPackage } from "../package";
import { relsPathOf, resolveTarget } from "../package";
import { AppPropertiesPart, ContentTypesPart, relIdOf, RelsPart, relTypeIs, WorkbookPart } from "./package-xml";
import { WriteRefusal } from "./refusal";
import { effectiveXf, rectHas, rectOfRef, scanSheet, scanSheetViews, SheetScanError, type SheetScan } from "./sheet-scan";
import { applyEdits, retag, spliceCells, type CellWrite } from "./splice";
import { Staged } from "./staged";
import { StyleBook, type PatchScope } from "./styles-part";
import { readWorkbookIndex, type SheetEntry, type WorkbookIndex } from "../read/workbook-index";
import { readRelationships as readRels } from "../read/xml";
import { cellXml, fileFormula, printNames, STRICT, TRANSITIONAL, worksheetXml, writtenValue, type Namespaces, type SheetLinks } from "./worksheet-xml";
import { childElements, parseXml, rootOf, serializeXml } from "./xml";
import { appPropertiesOrNull, parseOrNull, relationshipsOrNone } from "./tolerant";
import { chartPartXml, commentsPartXml, drawingPartXml, PART_CONTENT_TYPES, tablePartXml, tableProblems, vmlDrawingXml, vmlIdBlocks } from "./parts";
import { SaxesParser } from "saxes";

export interface WrittenCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** For a formula cell, its cached value. */
  readonly value: PlanValue;
  /** A formula as the package stores it (`_xlfn.` prefixes included), without `=`. */
  readonly formula?: string;
}

export interface ApplyOutcome {
  /** Parts added, rewritten or removed. */
  readonly parts: readonly string[];
  /** Every cell written, with the value it holds once saved. */
  readonly cells: readonly WrittenCell[];
}

export interface ApplyOptions {
  /** Only these sheet roles (the separate report holds just the summary and the log). */
  readonly roles?: readonly SheetRole[];
  /** Leave the user's status cells alone (a separate report has none of their sheets). */
  readonly skipStatusCells?: boolean;
}

const WORKSHEET_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** The relationships of a part (the package's own for `""`), by source part rather than rels path. */
function readRelationships(pkg: XlsxPackage, sourcePart: string): ReturnType<typeof readRels> {
  return readRels(pkg, relsPathOf(sourcePart));
}

/** Print-related names that belong to a sheet's layout, dropped when the add-in rewrites its sheet. */
const LAYOUT_NAMES = ["_xlnm.Print_Area", "_xlnm.Print_Titles", "_xlnm._FilterDatabase"];

function relType(ns: Namespaces, kind: string): string {
  return `${ns.relationships}/${kind}`;
}

/** A cell of a user's sheet to write, with how its style is derived from the cell's own. */
interface PatchCell {
  readonly row: number;
  readonly col: number;
  readonly value: PlanValue;
  readonly style: CellStyle | undefined;
  /** `fillAndFont` for status cells, `all` for update cells, `own` for appended log rows. */
  readonly scope: PatchScope | "own";
}

interface SheetTouch {
  readonly entry: SheetEntry;
  readonly cells: PatchCell[];
  /** The plan's row heights for rows that do not exist yet (appended log rows). */
  readonly heights: Map<number, number>;
  /** Appending: a planned cell must not land on a cell that holds something. */
  readonly append: boolean;
}

class Applier {
  private readonly staged: Staged;
  private readonly index: WorkbookIndex;
  private readonly ns: Namespaces;
  private readonly workbook: WorkbookPart;
  private readonly workbookRels: RelsPart;
  private readonly contentTypes: ContentTypesPart;
  private readonly styles: StyleBook;
  private readonly stylesPart: string;
  private readonly written: WrittenCell[] = [];
  /** Worksheet parts generated whole by this apply (their tab selection is already right). */
  private readonly generated = new Set<string>();
  /** User sheet parts as they will be written (spliced), by part name. */
  private readonly sheetTexts = new Map<string, string>();
  private app: AppPropertiesPart | null = null;
  /** VML shape-id blocks handed out so far in this apply. */
  private usedVmlBlocks = 0;

  constructor(
    pkg: XlsxPackage,
    private readonly plan: WritePlan,
  ) {
    this.staged = new Staged(pkg);
    this.index = readWorkbookIndex(pkg);
    this.ns = this.index.strict ? STRICT : TRANSITIONAL;
    this.workbook = new WorkbookPart(this.staged, this.index.workbookPart, this.ns.relationships);
    this.workbookRels = new RelsPart(this.staged, this.index.workbookPart);
    this.contentTypes = new ContentTypesPart(this.staged);
    const stylesRel = this.workbookRels.entries().find((r) => relTypeIs(r.type, "styles") && !r.external);
    this.stylesPart = stylesRel ? resolveTarget(this.index.workbookPart, stylesRel.target) : "xl/styles.xml";
    const stylesText = this.staged.text(this.stylesPart);
    this.styles = new StyleBook(stylesText ?? MINIMAL_STYLES, this.stylesPart);
    if (stylesText === undefined) {
      this.workbookRels.add(relType(this.ns, "styles"), this.stylesPart);
      this.contentTypes.override(this.stylesPart, STYLES_CONTENT_TYPE);
    }
  }

  private style(key: string | undefined, where: string): CellStyle | undefined {
    if (key === undefined) return undefined;
    const style = this.plan.styles[key];
    if (!style) throw new WriteRefusal("unknownStyle", `${where}: ${key}`);
    return style;
  }

  private sheet(name: string): SheetEntry | undefined {
    return this.index.sheets.find((s) => sameSheetName(s.name, name));
  }

  private sheetText(entry: SheetEntry): string {
    const cached = this.sheetTexts.get(entry.part);
    if (cached !== undefined) return cached;
    const text = this.staged.text(entry.part);
    if (text === undefined) throw new WriteRefusal("unreadablePart", entry.part);
    this.sheetTexts.set(entry.part, text);
    return text;
  }

  run(sheets: readonly SheetPlan[], statusCells: WritePlan["statusCells"], names: WritePlan["names"]): ApplyOutcome {
    // 1. Decide, for every sheet, what happens to it; refuse what cannot be done.
    const touches = new Map<string, SheetTouch>();
    const touch = (entry: SheetEntry, append: boolean): SheetTouch => {
      let t = touches.get(entry.part);
      if (!t) {
        t = { entry, cells: [], heights: new Map(), append };
        touches.set(entry.part, t);
      }
      return t;
    };
    const whole: { plan: SheetPlan; entry: SheetEntry | undefined }[] = [];
    for (const sheet of sheets) {
      const entry = this.sheet(sheet.name);
      if (entry && entry.kind !== "worksheet") throw new WriteRefusal("notWorksheet", quoteSheet(entry.name));
      if (sheet.mode === "create" && entry) throw new WriteRefusal("sheetExists", quoteSheet(entry.name));
      if (sheet.mode === "update" && !entry) throw new WriteRefusal("sheetMissing", quoteSheet(sheet.name));
      if (sheet.mode === "replace" || sheet.mode === "create" || !entry) {
        whole.push({ plan: sheet, entry });
        continue;
      }
      const t = touch(entry, sheet.mode === "append");
      for (const c of sheet.cells) {
        const style = this.style(c.style, cellAddress(entry.name, c.row, c.col));
        t.cells.push({ row: c.row, col: c.col, value: c.value, style, scope: sheet.mode === "append" ? "own" : "all" });
      }
      if (sheet.mode === "append") for (const h of sheet.rowHeights ?? []) t.heights.set(h.row, h.height);
    }
    for (const status of statusCells) {
      const entry = this.sheet(status.sheet);
      if (!entry) throw new WriteRefusal("sheetMissing", quoteSheet(status.sheet));
      if (entry.kind !== "worksheet") throw new WriteRefusal("notWorksheet", cellAddress(entry.name, status.row, status.col));
      const style = this.style(status.style, cellAddress(entry.name, status.row, status.col));
      touch(entry, false).cells.push({ row: status.row, col: status.col, value: status.value, style, scope: "fillAndFont" });
    }
    for (const { plan } of whole) for (const c of plan.cells) this.style(c.style, cellAddress(plan.name, c.row, c.col));

    // 2. Scan the user's sheets that get cells and check every cell before anything is built.
    const scans = new Map<string, SheetScan>();
    for (const t of touches.values()) {
      let scan: SheetScan;
      try {
        scan = scanSheet(this.sheetText(t.entry), new Set(t.cells.map((c) => c.row)));
      } catch (error) {
        if (error instanceof SheetScanError) throw new WriteRefusal("unreadablePart", t.entry.part);
        throw error;
      }
      scans.set(t.entry.part, scan);
      this.checkCells(t, scan);
    }

    // 3. Build: whole sheets, spliced sheets, names, activation; then write it all at once.
    let active: string | null = null;
    for (const { plan, entry } of whole) {
      const part = this.writeWholeSheet(plan, entry);
      if (plan.activate) active = part;
    }
    for (const t of touches.values()) this.patchSheet(t, scans.get(t.entry.part) as SheetScan);
    for (const sheet of sheets) {
      const entry = this.sheet(sheet.name);
      if (sheet.activate && entry && touches.has(entry.part)) active = entry.part;
    }
    this.writeNames(names);
    if (active !== null) this.activate(active);

    for (const [part, text] of this.sheetTexts) if (text !== this.staged.pkg.text(part) && !this.generated.has(part)) this.staged.set(part, text);
    if (this.styles.changed) this.staged.set(this.stylesPart, this.styles.toXml());
    this.workbook.save();
    this.workbookRels.save();
    this.contentTypes.save();
    this.app?.save();
    return { parts: this.staged.flush(), cells: this.written };
  }

  private checkCells(t: SheetTouch, scan: SheetScan): void {
    const name = t.entry.name;
    const tables = this.tablesOf(t.entry);
    const pivots = this.pivotLocationsOf(t.entry);
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
        if (table.totalsRows > 0 && c.row >= table.rect.row + table.rect.rows - table.totalsRows) throw new WriteRefusal("tableTotals", where);
      }
      if (t.append) {
        const old = rowsByNumber.get(c.row)?.cells.find((x) => x.col === c.col);
        // The log is never rewritten: a planned row that lands on a filled cell is a conflict.
        if (old?.hasContent) throw new WriteRefusal("appendOverlap", where);
      }
    }
  }

  private partsOf(entry: SheetEntry, type: string): string[] {
    return readRelationships(this.staged.pkg, entry.part)
      .filter((r) => r.kind === type && !r.external)
      .map((r) => resolveTarget(entry.part, r.target));
  }

  private tablesOf(entry: SheetEntry): { rect: NonNullable<ReturnType<typeof rectOfRef>>; headerRows: number; totalsRows: number }[] {
    return this.partsOf(entry, "table").flatMap((part) => {
      const text = this.staged.text(part);
      if (text === undefined) return [];
      const root = rootOf(parseXml(text, part));
      const rect = rectOfRef(root.getAttribute("ref") ?? "");
      if (!rect) throw new WriteRefusal("unreadablePart", part);
      const header = root.getAttribute("headerRowCount");
      return [{ rect, headerRows: header === null || header === "" ? 1 : Number(header), totalsRows: Number(root.getAttribute("totalsRowCount") ?? 0) || 0 }];
    });
  }

  private pivotLocationsOf(entry: SheetEntry): NonNullable<ReturnType<typeof rectOfRef>>[] {
    return this.partsOf(entry, "pivotTable").map((part) => {
      const text = this.staged.text(part);
      const location = text === undefined ? undefined : childElements(rootOf(parseXml(text, part)), "location")[0];
      const rect = location ? rectOfRef(location.getAttribute("ref") ?? "") : null;
      // A pivot table whose place we cannot read covers, for all we know, any cell.
      return rect ?? { row: 0, col: 0, rows: 1048576, cols: 16384 };
    });
  }

  private patchSheet(t: SheetTouch, scan: SheetScan): void {
    const rowsByNumber = new Map(scan.rows.map((r) => [r.row, r]));
    const writes: CellWrite[] = [];
    const formulaCells: { row: number; col: number }[] = [];
    for (const c of t.cells) {
      const row = rowsByNumber.get(c.row);
      const old = row?.cells.find((x) => x.col === c.col);
      if (old?.formula) formulaCells.push(c);
      let xf = 0;
      if (c.scope === "own") xf = this.styles.xfFor(c.style);
      else if (c.style) xf = this.styles.xfPatched(effectiveXf(scan, row, old, c.col), c.style, c.scope);
      else xf = effectiveXf(scan, row, old, c.col);
      writes.push({ row: c.row, col: c.col, xml: cellXml(c.row, c.col, c.value, xf, scan.prefix) });
      this.written.push({ sheet: t.entry.name, row: c.row, col: c.col, value: writtenValue(c.value) });
    }
    const heights = t.heights;
    const text = spliceCells(scan, writes, quoteSheet(t.entry.name), (row) => {
      const h = heights.get(row);
      return h === undefined ? {} : { ht: h, customHeight: 1 };
    });
    this.sheetTexts.set(t.entry.part, text);
    if (formulaCells.length > 0) this.dropFromCalcChain(t.entry, formulaCells);
  }

  /** A written cell that held a formula leaves the calculation chain, or Excel reports a repair. */
  private dropFromCalcChain(entry: SheetEntry, cells: readonly { row: number; col: number }[]): void {
    const rel = this.workbookRels.entries().find((r) => relTypeIs(r.type, "calcChain") && !r.external);
    if (!rel) return;
    const part = resolveTarget(this.index.workbookPart, rel.target);
    const text = this.staged.text(part);
    if (text === undefined) return;
    const doc = parseOrNull(text, part);
    if (doc === null) {
      // A chain that cannot be read cannot be edited: dropped whole, Excel rebuilds it on load.
      this.dropCalcChain(part, rel);
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
      this.staged.set(part, serializeXml(doc));
      return;
    }
    // An empty chain is invalid: the part goes, with its relationship and content type.
    this.dropCalcChain(part, rel);
  }

  private dropCalcChain(part: string, rel: ReturnType<RelsPart["entries"]>[number]): void {
    this.staged.remove(part);
    rel.el.parentNode?.removeChild(rel.el);
    this.workbookRels.dirty = true;
    this.contentTypes.drop(part);
  }

  private newSheetPart(): string {
    const dir = this.index.workbookPart.slice(0, this.index.workbookPart.lastIndexOf("/") + 1);
    for (let n = 1; ; n++) {
      const part = `${dir}worksheets/sheet${n}.xml`;
      if (!this.staged.has(part)) return part;
    }
  }

  /** The parts reachable only through `part`'s relationships (its drawing, charts, notes, tables). */
  private ownedParts(part: string): string[] {
    const referrers = new Map<string, Set<string>>();
    for (const rels of this.staged.paths().filter((p) => p.endsWith(".rels"))) {
      const source = rels.replace(/_rels\/([^/]*)\.rels$/, "$1");
      // Another part's relationships that cannot be read are left alone (see relationshipsOrNone).
      for (const r of relationshipsOrNone(this.staged.pkg, source)) {
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
      for (const r of readRelationships(this.staged.pkg, source)) {
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
    return [...reachable].filter((p) => owned.has(p.toLowerCase()) && this.staged.has(p));
  }

  private writeWholeSheet(plan: SheetPlan, entry: SheetEntry | undefined): string {
    let part: string;
    let position: number;
    if (entry) {
      part = entry.part;
      position = this.workbook.sheetPosition(entry.relId);
      for (const owned of this.ownedParts(part)) {
        this.staged.remove(owned);
        this.staged.remove(relsPathOf(owned));
        this.contentTypes.drop(owned);
      }
      this.staged.remove(relsPathOf(part));
      this.workbook.dropLocalNames(position, LAYOUT_NAMES);
    } else {
      part = this.newSheetPart();
      const relId = this.workbookRels.add(relType(this.ns, "worksheet"), part);
      const sheetId = 1 + Math.max(0, ...this.workbook.sheetElements().map((el) => Number(el.getAttribute("sheetId")) || 0));
      const worksheetNames = this.worksheetNames();
      position = this.workbook.appendSheet(plan.name, sheetId, relId);
      this.contentTypes.override(part, WORKSHEET_CONTENT_TYPE);
      this.appProperties()?.addWorksheetTitle(worksheetNames, plan.name);
    }
    const name = entry?.name ?? plan.name;
    const links = this.writeSheetParts(plan, part, name);
    const xml = worksheetXml(plan, {
      ns: this.ns,
      date1904: this.index.date1904,
      xf: (key) => this.styles.xfFor(this.style(key, name)),
      tabSelected: plan.activate === true,
      links,
    });
    this.staged.set(part, xml);
    this.generated.add(part);
    for (const p of printNames(plan, quoteSheet(name))) this.workbook.setName(p.name, p.formula, position);
    for (const c of plan.cells) {
      this.written.push({ sheet: name, row: c.row, col: c.col, value: writtenValue(c.value), ...(c.formula !== undefined ? { formula: fileFormula(c.formula) } : {}) });
    }
    return part;
  }

  /** `xl/charts/chart3.xml`: the first free number in that folder. */
  private freePart(folder: string, stem: string, extension: string): string {
    const dir = this.index.workbookPart.slice(0, this.index.workbookPart.lastIndexOf("/") + 1);
    for (let n = 1; ; n++) {
      const path = `${dir}${folder}${stem}${n}.${extension}`;
      if (!this.staged.has(path)) return path;
    }
  }

  /**
   * The parts a generated sheet owns besides itself: notes (comments and their VML drawing),
   * tables, the chart and the drawing that places it; and the sheet's relationships to them.
   */
  private writeSheetParts(plan: SheetPlan, part: string, sheetName: string): SheetLinks {
    const rels = new RelsPart(this.staged, part);
    const links: { drawing?: string; legacyDrawing?: string; tables?: string[] } = {};
    const notes = plan.cells.filter((c) => c.note !== undefined && c.note !== "");
    if (notes.length > 0) {
      const comments = this.freePart("", "comments", "xml");
      this.staged.set(comments, commentsPartXml(notes.map((c) => ({ ref: a1(c.row, c.col), text: c.note as string })), "MVSP Trigger Monitor"));
      this.contentTypes.override(comments, PART_CONTENT_TYPES.comments);
      rels.add(relType(this.ns, "comments"), comments);
      const vml = this.freePart("drawings/", "vmlDrawing", "vml");
      const boxes = notes.map((c) => ({ row: c.row, col: c.col, text: c.note as string }));
      this.staged.set(vml, vmlDrawingXml(boxes, { idBlock: this.freeVmlBlock(vmlIdBlocks(boxes.length)) }));
      this.contentTypes.ensureDefault("vml", PART_CONTENT_TYPES.vmlDrawing);
      links.legacyDrawing = rels.add(relType(this.ns, "vmlDrawing"), vml);
    }
    const tables = plan.tables ?? [];
    if (tables.length > 0) {
      const taken = this.takenTableIds();
      links.tables = tables.map((table) => {
        const where = `${quoteSheet(sheetName)}: ${table.name}`;
        if (tableProblems(table, plan.cells).length > 0) throw new WriteRefusal("invalidTable", where);
        const upper = table.name.toLocaleUpperCase("en-US");
        if (taken.names.has(upper) || this.index.names.some((n) => n.name.toLocaleUpperCase("en-US") === upper)) {
          throw new WriteRefusal("tableNameTaken", where);
        }
        const id = Math.max(0, ...taken.ids) + 1;
        taken.ids.add(id);
        taken.names.add(upper);
        const path = this.freePart("tables/", "table", "xml");
        this.staged.set(path, tablePartXml(table, id));
        this.contentTypes.override(path, PART_CONTENT_TYPES.table);
        return rels.add(relType(this.ns, "table"), path);
      });
    }
    if (plan.chart) {
      const chart = this.freePart("charts/", "chart", "xml");
      const drawing = this.freePart("drawings/", "drawing", "xml");
      this.staged.set(chart, chartPartXml(plan.chart, sheetName, plan.cells, { styles: this.plan.styles, date1904: this.index.date1904 }));
      const drawingRels = new RelsPart(this.staged, drawing);
      const chartRel = drawingRels.add(relType(this.ns, "chart"), chart);
      this.staged.set(drawing, drawingPartXml(plan.chart.anchor, chartRel, { name: plan.chart.title, description: plan.chart.title }));
      drawingRels.save();
      this.contentTypes.override(chart, PART_CONTENT_TYPES.chart);
      this.contentTypes.override(drawing, PART_CONTENT_TYPES.drawing);
      links.drawing = rels.add(relType(this.ns, "drawing"), drawing);
    }
    rels.save();
    return links;
  }

  /** Table ids and names already in the workbook (both must be unique). */
  private takenTableIds(): { ids: Set<number>; names: Set<string> } {
    const ids = new Set<number>();
    const names = new Set<string>();
    for (const path of this.staged.paths()) {
      if (!/(^|\/)tables\/[^/]+\.xml$/i.test(path)) continue;
      const text = this.staged.text(path);
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
  private freeVmlBlock(blocks: number): number {
    const vmlParts = this.staged.paths().filter((p) => p.toLowerCase().endsWith(".vml"));
    let used = this.usedVmlBlocks;
    for (const path of vmlParts) {
      const text = this.staged.text(path) ?? "";
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
    this.usedVmlBlocks = used + blocks;
    return used + 1;
  }

  /** Worksheets' names as the workbook lists them, staged additions included. */
  private worksheetNames(): string[] {
    const byRel = new Map(this.workbookRels.entries().map((r) => [r.id, r]));
    return this.workbook
      .sheetElements()
      .filter((el) => {
        const rel = byRel.get(relIdOf(el));
        return rel !== undefined && relTypeIs(rel.type, "worksheet");
      })
      .map((el) => el.getAttribute("name") ?? "");
  }

  private appProperties(): AppPropertiesPart | null {
    if (this.app) return this.app;
    const rel = readRelationships(this.staged.pkg, "").find((r) => r.kind === "extended-properties" && !r.external);
    if (!rel) return null;
    const part = resolveTarget("", rel.target);
    if (!this.staged.has(part)) return null;
    // The sheet list in docProps/app.xml is informative (Excel rewrites it on save): a damaged
    // one is left as it is rather than refusing the workbook.
    this.app = appPropertiesOrNull(() => new AppPropertiesPart(this.staged, part));
    return this.app;
  }

  private writeNames(names: WritePlan["names"]): void {
    for (const n of names) {
      const entry = this.sheet(n.sheet);
      this.workbook.setName(n.name, absoluteAddress(entry?.name ?? n.sheet, n.range), null, n.comment);
    }
  }

  /**
   * One selected tab: the activated sheet's. The tab that was active loses its selection (two
   * selected tabs would group the sheets and let one edit land on both); other sheets are not
   * read, which keeps a large inactive sheet from being inflated for nothing.
   */
  private activate(part: string): void {
    const elements = this.workbook.sheetElements();
    const byRel = new Map(this.workbookRels.entries().map((r) => [r.id, resolveTarget(this.index.workbookPart, r.target)]));
    const position = elements.findIndex((el) => byRel.get(relIdOf(el))?.toLowerCase() === part.toLowerCase());
    if (position < 0) return;
    const previous = this.index.sheets[this.workbook.activeTab()];
    this.workbook.activate(position);
    for (const entry of this.index.sheets) {
      if (entry !== previous && entry.part !== part) continue;
      if (entry.kind !== "worksheet" || this.generated.has(entry.part) || !this.staged.has(entry.part)) continue;
      const text = this.sheetTexts.get(entry.part) ?? this.staged.text(entry.part) ?? "";
      const selected = entry.part === part;
      const edits = scanSheetViews(text)
        .filter((v) => (v.attrs.workbookViewId ?? "0") === "0")
        .filter((v) => (v.attrs.tabSelected === "1" || v.attrs.tabSelected === "true") !== selected)
        .map((v) => retag(v, { ...v.attrs, tabSelected: selected ? "1" : undefined }));
      if (edits.length > 0) this.sheetTexts.set(entry.part, applyEdits(text, edits));
    }
  }
}

/** Styles for a package that has none (the minimal one Excel accepts). */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  "</styleSheet>";

/**
 * Applies `plan` to `pkg`. Throws `WriteRefusal` (leaving `pkg` exactly as it was) when a cell
 * cannot be written safely.
 */
export function applyPlanToPackage(pkg: XlsxPackage, plan: WritePlan, options: ApplyOptions = {}): ApplyOutcome {
  const roles = options.roles;
  const sheets = roles ? plan.sheets.filter((s) => roles.includes(s.role)) : plan.sheets;
  const index = readWorkbookIndex(pkg);
  const names = roles
    ? plan.names.filter((n) => sheets.some((s) => sameSheetName(s.name, n.sheet)) || index.sheets.some((s) => sameSheetName(s.name, n.sheet)))
    : plan.names;
  return new Applier(pkg, plan).run(sheets, options.skipStatusCells ? [] : plan.statusCells, names);
}
