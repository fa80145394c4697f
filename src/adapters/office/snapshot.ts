/**
 * Reads everything an evaluation needs in TWO batches, using only documented Office.js patterns:
 * queue `...OrNullObject` look-ups and loads, `context.sync()`, test `isNullObject`, then act on
 * real objects only. No method is ever called on an object that may be a null object: Microsoft
 * documents `isNullObject` as the thing to test before using one, nothing else (the typings'
 * comment on `getItemOrNullObject`: "the isNullObject property will be true").
 *
 *   sync 1: which names and tables exist and what each name refers to, the sheet list, the 1904 probe,
 *           whether the workbook is read-only or its structure protected, the calculation mode
 *   (only in Manual calculation: one sync that calculates, so that nothing stale is read)
 *   sync 2: the used part of every referenced range (with its offsets), the rows below plain named
 *           ranges, protection, charts and tables of the add-in's sheets, the log's used cells
 *
 * Where writing needs to know the workbook (does the sheet exist, is it protected, which charts
 * and tables does it hold) the answer is read here and handed on as `WorkbookState`.
 *
 * Size: Excel on the web caps a response at 5 MB and may answer null values past it, so a name
 * over whole columns is never read as a whole: only its used part is, and its offsets locate it.
 */
import {
  ROWS_READ_BELOW,
  type CellNote,
  type CellValue,
  type NameSnapshot,
  type RangeSnapshot,
  type WorkbookSnapshot,
} from "../../core/cells";
import { OWNERSHIP_NAMES, SHEET_NAMES, SUMMARY_AREA_NAMES } from "../../core/plan/types";
import { MAX_ROWS, parseReference, rectA1, sameSheetName as sameSheet, splitAddress, type Rect } from "../../core/address";
import { API, officeApiSupport, type ApiSupport } from "./support";
import { toCellGrid } from "./values";
import { toAdapterError, type Operation } from "./errors";

/** What writing needs to know about the workbook, read in the same batches as the snapshot. */
export interface WorkbookState {
  /** Worksheet names in tab order. */
  readonly sheets: readonly string[];
  /** Defined names (of those read) that exist, whatever they point at. */
  readonly existingNames: ReadonlySet<string>;
  /** The sheet each ownership name points at, or null. */
  readonly ownedSheets: Readonly<Record<keyof typeof OWNERSHIP_NAMES, string | null>>;
  /** Sheets known to be protected (those holding a read name, and the add-in's own sheets). */
  readonly protectedSheets: ReadonlySet<string>;
  /** The "allow" choices of each protected sheet, as loaded: a re-protection restores them. */
  readonly protectionOptions: ReadonlyMap<string, Excel.WorksheetProtectionOptions>;
  /** Opened read-only (view mode, a read-only file): nothing can be written. */
  readonly readOnly: boolean;
  /** The workbook's structure is protected: no sheet can be added or deleted. */
  readonly structureProtected: boolean;
  /** `application.calculationMode` as read in the first sync. */
  readonly calculationMode: string;
  /** Charts on the add-in's own sheets, by sheet name: a replaced sheet loses them. */
  readonly charts: Readonly<Record<string, readonly string[]>>;
  /** Excel tables on the add-in's own sheets, by sheet name: a replaced sheet loses them. */
  readonly tables: Readonly<Record<string, readonly string[]>>;
  /** Cells of the add-in's summary that carry a note (read where ExcelApi 1.18 is there). */
  readonly summaryNoteCells: readonly { readonly row: number; readonly col: number }[];
}

export interface WorkbookRead {
  readonly snapshot: WorkbookSnapshot;
  readonly state: WorkbookState;
}

/** Sheets the add-in may write as a whole: their protection, charts and tables are read up front. */
const OWN_SHEETS: readonly string[] = [SHEET_NAMES.summary, SHEET_NAMES.log, SHEET_NAMES.inputs];

/** `Excel.CalculationMode.manual` and `Excel.CalculationType.recalculate`, as the typings spell them. */
const MANUAL = "Manual";
const RECALCULATE = "Recalculate";

/** `DATE(1904,1,2)` is 1 in the 1904 date system and 1463 in the 1900 one. */
const DATE_PROBE = { year: 1904, month: 1, day: 2, serialIn1904: 1 } as const;

/**
 * Up to this many cells a range is handed to the core at its full size (empty cells past the
 * used part filled in); a larger one (whole columns) only down to its last used row.
 */
export const FULL_GRID_CELLS = 100_000;

/** A range whose used part is read, located by its own geometry. */
interface AreaRead {
  readonly sheet: string;
  readonly rect: Rect;
  readonly used: Excel.Range;
  /** The used part of the rows directly below (plain named ranges of more than one row). */
  readonly below: Excel.Range | null;
}

interface NameRead {
  readonly name: string;
  readonly item: Excel.NamedItem;
  readonly table: Excel.Table | null;
}

interface TableRead {
  readonly range: Excel.Range;
  readonly used: Excel.Range;
}

interface SheetRead {
  readonly name: string;
  readonly charts: Excel.ChartCollection;
  readonly tables: Excel.TableCollection;
}

export async function readSnapshot(
  context: Excel.RequestContext,
  names: readonly string[],
  support: ApiSupport = officeApiSupport(),
): Promise<WorkbookSnapshot> {
  return (await readWorkbook(context, names, support)).snapshot;
}

async function sync(context: Excel.RequestContext, operation: Operation = "read"): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw toAdapterError(error, operation);
  }
}

export async function readWorkbook(
  context: Excel.RequestContext,
  names: readonly string[],
  support: ApiSupport = officeApiSupport(),
): Promise<WorkbookRead> {
  const workbook = context.workbook;
  const ownership = Object.values(OWNERSHIP_NAMES) as string[];
  const probedNames = [...new Set([...names, ...ownership])];
  const withFormula = support(API.namedItemFormula);
  const withTables = support(API.tableLookup);

  // ---- sync 1: existence and references --------------------------------------------------------
  const nameReads: NameRead[] = probedNames.map((name) => {
    const item = workbook.names.getItemOrNullObject(name);
    if (withFormula) item.load("type,value,formula");
    else item.load("type,value");
    // A table is looked up only for the core's names: ownership marks are never tables.
    const table = withTables && names.includes(name) ? workbook.tables.getItemOrNullObject(name) : null;
    table?.load("name");
    return { name, item, table };
  });
  const worksheets = workbook.worksheets;
  worksheets.load("items/name");
  const dateProbe = workbook.functions.date(DATE_PROBE.year, DATE_PROBE.month, DATE_PROBE.day);
  dateProbe.load("value");
  // Workbook.readOnly (ExcelApi 1.8) and WorkbookProtection.protected (1.7), so that a view-only
  // workbook and a protected structure are refused before anything is written.
  if (support(API.readOnly)) workbook.load("readOnly");
  const structure = support(API.workbookProtection) ? workbook.protection : null;
  structure?.load("protected");
  // Application.calculationMode (ExcelApi 1.1 to read): in Manual, formulas may hold stale values.
  const application = workbook.application;
  application.load("calculationMode");
  await sync(context);

  const calculationMode = application.calculationMode;
  if (calculationMode === MANUAL) {
    // Application.calculate (ExcelApi 1.1), "Recalculate" as F9 does, in a sync of its own so
    // that a refusal is reported as what it is: the values cannot be trusted uncalculated.
    application.calculate(RECALCULATE);
    await sync(context, "calculate");
  }

  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const actualSheet = (name: string): string | undefined => sheetNames.find((sheet) => sameSheet(sheet, name));

  // ---- sync 2: cells, protection, charts, tables, log ---------------------------------------------
  const protections = new Map<string, Excel.WorksheetProtection>();
  const protectionOf = (sheet: string): void => {
    const key = sheet.toLocaleUpperCase("en");
    if (protections.has(key)) return;
    const protection = workbook.worksheets.getItem(sheet).protection;
    // WorksheetProtection.options (ExcelApi 1.2): the user's "allow" choices, kept on re-protection.
    protection.load("protected,options");
    protections.set(key, protection);
  };

  const classified = new Map<string, NameSnapshot | AreaRead | TableRead>();
  const existingNames = new Set<string>();
  for (const { name, item, table } of nameReads) {
    if (!item.isNullObject) {
      existingNames.add(name);
      classified.set(
        name,
        classifyName(item, withFormula, actualSheet, (sheet, rect) => queueArea(context, sheet, rect, true)),
      );
    } else if (table && !table.isNullObject) {
      const range = table.getRange();
      range.load("address,rowIndex,columnIndex,rowCount,columnCount");
      const used = range.getUsedRangeOrNullObject(true);
      used.load("values,numberFormat,valueTypes,rowIndex,columnIndex");
      classified.set(name, { range, used });
    } else classified.set(name, { kind: "missing" });
  }
  for (const read of classified.values()) if ("used" in read && "sheet" in read) protectionOf(read.sheet);

  const sheetReads: SheetRead[] = OWN_SHEETS.flatMap((own) => {
    const name = actualSheet(own);
    if (name === undefined) return [];
    const charts = workbook.worksheets.getItem(name).charts;
    charts.load("items/name");
    const tables = workbook.worksheets.getItem(name).tables;
    tables.load("items/name");
    protectionOf(name);
    return [{ name, charts, tables }];
  });

  // Whether the log is the add-in's is known after sync 1 (its ownership name's formula).
  const ownedSheetOf = (name: string): string | null => {
    const read = classified.get(name);
    return read && "used" in read && "sheet" in read ? read.sheet : null;
  };
  const ownedSheets = { summary: ownedSheetOf(OWNERSHIP_NAMES.summary), log: ownedSheetOf(OWNERSHIP_NAMES.log) };
  const ownsLog = ownedSheets.log !== null && sameSheet(ownedSheets.log, SHEET_NAMES.log);
  const logUsed = ownsLog && ownedSheets.log ? workbook.worksheets.getItem(ownedSheets.log).getUsedRangeOrNullObject(true) : null;
  logUsed?.load("values,numberFormat,valueTypes,rowIndex,columnIndex");
  // The notes on the add-in's summary: its page is rewritten, so the core carries the notes on
  // it into the page's Notes box. Worksheet.notes (ExcelApi 1.18, typings: "Returns a collection
  // of all the notes objects in the worksheet"), each with `content` and `authorName`.
  const summarySheet = ownedSheets.summary !== null && sameSheet(ownedSheets.summary, SHEET_NAMES.summary) ? ownedSheets.summary : null;
  const withNotes = summarySheet !== null && names.includes(SUMMARY_AREA_NAMES.page) && support(API.sheetNotes);
  const notes = withNotes ? workbook.worksheets.getItem(summarySheet).notes : null;
  notes?.load("items/content,authorName");

  await sync(context);

  // Where each note is: Note.getLocation (ExcelApi 1.18, "Gets the cell where this note is
  // located"), in a sync of its own, only when the summary has notes.
  let summaryNotes: CellNote[] = [];
  if (notes && notes.items.length > 0) {
    const cells = notes.items.map((note) => note.getLocation().load("rowIndex,columnIndex"));
    await sync(context);
    summaryNotes = notes.items.map((note, i) => ({
      row: cells[i].rowIndex,
      col: cells[i].columnIndex,
      author: note.authorName,
      text: note.content,
    }));
  }

  const snapshotNames: Record<string, NameSnapshot> = {};
  for (const name of names) {
    const read = classified.get(name);
    if (read !== undefined) snapshotNames[name] = toNameSnapshot(read);
  }

  const protectedSheets = new Set<string>();
  const protectionOptions = new Map<string, Excel.WorksheetProtectionOptions>();
  for (const [key, protection] of protections) {
    if (!protection.protected) continue;
    const name = sheetNames.find((s) => s.toLocaleUpperCase("en") === key) ?? key;
    protectedSheets.add(name);
    protectionOptions.set(name, protection.options);
  }
  const charts: Record<string, string[]> = {};
  const tables: Record<string, string[]> = {};
  for (const read of sheetReads) {
    charts[read.name] = read.charts.items.map((chart) => chart.name);
    tables[read.name] = read.tables.items.map((table) => table.name);
  }

  const snapshot: WorkbookSnapshot = {
    date1904: dateProbe.value === DATE_PROBE.serialIn1904,
    names: snapshotNames,
    sheets: sheetNames.map((name) => ({ name })),
    log: logUsed ? usedCellsFromA1(logUsed) : null,
    ...(summaryNotes.length > 0 && { summaryNotes }),
  };
  return {
    snapshot,
    state: {
      sheets: sheetNames,
      existingNames,
      ownedSheets,
      protectedSheets,
      protectionOptions,
      readOnly: support(API.readOnly) ? workbook.readOnly : false,
      structureProtected: structure?.protected ?? false,
      calculationMode,
      charts,
      tables,
      summaryNoteCells: summaryNotes.map(({ row, col }) => ({ row, col })),
    },
  };
}

export { sameSheet };

/** Queues the used part of a block (and of the rows below it) on a sheet known to exist. */
function queueArea(context: Excel.RequestContext, sheet: string, rect: Rect, withBelow: boolean): AreaRead {
  const range = context.workbook.worksheets.getItem(sheet).getRange(rectA1(rect));
  const used = range.getUsedRangeOrNullObject(true);
  used.load("values,numberFormat,valueTypes,rowIndex,columnIndex");
  const last = rect.row + rect.rows;
  const belowRows = Math.min(ROWS_READ_BELOW, MAX_ROWS - last);
  let below: Excel.Range | null = null;
  if (withBelow && rect.rows > 1 && belowRows > 0) {
    below = range.getRowsBelow(belowRows).getUsedRangeOrNullObject(true);
    below.load("values,numberFormat,valueTypes,rowIndex,columnIndex");
  }
  return { sheet, rect, used, below };
}

/** A defined name after sync 1: final, or a range to read in sync 2. */
function classifyName(
  item: Excel.NamedItem,
  withFormula: boolean,
  actualSheet: (name: string) => string | undefined,
  queue: (sheet: string, rect: Rect) => AreaRead,
): NameSnapshot | AreaRead {
  const formula = nameFormula(item, withFormula);
  const parsed = parseReference(formula, (sheet) => actualSheet(sheet) !== undefined);
  switch (parsed.kind) {
    case "broken":
      return { kind: "broken", formula };
    case "multiArea":
      return { kind: "multiArea", formula };
    case "notRange":
      return { kind: "notRange", formula };
    case "area": {
      // `type` is "Range" for a reference; a formula that merely parses as one is not read.
      if (item.type !== "Range") return { kind: "notRange", formula };
      const { sheet, row, col, rows, cols } = parsed.area;
      return queue(actualSheet(sheet) ?? sheet, { row, col, rows, cols });
    }
  }
}

/** `formula` (ExcelApi 1.7) starts with `=`; older hosts give `value`, the same text without it. */
function nameFormula(item: Excel.NamedItem, withFormula: boolean): string {
  const text = withFormula ? item.formula : String(item.value ?? "");
  return text.startsWith("=") ? text : `=${text}`;
}

function toNameSnapshot(read: NameSnapshot | AreaRead | TableRead): NameSnapshot {
  if ("kind" in read) return read;
  if ("range" in read) {
    const { sheet } = splitAddress(read.range.address);
    const rect = { row: read.range.rowIndex, col: read.range.columnIndex, rows: read.range.rowCount, cols: read.range.columnCount };
    return { kind: "range", source: "table", range: rangeSnapshot(sheet ?? "", rect, read.used, null) };
  }
  return { kind: "range", source: "name", range: rangeSnapshot(read.sheet, read.rect, read.used, read.below) };
}

/**
 * The block as the core wants it, rebuilt from its used part: cells outside the used part are
 * empty. A block of up to FULL_GRID_CELLS keeps its full size; a larger one ends at its last
 * used row and column.
 */
function rangeSnapshot(sheet: string, rect: Rect, used: Excel.Range, below: Excel.Range | null): RangeSnapshot {
  const full = rect.rows * rect.cols <= FULL_GRID_CELLS;
  const usedGrid = used.isNullObject ? [] : toCellGrid(used.values, used.valueTypes);
  const usedFormats = used.isNullObject ? [] : used.numberFormat;
  const top = used.isNullObject ? 0 : used.rowIndex - rect.row;
  const left = used.isNullObject ? 0 : used.columnIndex - rect.col;
  const rows = full ? rect.rows : top + usedGrid.length;
  const cols = full ? rect.cols : left + (usedGrid[0]?.length ?? 0);
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const valueRow: CellValue[] = [];
    const formatRow: string[] = [];
    for (let c = 0; c < cols; c++) {
      valueRow.push(usedGrid[r - top]?.[c - left] ?? null);
      formatRow.push(String(usedFormats[r - top]?.[c - left] ?? "General"));
    }
    values.push(valueRow);
    formats.push(formatRow);
  }
  const range: RangeSnapshot = { sheet, row: rect.row, col: rect.col, values, formats };
  return below ? { ...range, below: rowsBelow(rect, below) } : range;
}

/** The rows below the block down to the last used one, as wide as the block. */
function rowsBelow(rect: Rect, used: Excel.Range): CellValue[][] {
  if (used.isNullObject) return [];
  const grid = toCellGrid(used.values, used.valueTypes);
  const top = used.rowIndex - (rect.row + rect.rows);
  const left = used.columnIndex - rect.col;
  const rows: CellValue[][] = [];
  for (let r = 0; r < top + grid.length; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < rect.cols; c++) row.push(grid[r - top]?.[c - left] ?? null);
    rows.push(row);
  }
  return rows;
}

/**
 * The log's used cells, padded so row 0 / column 0 are the sheet's A1 whatever Excel reports as
 * the used range's corner: the plan counts rows from the top of the sheet.
 */
function usedCellsFromA1(used: Excel.Range): CellValue[][] {
  if (used.isNullObject) return [];
  const grid = toCellGrid(used.values, used.valueTypes);
  const width = used.columnIndex + (grid[0]?.length ?? 0);
  const padded: CellValue[][] = [];
  for (let r = 0; r < used.rowIndex; r++) padded.push(new Array<CellValue>(width).fill(null));
  for (const row of grid) padded.push([...new Array<CellValue>(used.columnIndex).fill(null), ...row]);
  return padded;
}
