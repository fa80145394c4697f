/** What the ribbon command hands its message dialog, and how the two pages find each other. */
export interface DialogMessage {
  readonly title: string;
  readonly lines: readonly string[];
  readonly detail: string;
  readonly lang: string;
}

/** A dialog left open this long is closed, so the ribbon command always completes. */
export const DIALOG_TIMEOUT_MS = 5 * 60_000;

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
