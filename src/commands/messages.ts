/** The few core text helpers the ribbon command needs, re-exported so its imports stay narrow. */
export { languageFromLocale, loadLanguage, translate, type Language, type Problem } from "../core";
export { failureText } from "../core/failure-text";
import { outcomeLabel, outcomeSentence, problemMessage } from "../core/text";
import type { Evaluation, Language, Problem } from "../core";

/** `'Budget 2026'!B7: …`: where, then what. */
export function problemMessageFor(problem: Problem, language: Language): string {
  const message = problemMessage(problem, language);
  return problem.cell ? `${problem.cell}: ${message}` : message;
}

/**
 * What the ribbon says after a written evaluation whose outcome is `incomplete`: the summary
 * sheet it activates shows it too, but a one-click run must not let missing inputs pass for a
 * result. The outcome in words, then the sentence naming what is missing; null otherwise.
 */
export function outcomeNoticeFor(evaluation: Evaluation, language: Language): readonly string[] | null {
  if (evaluation.outcome !== "incomplete") return null;
  return [outcomeLabel(evaluation.outcome, language), outcomeSentence(evaluation, language)];
}
