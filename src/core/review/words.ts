/** The review check's result in words, one line each: the command line prints them, the task pane shows them. */
import { reviewText } from "../i18n/review-catalogue";
import type { Language } from "../model";
import { dateText } from "../text";
import type { VerifyReport } from "./verify";

export function reviewLines(report: VerifyReport, lang: Language = report.language): string[] {
  const date = dateText(report.evaluationDate, lang);
  if (report.current) return [reviewText(lang, "review.current", { date })];
  const lines = [reviewText(lang, "review.notCurrent", { date })];
  if (report.changedInputs.length > 0) {
    lines.push(reviewText(lang, "review.changedInputs", { count: report.changedInputs.length, names: report.changedInputs.join(", ") }));
  }
  if (report.unnamedChange) lines.push(reviewText(lang, "review.unnamedChange"));
  if (report.editedCells.length > 0) {
    lines.push(reviewText(lang, "review.editedCells", { count: report.editedCells.length }));
    const empty = reviewText(lang, "review.empty");
    for (const edit of report.editedCells) {
      lines.push(
        `  ${reviewText(lang, "review.editedCell", { cell: edit.cell, written: edit.written || empty, found: edit.found || empty })}`,
      );
    }
  }
  lines.push(reviewText(lang, "review.loggedAt", { timestamp: report.loggedAt }));
  lines.push(reviewText(lang, "review.evaluateAgain"));
  return lines;
}
