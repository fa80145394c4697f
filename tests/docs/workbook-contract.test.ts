/**
 * docs/workbook-contract.md against the code: its tables of input names, headers and status
 * words are read and compared with the core's own definitions, so the document cannot drift.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { INPUT_NAMES } from "../../src/core/read/names";
import { HEADERS } from "../../src/core/read/columns";
import type { ColumnSpec } from "../../src/core/read/columns";
import { INPUT } from "../../src/core/read/input-names";
import { INDICATORS } from "../../src/core/indicators";
import { statusWord } from "../../src/core/text";
import { loadAllLanguages } from "../../src/core/i18n/all";
import type { Status } from "../../src/core/model";

const DOC = readFileSync(path.join(__dirname, "..", "..", "docs", "workbook-contract.md"), "utf8");

/** The rows of the table under `heading` (cells trimmed, header and rule rows dropped). */
function table(heading: string): string[][] {
  const start = DOC.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const next = DOC.indexOf("\n## ", start + 1);
  const lines = DOC.slice(start, next < 0 ? undefined : next).split("\n");
  const first = lines.findIndex((line) => line.startsWith("|"));
  const rows: string[][] = [];
  for (let i = first + 2; i < lines.length && lines[i].startsWith("|"); i++) {
    rows.push(
      lines[i]
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

const unquote = (cell: string) => cell.replace(/^`|`$/g, "");
const list = (cell: string) => (cell === "" ? [] : cell.split(",").map((s) => s.trim()));

/** Which header group of the reader each table input uses. */
const GROUP_OF: Readonly<Record<string, keyof typeof HEADERS>> = {
  [INPUT.cashFlow]: "cashFlow",
  [INPUT.memberRoster]: "roster",
  [INPUT.coreServiceCosts]: "costs",
  [INPUT.externalFactors]: "external",
  [INPUT.triggerSettings]: "settings",
};

describe("docs/workbook-contract.md", () => {
  beforeAll(() => loadAllLanguages());

  it("lists exactly the input names the reader looks up", () => {
    const names = table("Inputs: named ranges").map((row) => unquote(row[0]));
    expect([...names].sort()).toEqual([...INPUT_NAMES].sort());
  });

  it("lists every recognised header of every table input, in three languages, as the reader accepts them", () => {
    const documented = table("Recognised headers").map(([input, column, en, fr, es, also]) => ({
      input: unquote(input),
      column: column.replace(/ \(optional\)$/, ""),
      optional: column.endsWith("(optional)"),
      names: [...new Set([...list(en), ...list(fr), ...list(es)])].sort(),
      also: list(also).sort(),
      languages: [en, fr, es].every((cell) => cell !== ""),
    }));
    const expected = Object.entries(GROUP_OF).flatMap(([input, group]) =>
      Object.values(HEADERS[group] as Readonly<Record<string, ColumnSpec>>).map((spec) => ({
        input,
        column: spec.header,
        optional: !spec.required,
        names: [...spec.names].sort(),
        also: [...(spec.alsoAccepted ?? [])].sort(),
        languages: true,
      })),
    );
    const key = (row: { input: string; column: string }) => `${row.input}/${row.column}`;
    expect([...documented].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      [...expected].sort((a, b) => key(a).localeCompare(key(b))),
    );
  });

  it("gives the status words the catalogues write", () => {
    const rows = table("Outputs");
    const expected = (["met", "near", "not_met", "no_data"] as const).map((status: Status) => [
      `\`${status}\``,
      statusWord(status, "en"),
      statusWord(status, "fr"),
      statusWord(status, "es"),
    ]);
    expect(rows).toEqual(expected);
  });

  it("names every indicator's status cell", () => {
    for (const { id } of INDICATORS) expect(DOC).toContain(`\`${id}\``);
  });
});
