/**
 * Issue 16, the command line on hostile cell contents: amounts past 2^53 return (once they hung
 * forever), dates stay within Excel's calendar, and control characters from cells never reach the
 * terminal. Workbooks are made at run time by tests/fixtures/make-hostile-fixtures.py (openpyxl).
 */
import { spawnSync } from "child_process";
import * as path from "path";
import { ROOT, buildBin, makeTempDir, oneLine, run, runBin } from "../support/cli-run";

const tmp = makeTempDir("mvsp-hostile-");
const SCRIPT = path.join(ROOT, "tests", "fixtures", "make-hostile-fixtures.py");
const template = tmp.file("template.xlsx");

beforeAll(async () => {
  buildBin();
  if ((await run("template", template)).code !== 0) throw new Error("template not written");
}, 180000);
afterAll(() => tmp.cleanup());

function variant(kind: string): string {
  const file = tmp.file(`${kind}.xlsx`);
  const made = spawnSync("/usr/bin/python3", [SCRIPT, kind, template, file], { encoding: "utf8" });
  if (made.status !== 0) throw new Error(made.stderr);
  return file;
}

/** C0 and C1 controls other than tab and newline: what can retitle or clear a terminal. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe("amounts past 2^53 (once an endless margin search)", () => {
  it.each([
    ["envelope-1e16", "BudgetEnvelope"],
    ["envelope-text", "BudgetEnvelope"],
    ["costs-1e17", "CoreServiceCosts"],
  ])(
    "%s: evaluated within the time limit, an input error naming the cell",
    async (kind, name) => {
      const file = variant(kind);
      const result = await runBin("evaluate", file, "--json", "--date", "2026-09-30");
      expect(result.stderr).not.toContain("[killed after");
      expect(result.code).toBe(1);
      const json = JSON.parse(result.stdout);
      const problem = json.problems.find((p: { name: string; message: string }) => p.name === name && /1,000,000,000,000/.test(p.message));
      expect(problem).toBeDefined();
      expect(problem.cell).toMatch(/^Inputs!\w+\d+$/);
      const out = tmp.file(`${kind}-out.xlsx`);
      expect((await runBin("evaluate", file, "--out", out, "--date", "2026-09-30")).code).toBe(1);
    },
    120000,
  );
});

describe("dates within Excel's calendar", () => {
  it.each(["0000-01-01", "1899-12-31", "1800-06-30"])("--date %s is refused with exit 2, saying the range", async (date) => {
    const result = await run("evaluate", template, "--date", date);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toContain("1900-01-01");
    expect(oneLine(result.stderr)).toContain("9999-12-31");
    expect(result.stdout).toBe("");
  });

  it("--date 1900-01-01 and 9999-12-31 are evaluated as those days", async () => {
    for (const date of ["1900-01-01", "9999-12-31"]) {
      const result = await run("evaluate", template, "--json", "--date", date);
      expect(JSON.parse(result.stdout).evaluationDate).toBe(date);
    }
  });

  it("an EvaluationDate cell holding serial 1 is 1900-01-01, as Excel shows it; serial 60 (29 Feb 1900) is an input error", async () => {
    expect(JSON.parse((await run("evaluate", variant("date-1900"), "--json")).stdout).evaluationDate).toBe("1900-01-01");
    const phantom = await run("evaluate", variant("date-phantom"), "--json");
    expect(phantom.code).toBe(1);
    expect(JSON.parse(phantom.stdout).problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: "EvaluationDate", severity: "error" })]),
    );
  });
});

describe("control characters from cells", () => {
  it("never reach the terminal: the table, the paragraph and messages are stripped, the JSON escapes them", async () => {
    const file = variant("control-chars");
    const table = await runBin("evaluate", file, "--date", "2026-09-30");
    expect(table.code).toBe(1);
    expect(table.stdout).not.toMatch(CONTROL);
    expect(table.stderr).not.toMatch(CONTROL);
    expect(oneLine(table.stdout)).toContain("Tier]0;pwned2J");
    const json = await runBin("evaluate", file, "--json", "--date", "2026-09-30");
    expect(json.stdout).not.toMatch(CONTROL);
    expect(json.stdout).toContain("Tier\\u001b]0;pwned\\u0007\\u009b2J");
    const problems = JSON.parse(json.stdout)
      .problems.map((p: { message: string }) => p.message)
      .join(" ");
    expect(problems).toContain("Tier\u001b]0;pwned\u0007\u009b2J");
    const paragraph = await runBin("evaluate", file, "--format", "text", "--date", "2026-09-30");
    expect(paragraph.stdout).toContain("S]0;t");
    expect(paragraph.stdout + paragraph.stderr).not.toMatch(CONTROL);
  }, 120000);
});
