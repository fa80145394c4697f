/**
 * Issue 16, what `--out` may replace (SPEC, Command line): never an existing file that is not an
 * earlier output of the same workbook unless --force; never an unrelated file that happens to have
 * the report's name; never a dangling symlink (refused, the link left as it is). And exit 2
 * whenever the requested file is not written.
 */
import { copyFileSync, existsSync, lstatSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "fs";
import * as path from "path";
import { copyFixture, makeTempDir, oneLine, run } from "../support/cli-run";
import { FIXTURES } from "../xlsx/helpers";
import { Workbook } from "../support/package-reader";

const tmp = makeTempDir("mvsp-out-target-");
afterAll(() => tmp.cleanup());

const evaluateInto = (input: string, out: string, ...more: string[]) =>
  run("evaluate", input, "--out", out, "--date", "2026-09-30", ...more);

describe("an existing --out file", () => {
  it("that is an unrelated workbook is refused with exit 2 and left as it was; --force replaces it", async () => {
    const input = copyFixture(tmp, "base.xlsx", "in-a.xlsx");
    const other = copyFixture(tmp, "refuse-pivot.xlsx", "someone-elses.xlsx");
    const before = readFileSync(other);
    const refused = await evaluateInto(input, other);
    expect(refused.code).toBe(2);
    expect(oneLine(refused.stderr)).toContain(
      `${other} already exists and is not an earlier output of ${input}; nothing was written. Choose another name, or add --force`,
    );
    expect(readFileSync(other).equals(before)).toBe(true);
    const forced = await evaluateInto(input, other, "--force");
    expect(forced.code).toBe(0);
    expect(new Workbook(other).sheets.has("MVSP Triggers")).toBe(true);
  });

  it("that is not a workbook at all is refused too", async () => {
    const input = copyFixture(tmp, "base.xlsx", "in-b.xlsx");
    const notes = tmp.file("notes.xlsx");
    writeFileSync(notes, "my notes, not a workbook");
    expect((await evaluateInto(input, notes)).code).toBe(2);
    expect(readFileSync(notes, "utf8")).toBe("my notes, not a workbook");
  });

  it("that is an earlier output of the same workbook is replaced (by a fresh copy of IN with its outputs)", async () => {
    const input = copyFixture(tmp, "base.xlsx", "in-c.xlsx");
    const out = tmp.file("out-c.xlsx");
    expect((await evaluateInto(input, out)).code).toBe(0);
    const rows = new Workbook(out).filledRowCount("MVSP Evaluation Log");
    const second = await run("evaluate", input, "--out", out, "--date", "2026-10-01");
    expect(second.code).toBe(0);
    expect(new Workbook(out).filledRowCount("MVSP Evaluation Log")).toBe(rows);
  });

  it("that is an output of another workbook (a sheet the input does not have) is refused", async () => {
    const other = tmp.file("other-in.xlsx");
    copyFileSync(path.join(FIXTURES, "openpyxl-inputs.xlsx"), other);
    const input = copyFixture(tmp, "base.xlsx", "in-d.xlsx");
    const out = tmp.file("out-d.xlsx");
    expect((await evaluateInto(input, out)).code).toBe(0);
    const before = readFileSync(out);
    // out-d.xlsx is ours, from in-d.xlsx; evaluating a different workbook into it is refused.
    const wrong = await run("evaluate", other, "--out", out, "--date", "2026-09-30");
    expect(wrong.code).toBe(2);
    expect(oneLine(wrong.stderr)).toContain("is not an earlier output of");
    expect(readFileSync(out).equals(before)).toBe(true);
  });
});

describe("a dangling symlink as --out", () => {
  it("is refused: the link stays a link to where it pointed, and nothing is created there", async () => {
    const input = copyFixture(tmp, "base.xlsx", "in-e.xlsx");
    const link = tmp.file("dangling.xlsx");
    const nowhere = tmp.file("missing-folder-target.xlsx");
    symlinkSync(nowhere, link);
    const result = await evaluateInto(input, link);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toContain(`${link} is a symbolic link to ${nowhere}, which does not exist`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(nowhere);
    expect(existsSync(nowhere)).toBe(false);
  });

  it("a symlink to an earlier output is written through; the link stays a link", async () => {
    const input = copyFixture(tmp, "base.xlsx", "in-f.xlsx");
    const real = tmp.file("real-out-f.xlsx");
    expect((await evaluateInto(input, real)).code).toBe(0);
    const link = tmp.file("link-out-f.xlsx");
    symlinkSync(real, link);
    expect((await run("evaluate", input, "--out", link, "--date", "2026-10-02")).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
});

describe("when a status cell cannot be written safely", () => {
  it("--out writes no file and exits 2 (the separate report is written)", async () => {
    const input = copyFixture(tmp, "../damaged/refuse-merged-empty.xlsx", "refuse-g.xlsx");
    const out = tmp.file("out-g.xlsx");
    const result = await evaluateInto(input, out);
    expect(result.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(tmp.file("out-g.mvsp-report.xlsx"))).toBe(true);
  });

  it("an unrelated file with the report's name is left alone: exit 2, named", async () => {
    const input = copyFixture(tmp, "../damaged/refuse-merged-empty.xlsx", "refuse-h.xlsx");
    const out = tmp.file("out-h.xlsx");
    const report = tmp.file("out-h.mvsp-report.xlsx");
    copyFileSync(path.join(tmp.dir, "in-a.xlsx"), report);
    const before = readFileSync(report);
    const result = await evaluateInto(input, out);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toContain(`the separate report ${report} already exists but was not written by MVSP Trigger Monitor`);
    expect(readFileSync(report).equals(before)).toBe(true);
    expect(existsSync(out)).toBe(false);
  });
});
