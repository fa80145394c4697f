/**
 * Issue 8, refusal on doubt: a Status_ cell inside a pivot table, holding an array formula, or
 * being a table header cannot be written safely. Then, and only then, the workbook stays as it
 * is and `<stem>.mvsp-report.xlsx` is written beside the target; that report keeps its log.
 */
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { copyFixture, makeTempDir, oneLine, run } from "../support/cli-run";
import { Workbook } from "../support/package-reader";

const tmp = makeTempDir("mvsp-pkg-refuse-");
afterAll(() => tmp.cleanup());

function reportBeside(target: string): string {
  return path.join(path.dirname(target), `${path.basename(target, path.extname(target))}.mvsp-report.xlsx`);
}

const LOG = "MVSP Evaluation Log";

describe.each([
  ["refuse-pivot.xlsx", "a Status_ cell inside a pivot table", "Pivot!B5", /pivot/i],
  ["refuse-array-formula.xlsx", "a Status_ cell holding an array formula", "Inputs!B9", /array/i],
  ["refuse-data-table.xlsx", "a Status_ cell inside a what-if data table", "'What if'!E3", /data table/i],
  ["refuse-table-header.xlsx", "a Status_ cell that is a table header", "Inputs!B8", /header/i],
])("%s: %s", (fixture, _doubt, cell, why) => {
  it("says why on stderr: the cell and what makes writing it unsafe", async () => {
    const file = copyFixture(tmp, fixture, `why-${fixture}`);
    const result = await run("evaluate", file, "--out", tmp.file(`why-out-${fixture}`), "--date", "2026-09-30");
    expect(oneLine(result.stderr)).toContain(cell);
    expect(oneLine(result.stderr)).toMatch(why);
  });

  it("--out leaves IN alone, writes no OUT, and writes the report beside OUT; a second run appends to its log", async () => {
    const file = copyFixture(tmp, fixture);
    const before = readFileSync(file);
    const out = tmp.file(`out-${fixture}`);
    const report = reportBeside(out);

    const first = await run("evaluate", file, "--out", out, "--date", "2026-09-30");
    expect(first.stderr).toContain(report);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(out)).toBe(false);
    const rowsAfterFirst = new Workbook(report).filledRowCount(LOG);
    expect([...new Workbook(report).sheets.keys()]).toEqual(expect.arrayContaining(["MVSP Triggers", LOG]));

    const second = await run("evaluate", file, "--out", out, "--date", "2026-10-01");
    expect(second.stderr).toContain(report);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(new Workbook(report).filledRowCount(LOG)).toBe(rowsAfterFirst + 1);
  });

  it("--in-place leaves the workbook alone and writes the report beside it", async () => {
    const file = copyFixture(tmp, fixture, `in-place-${fixture}`);
    const before = readFileSync(file);
    await run("evaluate", file, "--in-place", "--date", "2026-09-30");
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(new Workbook(reportBeside(file)).filledRowCount(LOG)).toBeGreaterThanOrEqual(2);
  });
});

it("X.mvsp-report.xlsx evaluated with --out X.xlsx is never overwritten by the report", async () => {
  const file = copyFixture(tmp, "refuse-pivot.xlsx", "X.mvsp-report.xlsx");
  const before = readFileSync(file);
  const result = await run("evaluate", file, "--out", tmp.file("X.xlsx"), "--date", "2026-09-30");
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(existsSync(tmp.file("X.xlsx"))).toBe(false);
  // Whatever it did instead, it must not claim to have written the input.
  expect(result.stderr + result.stdout).not.toMatch(new RegExp(`(written|wrote)[^\\n]*${file.replace(/[.]/g, "\\.")}`, "i"));
});
