/**
 * The evaluation log: one row per evaluation, appended, never rewritten. Columns sit at FIXED
 * positions whatever the language, so `readLogHistory` can read a log written in any language
 * (headers are translated, positions are not). A log keeps the language its header was written
 * in, so that filtering a column on one word finds every row; an evaluation that repeats the
 * last logged one (same fingerprint) adds no row.
 */
import type { CellValue, WorkbookSnapshot } from "../cells";
import { isCellError } from "../cells";
import { DATE1904_OFFSET, dayFromIso, isoFromDay, ymdFromDay } from "../dates";
import { TERMS, translate, type KeyOf } from "../i18n";
import {
  INDICATORS,
  LANGUAGES,
  type Evaluation,
  type IndicatorId,
  type IndicatorResult,
  type Language,
  OUTCOMES,
  type Outcome,
  type Status,
} from "../model";
import { outcomeLabel, statusWord } from "../text";
import { SheetBuilder, workbookDate } from "./layout";
import { ownershipName } from "./ownership";
import { settingsLine, yesNo } from "./settings-text";
import { S, statusStyleKey } from "./styles";
import { SHEET_NAMES, type PlanName, type PlanValue, type PrintSetup, type SheetPlan } from "./types";

/** Column positions (0-based). Indicator i's value is at `indicatorValue(i)`, its status one to the right. */
export const LOG_COLUMNS = {
  timestamp: 0,
  evaluationDate: 1,
  outcome: 2,
  metCount: 3,
  nearCount: 4,
  noDataCount: 5,
  firstIndicator: 6,
  settings: 6 + 2 * INDICATORS.length,
  version: 7 + 2 * INDICATORS.length,
  fingerprint: 8 + 2 * INDICATORS.length,
} as const;

export const LOG_WIDTH = LOG_COLUMNS.fingerprint + 1;

export function indicatorValueColumn(index: number): number {
  return LOG_COLUMNS.firstIndicator + 2 * index;
}

export function indicatorStatusColumn(index: number): number {
  return indicatorValueColumn(index) + 1;
}

/**
 * Narrow enough that the log prints one landscape page wide at a readable scale; the settings
 * line wraps within its column (rows grow) rather than running past the page's edge.
 */
const COLUMN_WIDTHS: readonly number[] = [
  16, 11, 22, 10, 10, 10,
  ...INDICATORS.flatMap(() => [12, 15]),
  44, 8, 17,
];

/** The log's page setup: landscape, one page wide, as many tall as it needs, header on every page. */
export function logPrintSetup(lang: Language): PrintSetup {
  return {
    orientation: "landscape",
    paperSize: "A4",
    fitToWidth: 1,
    // 0: as many pages tall as the rows need.
    fitToHeight: 0,
    headerCenter: translate(lang, "report", "log.printTitle"),
    footerLeft: SHEET_NAMES.log,
    footerRight: translate(lang, "report", "print.page"),
    repeatRows: { first: 0, last: 0 },
  };
}

/** One parsed log row. */
export interface LogEntry {
  readonly timestamp: string;
  /** ISO `YYYY-MM-DD`. */
  readonly evaluationDate: string;
  readonly outcome: Outcome;
  readonly metCount: number;
  readonly nearCount: number;
  readonly noDataCount: number;
  readonly statuses: Readonly<Record<IndicatorId, Status | null>>;
  readonly values: Readonly<Record<IndicatorId, number | null>>;
  readonly fingerprint: string;
  readonly version: string;
}

function headerRow(lang: Language): string[] {
  // Log headers are terms: every language is always at hand to recognise a log's language.
  const t = (key: KeyOf<"terms">, params: Record<string, string> = {}) => translate(lang, "terms", key, params);
  const header = new Array<string>(LOG_WIDTH).fill("");
  header[LOG_COLUMNS.timestamp] = t("log.col.timestamp");
  header[LOG_COLUMNS.evaluationDate] = t("log.col.evaluationDate");
  header[LOG_COLUMNS.outcome] = t("log.col.outcome");
  header[LOG_COLUMNS.metCount] = t("log.col.met");
  header[LOG_COLUMNS.nearCount] = t("log.col.near");
  header[LOG_COLUMNS.noDataCount] = t("log.col.noData");
  INDICATORS.forEach(({ id }, i) => {
    const indicator = t(`short.${id}`);
    header[indicatorValueColumn(i)] = t("log.col.value", { indicator });
    header[indicatorStatusColumn(i)] = t("log.col.status", { indicator });
  });
  header[LOG_COLUMNS.settings] = t("log.col.settings");
  header[LOG_COLUMNS.version] = t("log.col.version");
  header[LOG_COLUMNS.fingerprint] = t("log.col.fingerprint");
  return header;
}

/**
 * The language a log was written in: the one whose header matches its first row best, else the
 * one whose outcome words its rows use; `fallback` for a new log or one nothing identifies.
 */
export function logLanguage(log: WorkbookSnapshot["log"], fallback: Language): Language {
  if (!Array.isArray(log) || log.length === 0) return fallback;
  const scores = new Map<Language, number>();
  const first = Array.isArray(log[0]) ? log[0] : [];
  for (const lang of LANGUAGES) {
    const header = headerRow(lang);
    let score = 0;
    header.forEach((text, col) => {
      const cell = first[col];
      if (typeof cell === "string" && normalise(cell) === normalise(text)) score++;
    });
    scores.set(lang, score);
  }
  // Headers shared by several languages ("Version") count for each: the fallback wins a tie.
  const best = Math.max(...scores.values());
  if (best > 0) return scores.get(fallback) === best ? fallback : LANGUAGES.find((lang) => scores.get(lang) === best)!;
  for (const row of log) {
    const cell = Array.isArray(row) ? row[LOG_COLUMNS.outcome] : null;
    if (typeof cell !== "string") continue;
    const lang = LANGUAGES.find((l) => normalise(TERMS[l][`outcome.${outcomeFromWord(cell) ?? "none"}` as keyof (typeof TERMS)["en"]] ?? "") === normalise(cell));
    if (lang) return lang;
  }
  return fallback;
}

/** The last row of the log that holds a fingerprint: its fingerprint and when it was logged. */
export function lastLoggedRun(log: WorkbookSnapshot["log"], date1904: boolean): { fingerprint: string; timestamp: string } | null {
  if (!Array.isArray(log)) return null;
  for (let r = log.length - 1; r >= 1; r--) {
    const row = log[r];
    if (!Array.isArray(row)) continue;
    const fingerprint = textFrom(row[LOG_COLUMNS.fingerprint], date1904).trim();
    if (fingerprint) return { fingerprint, timestamp: textFrom(row[LOG_COLUMNS.timestamp], date1904, true) };
  }
  return null;
}

/** `YYYY-MM-DD HH:MM` as a date-time serial of the workbook's date system, or null if it is not one. */
export function timestampSerial(timestamp: string, date1904: boolean): number | null {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})/.exec(timestamp.trim());
  if (!match) return null;
  const day = dayFromIso(match[1]);
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (day === null || hours > 23 || minutes > 59) return null;
  // Through Unix milliseconds, as readers that turn date cells into dates do: the value then
  // reads back as the very same number, not one differing in its last digit.
  const ms = (day - UNIX_EPOCH_DAY) * MS_PER_DAY + (hours * 60 + minutes) * 60_000;
  return ms / MS_PER_DAY + UNIX_EPOCH_DAY - (date1904 ? DATE1904_OFFSET : 0);
}

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as a 1900-system serial. */
const UNIX_EPOCH_DAY = 25569;

function indicatorValueCell(result: IndicatorResult | undefined, lang: Language): { value: PlanValue; style?: string } {
  if (!result || result.value === null) return { value: null };
  switch (result.unit) {
    case "percent":
      return { value: result.value, style: S.percent };
    case "yesno":
      return { value: yesNo(result.value !== 0, lang), style: S.centered };
    default:
      return { value: result.value, style: S.count };
  }
}

export function buildLogSheet(args: {
  snapshot: WorkbookSnapshot;
  evaluation: Evaluation;
  language: Language;
  timestamp: string;
  version: string;
}): { sheet: SheetPlan; name: PlanName } {
  const { snapshot, evaluation, timestamp, version } = args;
  // Every row in the language of the log's header, whatever the report's language.
  const lang = logLanguage(snapshot.log, args.language);
  const builder = new SheetBuilder(COLUMN_WIDTHS);
  // A new (or emptied) log starts with its header; an existing one grows below its last row.
  if (snapshot.log === null || snapshot.log.length === 0) {
    const header = headerRow(lang);
    const row = builder.line(header, S.header);
    header.forEach((text, col) => builder.fitText(row, col, text));
  } else {
    builder.row = snapshot.log.length;
  }

  const row = new Array<PlanValue | { value: PlanValue; style?: string }>(LOG_WIDTH);
  const serial = timestampSerial(timestamp, snapshot.date1904);
  row[LOG_COLUMNS.timestamp] = serial === null ? timestamp : { value: serial, style: S.dateTime };
  row[LOG_COLUMNS.evaluationDate] =
    evaluation.evaluationDate === null
      ? { value: "–", style: S.textRight }
      : { value: workbookDate(evaluation.evaluationDate, snapshot.date1904), style: S.date };
  const outcome = outcomeLabel(evaluation.outcome, lang);
  row[LOG_COLUMNS.outcome] = { value: outcome, style: S.wrap };
  row[LOG_COLUMNS.metCount] = { value: evaluation.metCount, style: S.count };
  row[LOG_COLUMNS.nearCount] = { value: evaluation.nearCount, style: S.count };
  row[LOG_COLUMNS.noDataCount] = { value: evaluation.noDataCount, style: S.count };
  INDICATORS.forEach(({ id }, i) => {
    const result = evaluation.indicators.find((r) => r.id === id);
    row[indicatorValueColumn(i)] = indicatorValueCell(result, lang);
    row[indicatorStatusColumn(i)] = result
      ? { value: statusWord(result.status, lang), style: statusStyleKey(result.status) }
      : null;
  });
  const settings = settingsLine(evaluation.settings);
  row[LOG_COLUMNS.settings] = { value: settings, style: S.wrap };
  row[LOG_COLUMNS.version] = version;
  row[LOG_COLUMNS.fingerprint] = evaluation.fingerprint;
  const logged = builder.line(row, S.text);
  // The whole settings line prints, wrapped in its column.
  builder.fitText(logged, LOG_COLUMNS.settings, settings);
  builder.fitText(logged, LOG_COLUMNS.outcome, outcome);

  return {
    sheet: {
      name: SHEET_NAMES.log,
      role: "log",
      mode: "append",
      cells: builder.cells,
      columnWidths: COLUMN_WIDTHS,
      rowHeights: builder.rowHeights(),
      freezeRows: 1,
      protect: true,
      showGridLines: true,
      print: logPrintSetup(lang),
    },
    name: ownershipName("log", SHEET_NAMES.log, translate(lang, "report", "log.ownershipComment")),
  };
}

// ---------------------------------------------------------------------------------------------
// Reading the log back. Users may type anything into it: nothing here throws, unreadable rows
// are skipped.

/** Case, accents, underscores and spacing do not matter: `Sí`, `si`, `not_met`, `Not met`. */
function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_]+/g, " ")
    .trim();
}

function wordTable<T extends string>(ids: readonly T[], termKey: (id: T) => string): Map<string, T> {
  const table = new Map<string, T>();
  for (const id of ids) {
    table.set(normalise(id), id);
    for (const lang of LANGUAGES) {
      const word = (TERMS[lang] as Readonly<Record<string, string>>)[termKey(id)];
      if (word) table.set(normalise(word), id);
    }
  }
  return table;
}

const STATUSES: readonly Status[] = ["met", "near", "not_met", "no_data"];

/** Status words of logs written before the SPEC's trigger vocabulary ("Met", "Cumplido"...). */
const LEGACY_STATUS_WORDS: Readonly<Record<string, Status>> = {
  "Met": "met",
  "Near": "near",
  "Not met": "not_met",
  "Proche": "near",
  "Sans données": "no_data",
  "Cumplido": "met",
  "Cerca": "near",
  "No cumplido": "not_met",
};
let statusWords: Map<string, Status> | null = null;
let outcomeWords: Map<string, Outcome> | null = null;
let yesNoWords: Map<string, boolean> | null = null;

/** Built on first use, so the catalogues are complete by then whatever the import order. */
export function statusFromWord(text: string): Status | null {
  if (!statusWords) {
    statusWords = wordTable(STATUSES, (s) => `status.${s}`);
    for (const [word, status] of Object.entries(LEGACY_STATUS_WORDS)) statusWords.set(normalise(word), status);
  }
  return statusWords.get(normalise(text)) ?? null;
}

export function outcomeFromWord(text: string): Outcome | null {
  outcomeWords ??= wordTable(OUTCOMES, (o) => `outcome.${o}`);
  return outcomeWords.get(normalise(text)) ?? null;
}

function yesNoFromWord(text: string): boolean | null {
  if (!yesNoWords) {
    yesNoWords = new Map([["true", true], ["false", false]]);
    for (const lang of LANGUAGES) {
      yesNoWords.set(normalise(TERMS[lang].yes), true);
      yesNoWords.set(normalise(TERMS[lang].no), false);
    }
  }
  return yesNoWords.get(normalise(text)) ?? null;
}

function numberFrom(cell: CellValue | undefined): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "boolean") return cell ? 1 : 0;
  if (typeof cell !== "string" || cell.trim() === "") return null;
  const yes = yesNoFromWord(cell);
  if (yes !== null) return yes ? 1 : 0;
  const percent = /^\s*(-?\d+(?:[.,]\d+)?)\s*%\s*$/.exec(cell);
  if (percent) return Number(percent[1].replace(",", ".")) / 100;
  const n = Number(cell.trim().replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

function countFrom(cell: CellValue | undefined): number | null {
  const n = typeof cell === "number" || typeof cell === "string" ? numberFrom(cell) : null;
  return n !== null && Number.isInteger(n) && n >= 0 && n <= INDICATORS.length ? n : null;
}

/** Largest serial Excel shows as a date (9999-12-31). */
const MAX_SERIAL = 2958465;

function isoDateFrom(cell: CellValue | undefined, date1904: boolean): string | null {
  if (typeof cell === "number") {
    const day = Math.floor(cell) + (date1904 ? DATE1904_OFFSET : 0);
    return Number.isFinite(cell) && day >= 1 && day <= MAX_SERIAL ? isoFromDay(day) : null;
  }
  if (typeof cell === "string") {
    const day = dayFromIso(cell.trim().slice(0, 10));
    return day === null ? null : isoFromDay(day);
  }
  return null;
}

function textFrom(cell: CellValue | undefined, date1904: boolean, asDateTime = false): string {
  if (cell === null || cell === undefined || isCellError(cell)) return "";
  if (typeof cell === "number" && asDateTime && cell >= 1 && cell <= MAX_SERIAL) {
    // A timestamp someone retyped as a real date-time.
    const day = Math.floor(cell) + (date1904 ? DATE1904_OFFSET : 0);
    const { year, month, day: d } = ymdFromDay(day);
    const minutes = Math.round((cell - Math.floor(cell)) * 1440);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${year}-${pad(month)}-${pad(d)} ${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
  }
  return String(cell);
}

function parseRow(row: readonly CellValue[], date1904: boolean): LogEntry | null {
  const evaluationDate = isoDateFrom(row[LOG_COLUMNS.evaluationDate], date1904);
  const outcomeCell = row[LOG_COLUMNS.outcome];
  const outcome = typeof outcomeCell === "string" ? outcomeFromWord(outcomeCell) : null;
  const metCount = countFrom(row[LOG_COLUMNS.metCount]);
  const nearCount = countFrom(row[LOG_COLUMNS.nearCount]);
  const noDataCount = countFrom(row[LOG_COLUMNS.noDataCount]);
  if (evaluationDate === null || outcome === null || metCount === null || nearCount === null || noDataCount === null) {
    return null;
  }
  const statuses = {} as Record<IndicatorId, Status | null>;
  const values = {} as Record<IndicatorId, number | null>;
  INDICATORS.forEach(({ id }, i) => {
    const statusCell = row[indicatorStatusColumn(i)];
    statuses[id] = typeof statusCell === "string" ? statusFromWord(statusCell) : null;
    values[id] = numberFrom(row[indicatorValueColumn(i)]);
  });
  return {
    timestamp: textFrom(row[LOG_COLUMNS.timestamp], date1904, true),
    evaluationDate,
    outcome,
    metCount,
    nearCount,
    noDataCount,
    statuses,
    values,
    fingerprint: textFrom(row[LOG_COLUMNS.fingerprint], date1904),
    version: textFrom(row[LOG_COLUMNS.version], date1904),
  };
}

/**
 * The log's evaluations, oldest first (in sheet order). The header row and any row that does not
 * hold an evaluation date, an outcome and the three counts are skipped, never an error.
 * `date1904`: the workbook's date system, for dates stored as serials.
 */
export function readLogHistory(log: WorkbookSnapshot["log"], date1904 = false): LogEntry[] {
  if (!Array.isArray(log)) return [];
  const entries: LogEntry[] = [];
  for (const row of log) {
    if (!Array.isArray(row)) continue;
    const entry = parseRow(row, date1904);
    if (entry) entries.push(entry);
  }
  return entries;
}
