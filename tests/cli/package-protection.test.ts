/**
 * Issue 16: protection respected as Excel (and so the add-in) respects it, and a log that has
 * reached the grid's last row. Each refusal: exit 2, one clear sentence, nothing written.
 * Fixtures: tests/fixtures/make-damaged-packages.py (committed ones, and `lock-structure` /
 * `log-full` run here on a workbook this command evaluated).
 */
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, readFileSync } from "fs";
import * as path from "path";
import { makeTempDir, oneLine, PACKAGES, ROOT, run } from "../support/cli-run";
import { descendants, Workbook } from "../support/package-reader";

const DAMAGED = path.join(ROOT, "tests", "fixtures", "damaged");
const SCRIPT = path.join(ROOT, "tests", "fixtures", "make-damaged-packages.py");
const tmp = makeTempDir("mvsp-protection-");
afterAll(() => tmp.cleanup());

function patch(mode: "lock-structure" | "log-full", input: string, output: string): void {
  const result = spawnSync("/usr/bin/python3", [SCRIPT, mode, input, output], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${mode}: ${result.stderr}`);
}

async function expectRefused(file: string, args: string[], sentence: RegExp): Promise<void> {
  const before = readFileSync(file);
  const out = tmp.file(`refused-${path.basename(file)}`);
  for (const mode of [["--out", out], ["--in-place"]]) {
    const result = await run("evaluate", file, ...mode, ...args);
    expect(result.code).toBe(2);
    expect(oneLine(result.stdout + result.stderr)).toMatch(sentence);
    expect(oneLine(result.stdout + result.stderr)).not.toMatch(/Unexpected error|Please report this|Wrote/);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(file).equals(before)).toBe(true);
  }
}

it("status cells on a protected sheet: refused, naming the cell and the sheet", async () => {
  const file = tmp.file("protected.xlsx");
  copyFileSync(path.join(DAMAGED, "status-protected-sheet.xlsx"), file);
  await expectRefused(
    file,
    ["--date", "2026-09-30"],
    /Nothing was written: the status cell Inputs!B\d+ of .*protected\.xlsx is on a protected sheet\. Unprotect the sheet Inputs/,
  );
});

it.each(["structure-locked.xlsx", "workbook-protection.xlsx"])(
  "%s (structure locked, the add-in's sheets to add): refused, naming them",
  async (fixture) => {
    const file = tmp.file(`locked-${fixture}`);
    copyFileSync(path.join(fixture === "structure-locked.xlsx" ? DAMAGED : PACKAGES, fixture), file);
    await expectRefused(
      file,
      ["--date", "2026-09-30"],
      /the structure of .* is protected, so the sheets MVSP Triggers, MVSP Evaluation Log cannot be added/,
    );
  },
);

it("structure locked once the add-in's sheets exist: evaluated again in place, the protection kept", async () => {
  const evaluated = tmp.file("evaluated.xlsx");
  expect((await run("evaluate", path.join(PACKAGES, "base.xlsx"), "--out", evaluated, "--date", "2026-09-30")).code).toBe(0);
  const locked = tmp.file("evaluated-locked.xlsx");
  patch("lock-structure", evaluated, locked);
  const result = await run("evaluate", locked, "--in-place", "--date", "2026-10-01");
  expect(result.code).toBe(0);
  const book = new Workbook(locked);
  expect(descendants(book.book, "workbookProtection")[0]?.getAttribute("lockStructure")).toBe("1");
  expect(book.filledRowCount("MVSP Evaluation Log")).toBe(3);
});

it("a note typed in the log's last row (1,048,576): nothing written, the cell named", async () => {
  const evaluated = tmp.file("to-fill.xlsx");
  expect((await run("evaluate", path.join(PACKAGES, "base.xlsx"), "--out", evaluated, "--date", "2026-09-30")).code).toBe(0);
  const full = tmp.file("log-full.xlsx");
  patch("log-full", evaluated, full);
  await expectRefused(
    full,
    ["--date", "2026-10-01"],
    /Nothing was written: the evaluation log is full, its last row \('MVSP Evaluation Log'!A1048576\) is in use/,
  );
});
