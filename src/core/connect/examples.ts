/**
 * The template's example data left in a workbook. It is marked by what users see: members are
 * named after invented places (`EXAMPLE_PLACES`), and the example evidence starts with the word
 * "Example" of its language (`terms.example.mark`). While any remains, the evaluation warns
 * naming the cells, and the summary's heading says the page holds example data.
 */
import type { RangeSnapshot, WorkbookSnapshot } from "../cells";
import { rangeAddress } from "../address";
import { TERMS } from "../i18n";
import { LANGUAGES, type Problem } from "../model";
import { EXAMPLE_PLACES } from "../plan/example-data";
import { HEADERS } from "../read/columns";
import { INPUT } from "../read/names";
import { fold } from "../read/text";

const PLACE_WORDS: ReadonlySet<string> = new Set(EXAMPLE_PLACES.map(fold));
const MARKS: readonly string[] = LANGUAGES.map((lang) => fold(TERMS[lang]["example.mark"]));

/** The column whose header is one of `names` (folded), or -1. */
function column(range: RangeSnapshot, names: readonly string[]): number {
  const wanted = new Set(names.map(fold));
  return (range.values[0] ?? []).findIndex((v) => typeof v === "string" && wanted.has(fold(v)));
}

/** Rows (below the header) whose cell in `col` passes `test`: first, last and count. */
function rowsWhere(
  range: RangeSnapshot,
  col: number,
  test: (text: string) => boolean,
): { first: number; last: number; count: number } | null {
  let first = -1;
  let last = -1;
  let count = 0;
  for (let r = 1; r < range.values.length; r++) {
    const value = range.values[r]?.[col];
    if (typeof value !== "string" || !test(value)) continue;
    if (first < 0) first = r;
    last = r;
    count += 1;
  }
  return count === 0 ? null : { first, last, count };
}

/** A word (a run of letters, as `\p{L}` sees them) of an organisation's name, folded, is an invented place. */
const holdsPlaceWord = (text: string): boolean => text.split(/[^\p{L}]+/u).some((word) => word !== "" && PLACE_WORDS.has(fold(word)));

const NOT_ASCII = /[\u0080-\uffff]/;
/**
 * The same test on a name written in ASCII, in one native search: there a word is a run of
 * `A-Z a-z` and folding it only lowers its case, so it is a place when it is one of the folded
 * places between two non-letters. A 20k-member roster was 20k splits and 40k folds.
 */
const PLACE_IN_ASCII: RegExp | null = ((): RegExp | null => {
  const words = [...PLACE_WORDS].filter((word) => /^[a-z]+$/.test(word));
  return words.length === 0 ? null : new RegExp(`(?<![A-Za-z])(?:${words.join("|")})(?![A-Za-z])`, "i");
})();

export const isExampleOrganisation = (text: string): boolean =>
  NOT_ASCII.test(text) ? holdsPlaceWord(text) : PLACE_IN_ASCII !== null && PLACE_IN_ASCII.test(text);

const isExampleEvidence = (text: string): boolean => {
  const start = fold(text.trim().split(/[\s:：]/u)[0] ?? "");
  return MARKS.includes(start);
};

function tableRange(snapshot: WorkbookSnapshot, name: string): RangeSnapshot | null {
  const found = snapshot.names[name];
  return found?.kind === "range" && Array.isArray(found.range.values) ? found.range : null;
}

export function exampleDataProblems(snapshot: WorkbookSnapshot): Problem[] {
  const problems: Problem[] = [];
  const roster = tableRange(snapshot, INPUT.memberRoster);
  if (roster) {
    const col = column(roster, [...HEADERS.roster.organisation.names, ...HEADERS.roster.organisation.alsoAccepted]);
    const rows = col < 0 ? null : rowsWhere(roster, col, isExampleOrganisation);
    if (rows) {
      const cell = rangeAddress(roster.sheet, roster.row + rows.first, roster.col + col, rows.last - rows.first + 1, 1);
      problems.push({ severity: "warning", name: INPUT.memberRoster, cell, code: "exampleMembers", params: { count: rows.count } });
    }
  }
  const factors = tableRange(snapshot, INPUT.externalFactors);
  if (factors) {
    const col = column(factors, HEADERS.external.evidence.names);
    const rows = col < 0 ? null : rowsWhere(factors, col, isExampleEvidence);
    if (rows) {
      const cell = rangeAddress(factors.sheet, factors.row + rows.first, factors.col + col, rows.last - rows.first + 1, 1);
      problems.push({ severity: "warning", name: INPUT.externalFactors, cell, code: "exampleEvidence", params: {} });
    }
  }
  return problems;
}

/** True when the evaluation's problems say example data remains (the summary's heading says so). */
export function holdsExampleData(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.code === "exampleMembers" || p.code === "exampleEvidence");
}
