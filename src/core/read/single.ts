/** Inputs held in one cell (or, for PlannedSpend, one column). */
import type { Day } from "../model";
import type { Area, ReadContext } from "./context";
import { INPUT } from "./names";
import { isBlank } from "./text";
import { boundedAmount, isFault, parseAmount, parseCount, parseDate, parseYesNo, type Fault } from "./values";

/** How the "expected ..." of one-cell inputs is checked; a Fault names what was expected. */
type Parser<T> = (area: Area) => T | Fault;

/**
 * Reads the one cell of `area`. Blank → `rangeEmpty` unless the input may be left blank
 * (`blankAllowed`), in which case null comes back without a problem.
 */
function readOneCell<T>(ctx: ReadContext, area: Area, parse: Parser<T>, blankAllowed = false): T | null {
  if (area.rows === 0 || area.cols === 0) {
    if (!blankAllowed) ctx.log.error(area.name, area.address, "rangeEmpty");
    return null;
  }
  if (area.rows !== 1 || area.cols !== 1) {
    ctx.log.error(area.name, area.address, "expectedSingleCell", { found: area.address });
    return null;
  }
  if (isBlank(area.value(0, 0))) {
    if (!blankAllowed) ctx.log.error(area.name, area.cell(0, 0), "rangeEmpty");
    return null;
  }
  const result = parse(area);
  if (isFault(result)) {
    ctx.log.error(area.name, area.cell(0, 0), result, { found: area.shown(0, 0) });
    return null;
  }
  return result;
}

const amountCell: Parser<number> = (area) => parseAmount(area.value(0, 0));

export function readBudgetEnvelope(ctx: ReadContext): number | null {
  const area = ctx.area(INPUT.budgetEnvelope, "error");
  if (!area) return null;
  const envelope = readOneCell(ctx, area, amountCell);
  if (envelope !== null && envelope <= 0) {
    // Spend is compared as a fraction of the envelope: zero or less has no meaning there.
    ctx.log.error(area.name, area.cell(0, 0), "envelopeNotPositive", { found: area.shown(0, 0) });
    return null;
  }
  return envelope;
}

/** Cash at the start of the projection; may be negative (an overdraft is a real position). */
export function readCashOpeningBalance(ctx: ReadContext): number | null {
  const area = ctx.area(INPUT.cashOpeningBalance, "error");
  return area ? readOneCell(ctx, area, amountCell) : null;
}

/** One cell or one column; the planned total is the sum of its non-blank cells. */
export function readPlannedSpend(ctx: ReadContext): number | null {
  const area = ctx.area(INPUT.plannedSpend, "error");
  if (!area) return null;
  if (area.cols > 1) {
    ctx.log.error(area.name, area.address, "expectedSingleColumn", { found: area.address });
    return null;
  }
  let total = 0;
  let cells = 0;
  let faulty = false;
  for (let r = 0; r < area.rows; r++) {
    const value = area.value(r, 0);
    if (isBlank(value)) continue;
    const amount = parseAmount(value);
    if (isFault(amount)) {
      ctx.log.error(area.name, area.cell(r, 0), amount, { found: area.shown(r, 0) });
      faulty = true;
    } else {
      total += amount;
      cells += 1;
    }
  }
  if (faulty) return null;
  if (cells === 0) {
    ctx.log.error(area.name, area.address, "rangeEmpty");
    return null;
  }
  const bounded = boundedAmount(total);
  if (isFault(bounded)) {
    ctx.log.error(area.name, area.address, bounded, { found: String(total) });
    return null;
  }
  return total;
}

/** Optional: blank or absent means "today", decided by the caller. */
export function readEvaluationDate(ctx: ReadContext): Day | null {
  const area = ctx.area(INPUT.evaluationDate, null);
  return area ? readOneCell(ctx, area, (a) => parseDate(a.value(0, 0), a.date1904), true) : null;
}

/** A membership count cell (ActiveMembers, NewMembers12M); missing → error, the counts mode needs it. */
export function readCountCell(ctx: ReadContext, name: string): number | null {
  const area = ctx.area(name, "error");
  return area ? readOneCell(ctx, area, (a) => parseCount(a.value(0, 0))) : null;
}

/** `LostMembersAllTier1`: null when absent or blank (the caller warns that the tier is not checked). */
export function readLostAllTier1(ctx: ReadContext): { value: boolean | null; cell: string } {
  const area = ctx.area(INPUT.lostMembersAllTier1, null);
  if (!area) return { value: null, cell: "" };
  const value = readOneCell(ctx, area, (a) => parseYesNo(a.value(0, 0)), true);
  return { value, cell: area.rows === 1 && area.cols === 1 ? area.cell(0, 0) : area.address };
}
