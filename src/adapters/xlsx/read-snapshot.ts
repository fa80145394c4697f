/** Reads the cells behind the core's defined names from an ExcelJS workbook, in one pass. */
import type ExcelJS from "exceljs";
import type { CellValue, NameSnapshot, RangeSnapshot, WorkbookSnapshot } from "../../core/cells";
import { OWNERSHIP_NAMES, SHEET_NAMES } from "../../core/plan/types";
import { readCell, readFormat } from "./cell-values";
import { parseReference, type SheetArea } from "./references";
import { isBuiltInName, type RawDefinedName } from "./workbook-xml";

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => sameName(ws.name, name));
}

/** The last row and column (1-based) holding a value: formats alone do not make a cell used. */
export function valueExtent(ws: ExcelJS.Worksheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.value === null || cell.value === undefined || cell.value === "") return;
      rows = Math.max(rows, rowNumber);
      cols = Math.max(cols, colNumber);
    });
  });
  return { rows, cols };
}

function readArea(ws: ExcelJS.Worksheet, area: SheetArea, date1904: boolean): RangeSnapshot {
  let { rows, cols } = area;
  if (area.wholeLines) {
    // `$A:$D` spans a million rows; only the used part can hold inputs.
    const used = valueExtent(ws);
    rows = Math.max(0, Math.min(rows, used.rows - area.row));
    cols = Math.max(0, Math.min(cols, used.cols - area.col));
  }
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const row = ws.findRow(area.row + r + 1);
    const valueRow: CellValue[] = [];
    const formatRow: string[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = row?.findCell(area.col + c + 1);
      valueRow.push(readCell(cell, date1904));
      formatRow.push(readFormat(cell));
    }
    values.push(valueRow);
    formats.push(formatRow);
  }
  return { sheet: ws.name, row: area.row, col: area.col, values, formats };
}

/** Where a name's definition comes from: the raw package when available, else ExcelJS's view. */
type NameSource = (name: string) => { formula: string; scope: "workbook" | "sheet" } | null;

function rawNameSource(rawNames: readonly RawDefinedName[]): NameSource {
  return (name) => {
    const matches = rawNames.filter((n) => !isBuiltInName(n.name) && sameName(n.name, name));
    const global = matches.find((n) => n.localSheetId === null);
    if (global) return { formula: global.formula, scope: "workbook" };
    return matches.length > 0 ? { formula: matches[0].formula, scope: "sheet" } : null;
  };
}

function excelJsNameSource(workbook: ExcelJS.Workbook): NameSource {
  const model = workbook.definedNames.model;
  return (name) => {
    const found = model.find((n) => sameName(n.name, name));
    return found && found.ranges.length > 0 ? { formula: found.ranges.join(","), scope: "workbook" } : null;
  };
}

function resolveName(workbook: ExcelJS.Workbook, source: NameSource, name: string): NameSnapshot {
  const definition = source(name);
  if (!definition) return { kind: "missing" };
  const { formula } = definition;
  // A name scoped to one sheet is not the workbook-scope name the contract asks for; saying
  // so beats pretending it is absent.
  if (definition.scope === "sheet") return { kind: "notRange", formula };
  const parsed = parseReference(formula, (sheet) => findSheet(workbook, sheet) !== undefined);
  switch (parsed.kind) {
    case "broken":
      return { kind: "broken", formula };
    case "multiArea":
      return { kind: "multiArea", formula };
    case "notRange":
      return { kind: "notRange", formula };
    case "area": {
      const ws = findSheet(workbook, parsed.area.sheet);
      if (!ws) return { kind: "broken", formula };
      return { kind: "range", range: readArea(ws, parsed.area, workbook.properties?.date1904 === true) };
    }
  }
}

function readLog(workbook: ExcelJS.Workbook, source: NameSource): CellValue[][] | null {
  const ws = findSheet(workbook, SHEET_NAMES.log);
  if (!ws) return null;
  const mark = resolveName(workbook, source, OWNERSHIP_NAMES.log);
  if (mark.kind !== "range" || !sameName(mark.range.sheet, ws.name)) return null;
  const { rows, cols } = valueExtent(ws);
  const snapshot = readArea(ws, { sheet: ws.name, row: 0, col: 0, rows, cols, relative: false, wholeLines: false }, workbook.properties?.date1904 === true);
  return snapshot.values as CellValue[][];
}

/**
 * Everything the core needs, keyed by the names it asked for. `rawNames` are the package's
 * `<definedName>`s (see `loadWorkbook`): pass them whenever the workbook came from a file, so
 * names ExcelJS drops (constants, whole columns, relative references, sheet scope) are reported
 * for what they are instead of as missing.
 */
export function readSnapshot(
  workbook: ExcelJS.Workbook,
  names: readonly string[],
  rawNames?: readonly RawDefinedName[],
): WorkbookSnapshot {
  const source = rawNames ? rawNameSource(rawNames) : excelJsNameSource(workbook);
  const resolved: Record<string, NameSnapshot> = {};
  for (const name of names) resolved[name] = resolveName(workbook, source, name);
  return {
    date1904: workbook.properties?.date1904 === true,
    names: resolved,
    sheets: workbook.worksheets.map((ws) => ({ name: ws.name })),
    log: readLog(workbook, source),
  };
}
