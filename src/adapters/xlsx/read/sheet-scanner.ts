/**
 * One pass over a worksheet part that keeps only the cells inside the requested rectangles
 * (or every cell, for the log sheet) and measures the used extent. Nothing is expanded cell by
 * cell: a whole-column request costs what the sheet holds, not a million rows. Kept cells go
 * into flat arrays (no object per cell); shared strings stay indexes until the table is read.
 */
import { UNCALCULATED, type CellValue } from "../../../core/cells";
import { dayFromYMD, DATE1904_OFFSET } from "../../../core/dates";
import { MAX_COLS, MAX_ROWS, type Rect } from "../../../core/address";
import { PackageError, type XlsxPackage } from "../package";
import { ReadLimitError } from "./errors";
import { StringItemText, unescapeOoxmlText } from "./strings";
import { localName, scanPart } from "./xml";

export interface CellRequest extends Rect {
  /** Who asked (a defined name or table), for the limit's message. */
  readonly label: string;
  /**
   * True for bounded blocks, whose empty but formatted cells are kept for their format. A
   * whole-column request keeps only cells with a value, so a formatted column costs nothing.
   */
  readonly keepFormattedEmpty: boolean;
}

export interface ScanOptions {
  readonly requests: readonly CellRequest[];
  /** Keep every cell of the sheet (the evaluation log). */
  readonly everything: boolean;
  /** Read to the end of the sheet so the used extent is known (whole columns, huge blocks). */
  readonly needExtent: boolean;
  readonly date1904: boolean;
  /** Formula cells have no trustworthy cached value (the workbook asks for a full calculation on load). */
  readonly formulasUncalculated?: boolean;
  /** At most this many kept cells per request, on average, before the read is refused. */
  readonly maxCellsPerRequest: number;
}

/** The kept cells, in sheet order, as parallel arrays. */
export interface ScannedSheet {
  readonly rows: number[];
  readonly cols: number[];
  /** Cell values; for shared-string cells, the string's index until `resolveSharedStrings`. */
  readonly values: CellValue[];
  readonly styles: number[];
  /** Positions (in the arrays above) of shared-string cells. */
  readonly sharedStringCells: number[];
  /** 1 + the last row / column holding a value (0 when none); exact only when `complete`. */
  readonly usedRows: number;
  readonly usedCols: number;
  readonly complete: boolean;
}

/** `AB12` → column 27 and row 11 written into `out`; false when not an A1 reference. */
function parseCellRef(ref: string, out: { row: number; col: number }): boolean {
  let i = 0;
  let col = 0;
  const n = ref.length;
  while (i < n) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
    else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
    else break;
    i++;
  }
  if (i === 0 || i > 3 || i === n) return false;
  let row = 0;
  for (; i < n; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 48 || ch > 57) return false;
    row = row * 10 + (ch - 48);
  }
  if (row < 1 || row > MAX_ROWS || col > MAX_COLS) return false;
  out.row = row - 1;
  out.col = col - 1;
  return true;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/;
const ISO_TIME = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?/;

/** A `t="d"` cell (ISO 8601, as LibreOffice and some scripts write) → a serial in the workbook's system. */
export function serialFromIsoDate(text: string, date1904: boolean): CellValue {
  const trimmed = text.trim();
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    // dayFromYMD counts Excel's 29 Feb 1900 that never was: earlier days are one lower.
    const serial = dayFromYMD(year, month, day);
    const fraction = date[4] ? (Number(date[4]) * 3600 + Number(date[5]) * 60 + Number(date[6] ?? 0)) / 86400 : 0;
    const result = serial + fraction - (date1904 ? DATE1904_OFFSET : 0);
    return Number.isFinite(result) && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? result : { error: "#VALUE!" };
  }
  const time = ISO_TIME.exec(trimmed);
  if (time) return (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86400;
  return { error: "#VALUE!" };
}

export function scanSheet(pkg: XlsxPackage, part: string, options: ScanOptions): ScannedSheet {
  const { requests, everything, needExtent, date1904 } = options;
  const rows: number[] = [];
  const cols: number[] = [];
  const values: CellValue[] = [];
  const styles: number[] = [];
  const sharedStringCells: number[] = [];
  const maxKept = Math.max(1, requests.length) * options.maxCellsPerRequest;

  let lastRequestedRow = -1;
  for (const r of requests) lastRequestedRow = Math.max(lastRequestedRow, r.row + r.rows - 1);
  const readToEnd = everything || needExtent;

  let rooted = false;
  let inSheetData = false;
  let finished = false;
  let usedRows = 0;
  let usedCols = 0;

  let row = -1;
  let col = -1;
  const position = { row: 0, col: 0 };
  // The cell being read.
  let inCell = false;
  let keep = false;
  let keepIfEmpty = false;
  let type = "n";
  let style = 0;
  let hasValue = false;
  let hasFormula = false;
  let inValue = false;
  let valueText = "";
  let inInline = false;
  let hasInline = false;
  const inline = new StringItemText();

  /** Which request holds (row, col), if any: -1 none, 1 kept with its formatted empties, 0 kept when valued. */
  function wanted(r: number, c: number): number {
    let found = -1;
    for (let i = 0; i < requests.length; i++) {
      const q = requests[i];
      if (r >= q.row && r < q.row + q.rows && c >= q.col && c < q.col + q.cols) {
        if (q.keepFormattedEmpty) return 1;
        found = 0;
      }
    }
    return found;
  }

  function finishCell(): void {
    const valued = hasValue || hasFormula || hasInline;
    if (valued) {
      if (row + 1 > usedRows) usedRows = row + 1;
      if (col + 1 > usedCols) usedCols = col + 1;
    }
    if (!keep || (!valued && !keepIfEmpty)) return;
    let value: CellValue = null;
    // openpyxl writes `<f>..</f><v></v>`: an empty cached value is none, except for a text
    // result, where Excel itself writes `<v></v>` for a formula giving "".
    if (hasFormula && !hasInline && (!hasValue || (type !== "str" && valueText.trim() === "") || options.formulasUncalculated === true))
      value = UNCALCULATED;
    else if (type === "inlineStr") value = hasInline ? inline.take() : hasValue ? unescapeOoxmlText(valueText) : null;
    else if (hasValue) {
      switch (type) {
        case "s": {
          const index = Number(valueText);
          if (!Number.isInteger(index) || index < 0) value = { error: "#VALUE!" };
          else {
            sharedStringCells.push(values.length);
            value = index;
          }
          break;
        }
        case "str":
          value = unescapeOoxmlText(valueText);
          break;
        case "b":
          value = valueText.trim() === "1" || valueText.trim() === "true";
          break;
        case "e":
          value = { error: valueText.trim() };
          break;
        case "d":
          value = serialFromIsoDate(valueText, date1904);
          break;
        default: {
          if (valueText.trim() !== "") {
            // A number cell holding text (a damaged or hand-made file) shows that text, so the
            // input problem quotes what is there rather than an error Excel never showed.
            const number = Number(valueText);
            value = Number.isFinite(number) ? number : unescapeOoxmlText(valueText);
          }
        }
      }
    }
    rows.push(row);
    cols.push(col);
    values.push(value);
    styles.push(style);
    if (values.length > maxKept) {
      const biggest = requests.reduce((a, b) => (a.rows * a.cols >= b.rows * b.cols ? a : b), requests[0]);
      throw new ReadLimitError("rangeTooLarge", biggest?.label ?? part, values.length, options.maxCellsPerRequest);
    }
  }

  scanPart(
    pkg,
    part,
    {
      open(tag) {
        const name = localName(tag.name);
        // A sheet part whose root is not a worksheet (another part's content under its name)
        // would read as a sheet without cells: every input missing, instead of a refusal.
        if (!rooted) {
          rooted = true;
          if (name !== "worksheet") throw new PackageError("corrupt", part);
        }
        if (!inSheetData) {
          if (name === "sheetData") inSheetData = true;
          return;
        }
        const attributes = tag.attributes;
        if (inCell) {
          if (name === "v") {
            inValue = true;
            hasValue = true;
            valueText = "";
          } else if (name === "f") hasFormula = true;
          else if (name === "is") {
            inInline = true;
            hasInline = true;
          } else if (inInline) inline.open(name);
        } else if (name === "c") {
          const ref = attributes.r;
          if (typeof ref === "string" && parseCellRef(ref, position)) {
            row = position.row;
            col = position.col;
          } else col++; // writers that omit `r` list cells in order
          inCell = true;
          type = typeof attributes.t === "string" ? attributes.t : "n";
          style = typeof attributes.s === "string" ? Number(attributes.s) || 0 : 0;
          hasValue = hasFormula = hasInline = inValue = inInline = false;
          valueText = "";
          if (everything) keep = keepIfEmpty = true;
          else {
            const found = requests.length > 0 ? wanted(row, col) : -1;
            keep = found >= 0;
            keepIfEmpty = found === 1;
          }
        } else if (name === "row") {
          const r = Number(attributes.r);
          row = Number.isInteger(r) && r >= 1 && r <= MAX_ROWS ? r - 1 : row + 1;
          col = -1;
          if (!readToEnd && row > lastRequestedRow) finished = true;
        }
      },
      close(qualified) {
        if (!inSheetData) return;
        const name = localName(qualified);
        if (inCell) {
          if (name === "c") {
            inCell = false;
            finishCell();
          } else if (name === "v") inValue = false;
          else if (name === "is") inInline = false;
          else if (inInline) inline.close(name);
        } else if (name === "sheetData") {
          inSheetData = false;
          finished = true;
        }
      },
      text(text) {
        if (!inCell || !keep) return;
        if (inValue) valueText += text;
        else if (inInline) inline.text(text);
      },
    },
    // A scan that must reach the end inflates the part in one go; others may stop early.
    readToEnd ? undefined : () => finished,
  );
  return { rows, cols, values, styles, sharedStringCells, usedRows, usedCols, complete: readToEnd };
}

/** Replaces shared-string indexes by their text; an index past the table is an error value. */
export function resolveSharedStrings(sheet: ScannedSheet, strings: readonly string[]): void {
  for (const at of sheet.sharedStringCells) {
    const index = sheet.values[at] as number;
    sheet.values[at] = index < strings.length ? strings[index] : { error: "#REF!" };
  }
  sheet.sharedStringCells.length = 0;
}

/** The largest shared-string index the kept cells use (-1 when none). */
export function lastSharedString(sheet: ScannedSheet): number {
  let last = -1;
  for (const at of sheet.sharedStringCells) last = Math.max(last, sheet.values[at] as number);
  return last;
}
