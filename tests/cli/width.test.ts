/**
 * The command line's default output fits the terminal in every language: `COLUMNS`, else the
 * terminal's width, else 80; nothing is lost on the way (every word of every indicator name and
 * problem is still printed). `--format text` prints the Board paragraph.
 */
import { spawn, spawnSync } from "child_process";
import * as path from "path";
import { main, type CliIo } from "../../src/cli/main";
import { evaluateFile } from "../../src/cli/evaluate-file";
import { outputWidth, wrapWords, fitLine } from "../../src/cli/wrap";
import { boardParagraph } from "../../src/core/board-report";
import { indicatorName, problemMessage } from "../../src/core/text";
import { LANGUAGES, type Language } from "../../src/core/model";
import { INDICATORS } from "../../src/core/indicators";
import { BIN, ROOT, buildBin, makeTempDir } from "../support/cli-run";

const tmp = makeTempDir("mvsp-width-");
afterAll(() => tmp.cleanup());

const EXAMPLE = path.join(ROOT, "examples", "mvsp-inputs-2026.xlsx");
const template = tmp.file("template.xlsx");
/** Every input spoilt: dozens of problems, most of them long. */
const spoilt = tmp.file("spoilt.xlsx");
/** Evaluated once as of 2025-12-31: its log gives each indicator a previous value. */
const logged = tmp.file("logged.xlsx");

const SPOIL = `
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
for dn in wb.defined_names.definedName:
    for sheet, ref in dn.destinations:
        cells = wb[sheet][ref]
        if not isinstance(cells, tuple):
            cells.value = "lots"
for ws in wb.worksheets:
    for table in ws.tables.values():
        for row in ws[table.ref][1:6]:
            for c in row[1:]:
                c.value = "??"
wb.save(sys.argv[2])
`;

interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

async function runWith(env: Record<string, string>, columns: number | undefined, ...argv: string[]): Promise<Output> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => (stdout += `${text}\n`),
    stderr: (text) => (stderr += `${text}\n`),
    env: { LANG: "en_GB.UTF-8", ...env },
    now: () => new Date(2026, 9, 5, 14, 30),
    columns,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const codePoints = (line: string): number => [...line].length;
const tooLong = (text: string, width: number): string[] => text.split("\n").filter((line) => codePoints(line) > width);
/** Words as printed: ordinary and no-break spaces both separate them here. */
const wordsOf = (text: string): Set<string> => new Set(text.split(/[\s\u00a0\u202f]+/).filter((w) => w !== ""));

beforeAll(async () => {
  if ((await runWith({}, undefined, "template", template)).code !== 0) throw new Error("template failed");
  const made = spawnSync("/usr/bin/python3", ["-c", SPOIL, template, spoilt], { encoding: "utf8" });
  if (made.status !== 0) throw new Error(made.stderr);
  const first = await runWith({}, undefined, "evaluate", template, "--date", "2025-12-31", "--out", logged);
  if (first.code !== 0) throw new Error(first.stderr);
}, 60000);

describe("the width used", () => {
  it("is COLUMNS when set (at least 40), never the terminal's then; else the terminal's; else 80", () => {
    expect(outputWidth({ COLUMNS: "100" }, 200)).toBe(100);
    expect(outputWidth({ COLUMNS: "30" }, 200)).toBe(40);
    expect(outputWidth({ COLUMNS: "wide" }, 200)).toBe(80);
    expect(outputWidth({}, 132)).toBe(132);
    expect(outputWidth({}, undefined)).toBe(80);
    expect(outputWidth({ COLUMNS: "" }, undefined)).toBe(80);
  });

  it("wraps at ordinary spaces only, keeps no-break spaces, and cuts a word longer than the line", () => {
    expect(wrapWords("Avertissement\u00a0: le facteur E3", 16)).toEqual(["Avertissement\u00a0:", "le facteur E3"]);
    expect(wrapWords("abcdefghij kl", 4)).toEqual(["abcd", "efgh", "ij", "kl"]);
    expect(fitLine("  Error: one two three four", 14)).toEqual(["  Error: one", "    two three", "    four"]);
  });

  it("follows COLUMNS end to end: 120 keeps every column on one line, 60 does not", async () => {
    const wide = await runWith({ COLUMNS: "120" }, 60, "evaluate", EXAMPLE);
    expect(wide.stdout).toMatch(/Indicator\s+Value\s+Met when\s+Near from\s+Margin to trigger\s+Status/);
    expect(wide.stdout).toMatch(/Active member organisations\s+68\s+< 70\s+≤ 73\s+met by 2\s+Triggered/);
    // No COLUMNS, not a terminal: 80.
    expect(tooLong((await runWith({}, undefined, "evaluate", EXAMPLE)).stdout, 80)).toEqual([]);
    expect(tooLong((await runWith({}, undefined, "evaluate", EXAMPLE)).stdout, 79).length).toBeGreaterThan(0);
    // No COLUMNS, a terminal of 60 columns: 60.
    expect(tooLong((await runWith({}, 60, "evaluate", EXAMPLE)).stdout, 60)).toEqual([]);
  });
});

describe.each([60, 80, 120])("at %i columns", (width) => {
  describe.each(LANGUAGES)("in %s", (lang: Language) => {
    it.each([
      ["the example", EXAMPLE],
      ["a workbook with many problems", spoilt],
      ["a workbook with a log", logged],
    ])("every line of %s fits, and every indicator name and problem is printed whole", async (_, file) => {
      const out = await runWith({ COLUMNS: String(width) }, undefined, "evaluate", file, "--lang", lang);
      expect(out.code).toBeLessThan(2);
      expect(tooLong(out.stdout, width)).toEqual([]);
      expect(tooLong(out.stderr, width)).toEqual([]);
      const printed = wordsOf(out.stdout);
      for (const { id } of INDICATORS) {
        for (const word of wordsOf(indicatorName(id, lang)))
          expect({ id, word, printed: printed.has(word) }).toEqual({ id, word, printed: true });
      }
      const result = await evaluateFile({ input: file, target: null, inPlace: false, date: null, uiLang: lang, now: new Date(2026, 9, 5) });
      const problems = result.evaluation!.problems;
      if (file === spoilt) expect(problems.length).toBeGreaterThan(20);
      for (const problem of problems) {
        for (const word of wordsOf(problemMessage(problem, lang)))
          expect({ word, printed: printed.has(word) }).toEqual({ word, printed: true });
      }
    });
  });
});

describe("previous values", () => {
  it("are shown beside today's when the workbook has a log, with the previous evaluation's date", async () => {
    const out = await runWith({ COLUMNS: "100" }, undefined, "evaluate", logged);
    expect(out.stdout).toContain("Values: at the previous evaluation (2025-12-31, 2025 Q4) → today.");
    expect(out.stdout).toMatch(/Active member organisations\s+71 → 68\s/);
    expect(out.stdout).toMatch(/New members in the last 12 months\s+0 → 1\s/);
    const none = await runWith({ COLUMNS: "100" }, undefined, "evaluate", EXAMPLE);
    expect(none.stdout).not.toContain("→");
  });
});

describe("--format text", () => {
  it.each(LANGUAGES)("prints the Board paragraph (%s) on one line, and nothing else on stdout", async (lang) => {
    const out = await runWith({ COLUMNS: "80" }, undefined, "evaluate", logged, "--format", "text", "--lang", lang);
    expect(out.code).toBe(0);
    const result = await evaluateFile({ input: logged, target: null, inPlace: false, date: null, uiLang: lang, now: new Date(2026, 9, 5) });
    expect(result.history!.length).toBe(1);
    expect(out.stdout).toBe(`${boardParagraph(result.evaluation!, result.history!, result.language)}\n`);
    const words: Record<Language, string> = { en: "(71 → 68)", fr: "(71 → 68)", es: "(71 → 68)" };
    expect(out.stdout).toContain(words[lang]);
  });

  it("keeps the table as the default and --json unchanged, and refuses a bad or doubled format", async () => {
    expect((await runWith({}, undefined, "evaluate", EXAMPLE, "--format", "table")).stdout).toBe(
      (await runWith({}, undefined, "evaluate", EXAMPLE)).stdout,
    );
    const json = JSON.parse((await runWith({}, undefined, "evaluate", EXAMPLE, "--json")).stdout);
    expect(Object.keys(json)).toEqual(["evaluationDate", "outcome", "metCount", "nearCount", "noDataCount", "indicators", "problems"]);
    const bad = await runWith({}, undefined, "evaluate", EXAMPLE, "--format", "html");
    expect([bad.code, bad.stderr.trim()]).toEqual([2, '"html" is not an output format: use table or text.']);
    const both = await runWith({}, undefined, "evaluate", EXAMPLE, "--format", "text", "--json", "--lang", "fr");
    expect([both.code, both.stderr.trim()]).toEqual([2, "Utilisez soit --json, soit --format, pas les deux."]);
  });
});

describe("the French labels", () => {
  it("write Avertissement and Erreur with a no-break space before the colon", async () => {
    const out = await runWith({ COLUMNS: "80" }, undefined, "evaluate", spoilt, "--lang", "fr");
    expect(out.stdout).toContain("  Avertissement\u00a0: ");
    expect(out.stdout).toContain("  Erreur\u00a0: ");
    expect(out.stdout).not.toMatch(/(Avertissement|Erreur) ?:/);
  });
});

describe("the compiled bin", () => {
  beforeAll(() => buildBin(), 120000);

  /** Piped, as in a script: not a terminal, so COLUMNS or 80. */
  function bin(env: Record<string, string>, ...argv: string[]): Promise<Output> {
    return new Promise((resolve) => {
      const { COLUMNS: _ignored, ...rest } = process.env;
      const child = spawn("node", [BIN, ...argv], { env: { ...rest, LANG: "fr_FR.UTF-8", LC_ALL: "", ...env } });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    });
  }

  it("fits 80 columns when COLUMNS is unset, and COLUMNS when set, help included", async () => {
    const plain = await bin({}, "evaluate", spoilt);
    expect(plain.stdout).toContain("Problèmes de saisie");
    expect(tooLong(plain.stdout, 80)).toEqual([]);
    const narrow = await bin({ COLUMNS: "60" }, "evaluate", EXAMPLE, "--lang", "es");
    expect(tooLong(narrow.stdout, 60)).toEqual([]);
    for (const lang of LANGUAGES) expect(tooLong((await bin({ COLUMNS: "80" }, "--help", "--lang", lang)).stdout, 80)).toEqual([]);
  }, 60000);
});
