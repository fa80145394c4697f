/**
 * The ribbon's "Evaluate triggers" button: runs the whole evaluation without opening a panel.
 * Loaded by commands.html only: no React, no Fluent UI, nothing of the task pane.
 */
import { evaluateInExcel } from "../adapters/office/evaluate";
import { isAdapterError, toAdapterError } from "../adapters/office/errors";
import { runInExcel } from "../adapters/office/run";
import { DIALOG_READY, PAYLOAD_PARAM, dialogTimeout, type DialogMessage } from "./dialog-message";
import {
  failureText,
  languageFromLocale,
  loadLanguage,
  outcomeNoticeFor,
  problemMessageFor,
  translate,
  type Language,
  type Problem,
} from "./messages";

/** Where the dialog page is served, next to commands.html. */
const DIALOG_PAGE = "dialog.html";

export async function evaluateTriggers(event: Office.AddinCommands.Event): Promise<void> {
  const startedAt = Date.now();
  const displayLanguage = Office.context.displayLanguage;
  let language: Language = languageFromLocale(displayLanguage);
  let lines: string[] = [];
  let detail = "";
  try {
    // So that even a failure before the workbook is read is reported in the user's language.
    await loadLanguage(language);
    const run = await runInExcel((context) => evaluateInExcel(context, { displayLanguage }));
    language = run.language;
    // Success: the plan activated the summary sheet, which shows the outcome; an incomplete one
    // is also said in the dialog, so that missing inputs never pass for a result.
    if (!run.written) lines = run.conflicts.map((problem: Problem) => problemMessageFor(problem, language));
    else lines = [...(outcomeNoticeFor(run.evaluation, language) ?? [])];
  } catch (error) {
    const failure = toAdapterError(error);
    const reason = failureText(failure, language);
    lines = [translate(language, "messages", "evaluate.failed", { message: reason })];
    detail = isAdapterError(error) ? "" : failure.detail;
  }
  try {
    if (lines.length > 0)
      await showMessage({ title: translate(language, "messages", "app.title"), lines, detail, lang: language }, startedAt);
  } finally {
    // Only now: completing the event may end the command's runtime, and the dialog with it.
    event.completed();
  }
}

/**
 * Nothing could be written to the workbook, so the reasons are shown in a small dialog: a
 * ribbon command has no surface of its own and must never fail silently. Resolves when the
 * user closes the dialog, when it cannot open, or before the command's runtime would be ended
 * (DIALOG_TIMEOUT_MS after the click).
 */
function showMessage(message: DialogMessage, startedAt: number): Promise<void> {
  const payload = JSON.stringify(message);
  const byMessage = Office.context.requirements.isSetSupported("DialogApi", "1.2");
  const query = new URLSearchParams(byMessage ? { lang: message.lang } : { lang: message.lang, [PAYLOAD_PARAM]: payload });
  const url = new URL(`${DIALOG_PAGE}?${query.toString()}`, window.location.href).toString();
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      resolve();
    };
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (result) => {
      // A dialog that cannot open (one already open, blocked) leaves the log in the console.
      if (result.status === Office.AsyncResultStatus.Failed) {
        console.error("mvsp-triggers:", message.lines.join(" "), result.error?.message);
        finish();
        return;
      }
      const dialog = result.value;
      timer = setTimeout(
        () => {
          dialog.close();
          finish();
        },
        dialogTimeout(startedAt, Date.now()),
      );
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        if (byMessage && "message" in arg && arg.message === DIALOG_READY) dialog.messageChild(payload);
      });
      // 12006: the user closed the dialog; any other event also ends it.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
    });
  });
}

Office.onReady(() => {
  // On an engine too old for this bundle, the page's old-engine guard answers the button instead.
  if ((window as { MVSP_OLD_ENGINE?: boolean }).MVSP_OLD_ENGINE === true) return;
  Office.actions.associate("evaluateTriggers", evaluateTriggers);
});
