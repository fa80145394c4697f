/**
 * Applies the core's `WritePlan` to an `XlsxPackage` in place: the add-in's own sheets are parts
 * generated whole, the user's sheets get only the planned cells spliced in, and the workbook's
 * small parts are edited with a DOM. Everything is checked and computed first; the package is
 * changed only when nothing refused.
 */
import { absoluteAddress, cellAddress, quoteSheet, sameSheetName } from "../../../core/address";
import type { SheetPlan, SheetRole, WritePlan } from "../../../core/plan/types";
import type { XlsxPackage } from "../package";
import { HeadEdit, resolveTarget } from "../package";
import { readWorkbookIndex, type SheetEntry } from "../read/workbook-index";
import { WriteContext, type WrittenCell } from "./context";
import { placeWholeSheet, writeWholeSheet } from "./own-sheets";
import { relIdOf } from "./package-xml";
import { WriteRefusal } from "./refusal";
import { scanSheet, SheetScanError, type SheetScan } from "./sheet-scan";
import { chooseTabs, deselect, isTabSelected, partHead, viewsHead, type TabCandidate } from "./tabs";
import { checkCells, patchSheet, type SheetTouch } from "./user-cells";

export type { WrittenCell } from "./context";

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

class Applier {
  private readonly ctx: WriteContext;

  constructor(pkg: XlsxPackage, plan: WritePlan) {
    this.ctx = new WriteContext(pkg, plan);
  }

  /** Decides, for every sheet, what happens to it; refuses what cannot be done. */
  private touches(
    sheets: readonly SheetPlan[],
    statusCells: WritePlan["statusCells"],
  ): { touches: Map<string, SheetTouch>; whole: { plan: SheetPlan; entry: SheetEntry | undefined }[] } {
    const ctx = this.ctx;
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
      const entry = ctx.sheet(sheet.name);
      if (entry && entry.kind !== "worksheet") throw new WriteRefusal("notWorksheet", quoteSheet(entry.name));
      if (sheet.mode === "create" && entry) throw new WriteRefusal("sheetExists", quoteSheet(entry.name));
      if (sheet.mode === "update" && !entry) throw new WriteRefusal("sheetMissing", quoteSheet(sheet.name));
      if (sheet.mode === "replace" || sheet.mode === "create" || !entry) {
        whole.push({ plan: sheet, entry });
        continue;
      }
      const t = touch(entry, sheet.mode === "append");
      for (const c of sheet.cells) {
        const style = ctx.style(c.style, cellAddress(entry.name, c.row, c.col));
        t.cells.push({ row: c.row, col: c.col, value: c.value, style, scope: sheet.mode === "append" ? "own" : "all" });
      }
      if (sheet.mode === "append") for (const h of sheet.rowHeights ?? []) t.heights.set(h.row, h.height);
    }
    for (const status of statusCells) {
      const entry = ctx.sheet(status.sheet);
      if (!entry) throw new WriteRefusal("sheetMissing", quoteSheet(status.sheet));
      if (entry.kind !== "worksheet") throw new WriteRefusal("notWorksheet", cellAddress(entry.name, status.row, status.col));
      const style = ctx.style(status.style, cellAddress(entry.name, status.row, status.col));
      touch(entry, false).cells.push({ row: status.row, col: status.col, value: status.value, style, scope: "fillAndFont" });
    }
    for (const { plan } of whole) for (const c of plan.cells) ctx.style(c.style, cellAddress(plan.name, c.row, c.col));
    return { touches, whole };
  }

  run(sheets: readonly SheetPlan[], statusCells: WritePlan["statusCells"], names: WritePlan["names"]): ApplyOutcome {
    const ctx = this.ctx;
    // 1. Decide; 2. scan the user's sheets that get cells and check every cell before anything is built.
    const { touches, whole } = this.touches(sheets, statusCells);
    const scans = new Map<string, SheetScan>();
    for (const t of touches.values()) {
      let scan: SheetScan;
      try {
        scan = scanSheet(ctx.sheetBytesOf(t.entry), new Set(t.cells.map((c) => c.row)));
      } catch (error) {
        if (error instanceof SheetScanError) throw new WriteRefusal("unreadablePart", t.entry.part);
        throw error;
      }
      scans.set(t.entry.part, scan);
      checkCells(ctx, t, scan);
    }

    // 3. Build: whole sheets in their places, spliced sheets, names, the one selected tab.
    const places = whole.map(({ plan, entry }) => ({ plan, entry, place: placeWholeSheet(ctx, plan, entry) }));
    let wanted: number | null = null;
    for (const { plan, place } of places) if (plan.activate) wanted = place.position;
    for (const sheet of sheets) {
      const entry = ctx.sheet(sheet.name);
      if (sheet.activate && entry && touches.has(entry.part)) wanted = ctx.workbook.sheetPosition(entry.relId);
    }
    const tabs = this.chooseTabs(wanted, new Set(touches.keys()), new Set(places.map((p) => p.place.part)));
    for (const { plan, entry, place } of places)
      writeWholeSheet(ctx, plan, entry, place, tabs.selectGenerated && place.position === tabs.active);
    for (const t of touches.values()) patchSheet(ctx, t, scans.get(t.entry.part) as SheetScan);
    for (const n of names) {
      const entry = ctx.sheet(n.sheet);
      ctx.workbook.setName(n.name, absoluteAddress(entry?.name ?? n.sheet, n.range), null, n.comment);
    }
    ctx.workbook.activate(tabs.active);
    for (const part of tabs.deselect) {
      const original = ctx.staged.pkg.bytes(part);
      const bytes = ctx.sheetBytes.get(part) ?? (original && HeadEdit.of(original));
      if (bytes) ctx.sheetBytes.set(part, deselect(bytes));
    }
    for (const [part, bytes] of ctx.sheetBytes) if (!ctx.generated.has(part)) ctx.staged.set(part, bytes);
    if (ctx.styles.changed) ctx.staged.set(ctx.stylesPart, ctx.styles.toXml());
    ctx.workbook.save();
    ctx.workbookRels.save();
    ctx.contentTypes.save();
    ctx.appProperties()?.save();
    return { parts: ctx.staged.flush(), cells: ctx.written };
  }

  /** Reads which tabs are selected (each part's head only) and decides the one selected afterwards. */
  private chooseTabs(wanted: number | null, patched: ReadonlySet<string>, generated: ReadonlySet<string>): ReturnType<typeof chooseTabs> {
    const ctx = this.ctx;
    const byRel = new Map(ctx.workbookRels.entries().map((r) => [r.id, r]));
    const candidates: TabCandidate[] = [];
    ctx.workbook.sheetElements().forEach((el, position) => {
      const rel = byRel.get(relIdOf(el));
      if (!rel || rel.external) return;
      const part = resolveTarget(ctx.index.workbookPart, rel.target);
      if (generated.has(part) || !ctx.staged.pkg.has(part)) return;
      const bytes = ctx.sheetBytes.get(part);
      const selected = isTabSelected(bytes ? viewsHead(bytes).toString("latin1") : partHead(ctx.staged.pkg, part));
      candidates.push({ part, position, selected, rewritten: patched.has(part), size: ctx.staged.pkg.size(part) });
    });
    return chooseTabs(candidates, ctx.workbook.activeTab(), wanted);
  }
}

/**
 * Applies `plan` to `pkg`. Throws `WriteRefusal` (leaving `pkg` exactly as it was) when a cell
 * cannot be written safely.
 */
export function applyPlanToPackage(pkg: XlsxPackage, plan: WritePlan, options: ApplyOptions = {}): ApplyOutcome {
  const roles = options.roles;
  const sheets = roles ? plan.sheets.filter((s) => roles.includes(s.role)) : plan.sheets;
  const index = readWorkbookIndex(pkg);
  const names = roles
    ? plan.names.filter(
        (n) => sheets.some((s) => sameSheetName(s.name, n.sheet)) || index.sheets.some((s) => sameSheetName(s.name, n.sheet)),
      )
    : plan.names;
  return new Applier(pkg, plan).run(sheets, options.skipStatusCells ? [] : plan.statusCells, names);
}
