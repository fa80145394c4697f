/**
 * Issue 8, refusal on doubt: a Status_ cell inside a pivot table, holding an array formula, or
 * being a table header cannot be written safely. Then, and only then, the workbook stays as it
 * is and `<stem>.mvsp-report.xlsx` is written beside the target; that report keeps its log.
 */
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { copyFixture, copyFixture as copyPackage, makeTempDir, oneLine, run, type TempDir } from "../support/cli-run";
import { Workbook } from "../support/package-reader";

const tmp = makeTempDir("mvsp-pkg-refuse-");
afterAll(() => tmp.cleanup());

function reportBeside(target: string): string {
  return path.join(path.dirname(target), `${path.basename(target, path.extname(target))}.mvsp-report.xlsx`);
}

const LOG = "MVSP Evaluation Log";

/**
 * Status cells that are empty (the add-in's to write) but unsafe to write. A Status_ cell that
 * holds the user's data (a pivot's value, a table header, a formula's result) is never written
 * at all (issue 16): see the last describe.
 */
describe.each([
  ["../damaged/refuse-merged-empty.xlsx", "an empty Status_ cell inside merged cells, not their first", "Inputs!D56", /merged/i],
  ["../damaged/refuse-array-empty.xlsx", "an empty Status_ cell holding an array formula", "Inputs!B9", /array/i],
])("%s: %s", (source, _doubt, cell, why) => {
  const fixture = path.basename(source);
  const copyFixture = (dir: TempDir, _name: string, as = fixture): string => copyPackage(dir, source, as);
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
  const file = copyFixture(tmp, "../damaged/refuse-merged-empty.xlsx", "X.mvsp-report.xlsx");
  const before = readFileSync(file);
  const result = await run("evaluate", file, "--out", tmp.file("X.xlsx"), "--date", "2026-09-30");
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(existsSync(tmp.file("X.xlsx"))).toBe(false);
  // Whatever it did instead, it must not claim to have written the input.
  expect(result.stderr + result.stdout).not.toMatch(new RegExp(`(written|wrote)[^\\n]*${file.replace(/[.]/g, "\\.")}`, "i"));
});

describe.each([
  ["refuse-pivot.xlsx", "a pivot table's value", "Pivot!B5"],
  ["refuse-array-formula.xlsx", "an array formula's result", "Inputs!B9"],
  ["refuse-data-table.xlsx", "a what-if data table's result", "'What if'!E3"],
  ["refuse-table-header.xlsx", "a table header", "Inputs!B8"],
])("%s: a Status_ cell holding %s", (fixture, _what, cell) => {
  it("is not written: the cell keeps the user's content, a problem names it, the rest is written", async () => {
    const file = copyFixture(tmp, fixture, `data-${fixture}`);
    const out = tmp.file(`data-out-${fixture}`);
    const result = await run("evaluate", file, "--out", out, "--date", "2026-09-30");
    expect(result.code).toBe(0);
    expect(oneLine(result.stdout)).toContain(`(${cell}) refers to a cell that holds your data`);
    const [sheet, ref] = cell.replace(/'/g, "").split("!");
    const before = new Workbook(file).cellElement(sheet, ref);
    const after = new Workbook(out).cellElement(sheet, ref);
    expect(after?.toString()).toBe(before?.toString());
    expect([...new Workbook(out).sheets.keys()]).toEqual(expect.arrayContaining(["MVSP Triggers", LOG]));
  });
});
