/** What the ribbon command hands its message dialog, and how the two pages find each other. */
export interface DialogMessage {
  readonly title: string;
  readonly lines: readonly string[];
  readonly detail: string;
  readonly lang: string;
}

/**
 * A function command's runtime ends five minutes after the click at the latest ("Runtimes in
 * Office Add-ins", browser runtime: https://learn.microsoft.com/office/dev/add-ins/testing/runtimes).
 */
export const COMMAND_LIFE_MS = 5 * 60_000;
/** Time left to close the dialog and complete the event before the runtime is ended. */
export const COMPLETE_MARGIN_MS = 30_000;
/** The longest a dialog stays open: counted from the click, not from the dialog's opening. */
export const DIALOG_TIMEOUT_MS = COMMAND_LIFE_MS - COMPLETE_MARGIN_MS;

/** How long a dialog opened at `now` may stay open, for a command clicked at `startedAt`. */
export function dialogTimeout(startedAt: number, now: number): number {
  return Math.max(0, startedAt + DIALOG_TIMEOUT_MS - now);
}

/** The dialog tells its opener it is listening; the opener answers with the message. */
export const DIALOG_READY = "mvsp-dialog-ready";

/**
 * Hosts without DialogApi 1.2 (no `messageChild`) get the message in the query string, as JSON:
 * one line of text, since line breaks in the URL fail `displayInIframe` (office-js#2762, 5001).
 */
export const PAYLOAD_PARAM = "payload";

export function parseDialogMessage(text: string | null): DialogMessage | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<DialogMessage>;
    if (!Array.isArray(value.lines)) return null;
    return {
      title: String(value.title ?? ""),
      lines: value.lines.map(String),
      detail: String(value.detail ?? ""),
      lang: String(value.lang ?? ""),
    };
  } catch {
    return null;
  }
}
