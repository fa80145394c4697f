/**
 * "Is this page still true?": the workbook's current inputs against the last logged evaluation,
 * and the result cells (status cells, the summary's statuses, values and outcome) against what
 * was written. One check for the command line's `verify` and the task pane; the adapters only
 * read the cells it asks for.
 *
 * What was written is taken from the log's last row (statuses, values, outcome), not from a new
 * evaluation: after an input changed, the page still holds the old results, and those are not
 * hand edits. Words are compared by meaning (a status word of any language is its status), so a
 * check run in another language than the evaluation finds nothing edited.
 */
import { cellAddress, isCellError, type CellValue, type WorkbookSnapshot } from "../cells";
import { dayFromIso } from "../dates";
import { languageFromLocale } from "../i18n";
import { INDICATORS } from "../indicators";
import { LANGUAGES, type Evaluation, type IndicatorId, type Language } from "../model";
import { lastLoggedRun, outcomeFromWord, readLogHistory, statusFromWord, type LogEntry } from "../log";
import { yesNoFromWord } from "../log/words";
import { buildSummarySheet } from "../plan/summary";
import { COL, DASH } from "../plan/summary-grid";
import { SHEET_NAMES, type PlanCell } from "../plan/types";
import { readInputs } from "../read";
import { evaluate } from "../rules";
import { indicatorName, outcomeLabel, statusWord, valueText } from "../text";
import { changedInputs, hasInputFingerprints, inputFingerprints } from "./fingerprints";

export interface EditedCell {
  /** `Inputs!B9`, `'MVSP Triggers'!E8`. */
  readonly cell: string;
  readonly written: string;
  readonly found: string;
}

export interface VerifyReport {
  readonly current: boolean;
  /** ISO date of the last logged evaluation. */
  readonly evaluationDate: string;
  /** Its timestamp as logged (`YYYY-MM-DD HH:MM`). */
  readonly loggedAt: string;
  /** Input names (and `TriggerSettings`) whose cells changed since, in the contract's order. */
  readonly changedInputs: readonly string[];
  readonly editedCells: readonly EditedCell[];
  /** The inputs changed but the logged row is too old to say which (no per-input fingerprints). */
  readonly unnamedChange: boolean;
  /** The language the words are in: the workbook's `Language` setting, else the one asked for. */
  readonly language: Language;
}

/** A summary cell to read, by sheet and 0-based position. */
export interface CellToRead {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export type Verification =
  | { readonly kind: "noEvaluation" }
  | {
      readonly kind: "check";
      readonly language: Language;
      /** The summary's result cells: the adapter reads them and hands their values to `finish`. */
      readonly summaryCells: readonly CellToRead[];
      readonly finish: (found: readonly (CellValue | undefined)[]) => VerifyReport;
    };

type Expected =
  | { readonly kind: "status"; readonly status: NonNullable<LogEntry["statuses"][IndicatorId]> }
  | { readonly kind: "outcome"; readonly outcome: LogEntry["outcome"] }
  | {
      readonly kind: "value";
      readonly value: number | null;
      readonly yesNo: boolean;
      /** The value as the summary writes it, in the report's language (`12,1 %`, `Oui`). */
      readonly text: string;
      /** The same in every language: the summary may be in another language than the one asked for. */
      readonly texts: readonly string[];
    };

interface Check extends CellToRead {
  readonly expected: Expected;
}

function shown(cell: CellValue | undefined, empty: string): string {
  if (cell === null || cell === undefined || cell === "") return empty;
  if (isCellError(cell)) return cell.error;
  return String(cell);
}

function writtenText(expected: Expected, lang: Language): string {
  switch (expected.kind) {
    case "status":
      return statusWord(expected.status, lang);
    case "outcome":
      return outcomeLabel(expected.outcome, lang);
    case "value":
      return expected.text;
  }
}

function matches(expected: Expected, found: CellValue | undefined): boolean {
  const text = typeof found === "string" ? found.trim() : null;
  switch (expected.kind) {
    case "status":
      return text !== null && statusFromWord(text) === expected.status;
    case "outcome":
      return text !== null && outcomeFromWord(text) === expected.outcome;
    case "value":
      if (expected.value === null) return found === null || found === undefined || text === "" || text === DASH;
      if (expected.yesNo)
        return (typeof found === "boolean" ? found : text !== null ? yesNoFromWord(text) : null) === (expected.value !== 0);
      // The summary writes its figures as text in the report's language; earlier ones wrote numbers.
      if (text !== null) return expected.texts.includes(text);
      // The same double written to the log and the summary: equal but for the last bits a reader may round.
      return typeof found === "number" && Math.abs(found - expected.value) <= Math.abs(expected.value) * 1e-12;
  }
}

/**
 * Where the summary holds each indicator's status and value, and the outcome: found in the
 * summary the core would write for this workbook now (same layout as the one written, whatever
 * the values), by the indicator's name in its row and the status and outcome styles.
 */
function summaryChecks(cells: readonly PlanCell[], entry: LogEntry, evaluation: Evaluation, lang: Language): Check[] {
  const sheet = SHEET_NAMES.summary;
  const checks: Check[] = [];
  const outcomeCell = cells.find((c) => c.style?.startsWith("outcome_") && typeof c.value === "string" && c.value !== "");
  if (outcomeCell)
    checks.push({ sheet, row: outcomeCell.row, col: outcomeCell.col, expected: { kind: "outcome", outcome: entry.outcome } });
  for (const { id } of INDICATORS) {
    // The unit is the rule's, whatever the values: the Board's assessments read as Yes / No.
    const unit = evaluation.indicators.find((r) => r.id === id)?.unit;
    const nameCell = cells.find((c) => c.value === indicatorName(id, lang));
    if (!nameCell) continue;
    const row = nameCell.row;
    const statusCell = cells.find((c) => c.row === row && c.style?.startsWith("status_"));
    const status = entry.statuses[id];
    if (statusCell && status) checks.push({ sheet, row, col: statusCell.col, expected: { kind: "status", status } });
    const shownIn = (l: Language) => (unit ? valueText(entry.values[id], unit, l) : null) ?? DASH;
    const expected = {
      kind: "value",
      value: entry.values[id],
      yesNo: unit === "yesno",
      text: shownIn(lang),
      texts: LANGUAGES.map(shownIn),
    } as const;
    checks.push({ sheet, row, col: COL.value, expected });
  }
  return checks;
}

/** The status cells (`Status_<id>`) the workbook defines as single cells, with what was logged for each. */
function statusCellChecks(snapshot: WorkbookSnapshot, entry: LogEntry): (Check & { readonly found: CellValue })[] {
  const checks: (Check & { readonly found: CellValue })[] = [];
  for (const { id } of INDICATORS) {
    const name = snapshot.names[`Status_${id}`];
    const status = entry.statuses[id];
    if (!name || name.kind !== "range" || !status) continue;
    const { range } = name;
    if (range.values.length !== 1 || range.values[0]?.length !== 1) continue;
    checks.push({ sheet: range.sheet, row: range.row, col: range.col, expected: { kind: "status", status }, found: range.values[0][0] });
  }
  return checks;
}

/**
 * Prepares the check of a workbook read as `snapshot`: `noEvaluation` when its log holds no
 * evaluation. `displayLanguage`: the language asked for (the terminal's, Office's), used when the
 * workbook has no `Language` setting.
 */
export function planVerification(snapshot: WorkbookSnapshot, displayLanguage?: string | null): Verification {
  const history = readLogHistory(snapshot.log, snapshot.date1904);
  const entry = history[history.length - 1];
  const run = lastLoggedRun(snapshot.log, snapshot.date1904);
  const day = entry ? dayFromIso(entry.evaluationDate) : null;
  if (!entry || day === null) return { kind: "noEvaluation" };

  // The current inputs, evaluated as of the logged date: the same fingerprint when nothing changed.
  const read = readInputs(snapshot);
  const evaluation = evaluate({ ...read.inputs, evaluationDate: day }, read.problems, day);
  const language = evaluation.settings.Language ?? languageFromLocale(displayLanguage);
  const summary = buildSummarySheet({
    snapshot,
    evaluation,
    language,
    timestamp: entry.timestamp,
    version: entry.version,
    history: history.slice(0, -1),
  });
  const checks = summaryChecks(summary.sheet.cells, entry, evaluation, language);
  const statusChecks = statusCellChecks(snapshot, entry);

  const logged = run ?? entry;
  const changed = changedInputs(logged, inputFingerprints(snapshot));
  const fingerprintDiffers = entry.fingerprint.trim() !== "" && entry.fingerprint.trim().toUpperCase() !== evaluation.fingerprint;
  const unnamedChange = changed.length === 0 && fingerprintDiffers && !hasInputFingerprints(logged);

  const finish = (found: readonly (CellValue | undefined)[]): VerifyReport => {
    const edited: EditedCell[] = [];
    const report = (check: Check, value: CellValue | undefined) => {
      if (matches(check.expected, value)) return;
      edited.push({
        cell: cellAddress(check.sheet, check.row, check.col),
        written: writtenText(check.expected, language),
        found: shown(value, ""),
      });
    };
    for (const check of statusChecks) report(check, check.found);
    checks.forEach((check, i) => report(check, found[i]));
    return {
      current: changed.length === 0 && !unnamedChange && edited.length === 0,
      evaluationDate: entry.evaluationDate,
      loggedAt: entry.timestamp,
      changedInputs: changed,
      editedCells: edited,
      unnamedChange,
      language,
    };
  };
  return { kind: "check", language, summaryCells: checks.map(({ sheet, row, col }) => ({ sheet, row, col })), finish };
}
