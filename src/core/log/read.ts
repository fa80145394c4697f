/**
 * Reading the log back. Users may type anything into it: nothing here throws, unreadable rows
 * are skipped.
 */
import type { CellValue, WorkbookSnapshot } from "../cells";
import { isCellError } from "../cells";
import { DATE1904_OFFSET, dayFromIso, EXCEL_LAST_DAY, isoFromDay, ymdFromDay } from "../dates";
import { TERMS } from "../i18n";
import { LANGUAGES, type IndicatorId, type Language, type Status } from "../model";
import { INDICATORS } from "../indicators";
import { LOG_COLUMNS, headerRow, indicatorStatusColumn, indicatorValueColumn, type LogEntry } from "./columns";
import { normalise, outcomeFromWord, statusFromWord, yesNoFromWord } from "./words";
import { parseInputFingerprints } from "../review/fingerprints";

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
    const lang = LANGUAGES.find(
      (l) => normalise(TERMS[l][`outcome.${outcomeFromWord(cell) ?? "none"}` as keyof (typeof TERMS)["en"]] ?? "") === normalise(cell),
    );
    if (lang) return lang;
  }
  return fallback;
}

export interface LoggedRun {
  readonly fingerprint: string;
  readonly timestamp: string;
  /** The per-input fingerprints, empty (and `settingsFingerprint` "") in rows logged before them. */
  readonly inputFingerprints: Readonly<Record<string, string>>;
  readonly settingsFingerprint: string;
}

/** The last row of the log that holds a fingerprint: its fingerprints and when it was logged. */
export function lastLoggedRun(log: WorkbookSnapshot["log"], date1904: boolean): LoggedRun | null {
  if (!Array.isArray(log)) return null;
  for (let r = log.length - 1; r >= 1; r--) {
    const row = log[r];
    if (!Array.isArray(row)) continue;
    const fingerprint = textFrom(row[LOG_COLUMNS.fingerprint], date1904).trim();
    if (fingerprint) return { fingerprint, timestamp: textFrom(row[LOG_COLUMNS.timestamp], date1904, true), ...perInput(row, date1904) };
  }
  return null;
}

/** Older logs have no such columns: both come back empty, never an error. */
function perInput(
  row: readonly CellValue[],
  date1904: boolean,
): { inputFingerprints: Record<string, string>; settingsFingerprint: string } {
  return {
    inputFingerprints: parseInputFingerprints(textFrom(row[LOG_COLUMNS.inputFingerprints], date1904)),
    settingsFingerprint: textFrom(row[LOG_COLUMNS.settingsFingerprint], date1904).trim().toUpperCase(),
  };
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

function isoDateFrom(cell: CellValue | undefined, date1904: boolean): string | null {
  if (typeof cell === "number") {
    const day = Math.floor(cell) + (date1904 ? DATE1904_OFFSET : 0);
    return Number.isFinite(cell) && day >= 1 && day <= EXCEL_LAST_DAY ? isoFromDay(day) : null;
  }
  if (typeof cell === "string") {
    const day = dayFromIso(cell.trim().slice(0, 10));
    return day === null ? null : isoFromDay(day);
  }
  return null;
}

function textFrom(cell: CellValue | undefined, date1904: boolean, asDateTime = false): string {
  if (cell === null || cell === undefined || isCellError(cell)) return "";
  if (typeof cell === "number" && asDateTime && cell >= 1 && cell <= EXCEL_LAST_DAY) {
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
    ...perInput(row, date1904),
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
