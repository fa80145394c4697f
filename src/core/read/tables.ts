/**
 * The table inputs. A table with any cell-level error becomes null as a whole (its indicator
 * has no data): reading the rows that happen to be valid would change counts and totals
 * without the user seeing it. Fully blank rows are spacing and are skipped.
 */
import { isCellError, type CellValue } from "../cells";
import { isoFromDay } from "../dates";
import type { CashFlowQuarter, Member, ServiceCost } from "../model";
import type { Area, ReadContext } from "./context";
import { INPUT } from "./names";
import { HEADERS, isBlankRow, resolveColumns, usedColumns, type ColumnSpec, type Columns } from "./columns";
import { isBlank, isDateFormat } from "./text";
import { errorFault, isFault, parseAmount, parseDate, parseTier, type Fault } from "./values";

/** Reports the fault of cell (row, col) with what it holds. */
export function fault(ctx: ReadContext, area: Area, row: number, col: number, code: Fault): void {
  if (code === "expectedText") ctx.log.error(area.name, area.cell(row, col), code);
  else ctx.log.error(area.name, area.cell(row, col), code, { found: area.shown(row, col) });
}

/** A required cell of a non-blank row: blank is `rangeEmpty` (the message says a value is needed). */
function required(ctx: ReadContext, area: Area, row: number, col: number): boolean {
  if (!isBlank(area.value(row, col))) return true;
  ctx.log.error(area.name, area.cell(row, col), "rangeEmpty");
  return false;
}

/**
 * A label (quarter, organisation, service) kept exactly as typed, formula-looking text
 * included. Numbers become text; a date cell becomes its ISO date.
 */
export function label(ctx: ReadContext, area: Area, row: number, col: number): string | null {
  const value: CellValue = area.value(row, col);
  if (typeof value === "string") {
    if (!isBlank(value)) return value;
  } else if (typeof value === "number") {
    if (Number.isFinite(value) && isDateFormat(area.format(row, col))) {
      const day = parseDate(value, area.date1904);
      if (!isFault(day)) return isoFromDay(day);
    }
    return String(value);
  } else if (typeof value === "boolean") {
    return value ? "TRUE" : "FALSE";
  } else if (value !== null && isCellError(value)) {
    fault(ctx, area, row, col, errorFault(value));
    return null;
  }
  fault(ctx, area, row, col, "expectedText");
  return null;
}

function amount(ctx: ReadContext, area: Area, row: number, col: number): number | null {
  if (!required(ctx, area, row, col)) return null;
  const result = parseAmount(area.value(row, col));
  if (isFault(result)) {
    fault(ctx, area, row, col, result);
    return null;
  }
  return result;
}

/** An amount that cannot be negative (flows, costs, fees). */
function nonNegativeAmount(ctx: ReadContext, area: Area, row: number, col: number): number | null {
  const result = amount(ctx, area, row, col);
  if (result !== null && result < 0) {
    fault(ctx, area, row, col, "expectedNonNegative");
    return null;
  }
  return result;
}

/** Stops at the first non-blank cell, so a full table costs one look. */
function isBlankArea(area: Area): boolean {
  for (let r = 0; r < area.rows; r++) {
    const values = area.row(r);
    for (let c = 0; c < values.length; c++) if (!isBlank(values[c])) return false;
  }
  return true;
}

interface TableStart<K extends string> {
  readonly area: Area;
  readonly columns: Columns<K>;
  /** Indices of the recognised columns. */
  readonly used: readonly number[];
  readonly errorsBefore: number;
}

export function openTable<K extends string>(
  ctx: ReadContext,
  name: string,
  specs: Readonly<Record<K, ColumnSpec>>,
  missingIsError = true,
): TableStart<K> | null {
  const area = ctx.area(name, missingIsError ? "error" : null);
  if (!area) return null;
  if (isBlankArea(area)) {
    // One clear problem rather than a missing-header problem per column; an optional table
    // (TriggerSettings) left blank simply sets nothing.
    if (missingIsError) ctx.log.error(name, area.address, "rangeEmpty");
    return null;
  }
  const errorsBefore = ctx.log.errorCount(name);
  const columns = resolveColumns(ctx, area, specs);
  return columns ? { area, columns, used: usedColumns(columns), errorsBefore } : null;
}

/** The rows read, or null when some cell had an error or no row has data. */
function finish<T>(ctx: ReadContext, table: TableStart<string>, rows: T[]): T[] | null {
  if (ctx.log.errorCount(table.area.name) > table.errorsBefore) return null;
  if (rows.length === 0) {
    ctx.log.error(table.area.name, table.area.address, "rangeEmpty");
    return null;
  }
  return rows;
}

export function readCashFlow(ctx: ReadContext): CashFlowQuarter[] | null {
  const table = openTable(ctx, INPUT.cashFlow, HEADERS.cashFlow);
  if (!table) return null;
  const { area, columns, used } = table;
  const quarters: CashFlowQuarter[] = [];
  for (let r = 1; r < area.rows; r++) {
    if (isBlankRow(area, r, used)) continue;
    const quarter = label(ctx, area, r, columns.quarter);
    // Inflows and outflows are entered as positive amounts; a minus sign would flip their meaning.
    const inflows = nonNegativeAmount(ctx, area, r, columns.inflows);
    const outflows = nonNegativeAmount(ctx, area, r, columns.outflows);
    if (quarter !== null && inflows !== null && outflows !== null) quarters.push({ quarter, inflows, outflows });
  }
  return finish(ctx, table, quarters);
}

export function readMemberRoster(ctx: ReadContext): Member[] | null {
  const table = openTable(ctx, INPUT.memberRoster, HEADERS.roster);
  if (!table) return null;
  const { area, columns, used } = table;
  const date1904 = area.date1904;
  const { organisation: orgCol, tier: tierCol, joined: joinedCol, left: leftCol, annualFee: feeCol } = columns;
  const members: Member[] = [];
  for (let r = 1; r < area.rows; r++) {
    if (isBlankRow(area, r, used)) continue;
    const values = area.row(r);
    const organisation = label(ctx, area, r, orgCol);

    let tier: number | null = null;
    if (required(ctx, area, r, tierCol)) {
      const parsed = parseTier(values[tierCol]);
      if (isFault(parsed)) fault(ctx, area, r, tierCol, parsed);
      else tier = parsed;
    }

    let joined: number | null = null;
    if (required(ctx, area, r, joinedCol)) {
      const parsed = parseDate(values[joinedCol], date1904);
      if (isFault(parsed)) fault(ctx, area, r, joinedCol, parsed);
      else joined = parsed;
    }

    let left: number | null = null;
    let leftOk = true;
    if (!isBlank(values[leftCol])) {
      const parsed = parseDate(values[leftCol], date1904);
      if (isFault(parsed)) {
        fault(ctx, area, r, leftCol, parsed);
        leftOk = false;
      } else if (joined !== null && parsed < joined) {
        ctx.log.error(area.name, area.cell(r, leftCol), "leftBeforeJoined", {
          found: isoFromDay(parsed),
          joined: isoFromDay(joined),
        });
        leftOk = false;
      } else {
        left = parsed;
      }
    }

    let annualFee: number | null = null;
    let feeOk = true;
    if (feeCol >= 0 && !isBlank(values[feeCol])) {
      annualFee = nonNegativeAmount(ctx, area, r, feeCol);
      feeOk = annualFee !== null;
    }

    if (organisation !== null && tier !== null && joined !== null && leftOk && feeOk) {
      members.push({ organisation, tier, joined, left, annualFee });
    }
  }
  return finish(ctx, table, members);
}

export function readServiceCosts(ctx: ReadContext): ServiceCost[] | null {
  const table = openTable(ctx, INPUT.coreServiceCosts, HEADERS.costs);
  if (!table) return null;
  const { area, columns, used } = table;
  const services: ServiceCost[] = [];
  for (let r = 1; r < area.rows; r++) {
    if (isBlankRow(area, r, used)) continue;
    const service = label(ctx, area, r, columns.service);
    const current = nonNegativeAmount(ctx, area, r, columns.current);
    let historical = amount(ctx, area, r, columns.historical);
    if (historical !== null && historical <= 0) {
      // The variance divides by it.
      fault(ctx, area, r, columns.historical, "historicalNotPositive");
      historical = null;
    }
    if (service !== null && current !== null && historical !== null) services.push({ service, current, historical });
  }
  return finish(ctx, table, services);
}
