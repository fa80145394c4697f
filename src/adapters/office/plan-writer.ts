/**
 * Queues a `WritePlan`'s content through Office.js: sheets, status cells, names, protection,
 * notes. It never syncs on its own except to keep a request under Excel on the web's payload
 * limit; the order of the syncs, and what a failure means, are decided by ./apply.ts.
 *
 * Payload: "Excel on the web has a payload size limit for requests and responses of 5MB"
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * The values and number formats queued are counted (their JSON size plus a fixed cost per call);
 * past the budget the batch is synced and continued. An evaluation plan is a few kilobytes, so
 * in practice this only splits templates or logs of tens of thousands of rows.
 */
import { a1 } from "../../core/cells";
import { printTitleColumns, printTitleRows } from "../../core/address";
import type { CellStyle, PlanCell, PlanRect, PlanTable, PlanValidation, SheetPlan, WritePlan } from "../../core/plan/types";
import { headerFooterCode } from "../../core/plan";
import { rectAddress, columnLetters } from "./addresses";
import { cellBlocks } from "./blocks";
import { AdapterError } from "./errors";
import { sameSheet, type WorkbookState } from "./snapshot";
import { applyStyle, columnWidthPoints } from "./styles";
import { API, type ApiSupport } from "./support";
import { toExcelInput } from "./values";

/** Bytes of cell data per request, safely under Excel on the web's 5 MB limit. */
export const PAYLOAD_BUDGET = 4_000_000;
/** What a queued call costs besides its data (object path, method name, ids). */
const CALL_COST = 200;

export function hasSheet(state: WorkbookState, name: string): boolean {
  return state.sheets.some((sheet) => sameSheet(sheet, name));
}

export function isProtected(state: WorkbookState, name: string): boolean {
  return [...state.protectedSheets].some((sheet) => sameSheet(sheet, name));
}

/** The options a protected sheet was found with, by its name in any case. */
export function optionsOf(state: WorkbookState, name: string): Excel.WorksheetProtectionOptions | undefined {
  for (const [sheet, options] of state.protectionOptions) if (sameSheet(sheet, name)) return options;
  return undefined;
}

export class PlanWriter {
  private readonly sheets = new Map<string, Excel.Worksheet>();
  /** Sheets to protect once written: those the plan protects and those found protected. */
  private readonly toProtect = new Set<string>();
  private bytes = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly plan: WritePlan,
    private readonly state: WorkbookState,
    private readonly support: ApiSupport,
    private readonly budget: number,
  ) {}

  /** Sheets this write added, in the order it added them. */
  private readonly created = new Set<string>();
  /** Notes queued by the sheets written, for the last sync of their own. */
  private readonly notes: { sheet: Excel.Worksheet; cell: PlanCell; note: string }[] = [];

  /** Status cells: value, number format and style. */
  queueStatusCells(): void {
    for (const cell of this.plan.statusCells) {
      const range = this.sheet(cell.sheet).getRange(a1(cell.row, cell.col));
      this.writeValues(range, [[cell.value]], this.plan.styles[cell.style]);
      this.styleRange(range, cell.style, 1, 1);
    }
  }

  /** Every sheet to protect once written (those the plan protects, those found protected), with the options found. */
  queueProtection(): void {
    for (const name of this.toProtect) {
      const options = optionsOf(this.state, name);
      this.sheet(name).protection.protect(options);
    }
    const active = this.plan.sheets.find((s) => s.activate);
    if (active) this.sheet(active.name).activate();
  }

  /**
   * Notes (ExcelApi 1.18) on the cells written, or nothing: a note is a hint, not data, and the
   * older fallback, `comments.add`, makes threaded comments in the current user's name (and has
   * thrown NotImplemented on some hosts, office-js #1847). Returns how many were queued.
   */
  queueNotes(): number {
    if (!this.support(API.notes)) return 0;
    for (const { sheet, cell, note } of this.notes) this.context.workbook.notes.add(sheet.getRange(a1(cell.row, cell.col)), note);
    return this.notes.length;
  }

  /** Calculation and repainting wait until the sync: one recalculation, no flicker. */
  suspend(): void {
    const application = this.context.workbook.application;
    if (this.support(API.suspendCalculation)) application.suspendApiCalculationUntilNextSync();
    if (this.support(API.suspendScreenUpdating)) application.suspendScreenUpdatingUntilNextSync();
  }

  /** Counts queued data; syncs and carries on when the request would grow too large. */
  private async charge(bytes: number): Promise<void> {
    this.bytes += bytes + CALL_COST;
    if (this.bytes <= this.budget) return;
    await this.context.sync();
    this.bytes = 0;
    this.suspend();
  }

  sheet(name: string): Excel.Worksheet {
    const key = name.toLocaleUpperCase("en");
    let sheet = this.sheets.get(key);
    if (!sheet) {
      sheet = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(key, sheet);
    }
    return sheet;
  }

  /** Queues one sheet of the plan (its protection was lifted beforehand, see apply.ts). */
  async writeSheet(plan: SheetPlan): Promise<void> {
    const exists = hasSheet(this.state, plan.name);
    let sheet: Excel.Worksheet;
    if (exists) {
      sheet = this.sheet(plan.name);
      if (isProtected(this.state, plan.name)) this.toProtect.add(plan.name);
      if (plan.mode === "replace") this.clearSheet(sheet, plan.name, plan.rewrites);
    } else {
      sheet = this.context.workbook.worksheets.add(plan.name);
      this.sheets.set(plan.name.toLocaleUpperCase("en"), sheet);
      // The log is written first, yet new tabs keep the plan's order (summary before log):
      // after the sheets that existed and the plan's new sheets listed before this one.
      const earlier = this.plan.sheets.slice(0, this.plan.sheets.indexOf(plan)).filter((p) => !hasSheet(this.state, p.name)).length;
      if (this.created.size > earlier) sheet.position = this.state.sheets.length + earlier;
      this.created.add(plan.name);
    }
    if (plan.protect) this.toProtect.add(plan.name);

    // `append` to an existing sheet and `update` leave what the sheet already holds alone.
    const wholeSheet = !exists || plan.mode === "replace" || plan.mode === "create";
    if (wholeSheet) this.layOutSheet(sheet, plan);
    await this.writeCells(sheet, plan.cells);
    if (plan.mode !== "update") {
      for (const { row, height } of plan.rowHeights ?? []) sheet.getRange(`${row + 1}:${row + 1}`).format.rowHeight = height;
      for (const merge of plan.merges ?? []) sheet.getRange(rectAddress(merge)).merge(false);
    }
    if (wholeSheet) this.decorateSheet(sheet, plan);
    for (const table of plan.tables ?? []) this.addTable(sheet, table);
  }

  /**
   * An Excel table over cells already written, header row included (`hasHeaders: true` keeps the
   * header texts as written). Without the API the block stays plain cells under its defined name.
   */
  private addTable(sheet: Excel.Worksheet, plan: PlanTable): void {
    if (!this.support(API.tableAdd)) return;
    const table = sheet.tables.add(rectAddress(plan.range), true);
    table.name = plan.name;
    if (this.support(API.tableStyle)) table.style = plan.style;
  }

  /**
   * A replaced sheet keeps its tab, position and the references into it, and loses the rest; or,
   * when the plan names the part it rewrites (the summary's page), loses only that part: the
   * user's cells beside and below it stay as they are (a range's `clear`, `unmerge` and
   * conditional formats act on that range only, as Microsoft's Excel.Range reference says).
   */
  private clearSheet(sheet: Excel.Worksheet, name: string, rewrites?: PlanRect): void {
    const all = rewrites ? sheet.getRange(rectAddress(rewrites)) : sheet.getRange();
    // The notes on the page go with it (the core carried their words into the Notes box):
    // NoteCollection.getItem ("Gets a note by its cell address"; its `add` takes the cell as "a
    // string such as "A1"") and Note.delete ("Deletes the note"), ExcelApi 1.18 in the typings.
    if (rewrites && this.support(API.sheetNotes)) {
      for (const { row, col } of this.state.summaryNoteCells) {
        const inside =
          row >= rewrites.row && row < rewrites.row + rewrites.rows && col >= rewrites.col && col < rewrites.col + rewrites.cols;
        if (inside) sheet.notes.getItem(a1(row, col)).delete();
      }
    }
    all.clear("All");
    all.unmerge();
    if (this.support(API.conditionalFormats)) all.conditionalFormats.clearAll();
    if (this.support(API.dataValidation)) all.dataValidation.clear();
    if (this.support(API.standardWidth)) all.format.useStandardWidth = true;
    if (this.support(API.standardHeight)) all.format.useStandardHeight = true;
    if (this.support(API.freezePanes)) sheet.freezePanes.unfreeze();
    const charts = Object.entries(this.state.charts).find(([sheetName]) => sameSheet(sheetName, name))?.[1] ?? [];
    for (const chart of charts) sheet.charts.getItem(chart).delete();
    // Clearing cells leaves a table's object behind; a new table over it would fail.
    const tables = Object.entries(this.state.tables).find(([sheetName]) => sameSheet(sheetName, name))?.[1] ?? [];
    for (const table of tables) sheet.tables.getItem(table).delete();
  }

  private layOutSheet(sheet: Excel.Worksheet, plan: SheetPlan): void {
    (plan.columnWidths ?? []).forEach((width, col) => {
      const letters = columnLetters(col);
      sheet.getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(width);
    });
    if (plan.tabColor && this.support(API.tabColor)) sheet.tabColor = plan.tabColor;
    if (plan.showGridLines !== undefined && this.support(API.gridlines)) sheet.showGridlines = plan.showGridLines;
  }

  private async writeCells(sheet: Excel.Worksheet, cells: readonly PlanCell[]): Promise<void> {
    for (const block of cellBlocks(cells)) {
      const rows = block.values.length;
      const cols = block.values[0].length;
      const range = sheet.getRange(rectAddress({ row: block.row, col: block.col, rows, cols }));
      const style = block.style === undefined ? undefined : this.plan.styles[block.style];
      const bytes = this.writeValues(range, block.values, style);
      this.styleRange(range, block.style, rows, cols);
      await this.charge(bytes);
    }
    for (const cell of cells) {
      if (cell.formula !== undefined) this.writeFormula(sheet, cell, cell.formula);
      if (cell.link) this.writeLink(sheet, cell, cell.link);
      if (cell.note) this.notes.push({ sheet, cell, note: cell.note });
    }
  }

  /** Number format first, so Excel reads the values into cells already formatted. Returns bytes queued. */
  private writeValues(range: Excel.Range, values: readonly (readonly PlanCell["value"][])[], style: CellStyle | undefined): number {
    let bytes = 0;
    if (style?.numberFormat) {
      const formats = values.map((row) => row.map(() => style.numberFormat as string));
      range.numberFormat = formats;
      bytes += JSON.stringify(formats).length;
    }
    const input = values.map((row) => row.map(toExcelInput));
    range.values = input;
    return bytes + JSON.stringify(input).length;
  }

  private styleRange(range: Excel.Range, styleKey: string | undefined, rows: number, cols: number): void {
    if (styleKey === undefined) return;
    const style = this.plan.styles[styleKey];
    if (!style) throw new AdapterError("unknown", `plan style not defined: ${styleKey}`);
    applyStyle(range, style, rows, cols, this.support);
  }

  /**
   * `Range.formulas` (ExcelApi 1.1) takes formulas in English with comma separators, whatever the
   * user's locale (`formulasLocal` is the localised twin): "Represents the formula in A1-style
   * notation" (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
   * Excel calculates the cell itself; the value written before it is replaced.
   */
  private writeFormula(sheet: Excel.Worksheet, cell: PlanCell, formula: string): void {
    sheet.getRange(a1(cell.row, cell.col)).formulas = [[`=${formula}`]];
  }

  /** Hyperlinks need ExcelApi 1.7; without it the cell keeps its plain text. */
  private writeLink(sheet: Excel.Worksheet, cell: PlanCell, link: string): void {
    if (!this.support(API.hyperlinks)) return;
    sheet.getRange(a1(cell.row, cell.col)).hyperlink = {
      documentReference: link,
      textToDisplay: cell.value === null ? link : String(cell.value),
    };
  }

  private decorateSheet(sheet: Excel.Worksheet, plan: SheetPlan): void {
    if (plan.freezeRows && this.support(API.freezePanes)) sheet.freezePanes.freezeRows(plan.freezeRows);
    if (plan.print && this.support(API.pageLayout)) this.pageSetup(sheet, plan.print);
    if (this.support(API.conditionalFormats)) {
      for (const bar of plan.dataBars ?? []) {
        const format = sheet.getRange(rectAddress(bar.range)).conditionalFormats.add("DataBar");
        format.dataBar.positiveFormat.fillColor = bar.color;
        format.dataBar.positiveFormat.gradientFill = false;
        format.dataBar.lowerBoundRule = { type: "Number", formula: String(bar.min ?? 0) };
        if (bar.max !== undefined) format.dataBar.upperBoundRule = { type: "Number", formula: String(bar.max) };
      }
    }
    if (this.support(API.dataValidation)) {
      for (const validation of plan.validations ?? []) this.validate(sheet, validation);
    }
    if (plan.chart) {
      const { title, source, anchor } = plan.chart;
      const chart = sheet.charts.add("Line", sheet.getRange(rectAddress(source)), "Columns");
      chart.title.text = title;
      chart.setPosition(a1(anchor.row, anchor.col), a1(anchor.row + anchor.rows - 1, anchor.col + anchor.cols - 1));
    }
  }

  private pageSetup(sheet: Excel.Worksheet, print: NonNullable<SheetPlan["print"]>): void {
    const layout = sheet.pageLayout;
    layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.paperSize = print.paperSize;
    // An explicit scale where the plan gives one; a fit otherwise. PageLayoutZoomOptions: "if
    // scale is specified, the fit-to-page settings are ignored" and Excel ignores manual breaks
    // under a fit (office-js #1860: a fit may not even apply), so breaks go only with a scale.
    layout.zoom =
      print.scale === undefined
        ? { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight }
        : { scale: print.scale };
    const pages = layout.headersFooters.defaultForAllPages;
    pages.centerHeader = headerFooterCode(print.headerCenter);
    pages.leftFooter = headerFooterCode(print.footerLeft);
    pages.rightFooter = headerFooterCode(print.footerRight);
    if (print.repeatRows) layout.setPrintTitleRows(printTitleRows(print.repeatRows));
    // PageLayout.setPrintTitleColumns (ExcelApi 1.9, as setPrintTitleRows): whole columns, e.g. "$A:$B".
    if (print.repeatColumns) layout.setPrintTitleColumns(printTitleColumns(print.repeatColumns));
    if (print.printArea) layout.setPrintArea(rectAddress(print.printArea));
    // `add` puts a manual break above the given cell's row (PageBreakCollection, ExcelApi 1.9).
    if (print.scale !== undefined && this.support(API.pageBreaks))
      for (const row of print.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row + 1}`);
  }

  private validate(sheet: Excel.Worksheet, validation: PlanValidation): void {
    const rule = sheet.getRange(rectAddress(validation.range)).dataValidation;
    rule.clear();
    switch (validation.kind) {
      case "list":
        rule.rule = { list: { inCellDropDown: true, source: validation.values.join(",") } };
        break;
      case "date":
        // Any real date: on or after 1 Jan 1900.
        rule.rule = { date: { operator: "GreaterThanOrEqualTo", formula1: "=DATE(1900,1,1)" } };
        break;
      case "nonNegative":
        rule.rule = { decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } };
        break;
      case "wholeNumber":
        rule.rule = { wholeNumber: { operator: "Between", formula1: validation.min, formula2: validation.max } };
        break;
    }
  }

  /** Workbook-scope names; an existing one is deleted first, which is how Excel repoints a name. */
  queueNames(): void {
    const names = this.context.workbook.names;
    for (const planned of this.plan.names) {
      if (this.state.existingNames.has(planned.name)) names.getItem(planned.name).delete();
      names.add(planned.name, this.sheet(planned.sheet).getRange(rectAddress(planned.range)), planned.comment);
    }
  }
}
