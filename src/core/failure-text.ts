/**
 * Excel's refusals in the user's words, for both faces (ribbon dialog, task pane): the reason
 * (`error.<code>` with Excel's own detail), then, for a write that stopped part-way, exactly
 * which parts were written and which were not.
 */
import { translate, type KeyOf } from "./i18n";
import type { Language } from "./model";

/** A part of the workbook one write step changes (the Office adapter's `WritePart`). */
export type WrittenPart = "log" | "statusCells" | "names" | "summary" | "inputs" | "settings";

export interface FailureWords {
  /** Keys `error.<code>` in the messages catalogue. */
  readonly code: string;
  readonly detail: string;
  /** Parts completely written before the failure. */
  readonly written?: readonly WrittenPart[];
  /** Parts the write meant to make and did not. */
  readonly missing?: readonly WrittenPart[];
}

/** Codes whose own words already say that nothing was written. */
const SAYS_NOTHING_WRITTEN = new Set(["sheetPassword", "readOnly", "structureProtected", "sheetExists", "sheetNotOwned"]);

function parts(list: readonly WrittenPart[], lang: Language): string {
  return list.map((part) => translate(lang, "messages", `write.part.${part}`)).join(", ");
}

export function failureText(failure: FailureWords, lang: Language): string {
  const reason = translate(lang, "messages", `error.${failure.code}` as KeyOf<"messages">, { detail: failure.detail });
  const written = failure.written ?? [];
  const missing = failure.missing ?? [];
  if (written.length > 0 && missing.length > 0) {
    return `${reason} ${translate(lang, "messages", "write.written", { parts: parts(written, lang), missing: parts(missing, lang) })}`;
  }
  if (written.length === 0 && missing.length > 0 && !SAYS_NOTHING_WRITTEN.has(failure.code))
    return `${reason} ${translate(lang, "messages", "write.nothing")}`;
  return reason;
}
