/**
 * Small helpers for laying out a sheet as data: a cell accumulator with a row cursor, and the
 * estimates (wrapped row heights, printed page count) that let the plan say how tall rows are
 * instead of hoping the spreadsheet auto-fits them (Excel does not auto-fit merged or
 * file-loaded wrapped rows, so a long sentence would otherwise be cut off in print).
 */
import { DATE1904_OFFSET, dayFromIso } from "../dates";
import type { Day } from "../model";
import type { PlanCell, PlanRect, PlanValue, PrintSetup } from "./types";

/** Points per line of 11 pt Calibri, as Excel lays it out. */
const LINE_HEIGHT = 15;
const DEFAULT_ROW_HEIGHT = 15;

export class SheetBuilder {
  readonly cells: PlanCell[] = [];
  readonly merges: PlanRect[] = [];
  private readonly heights = new Map<number, number>();
  /** The next free row. */
  row = 0;

  /**
   * `wrapPadding`: points added to a wrapped row beyond its lines. A little air by default; the
   * one-page summary passes 0 (Excel's own auto-fit height, 15 pt a line, already fits the text).
   */
  constructor(
    private readonly columnWidths: readonly number[],
    private readonly wrapPadding = 3,
  ) {}

  put(row: number, col: number, value: PlanValue, style?: string, extra: { link?: string; note?: string; formula?: string } = {}): void {
    const cell: PlanCell = { row, col, value: clipText(value), ...(style ? { style } : {}), ...extra };
    this.cells.push(cell);
  }

  /** Writes `values` from column 0 on the current row and moves to the next row. */
  line(
    values: readonly (PlanValue | { value: PlanValue; style?: string; link?: string; note?: string } | undefined)[],
    style?: string,
  ): number {
    const row = this.row++;
    values.forEach((v, col) => {
      if (v === undefined) return;
      if (v !== null && typeof v === "object")
        this.put(row, col, v.value, v.style ?? style, { ...(v.link ? { link: v.link } : {}), ...(v.note ? { note: v.note } : {}) });
      else this.put(row, col, v, style);
    });
    return row;
  }

  skip(rows = 1): void {
    this.row += rows;
  }

  merge(row: number, col: number, cols: number): void {
    this.merges.push({ row, col, rows: 1, cols });
  }

  /** Makes `row` tall enough for `text` wrapped in columns `col`..`col + cols - 1`. */
  fitText(row: number, col: number, text: string, cols = 1, minLines = 1): void {
    const width = this.columnWidths.slice(col, col + cols).reduce((a, b) => a + b, 0);
    const lines = Math.max(minLines, wrappedLines(text, width));
    if (lines <= 1) return;
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, lines * LINE_HEIGHT + this.wrapPadding));
  }

  setHeight(row: number, height: number): void {
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, height));
  }

  rowHeights(): { row: number; height: number }[] {
    return [...this.heights.entries()].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
  }

  /** Height in points of one row. */
  heightOf(row: number): number {
    return this.heights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Total height in points of rows 0..lastRow. */
  totalHeight(lastRow: number): number {
    let total = 0;
    for (let r = 0; r <= lastRow; r++) total += this.heights.get(r) ?? DEFAULT_ROW_HEIGHT;
    return total;
  }
}

/** The most characters an Excel cell holds. */
export const MAX_CELL_TEXT = 32767;

/**
 * User text (evidence, labels, values quoted in messages) can be longer than a cell holds:
 * Excel would refuse the whole write, so the text is cut, with an ellipsis saying so.
 */
export function clipText(value: PlanValue): PlanValue {
  if (typeof value !== "string" || value.length <= MAX_CELL_TEXT) return value;
  let cut = MAX_CELL_TEXT - 1;
  // Never split a surrogate pair.
  const code = value.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${value.slice(0, cut)}…`;
}

/**
 * Characters of 11 pt Calibri prose per unit of column width. A width unit is one digit (7 px);
 * running text averages about 5.5 px a character, so 1.15 leaves a margin for capitals and for
 * the whole-word wrapping below: a row a little too tall reads fine, one too short hides text.
 */
const CHARS_PER_WIDTH_UNIT = 1.15;

/** Lines `text` needs in a column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  const capacity = Math.max(1, Math.floor(width * CHARS_PER_WIDTH_UNIT));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= capacity) used = need;
      else {
        lines += used === 0 ? 0 : 1;
        used = word.length;
        while (used > capacity) {
          lines++;
          used -= capacity;
        }
      }
    }
  }
  return Math.max(1, lines);
}

/** Printable area of A4 in points with Excel's normal margins (0.7" sides, 0.75" top/bottom plus header/footer). */
const A4_PRINTABLE = { portrait: { width: 494, height: 720 }, landscape: { width: 741, height: 475 } };

/** Height in points a printed A4 page holds inside Excel's normal margins (at 100 %). */
export function printedPageHeight(orientation: PrintSetup["orientation"]): number {
  return A4_PRINTABLE[orientation].height;
}

/** Printed width of the columns at 100 %: Excel column width w (characters of 7 px) is w·7 + 5 px; 0.75 pt per px. */
function widthPoints(columnWidths: readonly number[]): number {
  return columnWidths.reduce((sum, w) => sum + (w * 7 + 5) * 0.75, 0);
}

/**
 * Pages tall the sheet needs once scaled to one page wide, so that "fit to 1 × N" never shrinks
 * the text further than the width already requires.
 */
export function pagesTall(columnWidths: readonly number[], totalHeight: number, orientation: PrintSetup["orientation"]): number {
  const page = A4_PRINTABLE[orientation];
  const scale = Math.min(1, page.width / widthPoints(columnWidths));
  return Math.max(1, Math.ceil((totalHeight * scale) / page.height));
}

/** The scale "fit to 1 × 1 page" prints at: whichever of width and height needs more shrinking. */
export function onePageScale(columnWidths: readonly number[], totalHeight: number, orientation: PrintSetup["orientation"]): number {
  const page = A4_PRINTABLE[orientation];
  return Math.min(1, page.width / widthPoints(columnWidths), page.height / totalHeight);
}

/**
 * The percentage that prints the columns one page wide (never above 100), with 3 points to
 * spare: spreadsheets round column widths to whole pixels, and a column a hair too wide would
 * print on a page of its own.
 */
export function widthScale(columnWidths: readonly number[], orientation: PrintSetup["orientation"]): number {
  return Math.floor(100 * Math.min(1, A4_PRINTABLE[orientation].width / widthPoints(columnWidths))) - 3;
}

/** Rows a page holds once the columns are scaled to one page wide. */
export function pageHeightAtWidth(columnWidths: readonly number[], orientation: PrintSetup["orientation"]): number {
  return (A4_PRINTABLE[orientation].height * 100) / widthScale(columnWidths, orientation);
}

/**
 * Manual page breaks that keep blocks whole: each block (from its first row to the next block's)
 * starts a new page when it would not fit on what is left of the current one. A block taller
 * than a page starts a page and runs on. `blockStarts` ascending; heights by `heightOf`.
 * Returns the rows that start a page (never row 0) and the number of pages.
 */
export function blockPageBreaks(
  blockStarts: readonly number[],
  lastRow: number,
  heightOf: (row: number) => number,
  pageHeight: number,
  repeatedHeight = 0,
): { breaks: number[]; pages: number } {
  const breaks: number[] = [];
  let used = 0;
  let pages = 1;
  blockStarts.forEach((start, i) => {
    const end = i + 1 < blockStarts.length ? blockStarts[i + 1] - 1 : lastRow;
    let height = 0;
    for (let r = start; r <= end; r++) height += heightOf(r);
    if (used > 0 && used + height > pageHeight) {
      breaks.push(start);
      pages++;
      used = 0;
    }
    used += height;
    // A block longer than a page runs on over the next ones, under its repeated rows.
    while (used > pageHeight) {
      pages++;
      used = used - pageHeight + repeatedHeight;
    }
  });
  return { breaks, pages };
}

/** A 1900-system day as the workbook stores it (1904 workbooks count from 1904-01-01). */
export function workbookSerial(day: Day, date1904: boolean): number {
  return date1904 ? day - DATE1904_OFFSET : day;
}

/** An ISO date as a workbook serial, or the ISO text itself if it is not a calendar date. */
export function workbookDate(iso: string, date1904: boolean): PlanValue {
  const day = dayFromIso(iso);
  return day === null ? iso : workbookSerial(day, date1904);
}
