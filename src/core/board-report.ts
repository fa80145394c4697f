/**
 * The paragraph finance staff paste into the Board's quarterly implementation report: the
 * outcome, each met or near indicator with its value and margin, and what changed since the
 * last evaluation, in the report language. One function for the pane's "Copy for the Board
 * report" and `mvsp-triggers evaluate --format text`.
 */
import type { LogEntry } from "./plan/log";
import type { Evaluation, Language } from "./model";
import { compareWithPrevious } from "./history";
import { outcomeSentence } from "./text";

export function boardParagraph(evaluation: Evaluation, history: readonly LogEntry[], lang: Language): string {
  // First version: the outcome sentence. The issue-11 work extends it with the indicators and the changes.
  void compareWithPrevious(history, evaluation);
  return outcomeSentence(evaluation, lang);
}
