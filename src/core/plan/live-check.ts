/**
 * The summary's live-check block: one cell (merged across `cols`) holding the formula of
 * `review/live-check`, empty while the inputs are as evaluated, "Inputs changed since this
 * evaluation: evaluate again" once a spreadsheet recalculates after a change. The summary
 * builder places it with one call, in its first lines.
 */
import type { WorkbookSnapshot } from "../cells";
import { reviewText } from "../i18n/review-catalogue";
import type { Language } from "../model";
import { liveCheckFigures, liveCheckFormula } from "../review/live-check";
import type { SheetBuilder } from "./layout";
import { S } from "./styles";

/** Writes the block at `row`, columns `col`..`col + cols - 1`; nothing when the workbook has no input to watch. */
export function placeLiveCheck(
  b: SheetBuilder,
  at: { row: number; col: number; cols: number },
  snapshot: WorkbookSnapshot,
  lang: Language,
): void {
  const message = reviewText(lang, "review.inputsChanged");
  const formula = liveCheckFormula(liveCheckFigures(snapshot), message);
  if (formula === null) return;
  // Tall enough for the message when it shows (12 pt bold: fewer characters a line than the 11 pt estimate).
  b.fitText(at.row, at.col, message + " ".repeat(Math.ceil(message.length / 5)), at.cols);
  // Empty text: what the formula gives while nothing changed, so the cached value is true on writing.
  b.put(at.row, at.col, "", S.liveCheck, { formula });
  for (let c = at.col + 1; c < at.col + at.cols; c++) b.put(at.row, c, null, S.liveCheck);
  if (at.cols > 1) b.merge(at.row, at.col, at.cols);
}
