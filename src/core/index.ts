/**
 * The core's front door: everything the faces (command line, ribbon, task pane) call.
 * Pure: no Office.js, no DOM, no file I/O. Adapters bring a `WorkbookSnapshot` in and carry a
 * `WritePlan` out.
 */
import type { WorkbookSnapshot } from "./cells";
import type { Day, Evaluation, Language, Problem } from "./model";
import type { WritePlan } from "./plan/types";
import { INPUT_NAMES, STATUS_NAMES, readInputs, readSettingsOf } from "./read";
import { evaluate } from "./rules";
import { buildEvaluationPlan, statusCellProblems } from "./plan";
import { readLogHistory, type LogEntry } from "./log";
import { OWNERSHIP_NAMES, SUMMARY_AREA_NAMES } from "./plan/types";
import { languageFromLocale } from "./i18n";
import { dayFromYMD, isoFromDay } from "./dates";
import { exampleDataProblems } from "./connect/examples";

export * from "./model";
export * from "./cells";
export type * from "./plan/types";
export { OWNERSHIP_NAMES, SHEET_NAMES, SUMMARY_AREA_NAMES } from "./plan/types";
export { translate, languageFromLocale } from "./i18n";
export { loadLanguage } from "./i18n/load";
export { readInputs } from "./read";
export { evaluate } from "./rules";
export { buildTemplatePlan } from "./plan";
export { readLogHistory, type LogEntry } from "./log";
export { isoFromDay, dayFromIso, dayFromYMD, quarterOf } from "./dates";
export { previousEvaluation, compareWithPrevious, trendPoints, TREND_LENGTH, type IndicatorComparison, type TrendPoint } from "./history";
export * from "./text";
export { formatCount, formatPercent, formatUsd } from "./format";

/** The product version written to the log and the summary. */
export const PRODUCT_VERSION = "1.0.0";

/** Every defined name an adapter must look up before an evaluation. */
export function namesToRead(): readonly string[] {
  return [...INPUT_NAMES, ...STATUS_NAMES, OWNERSHIP_NAMES.summary, OWNERSHIP_NAMES.log, SUMMARY_AREA_NAMES.page, SUMMARY_AREA_NAMES.notes];
}

/** The language the report will be written in: the workbook's `Language` setting, else Office's. */
export function reportLanguage(snapshot: WorkbookSnapshot, displayLanguage?: string | null): Language {
  return readSettingsOf(snapshot).Language ?? languageFromLocale(displayLanguage);
}

export interface Clock {
  /** Today, local calendar date, when the workbook has no `EvaluationDate`. */
  readonly today: Day;
  /** Local date and time of the evaluation, `YYYY-MM-DD HH:MM`, for the log. */
  readonly timestamp: string;
}

export interface EvaluationRun {
  readonly evaluation: Evaluation;
  /** The language the report is written in: the `Language` setting, else Office's. */
  readonly language: Language;
  /** What to write, or null when writing would overwrite something the add-in does not own. */
  readonly plan: WritePlan | null;
  /** Why nothing can be written (sheets of the add-in's names that it did not create). */
  readonly conflicts: readonly Problem[];
  /** The log as it was before this evaluation (oldest first). */
  readonly history: readonly LogEntry[];
}

/** The local calendar date and time of `now`, as a person at this computer reads them. */
export function clockAt(now: Date): Clock {
  const pad = (n: number): string => String(n).padStart(2, "0");
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return {
    today: dayFromYMD(now.getFullYear(), now.getMonth() + 1, now.getDate()),
    timestamp: `${date} ${pad(now.getHours())}:${pad(now.getMinutes())}`,
  };
}

/** Reads, evaluates and plans the writes: one call, no I/O. */
export function runEvaluation(
  snapshot: WorkbookSnapshot,
  clock: Clock,
  options: {
    readonly displayLanguage?: string | null;
    readonly version?: string;
    /** An explicit date (the CLI's `--date`) wins over the workbook's `EvaluationDate`. */
    readonly evaluationDate?: Day;
  } = {},
): EvaluationRun {
  const read = readInputs(snapshot);
  const inputs = options.evaluationDate === undefined ? read.inputs : { ...read.inputs, evaluationDate: options.evaluationDate };
  // A Status_ name that is not a single cell cannot take a status: say so beside the input problems.
  // Today stands in for a missing EvaluationDate, and the report must say so (never silently).
  const dated: Problem[] =
    inputs.evaluationDate === null && !inputs.evaluationDateUnreadable
      ? [{ severity: "warning", name: "EvaluationDate", cell: "", code: "noEvaluationDate", params: { date: isoFromDay(clock.today) } }]
      : [];
  const problems = [...dated, ...read.problems, ...exampleDataProblems(snapshot), ...statusCellProblems(snapshot)];
  const evaluation = evaluate(inputs, problems, clock.today);
  const language = evaluation.settings.Language ?? languageFromLocale(options.displayLanguage);
  const history = readLogHistory(snapshot.log, snapshot.date1904);
  const planned = buildEvaluationPlan({
    snapshot,
    evaluation,
    language,
    timestamp: clock.timestamp,
    version: options.version ?? PRODUCT_VERSION,
    history,
  });
  return "plan" in planned
    ? { evaluation, language, plan: planned.plan, conflicts: [], history }
    : { evaluation, language, plan: null, conflicts: planned.conflicts, history };
}
