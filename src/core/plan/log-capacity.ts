/**
 * The log grows by one row per evaluation and never rewrites a row: once its last used row is
 * the grid's last (1,048,576), there is nowhere to put the next one. Nothing is written then,
 * rather than a row Excel could not hold.
 */
import { cellAddress, MAX_ROWS } from "../address";
import type { WorkbookSnapshot } from "../cells";
import type { Problem } from "../model";
import { SHEET_NAMES } from "./types";

export function logFullConflict(snapshot: WorkbookSnapshot): Problem | null {
  const log = snapshot.log;
  if (log === null || log.length < MAX_ROWS) return null;
  const last = log[log.length - 1];
  const col = Math.max(
    0,
    last.findIndex((v) => v !== null && v !== ""),
  );
  return { severity: "error", name: SHEET_NAMES.log, cell: cellAddress(SHEET_NAMES.log, log.length - 1, col), code: "logFull", params: {} };
}
