/**
 * Cell value parsers. Each returns the value, or the problem code that explains why the cell
 * cannot be read; they never guess. Returning a bare code rather than a result object keeps
 * the hot loops (100k roster rows) free of allocations.
 */
import { isCellError, UNCALCULATED, type CellValue } from "../cells";
import { DATE1904_OFFSET, EXCEL_PHANTOM_DAY, dayFromSerial, dayFromYMD, isValidYMD } from "../dates";
import type { Day, ProblemCode } from "../model";
import { fold, MAX_SERIAL } from "./text";

export type Fault = ProblemCode;

// Bound once: inside a VM context (jest) every lookup of a global such as `Number` in a hot loop
// goes through the context's global object and costs as much as the parsing itself.
const { isFinite: finite, isSafeInteger: safeInteger } = Number;

function isErrorCell(value: CellValue | undefined): boolean {
  return value !== undefined && isCellError(value);
}

/**
 * The fault of an error cell: a formula never calculated (no cached value in the file) is not an
 * Excel error the user can correct in the formula, so it gets its own message.
 */
export function errorFault(value: CellValue | undefined): Fault {
  return value !== undefined && value !== null && isCellError(value) && value.error === UNCALCULATED.error ? "uncalculated" : "errorValue";
}

export function isFault(result: unknown): result is Fault {
  return typeof result === "string";
}

// Spaces that Excel and pasted French amounts use as thousands separators.
const SPACES = /[\u00a0\u202f\u2007\u2009\s]+/g;
const CURRENCY_PREFIX = /^(?:usd|us\$|\$)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:usd|us\$|\$)$/i;
const SIGN = /^[-\u2212]\s*/;
const PLAIN = /^\d+(?:\.\d+)?$/;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
/** `3 080 000,50`; but not `3 080,000`, where the comma may be one more thousands separator. */
const SPACE_GROUPS = /^\d{1,3}(?: \d{3})+(?:[.,](?!\d{3}$)\d+)?$/;
/** `1,234` and `1.234`: a thousands separator in one locale, a decimal mark in another. */
const ONE_AMBIGUOUS_GROUP = /^[1-9]\d{0,2}[.,]\d{3}$/;

/**
 * The largest amount read, either sign: one trillion USD. No budget this add-in serves comes near
 * it (the 2026 envelope is 3.08 million), so a larger figure is a typing or unit error; and below
 * it every amount, with its cents, and every sum of a few thousand of them stays an exact whole
 * number of cents in floating point (2^53 ≈ 9.0e15), so margins are exact to the dollar.
 * It is also Excel's own precision: 1,000,000,000,000.00 is 15 significant digits.
 */
export const MAX_AMOUNT_USD = 1e12;

/** A finite amount within the bound, or why not. */
export function boundedAmount(amount: number): number | Fault {
  if (!finite(amount)) return "expectedAmount";
  return Math.abs(amount) <= MAX_AMOUNT_USD ? amount : "amountTooLarge";
}

/**
 * An amount: a finite number within `MAX_AMOUNT_USD`, or text such as `3,080,000`, `3 080 000`, `3.080.000`,
 * `USD 3,080,000.50`. Text whose separators could mean two things (`1,234`, `1.234`, `3,5`)
 * is refused rather than guessed.
 */
export function parseAmount(value: CellValue | undefined): number | Fault {
  if (typeof value === "number") return boundedAmount(value);
  if (typeof value === "string") {
    const amount = amountFromText(value);
    return isFault(amount) ? amount : boundedAmount(amount);
  }
  if (isErrorCell(value)) return errorFault(value);
  return "expectedAmount";
}

function amountFromText(text: string): number | Fault {
  let s = text.replace(SPACES, " ").trim();
  let negative = false;
  if (SIGN.test(s)) {
    negative = true;
    s = s.replace(SIGN, "");
  }
  s = s.replace(CURRENCY_PREFIX, "").replace(CURRENCY_SUFFIX, "");
  if (!negative && SIGN.test(s)) {
    negative = true;
    s = s.replace(SIGN, "");
  }
  let normalised: string;
  if (ONE_AMBIGUOUS_GROUP.test(s)) return "expectedAmount";
  if (PLAIN.test(s)) normalised = s;
  else if (COMMA_GROUPS.test(s)) normalised = s.replace(/,/g, "");
  else if (DOT_GROUPS.test(s)) normalised = s.replace(/\./g, "").replace(",", ".");
  else if (SPACE_GROUPS.test(s)) normalised = s.replace(/ /g, "").replace(",", ".");
  else return "expectedAmount";
  const amount = Number(normalised);
  if (!finite(amount)) return "expectedAmount";
  return negative ? -amount : amount;
}

const PERCENT_TEXT = /^([-\u2212]?)(\d+(?:[.,]\d+)?)\s*%$/;
const DECIMAL_TEXT = /^([-\u2212]?)(\d+(?:\.\d+)?)$/;

/**
 * A fraction (0.2 = 20 %): a number (a percent-formatted cell already holds the fraction),
 * or text `20%`, `20 %`, `20,5 %`, `0.2`.
 */
export function parsePercent(value: CellValue | undefined): number | Fault {
  if (typeof value === "number") return finite(value) ? value : "expectedPercent";
  if (typeof value === "string") {
    const s = value.replace(SPACES, " ").trim();
    const percent = PERCENT_TEXT.exec(s);
    if (percent) return (percent[1] ? -1 : 1) * (Number(percent[2].replace(",", ".")) / 100);
    const decimal = DECIMAL_TEXT.exec(s);
    if (decimal) return (decimal[1] ? -1 : 1) * Number(decimal[2]);
    return "expectedPercent";
  }
  if (isErrorCell(value)) return errorFault(value);
  return "expectedPercent";
}

const YES_NO: ReadonlyMap<string, boolean> = new Map([
  ["yes", true],
  ["oui", true],
  ["si", true],
  ["true", true],
  ["vrai", true],
  ["verdadero", true],
  ["no", false],
  ["non", false],
  ["false", false],
  ["faux", false],
  ["falso", false],
]);

/** Yes/No, Oui/Non, Sí/No, TRUE/FALSE, Vrai/Faux, Verdadero/Falso or a boolean cell. */
export function parseYesNo(value: CellValue | undefined): boolean | Fault {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return YES_NO.get(fold(value)) ?? "expectedYesNo";
  if (isErrorCell(value)) return errorFault(value);
  return "expectedYesNo";
}

/** Letters (any language) then the tier number: `Tier 1`, `Niveau 2`, `Nivel 3`, `T1`, `1`. */
const TIER_TEXT = /^[\p{L}\s:#°]*?(\d+)$/u;

/**
 * Tier texts seen so far: a roster repeats the same few (`Tier 1`, `Tier 2`) on thousands of
 * rows, and a lookup is far cheaper than the Unicode regex. Bounded, since texts are user input.
 */
const tierTexts = new Map<string, number | Fault>();
const MAX_REMEMBERED_TIER_TEXTS = 64;

function tierFromText(text: string): number | Fault {
  const m = TIER_TEXT.exec(text.trim());
  const tier = m ? Number(m[1]) : 0;
  return safeInteger(tier) && tier >= 1 ? tier : "expectedTier";
}

/** A membership tier: a whole number from 1, or text ending in one. */
export function parseTier(value: CellValue | undefined): number | Fault {
  if (typeof value === "number") return safeInteger(value) && value >= 1 ? value : "expectedTier";
  if (typeof value === "string") {
    let tier = tierTexts.get(value);
    if (tier === undefined) {
      tier = tierFromText(value);
      if (tierTexts.size < MAX_REMEMBERED_TIER_TEXTS) tierTexts.set(value, tier);
    }
    return tier;
  }
  if (isErrorCell(value)) return errorFault(value);
  return "expectedTier";
}

const WHOLE_TEXT = /^\d+$/;

/** A count: a whole number, 0 or more (as a number or as digits). */
export function parseCount(value: CellValue | undefined): number | Fault {
  if (typeof value === "number") return safeInteger(value) && value >= 0 ? value : "expectedNumber";
  if (typeof value === "string") {
    const s = value.trim();
    const count = Number(s);
    return WHOLE_TEXT.test(s) && safeInteger(count) ? count : "expectedNumber";
  }
  if (isErrorCell(value)) return errorFault(value);
  return "expectedNumber";
}

/** `2026-03-31`, optionally with a time of day (`2026-03-31T00:00:00`, `2026-03-31 14:30`), which is dropped. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;

/**
 * A calendar day in the 1900 system. Accepts a serial number in the workbook's own date system
 * (date cells arrive that way; a plain number typed in a date column is read the same), or ISO
 * text. `31/03/2026` is refused: day/month order differs between users, and a guess could
 * silently move a member's joining date by months.
 */
export function parseDate(value: CellValue | undefined, date1904: boolean): Day | Fault {
  if (typeof value === "number") {
    if (!finite(value) || value < (date1904 ? 0 : 1)) return "expectedDate";
    // Whole serials (date cells without a time) skip the call: this runs for every roster row.
    const day = value % 1 === 0 ? value + (date1904 ? DATE1904_OFFSET : 0) : dayFromSerial(value, date1904);
    return day <= MAX_SERIAL && day !== EXCEL_PHANTOM_DAY ? day : "expectedDate";
  }
  if (typeof value === "string") {
    const m = ISO_DATE.exec(value.trim());
    if (!m) return "expectedDate";
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    // Year 1900 is Excel's own trap (its fictitious 29 Feb): ISO dates start after it.
    if (year < 1900 || !isValidYMD(year, month, day)) return "expectedDate";
    const serial = dayFromYMD(year, month, day);
    return serial >= 1 ? serial : "expectedDate";
  }
  if (isErrorCell(value)) return errorFault(value);
  return "expectedDate";
}
