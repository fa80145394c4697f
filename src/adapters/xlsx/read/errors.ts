/** Limits of the reader beyond the package's own (size, ratio): what one read may cost. */
export interface ReadLimits {
  /** Cells of one named range after clipping whole columns/rows to the used area. */
  readonly maxCellsPerRange: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxCellsPerRange: 2_000_000 };

/**
 * A workbook that would cost too much to read: refused with the name and the figures, which
 * the CLI words for the user (exit 2), instead of running out of memory.
 */
export class ReadLimitError extends Error {
  constructor(
    readonly code: "rangeTooLarge",
    /** The defined name (or table) whose range is too large. */
    readonly definedName: string,
    readonly cells: number,
    readonly limit: number,
  ) {
    super(`${code}: ${definedName} holds ${cells} cells (limit ${limit})`);
    this.name = "ReadLimitError";
  }
}
