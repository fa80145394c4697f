/**
 * The summary's live check, recalculated by a real spreadsheet engine: the example is evaluated
 * by the command line, one input is changed with openpyxl (another tool, as a user would in a
 * spreadsheet; it saves formulas without cached values), and LibreOffice, which recalculates such
 * formulas when it loads a workbook, exports the summary. Its first line must carry the warning
 * after every kind of change, and nothing when the workbook was only opened and saved.
 * One LibreOffice run converts every case: it is slow to start.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { XlsxPackage } from "../../src/adapters/xlsx/package";
import { REVIEW_CATALOGUES } from "../../src/core/i18n/review-catalogue";
import { ROOT, run } from "../support/cli-run";

const EXAMPLE = path.join(ROOT, "examples", "mvsp-inputs-2026.xlsx");
const CHANGE = path.join(ROOT, "tests", "review", "change-input.py");
const CHANGES = ["none", "number", "date", "yesno", "row"] as const;
const MESSAGE = REVIEW_CATALOGUES.en["review.inputsChanged"];

let dir: string;
const firstLine: Record<string, string> = {};

/** One CSV line into its fields (LibreOffice quotes fields holding commas or quotes). */
function fields(line: string): string[] {
  const out: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (let m = re.exec(line); m && m.index < line.length; m = re.exec(line)) {
    out.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
    if (m[2] === "") break;
  }
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "mvsp-live-check-"));
  const evaluated = path.join(dir, "evaluated.xlsx");
  const result = await run("evaluate", EXAMPLE, "--out", evaluated);
  expect(result.stderr).toBe("");
  for (const change of CHANGES) {
    const done = spawnSync("/usr/bin/python3", [CHANGE, evaluated, path.join(dir, `${change}.xlsx`), change], { encoding: "utf8" });
    expect(done.stderr).toBe("");
  }
  // Its own profile, so that a LibreOffice running elsewhere on the machine does not take the job.
  const converted = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      // UTF-8, every sheet to its own file (`<name>-<sheet>.csv`), values as shown.
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      dir,
      ...CHANGES.map((change) => path.join(dir, `${change}.xlsx`)),
    ],
    { encoding: "utf8", timeout: 150_000 },
  );
  expect(converted.status).toBe(0);
  for (const change of CHANGES) {
    firstLine[change] = readFileSync(path.join(dir, `${change}-MVSP Triggers.csv`), "utf8").split(/\r?\n/)[0];
  }
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the summary's live check, recalculated by LibreOffice", () => {
  it("is a formula without a cached value once openpyxl saved the workbook, so LibreOffice calculates it", () => {
    const pkg = XlsxPackage.open(readFileSync(path.join(dir, "none.xlsx")));
    const sheets = pkg
      .paths()
      .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
      .map((p) => pkg.text(p) ?? "");
    const check = sheets.map((xml) => /<c r="[A-Z]+1"[^>]*><f>IF\(IFERROR\(OR\(.*?<\/c>/.exec(xml)?.[0]).find((cell) => cell !== undefined);
    expect(check).toContain("_xlfn.UNICODE(");
    // openpyxl leaves `<v></v>` with no type: no cached value to show.
    expect(check).not.toMatch(/<v>[^<]/);
    expect(check).not.toMatch(/t="str"/);
  });

  it("says nothing when the workbook was only opened and saved", () => {
    expect(fields(firstLine.none)[0]).toMatch(/^MVSP trigger evaluation/);
    expect(firstLine.none).not.toContain(MESSAGE);
    expect(
      fields(firstLine.none)
        .slice(1)
        .every((f) => f === ""),
    ).toBe(true);
  });

  it.each([
    ["number", "the budget envelope"],
    ["date", "a member's joining date"],
    ["yesno", "a Board assessment, Yes to No (text)"],
    ["row", "a service added to the CoreServiceCosts table"],
  ])("says the inputs changed after a change of %s (%s)", (change) => {
    expect(fields(firstLine[change])).toContain(MESSAGE);
  });
});
