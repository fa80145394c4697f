/** Text helpers shared by the reader: matching words the way users type them, and quoting cells back. */
import { isCellError, type CellValue } from "../cells";
import { EXCEL_LAST_DAY, dayFromSerial, isoFromDay } from "../dates";

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_ALPHANUMERIC = /[^a-z0-9]/g;

/**
 * `Date d'adhésion` → `datedadhesion`: what headers, keys and words are compared by, so case,
 * accents, spaces and punctuation never matter.
 */
export function fold(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase().replace(NOT_ALPHANUMERIC, "");
}

/** Empty, or text made only of spaces (including the non-breaking kinds Excel users paste). */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // Most text starts with a visible ASCII character: decide without trimming (no allocation per row).
  const first = value.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return value.trim() === "";
}

const QUOTED_OR_BRACKETED = /"[^"]*"|\[[^\]]*\]|\\./g;
const PERCENT_FORMAT = /%/;
const DAY_OR_YEAR = /[dy]/i;
const MONTH_OR_MINUTE = /m/i;
const TIME_PART = /[hs]/i;

/** Number formats that Excel shows as a percentage (`0%`, `0.0 %`). */
export function isPercentFormat(format: string | undefined): boolean {
  return format !== undefined && PERCENT_FORMAT.test(format.replace(QUOTED_OR_BRACKETED, ""));
}

/** Number formats that Excel shows as a date (`yyyy-mm-dd`, `d/m/yy`, `[$-fr-FR]d mmmm yyyy`). */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined || format === "" || /^general$/i.test(format)) return false;
  const bare = format.replace(QUOTED_OR_BRACKETED, "");
  // `m` is a month unless hours or seconds sit beside it (`h:mm`, `mm:ss` are times of day).
  return DAY_OR_YEAR.test(bare) || (MONTH_OR_MINUTE.test(bare) && !TIME_PART.test(bare));
}

/** 9999-12-31, Excel's last day. */
export const MAX_SERIAL = EXCEL_LAST_DAY;

/** Longest quoted text in a message: a pasted paragraph must not swamp the problem list. */
const MAX_SHOWN = 80;

/**
 * A cell's value as the user sees it in Excel, for quoting in a message: percent cells as
 * `20%`, date cells as ISO, booleans as TRUE/FALSE, error values as their code.
 */
export function shown(value: CellValue | undefined, format?: string, date1904 = false): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 1)}…` : value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isCellError(value)) return String(value.error);
  if (!Number.isFinite(value)) return String(value);
  if (isPercentFormat(format)) return `${Number((value * 100).toPrecision(12))}%`;
  if (isDateFormat(format) && value >= 1 && value <= MAX_SERIAL) return isoFromDay(dayFromSerial(value, date1904));
  return String(value);
}
