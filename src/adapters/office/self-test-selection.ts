/**
 * The self-test's row for the Inputs view's "Use selected cells": read the selection, define a
 * name on it, then re-point it (delete and add again in one batch), as adapters/office/connect.ts
 * does. Throws with what differed.
 */
import { parseReference, quoteSheet } from "../../core/address";
import type { ApiFeature } from "./support";

/** `Workbook.getSelectedRanges` and `RangeAreas.areaCount` [ExcelApi 1.9], the newest members the view uses. */
export const SELECTION_FEATURE: ApiFeature = { set: "1.9", member: "Workbook.getSelectedRanges" };

function expect(what: string, actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export async function checkNameFromSelection(context: Excel.RequestContext, sheetName: string, name: string): Promise<void> {
  const names = context.workbook.names;
  context.workbook.worksheets.getItem(sheetName).getRange("B4:C6").select();
  const areas = context.workbook.getSelectedRanges();
  areas.load("areaCount");
  const selected = context.workbook.getSelectedRange();
  selected.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  expect("selection", [areas.areaCount, selected.rowIndex, selected.columnIndex, selected.rowCount, selected.columnCount], [1, 3, 1, 3, 2]);
  names.add(name, selected, "MVSP check");
  await context.sync();
  names.getItem(name).delete();
  names.add(name, `=${quoteSheet(sheetName)}!$E$4`, "MVSP check");
  const item = names.getItem(name);
  item.load("formula,comment");
  await context.sync();
  const parsed = parseReference(String(item.formula), () => true);
  if (parsed.kind !== "area") throw new Error(`not read as one range: ${String(item.formula)}`);
  expect("re-pointed", [parsed.area.row, parsed.area.col, parsed.area.rows, parsed.area.cols, item.comment], [3, 4, 1, 1, "MVSP check"]);
}
