/**
 * Issue 19: a Strict Open XML workbook (ISO/IEC 29500 Strict namespaces and relationship types,
 * made from an openpyxl workbook by tests/fixtures/make-writer-fixtures.py `strict`) is written in
 * its own namespaces, never with transitional parts mixed in, and LibreOffice opens the result:
 * the summary, the log and the status cells are there.
 */
import { spawnSync } from "child_process";
import { copyFileSync, readFileSync } from "fs";
import * as path from "path";
import { makeTempDir, run } from "../support/cli-run";
import { readZip } from "../support/package-reader";

const FIXTURE = path.join(__dirname, "..", "fixtures", "writer", "strict.xlsx");
const tmp = makeTempDir("mvsp-strict-");
afterAll(() => tmp.cleanup());

/** Transitional spellings of the namespaces and relationship types the writer uses. */
const TRANSITIONAL = /schemas\.openxmlformats\.org\/(spreadsheetml\/2006\/main|officeDocument\/2006\/relationships|drawingml\/2006\/)/;

let input: Map<string, Buffer>;
let output: Map<string, Buffer>;
let out: string;
beforeAll(async () => {
  const source = tmp.file("strict.xlsx");
  copyFileSync(FIXTURE, source);
  out = tmp.file("strict-out.xlsx");
  const result = await run("evaluate", source, "--out", out, "--date", "2026-09-30");
  expect(result.code).toBeLessThan(2);
  input = readZip(source);
  output = readZip(out);
}, 60000);

it("writes every part it adds or edits in the strict namespaces and relationship types", () => {
  for (const [part, data] of input) if (/\.(xml|rels)$/.test(part)) expect(data.toString("utf8")).not.toMatch(TRANSITIONAL);
  const added = [...output.keys()].filter((p) => !input.has(p));
  expect(added.some((p) => p.includes("charts/"))).toBe(true);
  const mixed = [...output]
    .filter(([part, data]) => /\.(xml|rels)$/.test(part) && TRANSITIONAL.test(data.toString("utf8")))
    .map(([part]) => part);
  expect(mixed).toEqual([]);
  expect((output.get("xl/workbook.xml") as Buffer).toString("utf8")).toContain('conformance="strict"');
});

it("opens in LibreOffice with the summary, the log and the status words", () => {
  const converted = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${tmp.dir}/profile`,
      "--headless",
      "--convert-to",
      // UTF-8, every sheet to its own file (`<name>-<sheet>.csv`), values as shown.
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      tmp.dir,
      out,
    ],
    { encoding: "utf8", timeout: 150_000 },
  );
  expect(converted.status).toBe(0);
  const sheet = (name: string) => readFileSync(tmp.file(`strict-out-${name}.csv`), "utf8");
  expect(sheet("MVSP Triggers").split(/\r?\n/)[0]).toMatch(/MVSP/);
  expect(
    sheet("MVSP Evaluation Log")
      .split(/\r?\n/)
      .filter((l) => l.replace(/,/g, "").trim() !== "").length,
  ).toBeGreaterThanOrEqual(2);
  const statuses = sheet("Dashboard")
    .split(/\r?\n/)
    .slice(1, 9)
    .map((line) => line.split(",")[1]);
  expect(statuses.every((s) => /^(Atteint|Proche du seuil|Non atteint|Non renseigné)$/.test(s))).toBe(true);
}, 180000);
