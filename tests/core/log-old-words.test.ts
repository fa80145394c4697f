/**
 * Logs outlive versions: a log written with the words of an earlier version (and in another
 * language than today's report) still reads. The words below are frozen as they were written;
 * renaming a word in a catalogue without adding the old one to `RETIRED_WORDS` fails here.
 */
import type { CellValue } from "../../src/core/cells";
import { INDICATORS } from "../../src/core/indicators";
import { translate } from "../../src/core/i18n";
import { loadAllLanguages } from "../../src/core/i18n/all";
import { LOG_COLUMNS, LOG_WIDTH, RETIRED_WORDS, outcomeFromWord, readLogHistory, statusFromWord } from "../../src/core/log";
import { LANGUAGES, OUTCOMES, type Outcome, type Status } from "../../src/core/model";

beforeAll(() => loadAllLanguages());

/** The words each released version wrote into the log's status and outcome columns. */
const WRITTEN: readonly { readonly version: string; readonly statuses: Record<Status, string>; readonly outcome: [string, Outcome] }[] = [
  { version: "0.9 en", statuses: { met: "Met", near: "Near", not_met: "Not met", no_data: "No data" }, outcome: ["Monitor", "monitor"] },
  {
    version: "0.9 fr",
    statuses: { met: "Atteint", near: "Proche", not_met: "Non atteint", no_data: "Sans données" },
    outcome: ["Surveiller", "monitor"],
  },
  {
    version: "0.9 es",
    statuses: { met: "Cumplido", near: "Cerca", not_met: "No cumplido", no_data: "Sin datos" },
    outcome: ["Vigilar", "monitor"],
  },
  {
    version: "1.0 en",
    statuses: { met: "Triggered", near: "Near threshold", not_met: "Not triggered", no_data: "No data" },
    outcome: ["Consider activating the MVSP", "consider_mvsp"],
  },
  {
    version: "1.0 fr",
    statuses: { met: "Atteint", near: "Proche du seuil", not_met: "Non atteint", no_data: "Non renseigné" },
    outcome: ["Aucun déclenchement", "no_trigger"],
  },
  {
    version: "1.0 es",
    statuses: { met: "Alcanzado", near: "Cerca del umbral", not_met: "No alcanzado", no_data: "Sin datos" },
    outcome: ["Sin activación", "no_trigger"],
  },
];

function logRow(date: string, outcome: string, statuses: readonly string[]): CellValue[] {
  const row = new Array<CellValue>(LOG_WIDTH).fill(null);
  row[LOG_COLUMNS.timestamp] = `${date} 09:00`;
  row[LOG_COLUMNS.evaluationDate] = date;
  row[LOG_COLUMNS.outcome] = outcome;
  row[LOG_COLUMNS.metCount] = 1;
  row[LOG_COLUMNS.nearCount] = 1;
  row[LOG_COLUMNS.noDataCount] = 1;
  statuses.forEach((word, i) => (row[LOG_COLUMNS.firstIndicator + 2 * i + 1] = word));
  return row;
}

describe("a log written by earlier versions", () => {
  const order: readonly Status[] = ["met", "near", "not_met", "no_data"];

  it.each(WRITTEN.map((w) => [w.version, w] as const))("reads the words of %s", (_version, written) => {
    const words = INDICATORS.map((_, i) => written.statuses[order[i % order.length]]);
    const [entry] = readLogHistory([["header"], logRow("2026-03-31", written.outcome[0], words)]);
    expect(entry).toBeDefined();
    expect(entry.outcome).toBe(written.outcome[1]);
    expect(INDICATORS.map(({ id }) => entry.statuses[id])).toEqual(INDICATORS.map((_, i) => order[i % order.length]));
  });

  it("reads every word the catalogues write today, in every language", () => {
    for (const lang of LANGUAGES) {
      for (const status of order) expect(statusFromWord(translate(lang, "terms", `status.${status}`))).toBe(status);
      for (const outcome of OUTCOMES) expect(outcomeFromWord(translate(lang, "terms", `outcome.${outcome}`))).toBe(outcome);
    }
  });

  it("keeps retired words unambiguous: none is a word in force for something else", () => {
    for (const [status, words] of Object.entries(RETIRED_WORDS.statuses))
      for (const word of words) expect([word, statusFromWord(word)]).toEqual([word, status]);
    for (const [outcome, words] of Object.entries(RETIRED_WORDS.outcomes))
      for (const word of words) expect([word, outcomeFromWord(word)]).toEqual([word, outcome]);
  });
});
