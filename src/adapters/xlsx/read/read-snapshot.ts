/**
 * The cells behind the core's defined names, read straight from the package: `workbook.xml`,
 * then only the sheet parts those names point at (each scanned once, for all its names), the
 * styles for number formats and the shared strings up to the last one used.
 */
import { MAX_ROWS, parseReference, sameSheetName, type SheetArea } from "../../../core/address";
import {
  ROWS_READ_BELOW,
  type CellNote,
  type CellValue,
  type NameSnapshot,
  type RangeSnapshot,
  type WorkbookSnapshot,
} from "../../../core/cells";
import { OWNERSHIP_NAMES, SHEET_NAMES, SUMMARY_AREA_NAMES } from "../../../core/plan/types";
import { relsPathOf, resolveTarget, type XlsxPackage } from "../package";
import { DEFAULT_READ_LIMITS, ReadLimitError, type ReadLimits } from "./errors";
import { lastSharedString, resolveSharedStrings, scanSheet, type CellRequest, type ScannedSheet } from "./sheet-scanner";
import { readSheetNotes } from "./sheet-notes";
import { readSharedStrings } from "./strings";
import { readCellFormats, type CellFormats } from "./styles";
import { readTables, type TableEntry } from "./tables";
import { readWorkbookIndex, type DefinedNameEntry, type SheetEntry, type WorkbookIndex } from "./workbook-index";
import { readRelationships } from "./xml";

export interface ReadOptions {
  readonly limits?: ReadLimits;
  /** The index when the caller already read it (the writer does). */
  readonly index?: WorkbookIndex;
}

/** A name resolved to cells, waiting for its sheet's scan. */
interface Pending {
  readonly key: string;
  readonly sheet: SheetEntry;
  readonly area: SheetArea;
  readonly source: "name" | "table";
  /** Clip to the used extent: whole columns/rows, and blocks too large to read in full. */
  readonly clip: boolean;
  /** Read the rows below (plain names of more than one row). */
  readonly below: boolean;
  /** The defined name's reference as written, for messages about whole columns or rows. */
  readonly reference?: string;
}

const isBuiltIn = (name: string): boolean => name.toLowerCase().startsWith("_xlnm.");

type Definition = { kind: "found"; entry: DefinedNameEntry } | { kind: "sheetScoped"; entry: DefinedNameEntry } | { kind: "none" };

function findDefinition(names: readonly DefinedNameEntry[], wanted: string): Definition {
  let scoped: DefinedNameEntry | undefined;
  for (const entry of names) {
    if (isBuiltIn(entry.name) || !sameSheetName(entry.name, wanted)) continue;
    if (entry.localSheetId === null) return { kind: "found", entry };
    scoped ??= entry;
  }
  return scoped ? { kind: "sheetScoped", entry: scoped } : { kind: "none" };
}

function isBlankValue(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

export function readSnapshot(pkg: XlsxPackage, names: readonly string[], options: ReadOptions = {}): WorkbookSnapshot {
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  const index = options.index ?? readWorkbookIndex(pkg);
  const findSheet = (name: string): SheetEntry | undefined => index.sheets.find((s) => sameSheetName(s.name, name));

  const resolved: Record<string, NameSnapshot> = {};
  const pending: Pending[] = [];
  let tables: TableEntry[] | undefined;

  /** A defined name's formula as an area of a worksheet, or what else it is. */
  function classify(formula: string): { area: SheetArea; sheet: SheetEntry } | NameSnapshot {
    // `=Members[#All]`: a name on a whole Excel table (what connecting a table defines); it grows with the table.
    const structured = /^=?\s*([^[\]\s!'",]+)\[#All\]\s*$/i.exec(formula);
    if (structured) {
      tables ??= readTables(pkg, index.sheets);
      const table = tables.find((t) => sameSheetName(t.name, structured[1]));
      if (!table) return { kind: "broken", formula };
      return { area: { ...table.rect, sheet: table.sheet.name, relative: false, wholeLines: false }, sheet: table.sheet };
    }
    const parsed = parseReference(formula, (sheet) => findSheet(sheet) !== undefined);
    if (parsed.kind === "broken") return { kind: "broken", formula };
    if (parsed.kind === "multiArea") return { kind: "multiArea", formula };
    if (parsed.kind === "notRange") return { kind: "notRange", formula };
    const sheet = findSheet(parsed.area.sheet) as SheetEntry;
    // A chart sheet or a macro sheet has no cells the add-in can read.
    if (sheet.kind !== "worksheet") return { kind: "notRange", formula };
    return { area: parsed.area, sheet };
  }

  for (const key of names) {
    const definition = findDefinition(index.names, key);
    if (definition.kind === "sheetScoped") {
      // A name scoped to one sheet is not the workbook-scope name the contract asks for.
      const scope = index.sheets[definition.entry.localSheetId ?? -1]?.name ?? "?";
      resolved[key] = { kind: "notRange", formula: definition.entry.formula, scopeSheet: scope };
      continue;
    }
    if (definition.kind === "found") {
      const result = classify(definition.entry.formula);
      if ("kind" in result) {
        resolved[key] = result;
        continue;
      }
      const { area, sheet } = result;
      const clip = area.wholeLines || area.rows * area.cols > limits.maxCellsPerRange;
      pending.push({
        key,
        sheet,
        area,
        source: "name",
        clip,
        below: !area.wholeLines && area.rows > 1,
        reference: definition.entry.formula.replace(/^=/, ""),
      });
      continue;
    }
    tables ??= readTables(pkg, index.sheets);
    const table = tables.find((t) => sameSheetName(t.name, key));
    if (!table) {
      resolved[key] = { kind: "missing" };
      continue;
    }
    const area: SheetArea = { ...table.rect, sheet: table.sheet.name, relative: false, wholeLines: false };
    pending.push({ key, sheet: table.sheet, area, source: "table", clip: false, below: false });
  }

  // The log sheet is read only when the add-in's ownership name points into it.
  const logSheet = findSheet(SHEET_NAMES.log);
  let readLog = false;
  if (logSheet && logSheet.kind === "worksheet") {
    const mark = findDefinition(index.names, OWNERSHIP_NAMES.log);
    if (mark.kind === "found") {
      const result = classify(mark.entry.formula);
      readLog = !("kind" in result) && result.sheet === logSheet;
    }
  }

  // The notes on the add-in's summary, for the evaluation that rewrites its page.
  const summarySheet = findSheet(SHEET_NAMES.summary);
  let summaryNotes: CellNote[] | undefined;
  if (summarySheet && summarySheet.kind === "worksheet" && names.includes(SUMMARY_AREA_NAMES.page)) {
    const mark = findDefinition(index.names, OWNERSHIP_NAMES.summary);
    const result = mark.kind === "found" ? classify(mark.entry.formula) : null;
    if (result && !("kind" in result) && result.sheet === summarySheet) summaryNotes = readSheetNotes(pkg, summarySheet.part);
  }

  // One scan per sheet part, for every name on it.
  const scans = new Map<SheetEntry, ScannedSheet>();
  const sheetsToScan = new Set<SheetEntry>(pending.map((p) => p.sheet));
  if (readLog && logSheet) sheetsToScan.add(logSheet);
  for (const sheet of sheetsToScan) {
    const mine = pending.filter((p) => p.sheet === sheet);
    const requests: CellRequest[] = [];
    for (const p of mine) {
      requests.push({ ...p.area, label: p.key, keepFormattedEmpty: !p.clip });
      if (p.below) {
        const start = p.area.row + p.area.rows;
        const rows = Math.min(ROWS_READ_BELOW, MAX_ROWS - start);
        if (rows > 0) requests.push({ row: start, col: p.area.col, rows, cols: p.area.cols, label: p.key, keepFormattedEmpty: false });
      }
    }
    scans.set(
      sheet,
      scanSheet(pkg, sheet.part, {
        requests,
        everything: readLog && sheet === logSheet,
        needExtent: mine.some((p) => p.clip) || (readLog && sheet === logSheet),
        date1904: index.date1904,
        // The log is the add-in's own (values only); the inputs' formulas follow calcPr.
        formulasUncalculated: index.fullCalcOnLoad && !(readLog && sheet === logSheet),
        maxCellsPerRequest: limits.maxCellsPerRange,
      }),
    );
  }

  let formats: CellFormats | undefined;
  if (scans.size > 0) {
    const workbookRels = readRelationships(pkg, relsPathOf(index.workbookPart));
    const partOf = (kind: string): string | undefined => {
      const rel = workbookRels.find((r) => r.kind === kind && !r.external);
      return rel ? resolveTarget(index.workbookPart, rel.target) : undefined;
    };
    let lastString = -1;
    for (const scan of scans.values()) lastString = Math.max(lastString, lastSharedString(scan));
    const strings = readSharedStrings(pkg, partOf("sharedStrings"), lastString);
    for (const scan of scans.values()) resolveSharedStrings(scan, strings);
    formats = readCellFormats(pkg, partOf("styles"));
  }

  for (const p of pending) {
    const scan = scans.get(p.sheet) as ScannedSheet;
    let { rows, cols } = p.area;
    if (p.clip) {
      rows = Math.max(0, Math.min(rows, scan.usedRows - p.area.row));
      cols = Math.max(0, Math.min(cols, scan.usedCols - p.area.col));
    }
    if (rows * cols > limits.maxCellsPerRange) throw new ReadLimitError("rangeTooLarge", p.key, rows * cols, limits.maxCellsPerRange);
    const block = fill(scan, formats as CellFormats, p.area.row, p.area.col, rows, cols);
    let range: RangeSnapshot = { sheet: p.sheet.name, row: p.area.row, col: p.area.col, values: block.values, formats: block.formats };
    if (p.below) {
      const start = p.area.row + p.area.rows;
      const below = fill(scan, undefined, start, p.area.col, Math.min(ROWS_READ_BELOW, MAX_ROWS - start), cols).values;
      while (below.length > 0 && below[below.length - 1].every(isBlankValue)) below.pop();
      range = { ...range, below };
    }
    resolved[p.key] = { kind: "range", range, source: p.source, ...(p.reference !== undefined && { reference: p.reference }) };
  }

  let log: CellValue[][] | null = null;
  if (readLog && logSheet) {
    const scan = scans.get(logSheet) as ScannedSheet;
    log = fill(scan, undefined, 0, 0, scan.usedRows, scan.usedCols).values;
  }

  return {
    date1904: index.date1904,
    names: resolved,
    // Every kind of sheet: a chart sheet's name is taken as much as a worksheet's.
    sheets: index.sheets.map((s) => ({ name: s.name })),
    log,
    ...(summaryNotes && summaryNotes.length > 0 && { summaryNotes }),
  };
}

/** The block's values (and formats, when `formats` is given), dense, from the scan's kept cells. */
function fill(
  scan: ScannedSheet,
  formats: CellFormats | undefined,
  top: number,
  left: number,
  rows: number,
  cols: number,
): { values: CellValue[][]; formats: string[][] } {
  const values: CellValue[][] = new Array(rows);
  const codes: string[][] = formats ? new Array(rows) : [];
  const bottom = top + rows;
  const right = left + cols;
  const { rows: cellRows, cols: cellCols, values: cellValues, styles } = scan;
  // Rows without a kept cell share one frozen blank row: a log whose last used cell is far
  // down (a note typed in row 1,048,576) costs a pointer per row, not a row of nulls.
  const used = new Uint8Array(rows);
  for (let i = 0; i < cellRows.length; i++) {
    const r = cellRows[i] - top;
    if (r >= 0 && r < rows) used[r] = 1;
  }
  const blank: CellValue[] = Object.freeze(new Array<CellValue>(cols).fill(null)) as CellValue[];
  for (let r = 0; r < rows; r++) {
    values[r] = used[r] || formats ? new Array<CellValue>(cols).fill(null) : blank;
    if (formats) codes[r] = new Array<string>(cols).fill("General");
  }
  for (let i = 0; i < cellRows.length; i++) {
    const r = cellRows[i];
    const c = cellCols[i];
    if (r < top || r >= bottom || c < left || c >= right) continue;
    values[r - top][c - left] = cellValues[i];
    if (formats) codes[r - top][c - left] = formats.format(styles[i]);
  }
  return { values, formats: codes };
}
