/**
 * The pane's Inputs view in Excel: each input's state, and "Use selected cells", which checks
 * the selection's shape in the core and defines (or, once confirmed, re-points) the workbook-scope
 * name. Defining names is the only change made to the workbook.
 *
 * Office.js relied on, each with the set `@types/office-js` gives it:
 * - `Workbook.getSelectedRange()` [ExcelApi 1.1]: the selection (its first area);
 * - `Workbook.getSelectedRanges()` and `RangeAreas.areaCount` [ExcelApi 1.9]: several areas
 *   (gated: without them a multi-area selection is read as its first area);
 * - `Range.isEntireColumn` [ExcelApi 1.7] and `Range.getUsedRangeOrNullObject(true)` [1.4]:
 *   whole columns bounded to the used cells;
 * - `Worksheet.visibility` [1.1]; `Worksheet.tables`, `Table.getRange()` [1.1]: a table selected whole;
 * - `Worksheet.names.getItemOrNullObject()` [1.4]: a sheet-scope name that shadows the input's;
 * - `NamedItemCollection.add(name, reference, comment)` [1.4] and `NamedItem.delete()` [1.4]:
 *   re-pointing deletes the name and adds it again with its comment, in one batch
 *   (https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection#excel-excel-nameditemcollection-add-member(1)).
 */
import { absoluteAddress, rangeAddress, type Rect } from "../../core/address";
import type { RangeSnapshot, WorkbookSnapshot } from "../../core/cells";
import { clockAt, runEvaluation } from "../../core";
import { checkCandidate, connectedRanges, contractInput, inputStates, type Candidate, type InputState } from "../../core/connect";
import { readInputs } from "../../core/read";
import { INPUT_NAMES } from "../../core/read/names";
import { guarded } from "./pane";
import type { Failed, SelectionOutcome } from "./port";
import { readWorkbook } from "./snapshot";
import { officeApiSupport, type ApiSupport } from "./support";
import { toCellGrid } from "./values";

/** The features this module gates (typings sets, see the header). */
export const CONNECT_API = {
  selectedAreas: { set: "1.9", member: "Workbook.getSelectedRanges" },
  entireColumn: { set: "1.7", member: "Range.isEntireColumn" },
  sheetNames: { set: "1.4", member: "Worksheet.names" },
} as const;

async function snapshotOf(context: Excel.RequestContext, support: ApiSupport): Promise<WorkbookSnapshot> {
  return (await readWorkbook(context, INPUT_NAMES, support)).snapshot;
}

/** Every input with its state: read and evaluated like an evaluation, nothing written. */
export function inputStatesForPane(
  context: Excel.RequestContext,
  support: ApiSupport = officeApiSupport(),
  now: Date = new Date(),
): Promise<{ readonly ok: true; readonly states: readonly InputState[] } | Failed> {
  return guarded(async () => {
    const snapshot = await snapshotOf(context, support);
    const run = runEvaluation(snapshot, clockAt(now));
    return { ok: true as const, states: inputStates(snapshot, readInputs(snapshot).inputs, run.evaluation) };
  });
}

function oldAddress(snapshot: WorkbookSnapshot, name: string): string | null {
  const found = snapshot.names[name];
  if (found?.kind !== "range") return null;
  const { sheet, row, col, values } = found.range;
  return rangeAddress(sheet, row, col, values.length, values[0]?.length ?? 1);
}

/**
 * "Use selected cells" for `name`. A re-point answers `confirm` (old → new) unless `confirmed`
 * is the very address the selection has now; nothing is defined before that.
 */
export function useSelectionForPane(
  context: Excel.RequestContext,
  name: string,
  confirmed: string | null,
  support: ApiSupport = officeApiSupport(),
): Promise<SelectionOutcome | Failed> {
  return guarded(async (): Promise<SelectionOutcome> => {
    const input = contractInput(name);
    const snapshot = await snapshotOf(context, support);
    const workbook = context.workbook;

    // ---- sync 1: the selection, its sheet and that sheet's tables ---------------------------------
    const areas = support(CONNECT_API.selectedAreas) ? workbook.getSelectedRanges() : null;
    areas?.load("areaCount");
    const selected = workbook.getSelectedRange();
    selected.load(support(CONNECT_API.entireColumn) ? "address,isEntireColumn" : "address");
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation property: no value is read, so nothing needs loading
    const sheet = selected.worksheet;
    sheet.load("name,visibility");
    const tables = sheet.tables;
    tables.load("items/name");
    const scoped = support(CONNECT_API.sheetNames) && input ? sheet.names.getItemOrNullObject(input.name) : null;
    scoped?.load("formula");
    await context.sync();

    // eslint-disable-next-line office-addins/load-object-before-read -- loaded above (computed load string) and synced
    const requested = selected.address;
    // eslint-disable-next-line office-addins/load-object-before-read -- loaded above, under the same gate (the rule cannot follow a computed load string)
    const wholeColumn = support(CONNECT_API.entireColumn) ? selected.isEntireColumn : false;
    const base: Omit<Candidate, "range"> = {
      requested,
      areas: areas ? areas.areaCount : 1,
      otherWorkbook: false,
      worksheet: true,
      sheetHidden: sheet.visibility !== "Visible",
      wholeColumn,
      table: null,
      sheetScopedFormula: scoped && !scoped.isNullObject ? String(scoped.formula).replace(/^=/, "") : null,
    };
    const refusedEarly = checkCandidate(
      name,
      { ...base, range: { sheet: sheet.name, row: 0, col: 0, values: [[null]], formats: [["General"]] } },
      [],
    );
    if (!refusedEarly.ok && !("severity" in refusedEarly.reason) && ["unknownInput", "multiArea"].includes(refusedEarly.reason.code)) {
      return { ok: true, kind: "refused", name, reason: refusedEarly.reason };
    }

    // ---- sync 2: the cells (whole columns bounded to the used ones), the tables' ranges ---------------
    const block = wholeColumn ? selected.getUsedRangeOrNullObject(true) : selected;
    block.load("values,numberFormat,valueTypes,rowIndex,columnIndex,rowCount,columnCount");
    const tableRanges = tables.items.map((table) => {
      const range = table.getRange();
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      return { name: table.name, range };
    });
    await context.sync();

    let range: RangeSnapshot | null = null;
    let rect: Rect | null = null;
    if (!block.isNullObject) {
      rect = { row: block.rowIndex, col: block.columnIndex, rows: block.rowCount, cols: block.columnCount };
      const values = toCellGrid(block.values, block.valueTypes as string[][]);
      range = {
        sheet: sheet.name,
        row: rect.row,
        col: rect.col,
        values,
        formats: (block.numberFormat as unknown[][]).map((row) => row.map(String)),
      };
    }
    const whole =
      rect &&
      tableRanges.find(
        ({ range: t }) =>
          t.rowIndex === rect!.row && t.columnIndex === rect!.col && t.rowCount === rect!.rows && t.columnCount === rect!.cols,
      );
    const check = checkCandidate(name, { ...base, range, table: whole ? whole.name : null }, connectedRanges(snapshot), snapshot.date1904);
    if (!check.ok) return { ok: true, kind: "refused", name, reason: check.reason };
    const canonical = (input ?? { name }).name;
    const old = oldAddress(snapshot, canonical);
    if (old === check.address) return { ok: true, kind: "unchanged", name: canonical, address: check.address };
    if (old !== null && confirmed !== check.address)
      return { ok: true, kind: "confirm", name: canonical, old, address: check.address, notes: check.notes };

    // ---- sync 3 and 4: the name's comment, then delete and add it again in one batch -------------------
    const existing = workbook.names.getItemOrNullObject(canonical);
    existing.load("comment");
    await context.sync();
    const comment = existing.isNullObject ? undefined : existing.comment || undefined;
    if (!existing.isNullObject) existing.delete();
    const reference =
      check.target.kind === "table" ? `=${check.target.table}[#All]` : `=${absoluteAddress(check.target.sheet, check.target.rect)}`;
    workbook.names.add(canonical, reference, comment);
    await context.sync();
    return { ok: true, kind: "defined", name: canonical, address: check.address, notes: check.notes };
  });
}
