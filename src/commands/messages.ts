/** The few core text helpers the ribbon command needs, re-exported so its imports stay narrow. */
export { languageFromLocale, loadLanguage, translate, type Language, type Problem } from "../core";
import { problemMessage } from "../core/text";
import type { Language, Problem } from "../core";

/** `'Budget 2026'!B7: …`: where, then what. */
export function problemMessageFor(problem: Problem, language: Language): string {
  const message = problemMessage(problem, language);
  return problem.cell ? `${problem.cell}: ${message}` : message;
}
