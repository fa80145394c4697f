/**
 * The pane's "Evaluate" on top of the Office adapter, loaded on demand by ./excel-gateway: it
 * carries the whole engine, which the pane's first screen does not need.
 */
import { readInputs } from "../core";
import { evaluateForPane } from "../adapters/office/pane-evaluate";
import type { Failed, PaneEvaluation } from "./gateway";

export async function evaluateInPane(
  context: Excel.RequestContext,
  displayLanguage: string | null,
): Promise<{ readonly ok: true; readonly result: PaneEvaluation } | Failed> {
  const outcome = await evaluateForPane(context, displayLanguage);
  if (!outcome.ok) return outcome;
  const { run: evaluated, clock } = outcome;
  // What-if starts from the typed inputs of the very snapshot evaluated: no further round trip.
  const { inputs, problems } = readInputs(evaluated.snapshot);
  return {
    ok: true as const,
    result: {
      evaluation: evaluated.evaluation,
      language: evaluated.language,
      history: evaluated.history,
      conflicts: evaluated.conflicts,
      written: evaluated.written,
      inputs,
      readerProblems: problems,
      today: clock.today,
    },
  };
}
