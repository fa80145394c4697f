/**
 * Issue 8, reading: formulas never calculated are errors naming the cell, bad files get exit 2
 * with a sentence, and workbooks that once crashed, hung or blew the heap are evaluated.
 */
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { buildBin, copyFixture, generate, makeTempDir, oneLine, PACKAGES, run, runBinWithHeap } from "../support/cli-run";

const tmp = makeTempDir("mvsp-pkg-read-");
const bomb = tmp.file("bomb.xlsx");
const millionRows = tmp.file("million-rows.xlsx");
beforeAll(() => {
  buildBin();
  // Too big to commit: the committed generator writes them for each run.
  generate("bomb", bomb);
  generate("million-rows", millionRows);
}, 240000);
afterAll(() => tmp.cleanup());

/** The memory target is 200 MB in all; the V8 heap alone gets this much here. */
const HEAP_MB = 256;

/** BASE on 2026-09-30 (see make-package-fixtures.py). */
const BASE_STATUSES = {
  active_members: "met",
  new_members: "met",
  spend_vs_envelope: "not_met",
  cash_deficit_quarters: "near",
  core_service_cost: "near",
  external_funding: "met",
  policy_relevance: "not_met",
  stakeholder_prioritisation: "no_data",
};

interface Indicator {
  id: string;
  status: string;
  value: number | null;
}
interface Problem {
  severity: string;
  name: string;
  cell: string;
  message: string;
}

function parsed(stdout: string) {
  const json = JSON.parse(stdout) as { evaluationDate: string; indicators: Indicator[]; problems: Problem[] };
  const byId = Object.fromEntries(json.indicators.map((i) => [i.id, i]));
  const statuses = Object.fromEntries(json.indicators.map((i) => [i.id, i.status]));
  return { json, byId, statuses };
}

describe("formulas", () => {
  it("a formula cell never calculated is an error naming the cell, never a blank (exit 1)", async () => {
    const result = await run("evaluate", path.join(PACKAGES, "uncalculated-formulas.xlsx"), "--json");
    expect(result.code).toBe(1);
    const { json, byId } = parsed(result.stdout);
    const errorAt = (cell: string) => json.problems.find((p) => p.severity === "error" && p.cell === cell);
    expect(errorAt("Inputs!B17")).toEqual(
      expect.objectContaining({ name: "PlannedSpend", message: expect.stringMatching(/calculated value missing/) }),
    );
    expect(errorAt("Inputs!B5")).toEqual(
      expect.objectContaining({ name: "EvaluationDate", message: expect.stringMatching(/calculated value missing/) }),
    );
    // Read as blank, the planned spend would be 1,753,200 and the indicator not_met.
    expect(byId.spend_vs_envelope).toEqual(expect.objectContaining({ status: "no_data", value: null }));
    expect(result.stdout).not.toMatch(/1,?753,?200/);
    // The membership indicators depend on the date, which could not be read.
    expect(byId.active_members.status).toBe("no_data");
    expect(byId.new_members.status).toBe("no_data");
  });

  it("the same formulas with cached values are read by their value", async () => {
    const result = await run("evaluate", path.join(PACKAGES, "calculated-formulas.xlsx"), "--json");
    expect(result.code).toBe(0);
    const { json, byId } = parsed(result.stdout);
    expect(json.evaluationDate).toBe("2026-09-30");
    expect(byId.spend_vs_envelope.status).toBe("met");
    expect(byId.spend_vs_envelope.value).toBeCloseTo((4203200 - 3080000) / 3080000, 10);
  });
});

describe("files that cannot be read: exit 2 and a sentence", () => {
  it("a zip bomb (4 GB of one part in 4 MB) is too large, and nothing is written", async () => {
    const out = tmp.file("bomb-out.xlsx");
    const result = await runBinWithHeap(HEAP_MB, "evaluate", bomb, "--out", out);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(/too large/i) });
    expect(result.stderr).not.toMatch(/heap|\n\s+at /);
    expect(existsSync(out)).toBe(false);
  }, 60000);

  it("a zip without a workbook part is not an Excel workbook", async () => {
    const result = await run("evaluate", path.join(PACKAGES, "not-a-workbook.xlsx"));
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toContain("not an Excel workbook");
    expect(result.stdout).toBe("");
  });

  it("an encrypted workbook is named as such, not as a non-workbook", async () => {
    const file = copyFixture(tmp, "encrypted.xlsx");
    const before = readFileSync(file);
    const result = await run("evaluate", file, "--in-place");
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toMatch(/password|encrypted/i);
    expect(result.stderr).not.toContain("not an Excel workbook");
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe("workbooks that once crashed with an internal error are evaluated", () => {
  it.each([
    ["notes.xlsx", "openpyxl notes"],
    ["tables.xlsx", "an openpyxl table"],
    ["x14-conditional-format.xlsx", "an x14 conditional format"],
    ["no-book-views.xlsx", "no bookViews"],
    ["macros.xlsm", "a macro-enabled workbook"],
    ["libreoffice.xlsx", "saved by LibreOffice"],
  ])("%s (%s)", async (fixture) => {
    const result = await run("evaluate", path.join(PACKAGES, fixture), "--json", "--date", "2026-09-30");
    expect(result.stderr).not.toMatch(/Unexpected error|Cannot read properties|undefined/);
    expect(result.code).toBe(0);
    expect(parsed(result.stdout).statuses).toEqual(BASE_STATUSES);
  });
});

describe("big or wide inputs are evaluated without hanging or exhausting the heap", () => {
  it.each([
    ["huge-name.xlsx", "an unrelated name Inputs!$A$1:$XFD$1048576"],
    ["whole-column-lists.xlsx", "nine whole-column drop-down lists"],
  ])(
    "%s (%s)",
    async (fixture) => {
      const result = await runBinWithHeap(HEAP_MB, "evaluate", path.join(PACKAGES, fixture), "--json", "--date", "2026-09-30");
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
      expect(parsed(result.stdout).statuses).toEqual(BASE_STATUSES);
    },
    60000,
  );

  it("a workbook with a 1,048,576-row unrelated sheet", async () => {
    const result = await runBinWithHeap(HEAP_MB, "evaluate", millionRows, "--json", "--date", "2026-09-30");
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
    expect(parsed(result.stdout).statuses).toEqual(BASE_STATUSES);
  }, 60000);
});
