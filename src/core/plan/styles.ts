/**
 * The named cell styles every plan uses. Colours follow Excel's built-in cell styles (Good, Bad,
 * Neutral, Input) so the sheets read like any other finance workbook; every style names its font
 * because LibreOffice (and Excel Online's print path) fall back to a serif font otherwise.
 */
import { LANGUAGES, type Language, type Outcome, type Status } from "../model";
import type { CellStyle } from "./types";

const FONT = "Calibri";
const SIZE = 11;
const body = { name: FONT, size: SIZE } as const;

const HEADER_FILL = "#DDEBF7";
const RULE = "#8EA9DB";

/** Number formats shared by the summary, the log and the template. */
export const NUMBER_FORMATS = {
  count: "0",
  // Negatives in brackets, as finance reports show them (the cell keeps its sign). Red marks only
  // what is adverse: a negative amount or balance, a cost above its average (signedPercent's
  // positive section); a favourable variance or a percentage below its level is never red.
  amount: "#,##0;[Red](#,##0)",
  usd: '#,##0 "USD";[Red](#,##0 "USD")',
  percent: "0.0%;(0.0%)",
  signedPercent: "[Red]+0.0%;(0.0%);0.0%",
  date: "yyyy-mm-dd",
  dateTime: "yyyy-mm-dd hh:mm",
} as const;

/**
 * Dates in the report language's convention: day/month/year in French and Spanish; English keeps
 * the ISO order (yyyy-mm-dd), which no English-speaking reader misreads, whether British or American.
 */
export const DATE_FORMATS: Readonly<Record<Language, { date: string; dateTime: string }>> = {
  en: { date: "yyyy-mm-dd", dateTime: "yyyy-mm-dd hh:mm" },
  fr: { date: "dd/mm/yyyy", dateTime: "dd/mm/yyyy hh:mm" },
  es: { date: "dd/mm/yyyy", dateTime: "dd/mm/yyyy hh:mm" },
};

/** A date cell in `lang`'s convention; the cell stays a date serial. */
export function dateStyleKey(lang: Language): string {
  return `date_${lang}`;
}

/** A highlighted figure (a deficit quarter, a service past its level): the status's fill and font. */
export function flaggedStyleKey(base: string, status: "met" | "near"): string {
  return `${base}_flag_${status}`;
}

/** Excel's own colours: met is "Bad" (a trigger is bad news), not met is "Good". */
const STATUS_COLOURS: Record<Status, { fill: string; font: string }> = {
  met: { fill: "#FFC7CE", font: "#9C0006" },
  near: { fill: "#FFEB9C", font: "#9C5700" },
  not_met: { fill: "#C6EFCE", font: "#006100" },
  no_data: { fill: "#EDEDED", font: "#3A3A3A" },
};

/** `incomplete` is grey like "no data": never green, since missing inputs must not look reassuring. */
const OUTCOME_STATUS: Record<Outcome, Status> = { consider_mvsp: "met", incomplete: "no_data", monitor: "near", no_trigger: "not_met" };

export function statusStyleKey(status: Status): string {
  return `status_${status}`;
}

export function outcomeStyleKey(outcome: Outcome): string {
  return `outcome_${outcome}`;
}

const COMPARISON_NAMES = { "<": "lt", ">": "gt", "<=": "le", "=": "eq" } as const;
type Comparison = keyof typeof COMPARISON_NAMES;

/** A threshold shown with its comparison (`< 70`, `> 20.0%`, `≤ 73`) while the cell keeps the number. */
export function thresholdStyleKey(comparison: Comparison, unit: "count" | "percent"): string {
  return `threshold_${COMPARISON_NAMES[comparison]}_${unit}`;
}

/** The same style in bold: a setting set in the workbook stands out from the defaults. */
export function strongStyleKey(key: string): string {
  return `${key}_strong`;
}

/** Styles that have a bold twin (`strongStyleKey`). */
const STRONG_VARIANTS = [
  "text",
  "wrap",
  "count",
  "amount",
  "percent",
  "textRight",
  "settingWord",
  "settingCount",
  "settingAmount",
  "settingPercent",
] as const;

/** Style keys, named after what the cell holds rather than how it looks. */
export const S = {
  text: "text",
  wrap: "wrap",
  muted: "muted",
  note: "note",
  headingNote: "headingNote",
  title: "title",
  subtitle: "subtitle",
  label: "label",
  header: "header",
  headerRight: "headerRight",
  category: "category",
  countLabel: "countLabel",
  signLabel: "signLabel",
  signLine: "signLine",
  notesLine: "notesLine",
  sentence: "sentence",
  link: "link",
  count: "count",
  amount: "amount",
  usd: "usd",
  percent: "percent",
  signedPercent: "signedPercent",
  date: "date",
  dateTime: "dateTime",
  indented: "indented",
  listLabel: "listLabel",
  centered: "centered",
  textRight: "textRight",
  settingWord: "settingWord",
  settingCount: "settingCount",
  settingAmount: "settingAmount",
  settingPercent: "settingPercent",
  sourceDefault: "sourceDefault",
  sourceChanged: "sourceChanged",
  inputText: "input_text",
  inputWrap: "input_wrap",
  inputCount: "input_count",
  inputAmount: "input_amount",
  inputPercent: "input_percent",
  inputDate: "input_date",
  statusPending: "status_pending",
  liveCheck: "liveCheck",
} as const;

function statusStyle(status: Status): CellStyle {
  const c = STATUS_COLOURS[status];
  return {
    fill: c.fill,
    font: { ...body, bold: true, color: c.font },
    horizontal: "center",
    vertical: "top",
    border: { color: "#BFBFBF", edges: ["top", "bottom", "left", "right"] },
  };
}

/** Excel's "Input" style: the cells a user is expected to change, editable on a protected sheet. */
function inputStyle(extra: CellStyle = {}): CellStyle {
  return {
    fill: "#FFCC99",
    font: { ...body, color: "#3F3F76" },
    border: { color: "#7F7F7F", edges: ["top", "bottom", "left", "right"] },
    vertical: "top",
    locked: false,
    ...extra,
  };
}

function buildStyles(): Record<string, CellStyle> {
  const styles: Record<string, CellStyle> = {
    [S.text]: { font: body, vertical: "top" },
    [S.wrap]: { font: body, vertical: "top", wrap: true },
    [S.muted]: { font: { ...body, italic: true, color: "#595959" }, vertical: "top" },
    [S.note]: { font: { ...body, italic: true, color: "#595959" }, vertical: "top", wrap: true },
    // A legend on a section heading's rule: small, right-aligned, on the heading's baseline.
    [S.headingNote]: {
      font: { ...body, size: 10, italic: true, color: "#404040" },
      horizontal: "right",
      vertical: "bottom",
      border: { color: RULE, edges: ["bottom"], weight: "medium" },
    },
    [S.title]: { font: { name: FONT, size: 16, bold: true, color: "#1F3864" }, vertical: "center" },
    // The live check's warning (empty while the inputs are as evaluated): adverse, so in the Bad style's red.
    [S.liveCheck]: { font: { name: FONT, size: 12, bold: true, color: "#9C0006" }, vertical: "center", wrap: true },
    [S.subtitle]: {
      font: { name: FONT, size: 13, bold: true, color: "#1F3864" },
      vertical: "bottom",
      border: { color: RULE, edges: ["bottom"], weight: "medium" },
    },
    [S.label]: { font: { ...body, bold: true }, vertical: "top", wrap: true },
    [S.header]: {
      fill: HEADER_FILL,
      font: { ...body, bold: true, color: "#1F1F1F" },
      vertical: "bottom",
      wrap: true,
      border: { color: RULE, edges: ["bottom"] },
    },
    // Headers over columns of figures sit over the figures.
    [S.headerRight]: {
      fill: HEADER_FILL,
      font: { ...body, bold: true, color: "#1F1F1F" },
      horizontal: "right",
      vertical: "bottom",
      wrap: true,
      border: { color: RULE, edges: ["bottom"] },
    },
    [S.countLabel]: { font: { ...body, bold: true }, horizontal: "right", vertical: "top" },
    [S.signLabel]: { font: { ...body, bold: true }, vertical: "bottom", wrap: true },
    // A name, or a blank line to sign on.
    [S.signLine]: { font: body, vertical: "bottom", border: { color: "#404040", edges: ["bottom"] } },
    // A line of the Notes box: the user's words, boxed so they read as a place to write.
    [S.notesLine]: { font: body, vertical: "top", wrap: true, border: { color: "#808080", edges: ["top", "bottom", "left", "right"] } },
    [S.category]: { fill: "#F2F2F2", font: { ...body, bold: true, color: "#1F3864" }, vertical: "center" },
    [S.sentence]: { font: { name: FONT, size: 12 }, vertical: "top", wrap: true },
    [S.link]: { font: { ...body, underline: true, color: "#0563C1" }, vertical: "top", wrap: true },
    [S.count]: { font: body, numberFormat: NUMBER_FORMATS.count, horizontal: "right", vertical: "top" },
    [S.amount]: { font: body, numberFormat: NUMBER_FORMATS.amount, horizontal: "right", vertical: "top" },
    [S.usd]: { font: body, numberFormat: NUMBER_FORMATS.usd, horizontal: "right", vertical: "top" },
    [S.percent]: { font: body, numberFormat: NUMBER_FORMATS.percent, horizontal: "right", vertical: "top" },
    [S.signedPercent]: { font: body, numberFormat: NUMBER_FORMATS.signedPercent, horizontal: "right", vertical: "top" },
    [S.date]: { font: body, numberFormat: NUMBER_FORMATS.date, horizontal: "left", vertical: "top" },
    [S.dateTime]: { font: body, numberFormat: NUMBER_FORMATS.dateTime, horizontal: "left", vertical: "top" },
    // Excel and LibreOffice ignore an indent unless the alignment is explicitly left.
    [S.indented]: { font: body, horizontal: "left", indent: 1, vertical: "top", wrap: true },
    // A list set beside another block: the indent keeps its labels off the neighbour's numbers.
    [S.listLabel]: { font: body, horizontal: "left", indent: 2, vertical: "top", wrap: true },
    [S.centered]: { font: body, horizontal: "center", vertical: "top" },
    // Words in a column of numbers (Yes/No, a dash, tiers) line up with the numbers.
    [S.textRight]: { font: body, horizontal: "right", vertical: "top", wrap: true },
    // A setting's value in words, set off from its label by an indent.
    [S.settingWord]: { font: body, horizontal: "left", indent: 1, vertical: "top", wrap: true },
    // Setting values that are numbers line up with the words at the left, next to their labels.
    [S.settingCount]: { font: body, numberFormat: NUMBER_FORMATS.count, horizontal: "left", indent: 1, vertical: "top" },
    [S.settingAmount]: { font: body, numberFormat: NUMBER_FORMATS.amount, horizontal: "left", indent: 1, vertical: "top" },
    [S.settingPercent]: { font: body, numberFormat: NUMBER_FORMATS.percent, horizontal: "left", indent: 1, vertical: "top" },
    [S.sourceDefault]: { font: { ...body, italic: true, color: "#595959" }, indent: 1, vertical: "top", wrap: true },
    [S.sourceChanged]: { font: { ...body, bold: true }, indent: 1, vertical: "top", wrap: true },
    [S.inputText]: inputStyle(),
    [S.inputWrap]: inputStyle({ wrap: true }),
    [S.inputCount]: inputStyle({ numberFormat: NUMBER_FORMATS.count, horizontal: "right" }),
    // Inputs are never negative (their validation says so): one-section formats.
    [S.inputAmount]: inputStyle({ numberFormat: "#,##0", horizontal: "right" }),
    [S.inputPercent]: inputStyle({ numberFormat: "0.0%", horizontal: "right" }),
    [S.inputDate]: inputStyle({ numberFormat: NUMBER_FORMATS.date, horizontal: "left" }),
    [S.statusPending]: {
      font: { ...body, color: "#3A3A3A" },
      horizontal: "center",
      vertical: "top",
      border: { color: "#BFBFBF", edges: ["top", "bottom", "left", "right"] },
    },
  };
  for (const key of STRONG_VARIANTS) {
    const base = styles[key];
    styles[strongStyleKey(key)] = { ...base, font: { ...base.font, bold: true } };
  }
  for (const status of Object.keys(STATUS_COLOURS) as Status[]) styles[statusStyleKey(status)] = statusStyle(status);
  for (const lang of LANGUAGES) {
    styles[dateStyleKey(lang)] = { ...styles[S.date], numberFormat: DATE_FORMATS[lang].date };
  }
  for (const base of [S.usd, S.signedPercent, S.listLabel] as const) {
    for (const status of ["met", "near"] as const) {
      const c = STATUS_COLOURS[status];
      // The figure keeps its red for a negative; the fill and a bold font mark the row.
      // No indent: the fill sets the item off from its neighbours, and the word needs the room.
      styles[flaggedStyleKey(base, status)] = {
        ...styles[base],
        fill: c.fill,
        font: { ...styles[base].font, bold: true, color: c.font },
        indent: 0,
      };
    }
  }
  for (const outcome of Object.keys(OUTCOME_STATUS) as Outcome[]) {
    const base = statusStyle(OUTCOME_STATUS[outcome]);
    // The outcome is the largest text of the page after the title.
    styles[outcomeStyleKey(outcome)] = { ...base, font: { ...base.font, size: 14 }, horizontal: "left", vertical: "center", indent: 1 };
  }
  for (const comparison of Object.keys(COMPARISON_NAMES) as Comparison[]) {
    const symbol = comparison === "<=" ? "≤" : comparison;
    // The quoted prefix is a literal in the number format: the cell keeps its numeric value.
    styles[thresholdStyleKey(comparison, "count")] = {
      font: body,
      numberFormat: `"${symbol} "${NUMBER_FORMATS.count}`,
      horizontal: "right",
      vertical: "top",
    };
    styles[thresholdStyleKey(comparison, "percent")] = {
      font: body,
      // Thresholds are never negative: one section, the comparison before the figure.
      numberFormat: `"${symbol} "0.0%`,
      horizontal: "right",
      vertical: "top",
    };
  }
  return styles;
}

/** One table for every plan: adapters register each style once, whatever sheet uses it. */
export const STYLES: Readonly<Record<string, CellStyle>> = buildStyles();
