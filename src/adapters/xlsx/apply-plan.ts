/**
 * Applies the core's `WritePlan` to an ExcelJS workbook. Every decision (what, where, which
 * colour) is the plan's; this module only says it in ExcelJS's terms.
 */
import type ExcelJS from "exceljs";
import { a1, quoteSheet } from "../../core/cells";
import type { CellStyle, PlanRect, PlanValidation, PrintSetup, SheetPlan, WritePlan } from "../../core/plan/types";
import { headerFooterCode } from "../../core/plan";
import { applyStyle, argb } from "./styles";

export class PlanConflictError extends Error {
  constructor(
    message: string,
    readonly sheet: string,
  ) {
    super(message);
    this.name = "PlanConflictError";
  }
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => sameName(ws.name, name));
}

function rectAddress(rect: PlanRect): string {
  const start = a1(rect.row, rect.col);
  const end = a1(rect.row + rect.rows - 1, rect.col + rect.cols - 1);
  return start === end ? start : `${start}:${end}`;
}

function absoluteRect(sheet: string, rect: PlanRect): string {
  const abs = (ref: string) => ref.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const start = abs(a1(rect.row, rect.col));
  const end = abs(a1(rect.row + rect.rows - 1, rect.col + rect.cols - 1));
  return `${quoteSheet(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

type WithOrder = ExcelJS.Worksheet & { orderNo: number };

/** A fresh, empty sheet in the place the old one held, so tab order and the user's layout stay. */
function replaceSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const old = findSheet(workbook, name);
  if (!old) return workbook.addWorksheet(name);
  const { orderNo } = old as WithOrder;
  const { state } = old;
  workbook.removeWorksheet(old.id);
  const fresh = workbook.addWorksheet(old.name);
  // ExcelJS sorts sheets by this (undeclared) field when it writes the workbook.
  (fresh as WithOrder).orderNo = orderNo;
  fresh.state = state;
  return fresh;
}

function targetSheet(workbook: ExcelJS.Workbook, sheet: SheetPlan): ExcelJS.Worksheet {
  const existing = findSheet(workbook, sheet.name);
  switch (sheet.mode) {
    case "replace":
      return replaceSheet(workbook, sheet.name);
    case "append":
      return existing ?? workbook.addWorksheet(sheet.name);
    case "create":
      if (existing) throw new PlanConflictError(`Sheet "${sheet.name}" already exists`, sheet.name);
      return workbook.addWorksheet(sheet.name);
    case "update":
      if (!existing) throw new PlanConflictError(`Sheet "${sheet.name}" does not exist`, sheet.name);
      return existing;
  }
}

/** A value exactly as planned: strings stay strings even when they look like formulas. */
function writeValue(cell: ExcelJS.Cell, value: string | number | boolean | null, link: string | undefined): void {
  if (link !== undefined) {
    // ExcelJS's internal-link form; `save-workbook.ts` rewrites it into a pure in-document link.
    cell.value = { text: value === null ? "" : String(value), hyperlink: `#${link}` };
    return;
  }
  cell.value = value;
}

function writeCells(ws: ExcelJS.Worksheet, sheet: SheetPlan, styles: WritePlan["styles"]): void {
  for (const planned of sheet.cells) {
    const cell = ws.getCell(planned.row + 1, planned.col + 1);
    if (sheet.mode === "append" && !isBlank(cell.value) && cell.value !== planned.value) {
      // The log is never rewritten: a plan that would do so is a bug, not something to paper over.
      throw new PlanConflictError(`Appending to "${sheet.name}" would overwrite ${a1(planned.row, planned.col)}`, sheet.name);
    }
    writeValue(cell, planned.value, planned.link);
    applyStyle(cell, planned.style !== undefined ? lookupStyle(styles, planned.style) : undefined);
    if (planned.note !== undefined) cell.note = planned.note;
  }
}

function isBlank(value: ExcelJS.CellValue): boolean {
  return value === null || value === undefined || value === "";
}

function lookupStyle(styles: WritePlan["styles"], key: string): CellStyle {
  const style = styles[key];
  if (!style) throw new Error(`The plan refers to an unknown style "${key}"`);
  return style;
}

function applyPrint(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: print.orientation,
    // ExcelJS's PaperSize enum is declared but not exported at run time: these are its values.
    paperSize: (print.paperSize === "A4" ? 9 : 1) as ExcelJS.PaperSize,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    ...(print.repeatRows && { printTitlesRow: `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}` }),
    ...(print.printArea && { printArea: rectAddress(print.printArea) }),
  };
  const header = print.headerCenter ? `&C${headerFooterCode(print.headerCenter)}` : "";
  const footer =
    (print.footerLeft ? `&L${headerFooterCode(print.footerLeft)}` : "") +
    (print.footerRight ? `&R${headerFooterCode(print.footerRight)}` : "");
  ws.headerFooter = { ...ws.headerFooter, ...(header && { oddHeader: header }), ...(footer && { oddFooter: footer }) };
}

function validationModel(validation: PlanValidation): ExcelJS.DataValidation {
  switch (validation.kind) {
    case "list":
      return {
        type: "list",
        allowBlank: true,
        showErrorMessage: true,
        formulae: [`"${validation.values.map((v) => v.replace(/"/g, '""')).join(",")}"`],
      };
    case "date":
      // ExcelJS converts Date bounds to serials itself.
      return {
        type: "date",
        operator: "between",
        allowBlank: true,
        showErrorMessage: true,
        formulae: [new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(9999, 11, 31))],
      };
    case "nonNegative":
      return { type: "decimal", operator: "greaterThanOrEqual", allowBlank: true, showErrorMessage: true, formulae: [0] };
    case "wholeNumber":
      return {
        type: "whole",
        operator: "between",
        allowBlank: true,
        showErrorMessage: true,
        formulae: [validation.min, validation.max],
      };
  }
}

interface DataValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

function applySheetSettings(ws: ExcelJS.Worksheet, sheet: SheetPlan): void {
  sheet.columnWidths?.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const { row, height } of sheet.rowHeights ?? []) ws.getRow(row + 1).height = height;
  for (const m of sheet.merges ?? []) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  if (sheet.freezeRows !== undefined || sheet.showGridLines !== undefined) {
    const previous = (ws.views?.[0] ?? {}) as Partial<ExcelJS.WorksheetView> & Record<string, unknown>;
    const frozen = (sheet.freezeRows ?? 0) > 0;
    ws.views = [
      {
        ...previous,
        ...(sheet.showGridLines !== undefined && { showGridLines: sheet.showGridLines }),
        ...(sheet.freezeRows !== undefined &&
          (frozen
            ? { state: "frozen", xSplit: 0, ySplit: sheet.freezeRows, topLeftCell: a1(sheet.freezeRows, 0) }
            : { state: "normal" })),
      } as ExcelJS.WorksheetView,
    ];
  }
  if (sheet.print) applyPrint(ws, sheet.print);
  for (const bar of sheet.dataBars ?? []) {
    ws.addConditionalFormatting({
      ref: rectAddress(bar.range),
      rules: [
        {
          type: "dataBar",
          priority: 1,
          gradient: false,
          cfvo: [{ type: "num", value: 0 }, { type: "max" }],
          color: { argb: argb(bar.color) },
        } as ExcelJS.DataBarRuleType,
      ],
    });
  }
  const validations = (ws as unknown as { dataValidations: DataValidations }).dataValidations;
  for (const v of sheet.validations ?? []) validations.add(rectAddress(v.range), validationModel(v));
  if (sheet.tabColor) ws.properties.tabColor = { argb: argb(sheet.tabColor) };
  if (sheet.protect) {
    // No password: the protection guards against slips, not people. The promise only wraps
    // a synchronous assignment when there is no password to hash.
    void ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
}

function activate(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const index = workbook.worksheets.indexOf(ws);
  const [first, ...rest] = workbook.views.length > 0 ? workbook.views : [{} as ExcelJS.WorkbookView];
  workbook.views = [{ ...first, activeTab: index, firstSheet: 0, visibility: "visible" } as ExcelJS.WorkbookView, ...rest];
  // Two selected tabs would group the sheets and let one edit land on both.
  for (const other of workbook.worksheets) {
    const [view, ...more] = (other.views ?? []) as (ExcelJS.WorksheetView & { tabSelected?: boolean })[];
    if (other !== ws && !view?.tabSelected) continue;
    other.views = [{ ...(view ?? {}), tabSelected: other === ws } as unknown as ExcelJS.WorksheetView, ...more];
  }
}

function applyNames(workbook: ExcelJS.Workbook, names: WritePlan["names"]): void {
  if (names.length === 0) return;
  // Repointing a name replaces its definition (matched as Excel does, ignoring case).
  workbook.definedNames.model = workbook.definedNames.model.filter((n) => !names.some((p) => sameName(p.name, n.name)));
  for (const name of names) workbook.definedNames.add(absoluteRect(name.sheet, name.range), name.name);
}

function applyStatusCells(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  for (const status of plan.statusCells) {
    const ws = findSheet(workbook, status.sheet);
    if (!ws) throw new PlanConflictError(`Sheet "${status.sheet}" of ${status.name} does not exist`, status.sheet);
    const cell = ws.getCell(status.row + 1, status.col + 1);
    cell.value = status.value;
    applyStyle(cell, lookupStyle(plan.styles, status.style));
  }
}

export interface ApplyOptions {
  /** Leave the user's status cells alone (a separate report workbook has none of their sheets). */
  readonly skipStatusCells?: boolean;
  /** Only these sheet roles (the separate report holds just the summary and the log). */
  readonly roles?: readonly SheetPlan["role"][];
}

/** Applies the whole plan. The chart is skipped: ExcelJS cannot write charts. */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan, options: ApplyOptions = {}): void {
  const sheets = options.roles ? plan.sheets.filter((s) => options.roles?.includes(s.role)) : plan.sheets;
  const active: ExcelJS.Worksheet[] = [];
  for (const sheet of sheets) {
    const ws = targetSheet(workbook, sheet);
    writeCells(ws, sheet, plan.styles);
    applySheetSettings(ws, sheet);
    if (sheet.activate) active.push(ws);
  }
  const kept = new Set(sheets.map((s) => s.name.toLowerCase()));
  const names = options.roles
    ? plan.names.filter((n) => kept.has(n.sheet.toLowerCase()) || findSheet(workbook, n.sheet))
    : plan.names;
  applyNames(workbook, names);
  if (!options.skipStatusCells) applyStatusCells(workbook, plan);
  const last = active[active.length - 1];
  if (last) activate(workbook, last);
}
