/**
 * The last guard before a user's file is replaced: the bytes about to be written are opened
 * again as a package, every part the evaluation did not change must be the very entry that was
 * read (same compressed bytes, same CRC), every changed part must be there, and every cell the
 * plan wrote must read back as planned.
 */
import type { PlanValue } from "../../core/plan/types";
import { XlsxPackage } from "./package";

export interface WrittenCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: PlanValue;
}

/** Reads cells of the saved package back: sheet name → (row, col) → value as the reader sees it. */
export type CellReader = (pkg: XlsxPackage, cells: readonly WrittenCell[]) => readonly (PlanValue | undefined)[];

/** null when the saved package is sound; else what differs, for the message (never shown as a stack). */
export function verifySavedPackage(
  edited: XlsxPackage,
  saved: Buffer,
  written: { readonly changedParts: readonly string[]; readonly writtenCells: readonly WrittenCell[] },
  readBack?: CellReader,
): string | null {
  let reopened: XlsxPackage;
  try {
    reopened = XlsxPackage.open(saved);
  } catch (error) {
    return `the package does not open: ${(error as Error).message}`;
  }
  for (const part of edited.paths()) {
    if (!reopened.has(part)) return `part ${part} is missing`;
    const before = edited.original(part);
    if (!before) continue;
    const after = reopened.original(part);
    if (!after || after.crc32 !== before.crc32 || after.size !== before.size || !after.raw.equals(before.raw)) return `part ${part} changed`;
  }
  for (const part of reopened.paths()) if (!edited.has(part)) return `unexpected part ${part}`;
  if (readBack && written.writtenCells.length > 0) {
    const values = readBack(reopened, written.writtenCells);
    for (let i = 0; i < written.writtenCells.length; i++) {
      const cell = written.writtenCells[i];
      const expected = cell.value === "" ? null : cell.value;
      const actual = values[i] === "" ? null : values[i];
      const same = typeof expected === "number" && typeof actual === "number" ? Math.abs(expected - actual) <= Math.abs(expected) * 1e-15 : expected === actual;
      if (!same) return `cell ${cell.sheet}!R${cell.row + 1}C${cell.col + 1} reads ${JSON.stringify(actual)}, planned ${JSON.stringify(expected)}`;
    }
  }
  return null;
}
