/**
 * `mvsp-triggers verify BOOK.xlsx [--json]`: is the written page still true? The workbook's
 * inputs are compared with the last logged evaluation (per-input fingerprints), and its result
 * cells with what was written. Exit 0 when all match, 3 when not (naming each input changed and
 * each cell edited by hand), 2 when there is nothing to verify or the workbook cannot be read.
 */
import { cliText } from "../core/i18n/cli-catalogue";
import { reviewText } from "../core/i18n/review-catalogue";
import type { Language } from "../core/model";
import { planVerification, type VerifyReport } from "../core/review/verify";
import { reviewLines } from "../core/review/words";
import { readCells } from "../adapters/xlsx/read";
import { CliFailure, UnreadableFile, readFileOrFail, readWorkbook } from "./evaluate-file";
import { escapeControls, type CliIo } from "./output";

export const EXIT_NOT_CURRENT = 3;

/** The SPEC's JSON: `{ current, evaluationDate, loggedAt, changedInputs, editedCells }`. */
export function verifyJson(report: VerifyReport): object {
  return {
    current: report.current,
    evaluationDate: report.evaluationDate,
    loggedAt: report.loggedAt,
    changedInputs: report.changedInputs,
    editedCells: report.editedCells.map(({ cell, written, found }) => ({ cell, written, found })),
  };
}

/** Reads, checks and prints one workbook; resolves to the exit code and never throws for the user's mistakes. */
export async function verifyCommand(
  command: { readonly input: string; readonly json: boolean; readonly lang: Language },
  io: CliIo,
  /** Sentences for people (fitted to the terminal); JSON goes to `io` whole. */
  words: CliIo = io,
): Promise<number> {
  const lang = command.lang;
  let report: VerifyReport;
  try {
    const { pkg, snapshot } = readWorkbook(await readFileOrFail(command.input));
    const verification = planVerification(snapshot, lang);
    if (verification.kind === "noEvaluation") {
      words.stderr(reviewText(lang, "review.noEvaluation", { file: command.input }));
      return 2;
    }
    report = verification.finish(readCells(pkg, verification.summaryCells));
  } catch (error) {
    if (error instanceof UnreadableFile) {
      const reason = error.reasonKey === null ? (error.detail ?? "") : cliText(lang, error.reasonKey, error.params);
      words.stderr(cliText(lang, "file.cannotRead", { file: command.input, reason }));
      return 2;
    }
    if (error instanceof CliFailure) {
      words.stderr(cliText(lang, error.key, error.params));
      return 2;
    }
    throw error;
  }
  if (command.json) io.stdout(escapeControls(JSON.stringify(verifyJson(report), null, 2)));
  else for (const line of reviewLines(report)) words.stdout(line);
  return report.current ? 0 : EXIT_NOT_CURRENT;
}
