/** The user's own `Status_<id>` cells: the status word and its colour, written in place. */
import type { CellValue, WorkbookSnapshot } from "../cells";
import { cellAddress, rangeAddress, sameSheetName } from "../address";
import { statusFromWord } from "../log/words";
import { type Evaluation, type IndicatorId, type Language, type Problem } from "../model";
import { INDICATORS } from "../indicators";
import { statusWord } from "../text";
import { statusStyleKey } from "./styles";
import type { PlanStatusCell } from "./types";

export function statusName(id: IndicatorId): string {
  return `Status_${id}`;
}

/** A status cell found for an indicator: one cell of a worksheet. */
interface StatusTarget {
  readonly id: IndicatorId;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
}

const sameCell = (a: StatusTarget, b: StatusTarget): boolean => a.row === b.row && a.col === b.col && sameSheetName(a.sheet, b.sheet);

/**
 * What the add-in may overwrite: an empty cell, or a status word it (or an earlier version, in
 * any language) wrote there. Anything else (an amount, a name, a formula's other result, an
 * error value) is the user's.
 */
function holdsOurs(value: CellValue): boolean {
  if (value === null) return true;
  return typeof value === "string" && (value.trim() === "" || statusFromWord(value) !== null);
}

/**
 * The single-cell `Status_` names, split into the cells the add-in may write and the problems
 * of those it may not: two names on one cell (whichever status won, the other would be lost),
 * or a cell holding the user's data.
 */
function statusTargets(snapshot: WorkbookSnapshot): { writable: StatusTarget[]; problems: Problem[] } {
  const single: StatusTarget[] = [];
  for (const { id } of INDICATORS) {
    const found = snapshot.names[statusName(id)];
    if (!found || found.kind !== "range") continue;
    const { sheet, row, col, values } = found.range;
    if (values.length !== 1 || values[0].length !== 1) continue;
    single.push({ id, sheet, row, col, value: values[0][0] });
  }
  const writable: StatusTarget[] = [];
  const problems: Problem[] = [];
  for (const target of single) {
    const name = statusName(target.id);
    const cell = cellAddress(target.sheet, target.row, target.col);
    const others = single.filter((t) => t !== target && sameCell(t, target));
    if (others.length > 0) {
      const names = others.map((t) => statusName(t.id)).join(", ");
      problems.push({ severity: "warning", name, cell, code: "statusCellShared", params: { names } });
    } else if (!holdsOurs(target.value)) {
      problems.push({ severity: "warning", name, cell, code: "statusCellHoldsData", params: { found: shownValue(target.value) } });
    } else writable.push(target);
  }
  return { writable, problems };
}

/** A cell's value as the problem quotes it. */
function shownValue(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return String(value);
}

export function buildStatusCells(snapshot: WorkbookSnapshot, evaluation: Evaluation, lang: Language): PlanStatusCell[] {
  const cells: PlanStatusCell[] = [];
  for (const target of statusTargets(snapshot).writable) {
    const result = evaluation.indicators.find((r) => r.id === target.id);
    if (!result) continue;
    cells.push({
      name: statusName(target.id),
      sheet: target.sheet,
      row: target.row,
      col: target.col,
      value: statusWord(result.status, lang),
      style: statusStyleKey(result.status),
    });
  }
  return cells;
}

/**
 * Why a defined `Status_<id>` name gets no status: it is not one cell, it shares its cell with
 * another status name, or its cell holds the user's data. Warnings, added to the evaluation's
 * problems by `runEvaluation`.
 */
export function statusCellProblems(snapshot: WorkbookSnapshot): Problem[] {
  const problems: Problem[] = [];
  for (const { id } of INDICATORS) {
    const name = statusName(id);
    const found = snapshot.names[name];
    if (!found || found.kind === "missing") continue;
    if (found.kind === "range") {
      const { sheet, row, col, values } = found.range;
      const rows = values.length;
      const cols = rows > 0 ? values[0].length : 0;
      if (rows === 1 && cols === 1) continue;
      // A whole column or row is named as written (`Board!$E:$E`), not by the used part read.
      const written = found.reference ?? (rows * cols === 0 ? cellAddress(sheet, row, col) : rangeAddress(sheet, row, col, rows, cols));
      problems.push({ severity: "warning", name, cell: written, code: "expectedSingleCell", params: {} });
    } else if (found.kind === "notRange" && found.scopeSheet !== undefined) {
      problems.push({ severity: "warning", name, cell: "", code: "nameSheetScoped", params: { sheet: found.scopeSheet } });
    } else {
      const code = found.kind === "broken" ? "nameBroken" : found.kind === "multiArea" ? "nameMultiArea" : "nameNotRange";
      problems.push({ severity: "warning", name, cell: "", code, params: { found: found.formula } });
    }
  }
  return [...problems, ...statusTargets(snapshot).problems];
}
