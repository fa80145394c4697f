/**
 * Ownership: the add-in writes a sheet only when it created it, which it records with a
 * workbook-scope name pointing into that sheet. A sheet of the same name without that mark is
 * the user's, and the plan refuses to touch it.
 */
import type { WorkbookSnapshot } from "../cells";
import type { Problem } from "../model";
import { OWNERSHIP_NAMES, type PlanName } from "./types";

import { sameSheetName } from "../address";

/** Excel compares sheet names without regard to case (one rule: `core/address`). */
export const sameSheet = sameSheetName;

export function sheetExists(snapshot: WorkbookSnapshot, sheet: string): boolean {
  return snapshot.sheets.some((s) => sameSheet(s.name, sheet));
}

export function ownsSheet(snapshot: WorkbookSnapshot, ownershipName: string, sheet: string): boolean {
  const name = snapshot.names[ownershipName];
  return name !== undefined && name.kind === "range" && sameSheet(name.range.sheet, sheet);
}

/** The conflict when `sheet` exists and the add-in cannot prove it made it; null otherwise. */
export function notOwnedConflict(snapshot: WorkbookSnapshot, role: keyof typeof OWNERSHIP_NAMES, sheet: string): Problem | null {
  if (!sheetExists(snapshot, sheet) || ownsSheet(snapshot, OWNERSHIP_NAMES[role], sheet)) return null;
  return { severity: "error", code: "sheetNotOwned", name: sheet, cell: "", params: { sheet } };
}

export function sheetExistsConflict(sheet: string): Problem {
  return { severity: "error", code: "sheetExists", name: sheet, cell: "", params: { sheet } };
}

/** The mark itself: the ownership name on the sheet's A1. */
export function ownershipName(role: keyof typeof OWNERSHIP_NAMES, sheet: string, comment: string): PlanName {
  return { name: OWNERSHIP_NAMES[role], sheet, range: { row: 0, col: 0, rows: 1, cols: 1 }, comment };
}
