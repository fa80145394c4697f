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

const STATUSES: readonly Status[] = ["met", "near", "not_met", "no_data"];

/**
 * Words earlier versions wrote into the log that no catalogue holds any more, by what they
 * meant. The words in force come from the catalogues (every language); this is the one list of
 * the others. Renaming a status or outcome word in a catalogue means adding its old spelling
 * here, or older logs stop reading (`tests/core/log-old-words.test.ts` reads one).
 */
export const RETIRED_WORDS: {
  readonly statuses: Readonly<Record<Status, readonly string[]>>;
  readonly outcomes: Readonly<Record<Outcome, readonly string[]>>;
} = {
  // Before the SPEC's trigger vocabulary ("Triggered", "Atteint", "Alcanzado").
  statuses: { met: ["Met", "Cumplido"], near: ["Near", "Proche", "Cerca"], not_met: ["Not met", "No cumplido"], no_data: ["Sans données"] },
  outcomes: { consider_mvsp: [], incomplete: [], monitor: [], no_trigger: [] },
};

/** Each word a log may hold for one of `ids`: its id, its word in every catalogue, its retired words. */
function wordTable<T extends string>(
  ids: readonly T[],
  termKey: (id: T) => string,
  retired: Readonly<Record<T, readonly string[]>>,
): Map<string, T> {
  const table = new Map<string, T>();
  for (const id of ids) {
    table.set(normalise(id), id);
    for (const word of retired[id]) table.set(normalise(word), id);
    for (const lang of LANGUAGES) {
      const word = (TERMS[lang] as Readonly<Record<string, string>>)[termKey(id)];
      if (word) table.set(normalise(word), id);
    }
  }
  return table;
}

let statusWords: Map<string, Status> | null = null;
let outcomeWords: Map<string, Outcome> | null = null;
let yesNoWords: Map<string, boolean> | null = null;

/** Built on first use, so the catalogues are complete by then whatever the import order. */
export function statusFromWord(text: string): Status | null {
  statusWords ??= wordTable(STATUSES, (s) => `status.${s}`, RETIRED_WORDS.statuses);
  return statusWords.get(normalise(text)) ?? null;
}

export function outcomeFromWord(text: string): Outcome | null {
  outcomeWords ??= wordTable(OUTCOMES, (o) => `outcome.${o}`, RETIRED_WORDS.outcomes);
  return outcomeWords.get(normalise(text)) ?? null;
}

export function yesNoFromWord(text: string): boolean | null {
  if (!yesNoWords) {
    yesNoWords = new Map([
      ["true", true],
      ["false", false],
    ]);
    for (const lang of LANGUAGES) {
      yesNoWords.set(normalise(TERMS[lang].yes), true);
      yesNoWords.set(normalise(TERMS[lang].no), false);
    }
  }
  return yesNoWords.get(normalise(text)) ?? null;
}
