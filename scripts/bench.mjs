#!/usr/bin/env node
/**
 * `npm run bench`: how fast the engine and the command line are, against their targets.
 *  - engine (readInputs + evaluate, from lib/) on rosters of 1k, 10k and 100k members: median of
 *    several runs; target 100k < 50 ms; the growth ratios show whether it stays linear;
 *  - wall time of `node lib/cli/main.js evaluate BIG.xlsx --out ...` on a workbook with a
 *    20k-member roster; target < 5 s.
 * Prints figures; it is not a test. Builds lib/ first when it is missing.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
if (!existsSync(path.join(root, "lib/cli/main.js"))) {
  spawnSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root, stdio: "inherit" });
}
const { readInputs } = require(path.join(root, "lib/core/read/index.js"));
const { evaluate } = require(path.join(root, "lib/core/rules/index.js"));
const { namesToRead } = require(path.join(root, "lib/core/index.js"));
const { dayFromIso } = require(path.join(root, "lib/core/dates.js"));
const { loadWorkbook, readSnapshot, saveWorkbook } = require(path.join(root, "lib/adapters/xlsx/index.js"));

const work = mkdtempSync(path.join(tmpdir(), "mvsp-bench-"));
const template = path.join(work, "template.xlsx");
execFileSync("node", [path.join(root, "lib/cli/main.js"), "template", template, "--lang", "en"]);

const TODAY = dayFromIso("2026-09-30");
const HEADER = ["Organisation", "Tier", "Joined", "Left"];
/** A roster row: most members active, some left in the window, a few new. */
function member(i) {
  const joined = TODAY - 400 - (i % 3000);
  const left = i % 17 === 0 ? TODAY - (i % 300) : null;
  return [`Member ${i + 1}`, (i % 3) + 1, i % 101 === 0 ? TODAY - 30 : joined, left];
}

function withRoster(snapshot, size) {
  const values = [HEADER, ...Array.from({ length: size }, (_, i) => member(i))];
  const formats = values.map((row, r) => row.map((_, c) => (r > 0 && c >= 2 ? "yyyy-mm-dd" : "General")));
  return {
    ...snapshot,
    names: { ...snapshot.names, MemberRoster: { kind: "range", range: { sheet: "Roster", row: 0, col: 0, values, formats } } },
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

const base = await loadWorkbook(template);
const baseSnapshot = readSnapshot(base.workbook, namesToRead(), base.rawNames);
const engine = {};
const sizes = [1000, 10000, 100000];
const snapshots = Object.fromEntries(sizes.map((size) => [size, withRoster(baseSnapshot, size)]));
const once = (snapshot) => {
  const start = process.hrtime.bigint();
  const { inputs, problems } = readInputs(snapshot);
  evaluate(inputs, problems, TODAY);
  return Number(process.hrtime.bigint() - start) / 1e6;
};
// Warm the JIT on every size first, so that the small rosters are not timed while V8 still compiles.
for (let round = 0; round < 3; round++) for (const size of sizes) once(snapshots[size]);
console.log("Engine: readInputs + evaluate (median of repeated runs, after warm-up)");
for (const size of sizes) {
  const runs = size >= 100000 ? 15 : 61;
  const times = Array.from({ length: runs }, () => once(snapshots[size]));
  engine[size] = median(times);
  const target = size === 100000 ? `   target < 50 ms: ${engine[size] < 50 ? "OK" : "MISSED"}` : "";
  const perMember = `${((engine[size] * 1000) / size).toFixed(2)} µs/member`;
  console.log(`  ${String(size).padStart(6)} members  ${fmt(engine[size]).padStart(10)}  ${perMember.padStart(16)}${target}`);
}
console.log(
  `  growth 10k/1k = ${(engine[10000] / engine[1000]).toFixed(1)}x, 100k/10k = ${(engine[100000] / engine[10000]).toFixed(1)}x (linear: about 10x)`,
);

// A real workbook: the template with its roster moved to a 20k-row sheet.
const big = path.join(work, "BIG.xlsx");
const wb = base.workbook;
const roster = wb.addWorksheet("Roster");
roster.addRow(HEADER);
for (let i = 0; i < 20000; i++) {
  const [organisation, tier, joined, left] = member(i);
  const row = roster.addRow([organisation, tier, joined, left]);
  row.getCell(3).numFmt = "yyyy-mm-dd";
  if (left !== null) row.getCell(4).numFmt = "yyyy-mm-dd";
}
wb.definedNames.model = wb.definedNames.model.filter((n) => n.name !== "MemberRoster");
wb.definedNames.add("Roster!$A$1:$D$20001", "MemberRoster");
await saveWorkbook(wb, big);

const cliTimes = [];
for (let run = 0; run < 3; run++) {
  const out = path.join(work, `out-${run}.xlsx`);
  const start = process.hrtime.bigint();
  const result = spawnSync("node", [path.join(root, "lib/cli/main.js"), "evaluate", big, "--out", out], { encoding: "utf8" });
  cliTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
  if (result.status !== 0 && result.status !== 1) {
    console.error(result.stderr);
    process.exit(1);
  }
}
const wall = median(cliTimes);
console.log("Command line: evaluate BIG.xlsx --out OUT.xlsx (20k-member roster, median of 3)");
console.log(`  wall time ${(wall / 1000).toFixed(2)} s   target < 5 s: ${wall < 5000 ? "OK" : "MISSED"}`);
rmSync(work, { recursive: true, force: true });
