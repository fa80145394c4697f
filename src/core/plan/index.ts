/**
 * Evaluation → write plan: the status cells, the `MVSP Triggers` summary, one more row of the
 * `MVSP Evaluation Log`; and the `Inputs` template. Pure functions; the adapters apply the plan.
 */
import type { Problem } from "../model";
import { buildLogSheet, lastLoggedRun } from "../log";
import { changedInputs, inputFingerprints } from "../review/fingerprints";
import { notOwnedConflict } from "./ownership";
import { logFullConflict } from "./log-capacity";
import { withQuotePrefixes } from "./quote-prefix";
import { buildStatusCells } from "./status-cells";
import { STYLES } from "./styles";
import { buildSummarySheet } from "./summary";
import { SHEET_NAMES, type EvaluationPlanArgs, type WritePlan } from "./types";

export { buildTemplatePlan } from "./template-plan";

export type { EvaluationPlanArgs } from "./types";
export { statusStyleKey, outcomeStyleKey, STYLES, NUMBER_FORMATS } from "./styles";
export { statusCellProblems } from "./status-cells";
export { HISTORY_LIMIT, trendBarBounds } from "./summary-panels";
export { summaryPrintScale, summaryFirstPageEnd } from "./summary";

/**
 * Placeholders in `PrintSetup.footerRight` (and any header/footer text) that adapters replace
 * with their page-number codes (`&P`, `&N` in Excel), after escaping any literal `&` as `&&`.
 */
export const PAGE_TOKENS = { page: "{page}", pages: "{pages}" } as const;

/**
 * Header/footer text in Excel's code syntax, shared by both adapters: `&` starts a code, so a
 * literal one is doubled before the page tokens become `&P` (page) and `&N` (pages).
 */
export function headerFooterCode(text: string): string {
  return text.replace(/&/g, "&&").split(PAGE_TOKENS.page).join("&P").split(PAGE_TOKENS.pages).join("&N");
}

/**
 * The writes of one evaluation, or the conflicts that forbid them: a sheet called like one of
 * the add-in's that the add-in did not create is the user's, and nothing at all is written.
 */
export function buildEvaluationPlan(args: EvaluationPlanArgs): { plan: WritePlan } | { conflicts: Problem[] } {
  const conflicts = [
    notOwnedConflict(args.snapshot, "summary", SHEET_NAMES.summary),
    notOwnedConflict(args.snapshot, "log", SHEET_NAMES.log),
  ].filter((p): p is Problem => p !== null);
  if (conflicts.length > 0) return { conflicts };

  // Same inputs, settings and date as the last logged row: the log gets no new row, and the
  // summary says since when nothing changed.
  const last = lastLoggedRun(args.snapshot.log, args.snapshot.date1904);
  // The cells behind the inputs must match too, where the row records them: else a later check
  // would find the last row's per-input fingerprints out of date although nothing was logged.
  const sameCells = last !== null && changedInputs(last, inputFingerprints(args.snapshot)).length === 0;
  const unchangedSince = last !== null && last.fingerprint === args.evaluation.fingerprint && sameCells ? last.timestamp : null;
  const summary = buildSummarySheet({ ...args, unchangedSince });
  const log = unchangedSince === null ? buildLogSheet(args) : null;
  const full = log ? logFullConflict(args.snapshot) : null;
  if (full) return { conflicts: [full] };
  return {
    plan: withQuotePrefixes({
      styles: STYLES,
      sheets: log ? [summary.sheet, log.sheet] : [summary.sheet],
      statusCells: buildStatusCells(args.snapshot, args.evaluation, args.language),
      names: [summary.name, ...(log ? [log.name] : []), ...summary.areaNames],
    }),
  };
}
