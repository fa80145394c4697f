/** ExcelJS cell values → the core's plain `CellValue`, as Excel itself would report them. */
import ExcelJS from "exceljs";
import type { CellValue } from "../../core/cells";

const MS_PER_DAY = 86400000;
/** 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
const DATE1904_OFFSET = 1462;

/**
 * ExcelJS turns date-formatted numbers into `Date`s with
 * `new Date(round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000))` (UTC). This is its
 * exact inverse, so a stored serial comes back unchanged in either date system.
 */
export function serialFromDate(date: Date, date1904: boolean): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_OFFSET : 0);
}

/** The inverse, for writing a serial as ExcelJS expects (tests and fixtures). */
export function dateFromSerial(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE1904_OFFSET : 0)) * MS_PER_DAY));
}

function plainText(text: unknown): string {
  if (typeof text === "string") return text;
  if (text && typeof text === "object" && "richText" in text) {
    return (text as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join("");
  }
  return text === null || text === undefined ? "" : String(text);
}

/** One raw ExcelJS value (or a formula's cached result) → CellValue. */
export function toCellValue(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { error: "#VALUE!" } : serialFromDate(value, date1904);
  }
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.error === "string") return { error: v.error };
    if ("formula" in v || "sharedFormula" in v) return toCellValue(v.result, date1904);
    if ("richText" in v) return plainText(v);
    if ("hyperlink" in v) return plainText(v.text);
  }
  return null;
}

/**
 * A cell as Excel reports it: merged cells other than the top-left one read as empty (ExcelJS
 * would repeat the merge's value in each of them).
 */
export function readCell(cell: ExcelJS.Cell | undefined, date1904: boolean): CellValue {
  if (!cell || cell.type === ExcelJS.ValueType.Merge) return null;
  return toCellValue(cell.value, date1904);
}

export function readFormat(cell: ExcelJS.Cell | undefined): string {
  return cell?.numFmt || "General";
}
