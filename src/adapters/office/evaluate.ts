/**
 * What the faces (ribbon command, task pane) ask of Excel. An evaluation is three round trips
 * (as the README says): two read (which names exist and what they refer to, then their cells),
 * the core evaluates and plans in memory, one batch writes.
 */
import {
  clockAt,
  loadLanguage,
  namesToRead,
  reportLanguage,
  runEvaluation,
  type Clock,
  type EvaluationRun,
  type WorkbookSnapshot,
} from "../../core";
import { applyPlan } from "./apply";
import { readWorkbook } from "./snapshot";
import { officeApiSupport, type ApiSupport } from "./support";

export interface EvaluateOptions {
  /** `Office.context.displayLanguage` (`fr-FR`): the report language unless the workbook sets one. */
  readonly displayLanguage?: string | null;
  /** Defaults to the local date and time now. */
  readonly clock?: Clock;
  readonly version?: string;
  readonly support?: ApiSupport;
}

export type ExcelEvaluationRun = EvaluationRun & {
  /** False when the plan was refused by the core (conflicts): nothing was written. */
  readonly written: boolean;
  /** What was read, so the task pane's what-if can start from it without another round trip. */
  readonly snapshot: WorkbookSnapshot;
};

export async function evaluateInExcel(context: Excel.RequestContext, options: EvaluateOptions = {}): Promise<ExcelEvaluationRun> {
  const support = options.support ?? officeApiSupport();
  const { snapshot, state } = await readWorkbook(context, namesToRead(), support);
  // Fetched between the reads and the write, from the add-in's own files: no Excel round trip.
  await loadLanguage(reportLanguage(snapshot, options.displayLanguage));
  const run = runEvaluation(snapshot, options.clock ?? localClock(), {
    displayLanguage: options.displayLanguage ?? null,
    ...(options.version ? { version: options.version } : {}),
  });
  if (!run.plan) return { ...run, snapshot, written: false };
  await applyPlan(context, run.plan, { state, support });
  return { ...run, snapshot, written: true };
}

/** The user's local calendar date and time: what "today" means on the Board's papers. */
export function localClock(now: Date = new Date()): Clock {
  return clockAt(now);
}

// Kept importable from here; the task pane takes it from ./select, without the engine.
export { selectAddress } from "./select";

// Kept importable from here; the task pane loads it on demand from ./setup.
export { insertTemplate } from "./setup";
