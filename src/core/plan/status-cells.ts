/** The user's own `Status_<id>` cells: the status word and its colour, written in place. */
import type { WorkbookSnapshot } from "../cells";
import { cellAddress, rangeAddress } from "../cells";
import { type Evaluation, type IndicatorId, type Language, type Problem } from "../model";
import { INDICATORS } from "../indicators";
import { statusWord } from "../text";
import { statusStyleKey } from "./styles";
import type { PlanStatusCell } from "./types";

export function statusName(id: IndicatorId): string {
  return `Status_${id}`;
}

export function buildStatusCells(snapshot: WorkbookSnapshot, evaluation: Evaluation, lang: Language): PlanStatusCell[] {
  const cells: PlanStatusCell[] = [];
  for (const { id } of INDICATORS) {
    const name = snapshot.names[statusName(id)];
    const result = evaluation.indicators.find((r) => r.id === id);
    if (!name || name.kind !== "range" || !result) continue;
    const { range } = name;
    // Only a single cell can hold a status; a larger range would be the user's data.
    if (range.values.length !== 1 || range.values[0].length !== 1) continue;
    cells.push({
      name: statusName(id),
      sheet: range.sheet,
      row: range.row,
      col: range.col,
      value: statusWord(result.status, lang),
      style: statusStyleKey(result.status),
    });
  }
  return cells;
}

/**
 * Why a defined `Status_<id>` name gets no status: it is not one cell. Warnings for the lead to
 * route into the evaluation's problems (the plan cannot add problems to an evaluation).
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
      problems.push({
        severity: "warning",
        name,
        cell: rows * cols === 0 ? cellAddress(sheet, row, col) : rangeAddress(sheet, row, col, rows, cols),
        code: "expectedSingleCell",
        params: {},
      });
    } else {
      const code = found.kind === "broken" ? "nameBroken" : found.kind === "multiArea" ? "nameMultiArea" : "nameNotRange";
      problems.push({ severity: "warning", name, cell: "", code, params: { formula: found.formula } });
    }
  }
  return problems;
}
