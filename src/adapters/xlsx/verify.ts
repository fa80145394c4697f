/**
 * The last guard before a user's file is replaced: the bytes about to be written are opened
 * again as a package, every part the evaluation did not change must be the very entry that was
 * read (same compressed bytes, same CRC), every changed part must be there, and every cell the
 * plan wrote must read back as planned.
 */
import { isCellError } from "../../core/cells";
import { XlsxPackage } from "./package";
import { readCells } from "./read";
import type { ApplyOutcome } from "./write";

/** null when the saved package is sound; else what differs, for the message (never shown as a stack). */
export function verifySavedPackage(edited: XlsxPackage, saved: Buffer, written: ApplyOutcome): string | null {
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
    if (!after || after.crc32 !== before.crc32 || after.size !== before.size || !after.raw.equals(before.raw))
      return `part ${part} changed`;
  }
  for (const part of reopened.paths()) if (!edited.has(part)) return `unexpected part ${part}`;
  if (written.cells.length > 0) {
    const values = readCells(reopened, written.cells);
    for (let i = 0; i < written.cells.length; i++) {
      const cell = written.cells[i];
      const expected = cell.value === "" ? null : cell.value;
      const read = values[i];
      const actual = read === "" || read === undefined ? null : isCellError(read) ? read.error : read;
      const same =
        typeof expected === "number" && typeof actual === "number"
          ? Math.abs(expected - actual) <= Math.abs(expected) * 1e-15
          : expected === actual;
      if (!same)
        return `cell ${cell.sheet}!R${cell.row + 1}C${cell.col + 1} reads ${JSON.stringify(actual)}, planned ${JSON.stringify(expected)}`;
    }
  }
  return null;
}
