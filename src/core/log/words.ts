/**
 * The words a log's cells may hold (status, outcome, yes/no) in every language and every earlier
 * version, read back as ids. Users may type anything into a log: unknown words give null.
 */
import { TERMS } from "../i18n";
import { LANGUAGES, OUTCOMES, type Outcome, type Status } from "../model";

/** Case, accents, underscores and spacing do not matter: `Sí`, `si`, `not_met`, `Not met`. */
export function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_]+/g, " ")
    .trim();
}

function wordTable<T extends string>(ids: readonly T[], termKey: (id: T) => string): Map<string, T> {
  const table = new Map<string, T>();
  for (const id of ids) {
    table.set(normalise(id), id);
    for (const lang of LANGUAGES) {
      const word = (TERMS[lang] as Readonly<Record<string, string>>)[termKey(id)];
      if (word) table.set(normalise(word), id);
    }
  }
  return table;
}

const STATUSES: readonly Status[] = ["met", "near", "not_met", "no_data"];

/** Status words of logs written before the SPEC's trigger vocabulary ("Met", "Cumplido"...). */
const LEGACY_STATUS_WORDS: Readonly<Record<string, Status>> = {
  "Met": "met",
  "Near": "near",
  "Not met": "not_met",
  "Proche": "near",
  "Sans données": "no_data",
  "Cumplido": "met",
  "Cerca": "near",
  "No cumplido": "not_met",
};
let statusWords: Map<string, Status> | null = null;
let outcomeWords: Map<string, Outcome> | null = null;
let yesNoWords: Map<string, boolean> | null = null;

/** Built on first use, so the catalogues are complete by then whatever the import order. */
export function statusFromWord(text: string): Status | null {
  if (!statusWords) {
    statusWords = wordTable(STATUSES, (s) => `status.${s}`);
    for (const [word, status] of Object.entries(LEGACY_STATUS_WORDS)) statusWords.set(normalise(word), status);
  }
  return statusWords.get(normalise(text)) ?? null;
}

export function outcomeFromWord(text: string): Outcome | null {
  outcomeWords ??= wordTable(OUTCOMES, (o) => `outcome.${o}`);
  return outcomeWords.get(normalise(text)) ?? null;
}

export function yesNoFromWord(text: string): boolean | null {
  if (!yesNoWords) {
    yesNoWords = new Map([["true", true], ["false", false]]);
    for (const lang of LANGUAGES) {
      yesNoWords.set(normalise(TERMS[lang].yes), true);
      yesNoWords.set(normalise(TERMS[lang].no), false);
    }
  }
  return yesNoWords.get(normalise(text)) ?? null;
}

