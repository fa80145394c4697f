/**
 * The pane's evaluation use case: apart from ./pane because it carries the whole engine (reader,
 * rules, write plan), which the task pane loads on demand, not with its first screen.
 */
import type { Clock } from "../../core";
import { evaluateInExcel, localClock, type ExcelEvaluationRun } from "./evaluate";
import { guarded } from "./pane";
import type { Failed } from "./port";
import type { ApiSupport } from "./support";

export type EvaluationResult = { readonly ok: true; readonly run: ExcelEvaluationRun; readonly clock: Clock } | Failed;

export function evaluateForPane(
  context: Excel.RequestContext,
  displayLanguage: string | null,
  support?: ApiSupport,
): Promise<EvaluationResult> {
  return guarded(async () => {
    const clock = localClock();
    const run = await evaluateInExcel(context, { displayLanguage, clock, ...(support ? { support } : {}) });
    return { ok: true as const, run, clock };
  });
}
