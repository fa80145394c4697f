/**
 * Reads everything an evaluation needs in ONE batch and ONE `context.sync()`: every round trip
 * costs ~100 ms to seconds on Excel on the web, so nothing here depends on an earlier answer.
 * Where a later step would need to branch on the workbook (does the sheet exist, is it
 * protected, which charts does it hold) the answer is read here too and handed on as
 * `WorkbookState`, so writing needs no read of its own.
 */
import type { CellValue, NameSnapshot, WorkbookSnapshot } from "../../core/cells";
import { OWNERSHIP_NAMES, SHEET_NAMES } from "../../core/plan/types";
import { splitAddress, isMultiAreaFormula } from "./addresses";
import { sameSheetName as sameSheet } from "../../core/address";
import { API, officeApiSupport, type ApiSupport } from "./support";
import { toCellGrid } from "./values";
import { toAdapterError } from "./errors";

/** What writing needs to know about the workbook, read in the same batch as the snapshot. */
export interface WorkbookState {
  /** Worksheet names in tab order. */
  readonly sheets: readonly string[];
  /** Defined names (of those read) that exist, whatever they point at. */
  readonly existingNames: ReadonlySet<string>;
  /** The sheet each ownership name points at, or null. */
  readonly ownedSheets: Readonly<Record<keyof typeof OWNERSHIP_NAMES, string | null>>;
  /** Sheets known to be protected (those holding a read name, and the add-in's own sheets). */
  readonly protectedSheets: ReadonlySet<string>;
  /** Charts on the add-in's own sheets, by sheet name: a replaced sheet loses them. */
  readonly charts: Readonly<Record<string, readonly string[]>>;
}

export interface WorkbookRead {
  readonly snapshot: WorkbookSnapshot;
  readonly state: WorkbookState;
}

/** Sheets the add-in may write as a whole: their protection and charts are read up front. */
const OWN_SHEETS: readonly string[] = [SHEET_NAMES.summary, SHEET_NAMES.log, SHEET_NAMES.inputs];

/** `DATE(1904,1,2)` is 1 in the 1904 date system and 368 in the 1900 one. */
const DATE_PROBE = { year: 1904, month: 1, day: 2, serialIn1904: 1 } as const;

interface NameProbe {
  readonly name: string;
  readonly item: Excel.NamedItem;
  readonly range: Excel.Range;
  readonly protection: Excel.WorksheetProtection;
  /** Whether `formula` was loaded (ExcelApi 1.7); else only `value` is. */
  readonly withFormula: boolean;
}

interface SheetProbe {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly protection: Excel.WorksheetProtection;
  readonly charts: Excel.ChartCollection;
}

export async function readSnapshot(
  context: Excel.RequestContext,
  names: readonly string[],
  support: ApiSupport = officeApiSupport(),
): Promise<WorkbookSnapshot> {
  return (await readWorkbook(context, names, support)).snapshot;
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

  const nameProbes: NameProbe[] = probedNames.map((name) => {
    const item = workbook.names.getItemOrNullObject(name);
    // Null for a missing name, a non-range name, or a multi-area one: told apart after the sync.
    const range = item.getRangeOrNullObject();
    // A second proxy of the same range reaches its sheet: same batch, no extra round trip.
    const protection = item.getRangeOrNullObject().worksheet.protection;
    if (withFormula) item.load("type,value,formula");
    else item.load("type,value");
    range.load("values,numberFormat,valueTypes,address,rowIndex,columnIndex");
    protection.load("protected");
    return { name, item, range, protection, withFormula };
  });

  const worksheets = workbook.worksheets;
  worksheets.load("items/name");

  const sheetProbes: SheetProbe[] = OWN_SHEETS.map((name) => {
    const sheet = workbook.worksheets.getItemOrNullObject(name);
    const protection = workbook.worksheets.getItemOrNullObject(name).protection;
    const charts = workbook.worksheets.getItemOrNullObject(name).charts;
    sheet.load("name");
    protection.load("protected");
    charts.load("items/name");
    return { name, sheet, protection, charts };
  });

  const logUsed = workbook.worksheets.getItemOrNullObject(SHEET_NAMES.log).getUsedRangeOrNullObject(true);
  logUsed.load("values,valueTypes,rowIndex,columnIndex");

  const dateProbe = workbook.functions.date(DATE_PROBE.year, DATE_PROBE.month, DATE_PROBE.day);
  dateProbe.load("value");

  try {
    await context.sync();
  } catch (error) {
    throw toAdapterError(error);
  }

  const snapshotNames: Record<string, NameSnapshot> = {};
  const existingNames = new Set<string>();
  const protectedSheets = new Set<string>();
  for (const probe of nameProbes) {
    const named = nameSnapshot(probe);
    if (!probe.item.isNullObject) existingNames.add(probe.name);
    if (named.kind === "range" && !probe.protection.isNullObject && probe.protection.protected) {
      protectedSheets.add(named.range.sheet);
    }
    if (names.includes(probe.name)) snapshotNames[probe.name] = named;
  }

  const ownedSheet = (name: string): string | null => {
    const probe = nameProbes.find((p) => p.name === name);
    const named = probe ? nameSnapshot(probe) : null;
    return named?.kind === "range" ? named.range.sheet : null;
  };
  const ownedSheets = { summary: ownedSheet(OWNERSHIP_NAMES.summary), log: ownedSheet(OWNERSHIP_NAMES.log) };

  const charts: Record<string, string[]> = {};
  for (const probe of sheetProbes) {
    if (probe.sheet.isNullObject) continue;
    if (probe.protection.protected) protectedSheets.add(probe.name);
    charts[probe.name] = probe.charts.items.map((chart) => chart.name);
  }

  const ownsLog = ownedSheets.log !== null && sameSheet(ownedSheets.log, SHEET_NAMES.log);
  const snapshot: WorkbookSnapshot = {
    date1904: dateProbe.value === DATE_PROBE.serialIn1904,
    names: snapshotNames,
    sheets: worksheets.items.map((sheet) => ({ name: sheet.name })),
    log: ownsLog ? usedCellsFromA1(logUsed) : null,
  };
  return {
    snapshot,
    state: {
      sheets: snapshot.sheets.map((s) => s.name),
      existingNames,
      ownedSheets,
      protectedSheets,
      charts,
    },
  };
}

export { sameSheet };

function nameSnapshot({ item, range, withFormula }: NameProbe): NameSnapshot {
  if (item.isNullObject) return { kind: "missing" };
  const formula = nameFormula(item, withFormula);
  if (/#REF!/i.test(formula)) return { kind: "broken", formula };
  if (isMultiAreaFormula(formula)) return { kind: "multiArea", formula };
  if (item.type !== "Range" || range.isNullObject) return { kind: "notRange", formula };
  const { sheet } = splitAddress(range.address);
  return {
    kind: "range",
    range: {
      sheet: sheet ?? "",
      row: range.rowIndex,
      col: range.columnIndex,
      values: toCellGrid(range.values, range.valueTypes),
      formats: range.numberFormat.map((row) => row.map((format) => String(format ?? "General"))),
    },
  };
}

/** `formula` (ExcelApi 1.7) starts with `=`; older hosts give `value`, the same text without it. */
function nameFormula(item: Excel.NamedItem, withFormula: boolean): string {
  const text = withFormula ? item.formula : String(item.value ?? "");
  return text.startsWith("=") ? text : `=${text}`;
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
