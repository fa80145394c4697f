/**
 * Issue 8, many workbooks in one call: `evaluate A.xlsx B.xlsx --json` prints JSON Lines, one
 * compact document per file with "file" first, and exits with the worst code of all.
 */
import * as path from "path";
import { PACKAGES, run } from "../support/cli-run";

const base = path.join(PACKAGES, "base.xlsx");
const calculated = path.join(PACKAGES, "calculated-formulas.xlsx");
const uncalculated = path.join(PACKAGES, "uncalculated-formulas.xlsx");
const notWorkbook = path.join(PACKAGES, "not-a-workbook.xlsx");

function lines(stdout: string): Array<Record<string, unknown>> {
  const text = stdout.replace(/\n$/, "");
  // Compact: one document per line, no pretty-printing inside.
  for (const line of text.split("\n")) expect(line).toMatch(/^\{.*\}$/);
  return text.split("\n").map((line) => JSON.parse(line));
}

it("prints one compact JSON document per file, file first, in argument order", async () => {
  const result = await run("evaluate", base, calculated, "--json", "--date", "2026-09-30");
  expect(result.code).toBe(0);
  const docs = lines(result.stdout);
  expect(docs.map((d) => d.file)).toEqual([base, calculated]);
  // The same document as for one file, with "file" put first.
  const single = JSON.parse((await run("evaluate", calculated, "--json", "--date", "2026-09-30")).stdout);
  for (const doc of docs) expect(Object.keys(doc)).toEqual(["file", ...Object.keys(single)]);
  expect({ ...docs[1], file: undefined }).toEqual({ ...single, file: undefined });
  expect(docs.map((d) => d.outcome)).toEqual(["consider_mvsp", "consider_mvsp"]);
  expect((docs[1].indicators as Array<{ id: string; status: string }>).find((i) => i.id === "spend_vs_envelope")?.status).toBe("met");
});

it("exits with the worst code: 1 when one file has input errors", async () => {
  const result = await run("evaluate", base, uncalculated, "--json", "--date", "2026-09-30");
  expect(result.code).toBe(1);
  expect(lines(result.stdout).map((d) => d.file)).toEqual([base, uncalculated]);
});

it("a file that cannot be read gives an error line, the others are still evaluated, exit 2", async () => {
  const result = await run("evaluate", base, notWorkbook, uncalculated, "--json", "--date", "2026-09-30");
  expect(result.code).toBe(2);
  const docs = lines(result.stdout);
  expect(docs.map((d) => d.file)).toEqual([base, notWorkbook, uncalculated]);
  expect(Object.keys(docs[1])).toEqual(["file", "error"]);
  expect(docs[1].error).toMatch(/not an Excel workbook/);
  expect(docs[2].outcome).toBeDefined();
});

it("one file with --json still prints the SPEC's pretty JSON without a file field", async () => {
  const result = await run("evaluate", base, "--json", "--date", "2026-09-30");
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/^\{\n {2}"evaluationDate"/);
  expect(Object.keys(JSON.parse(result.stdout))).not.toContain("file");
});
