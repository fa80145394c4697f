/**
 * The ribbon's "Evaluate triggers" button: runs the whole evaluation without opening a panel.
 * Loaded by commands.html only: no React, no Fluent UI, nothing of the task pane.
 */
import { evaluateInExcel } from "../adapters/office/evaluate";
import { isAdapterError, toAdapterError } from "../adapters/office/errors";
import { languageFromLocale, loadLanguage, problemMessageFor, translate, type Language, type Problem } from "./messages";

/** Where the dialog page is served, next to commands.html. */
const DIALOG_PAGE = "dialog.html";

export async function evaluateTriggers(event: Office.AddinCommands.Event): Promise<void> {
  const displayLanguage = Office.context.displayLanguage;
  let language: Language = languageFromLocale(displayLanguage);
  try {
    // So that even a failure before the workbook is read is reported in the user's language.
    await loadLanguage(language);
    const run = await Excel.run((context) => evaluateInExcel(context, { displayLanguage }));
    language = run.language;
    // Success: the plan activated the summary sheet, which shows the outcome.
    if (!run.written) await showMessage(language, run.conflicts.map((problem: Problem) => problemMessageFor(problem, language)));
  } catch (error) {
    const failure = toAdapterError(error);
    const reason = translate(language, "messages", `error.${failure.code}`, { detail: failure.detail });
    await showMessage(language, [translate(language, "messages", "evaluate.failed", { message: reason })], isAdapterError(error) ? "" : failure.detail);
  } finally {
    event.completed();
  }
}

/**
 * Nothing could be written to the workbook, so the reasons are shown in a small dialog: a
 * ribbon command has no surface of its own and must never fail silently.
 */
function showMessage(language: Language, lines: readonly string[], detail = ""): Promise<void> {
  const query = new URLSearchParams({ title: translate(language, "messages", "app.title"), message: lines.join("\n"), detail, lang: language });
  const url = new URL(`${DIALOG_PAGE}?${query.toString()}`, window.location.href).toString();
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (result) => {
      // A dialog that cannot open (one already open, blocked) leaves the log in the console.
      if (result.status === Office.AsyncResultStatus.Failed) console.error("mvsp-triggers:", lines.join(" "), result.error?.message);
      resolve();
    });
  });
}

Office.onReady(() => {
  Office.actions.associate("evaluateTriggers", evaluateTriggers);
});
