import type { Day } from "./model";

/**
 * Calendar days as Excel 1900-system serials, computed with integer arithmetic on the
 * proleptic Gregorian calendar (no Date objects, so no time zones). Serial 60 is Excel's
 * fictitious 29 Feb 1900 (kept from Lotus 1-2-3): 1 Jan 1900 is serial 1, 28 Feb 1900 is 59,
 * 1 Mar 1900 is 61, and from there on a plain day count matches Excel exactly.
 */

/** Days between the 1904 and 1900 systems' epochs. */
export const DATE1904_OFFSET = 1462;

function daysFromCivil(y: number, m: number, d: number): number {
  // Howard Hinnant's days_from_civil: days since 1970-01-01.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z0: number): { y: number; m: number; d: number } {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** 1970-01-01 is serial 25569 in the 1900 system. */
const UNIX_EPOCH_SERIAL = 25569;

/** Serial of Excel's 29 Feb 1900, a day that never was; earlier days are one lower than a day count. */
export const EXCEL_PHANTOM_DAY = 60;
/** 1900-01-01 and 9999-12-31: the first and last days Excel's calendar holds. */
export const EXCEL_FIRST_DAY = 1;
export const EXCEL_LAST_DAY = 2958465;

export function dayFromYMD(year: number, month: number, day: number): Day {
  const count = daysFromCivil(year, month, day) + UNIX_EPOCH_SERIAL;
  return count <= EXCEL_PHANTOM_DAY ? count - 1 : count;
}

/** Serial 60 reads as 1900-02-29, as Excel shows it; readers refuse it as a date. */
export function ymdFromDay(serial: Day): { year: number; month: number; day: number } {
  const whole = Math.floor(serial);
  if (whole === EXCEL_PHANTOM_DAY) return { year: 1900, month: 2, day: 29 };
  const { y, m, d } = civilFromDays((whole < EXCEL_PHANTOM_DAY ? whole + 1 : whole) - UNIX_EPOCH_SERIAL);
  return { year: y, month: m, day: d };
}

/** A day Excel can hold as a date: 1900-01-01 … 9999-12-31, not its phantom 29 Feb 1900. */
export function isExcelDay(day: Day): boolean {
  return Number.isInteger(day) && day >= EXCEL_FIRST_DAY && day <= EXCEL_LAST_DAY && day !== EXCEL_PHANTOM_DAY;
}

/** `--date` and other typed ISO dates: a real calendar day within Excel's range, else null. */
export function excelDayFromIso(text: string): Day | null {
  const day = dayFromIso(text);
  return day !== null && isExcelDay(day) ? day : null;
}

export function isValidYMD(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

/** `2026-09-30` → serial; null when not a real ISO calendar date. */
export function dayFromIso(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYMD(y, mo, d) ? dayFromYMD(y, mo, d) : null;
}

export function isoFromDay(serial: Day): string {
  const { year, month, day } = ymdFromDay(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The same day `months` months earlier (or later), clamped to the month's end: 31 Mar − 1 → 28/29 Feb. */
export function addMonths(serial: Day, months: number): Day {
  const { year, month, day } = ymdFromDay(serial);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayFromYMD(y, m, Math.min(day, daysInMonth(y, m)));
}

/** A workbook serial (either system) → a 1900-system day, time of day dropped. */
export function dayFromSerial(serial: number, date1904: boolean): Day {
  return Math.floor(serial) + (date1904 ? DATE1904_OFFSET : 0);
}

/** `2026-09-30` → 2026, quarter 3: the calendar quarter finance staff report by (`quarterText` words it). */
export function quarterOf(iso: string): { year: number; quarter: number } | null {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(iso);
  if (!match) return null;
  return { year: Number(match[1]), quarter: Math.floor((Number(match[2]) - 1) / 3) + 1 };
}
