/**
 * `mvsp-triggers verify`: exit 0 on a fresh evaluation, 3 naming the input changed or the result
 * cell edited by hand (changes made with openpyxl, another tool than ours), 2 when there is no
 * evaluation or no workbook. The words in three languages.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { ROOT, run } from "../support/cli-run";

const EXAMPLE = path.join(ROOT, "examples", "mvsp-inputs-2026.xlsx");
const CHANGE = path.join(ROOT, "tests", "review", "change-input.py");

let dir: string;
let evaluated: string;

/** A copy of the evaluated workbook with one change; returns its path and what the script printed. */
function changed(change: string): { file: string; printed: string } {
  const file = path.join(dir, `${change}.xlsx`);
  const done = spawnSync("/usr/bin/python3", [CHANGE, evaluated, file, change], { encoding: "utf8" });
  expect(done.stderr).toBe("");
  return { file, printed: done.stdout.trim() };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "mvsp-verify-"));
  evaluated = path.join(dir, "evaluated.xlsx");
  expect((await run("evaluate", EXAMPLE, "--out", evaluated)).code).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("mvsp-triggers verify", () => {
  it("exits 0 on a fresh evaluation, and says so", async () => {
    const result = await run("verify", evaluated);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("Still true");
    expect(result.stdout).toContain("2026-09-30");
  });

  it("exits 0 on the same workbook opened and saved by another tool", async () => {
    const result = await run("verify", changed("none").file, "--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      current: true,
      evaluationDate: "2026-09-30",
      loggedAt: "2026-10-05 14:30",
      changedInputs: [],
      editedCells: [],
    });
  });

  it.each([
    ["number", ["BudgetEnvelope"]],
    ["date", ["MemberRoster"]],
    ["yesno", ["ExternalFactors"]],
    ["row", ["CoreServiceCosts"]],
  ])("exits 3 after a change (%s), naming the input", async (change, names) => {
    const result = await run("verify", changed(change).file, "--json");
    expect(result.code).toBe(3);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ current: false, changedInputs: names, editedCells: [] });
  });

  it("exits 3 after a status cell is edited by hand, naming the cell, what was written and what is found", async () => {
    const { file, printed } = changed("status");
    const result = await run("verify", file, "--json");
    expect(result.code).toBe(3);
    expect(JSON.parse(result.stdout)).toMatchObject({
      current: false,
      changedInputs: [],
      editedCells: [{ cell: printed, written: "Not triggered", found: "Triggered" }],
    });
    const words = await run("verify", file);
    expect(words.stdout).toContain(`${printed}: written Not triggered, found Triggered`);
  });

  it("exits 3 after a status on the summary is edited by hand, naming the summary's cell", async () => {
    const { file, printed } = changed("summary");
    const result = await run("verify", file, "--json");
    expect(result.code).toBe(3);
    expect(JSON.parse(result.stdout).editedCells).toEqual([{ cell: printed, written: "Not triggered", found: "Triggered" }]);
  });

  it("says the same in French and Spanish", async () => {
    const fr = await run("verify", changed("number").file, "--lang", "fr");
    expect(fr.code).toBe(3);
    expect(fr.stdout).toContain("Plus à jour\u00a0: le classeur a été modifié depuis l'évaluation du 30/09/2026.");
    expect(fr.stdout).toContain("Donnée modifiée\u00a0: BudgetEnvelope.");
    const es = await run("verify", evaluated, "--lang", "es");
    expect(es.code).toBe(0);
    expect(es.stdout).toContain("Sigue siendo exacta");
  });

  it("exits 2 when there is no evaluation to verify, or no workbook", async () => {
    const none = await run("verify", EXAMPLE);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no evaluation to verify");
    const junk = path.join(dir, "junk.xlsx");
    writeFileSync(junk, "not a zip");
    const unreadable = await run("verify", junk);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain("junk.xlsx");
    expect((await run("verify", path.join(dir, "missing.xlsx"))).code).toBe(2);
  });
});
