/**
 * Plan cells → rectangular blocks of one style, so a sheet is written with a few range calls
 * (values and number formats as 2-D arrays, formats once per block) instead of one per cell.
 */
import type { PlanCell, PlanValue } from "../../core/plan/types";

export interface CellBlock {
  readonly row: number;
  readonly col: number;
  readonly style: string | undefined;
  /** rows × cols. */
  readonly values: PlanValue[][];
}

/** Runs of adjacent cells of one style on a row, then runs stacked into rectangles. */
export function cellBlocks(cells: readonly PlanCell[]): CellBlock[] {
  // The last write to a cell wins, as it would cell by cell.
  const byCell = new Map<string, PlanCell>();
  for (const cell of cells) byCell.set(`${cell.row}:${cell.col}`, cell);
  const sorted = [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);

  const runs: { row: number; col: number; style: string | undefined; values: PlanValue[] }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === cell.row && last.style === cell.style && last.col + last.values.length === cell.col) {
      last.values.push(cell.value);
    } else {
      runs.push({ row: cell.row, col: cell.col, style: cell.style, values: [cell.value] });
    }
  }

  const blocks: { row: number; col: number; style: string | undefined; values: PlanValue[][] }[] = [];
  // Open blocks by `col:width:style`, extended while the next row has the same run.
  const open = new Map<string, (typeof blocks)[number]>();
  for (const run of runs) {
    const key = `${run.col}:${run.values.length}:${run.style ?? ""}`;
    const block = open.get(key);
    if (block && block.row + block.values.length === run.row) {
      block.values.push(run.values);
    } else {
      const fresh = { row: run.row, col: run.col, style: run.style, values: [run.values] };
      blocks.push(fresh);
      open.set(key, fresh);
    }
  }
  return blocks;
}
