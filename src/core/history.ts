/**
 * What users compare quarter to quarter, from the evaluation log: the previous evaluation's
 * value and status beside today's, and the trend of the last evaluations. One definition for
 * the summary sheet, the Board paragraph, the command line and the task pane.
 */
import type { LogEntry } from "./log";
import { type Evaluation, type IndicatorId, type Status } from "./model";
import { INDICATORS } from "./indicators";

/** Points in a trend: the last eight evaluations, today's included (issue 11). */
export const TREND_LENGTH = 8;

/**
 * The evaluation to compare with: the last logged one dated before this evaluation's date.
 * Re-running the same quarter (same date) is not "the previous evaluation"; an evaluation
 * without a readable date has none.
 */
export function previousEvaluation(history: readonly LogEntry[], evaluation: Evaluation): LogEntry | null {
  if (evaluation.evaluationDate === null) return null;
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i].evaluationDate < evaluation.evaluationDate) return history[i];
  }
  return null;
}

export interface IndicatorComparison {
  readonly id: IndicatorId;
  readonly status: Status;
  readonly value: number | null;
  /** At the previous evaluation; null when there is none or it was not logged. */
  readonly previousStatus: Status | null;
  readonly previousValue: number | null;
  readonly statusChanged: boolean;
}

/** Each indicator today beside its value and status at `previousEvaluation` (72 → 68). */
export function compareWithPrevious(
  history: readonly LogEntry[],
  evaluation: Evaluation,
): { since: LogEntry | null; indicators: IndicatorComparison[] } {
  const since = previousEvaluation(history, evaluation);
  return {
    since,
    indicators: evaluation.indicators.map((r) => {
      const previousStatus = since?.statuses[r.id] ?? null;
      return {
        id: r.id,
        status: r.status,
        value: r.value,
        previousStatus,
        previousValue: since?.values[r.id] ?? null,
        statusChanged: since !== null && previousStatus !== r.status,
      };
    }),
  };
}

export interface TrendPoint {
  /** ISO evaluation date. */
  readonly date: string;
  readonly met: number;
  readonly values: Readonly<Record<IndicatorId, number | null>>;
}

/**
 * The last `TREND_LENGTH` evaluations, oldest first, one per evaluation date (the latest logged
 * run of a date wins, and today's evaluation replaces a logged run of its own date).
 */
export function trendPoints(history: readonly LogEntry[], evaluation: Evaluation): TrendPoint[] {
  const byDate = new Map<string, TrendPoint>();
  for (const e of history) byDate.set(e.evaluationDate, { date: e.evaluationDate, met: e.metCount, values: e.values });
  if (evaluation.evaluationDate !== null) {
    const values = Object.fromEntries(
      INDICATORS.map(({ id }) => [id, evaluation.indicators.find((r) => r.id === id)?.value ?? null]),
    ) as Record<IndicatorId, number | null>;
    byDate.set(evaluation.evaluationDate, { date: evaluation.evaluationDate, met: evaluation.metCount, values });
  }
  return [...byDate.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)).slice(-TREND_LENGTH);
}
