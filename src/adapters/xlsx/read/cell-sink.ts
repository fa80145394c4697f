/**
 * What a worksheet scan keeps, and how a cell's markup becomes a value: one definition for the
 * two scanners of a sheet part (the byte-level one for ordinary rows, the tokenizer for the
 * rest), so both read every cell alike. Kept cells go into flat arrays (no object per cell);
 * shared strings stay indexes until the table is read.
 */
import { UNCALCULATED, type CellValue } from "../../../core/cells";
import { dayFromYMD, DATE1904_OFFSET } from "../../../core/dates";
import { MAX_COLS, MAX_ROWS, type Rect } from "../../../core/address";
import { ReadLimitError } from "./errors";
import { StringItemText, unescapeOoxmlText } from "./strings";

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

/** The state of one scan: where it is, the cell being read, and what was kept. */
export class CellSink {
  readonly rows: number[] = [];
  readonly cols: number[] = [];
  readonly values: CellValue[] = [];
  readonly styles: number[] = [];
  readonly sharedStringCells: number[] = [];
  readonly readToEnd: boolean;
  /** Past the last requested row (and not reading to the end): nothing more is needed. */
  finished = false;
  usedRows = 0;
  usedCols = 0;
  row = -1;
  col = -1;
  // The cell being read.
  inCell = false;
  keep = false;
  keepIfEmpty = false;
  type = "n";
  style = 0;
  hasValue = false;
  hasFormula = false;
  inValue = false;
  valueText = "";
  inInline = false;
  hasInline = false;
  readonly inline = new StringItemText();
  private readonly lastRequestedRow: number;
  private readonly maxKept: number;

  constructor(
    private readonly part: string,
    private readonly options: ScanOptions,
  ) {
    let last = -1;
    for (const r of options.requests) last = Math.max(last, r.row + r.rows - 1);
    this.lastRequestedRow = last;
    this.readToEnd = options.everything || options.needExtent;
    this.maxKept = Math.max(1, options.requests.length) * options.maxCellsPerRequest;
  }

  /** A `<row>`; `r` as its attribute reads as a number (NaN when absent). */
  openRow(r: number): void {
    this.row = Number.isInteger(r) && r >= 1 && r <= MAX_ROWS ? r - 1 : this.row + 1;
    this.col = -1;
    if (!this.readToEnd && this.row > this.lastRequestedRow) this.finished = true;
  }

  /** A `<c>`, after its place was set (`row`/`col`): `t` as written, `s` as a number (0 when absent). */
  openCell(type: string | undefined, style: number): void {
    this.inCell = true;
    this.type = type ?? "n";
    this.style = style;
    this.hasValue = this.hasFormula = this.hasInline = this.inValue = this.inInline = false;
    this.valueText = "";
    if (this.options.everything) this.keep = this.keepIfEmpty = true;
    else {
      const found = this.options.requests.length > 0 ? this.wanted(this.row, this.col) : -1;
      this.keep = found >= 0;
      this.keepIfEmpty = found === 1;
    }
  }

  /** Which request holds (row, col), if any: -1 none, 1 kept with its formatted empties, 0 kept when valued. */
  private wanted(r: number, c: number): number {
    const requests = this.options.requests;
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

  /** Text inside the cell (already decoded). */
  text(text: string): void {
    if (!this.inCell || !this.keep) return;
    if (this.inValue) this.valueText += text;
    else if (this.inInline) this.inline.text(text);
  }

  finishCell(): void {
    this.inCell = false;
    const { hasValue, hasFormula, hasInline, type, valueText, row, col } = this;
    const valued = hasValue || hasFormula || hasInline;
    if (valued) {
      if (row + 1 > this.usedRows) this.usedRows = row + 1;
      if (col + 1 > this.usedCols) this.usedCols = col + 1;
    }
    if (!this.keep || (!valued && !this.keepIfEmpty)) return;
    let value: CellValue = null;
    // openpyxl writes `<f>..</f><v></v>`: an empty cached value is none, except for a text
    // result, where Excel itself writes `<v></v>` for a formula giving "".
    if (
      hasFormula &&
      !hasInline &&
      (!hasValue || (type !== "str" && valueText.trim() === "") || this.options.formulasUncalculated === true)
    )
      value = UNCALCULATED;
    else if (type === "inlineStr") value = hasInline ? this.inline.take() : hasValue ? unescapeOoxmlText(valueText) : null;
    else if (hasValue) {
      switch (type) {
        case "s": {
          const index = Number(valueText);
          if (!Number.isInteger(index) || index < 0) value = { error: "#VALUE!" };
          else {
            this.sharedStringCells.push(this.values.length);
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
          value = serialFromIsoDate(valueText, this.options.date1904);
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
    this.rows.push(row);
    this.cols.push(col);
    this.values.push(value);
    this.styles.push(this.style);
    if (this.values.length > this.maxKept) {
      const requests = this.options.requests;
      const biggest = requests.reduce((a, b) => (a.rows * a.cols >= b.rows * b.cols ? a : b), requests[0]);
      throw new ReadLimitError("rangeTooLarge", biggest?.label ?? this.part, this.values.length, this.options.maxCellsPerRequest);
    }
  }

  result(): ScannedSheet {
    const { rows, cols, values, styles, sharedStringCells, usedRows, usedCols } = this;
    return { rows, cols, values, styles, sharedStringCells, usedRows, usedCols, complete: this.readToEnd };
  }
}

/** `AB12` → column 27 and row 11 written into `out`; false when not an A1 reference. */
export function parseCellRef(ref: string, out: { row: number; col: number }): boolean {
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
