#!/usr/bin/env node
/**
 * `npm run bench`: how fast the engine and the command line are, against their targets.
 *  - engine (readInputs + evaluate, from lib/) on rosters of 1k, 10k and 100k members: median of
 *    several runs; target 100k < 50 ms; the growth ratios show whether it stays linear;
 *  - issue 8: on a workbook with a 20k-member roster, made by openpyxl
 *    (scripts/bench-openpyxl.py), side by side: the CLI read-only and with --out, and the same
 *    workbook read by a plain openpyxl script; wall time (median of 3) and peak memory
 *    (/usr/bin/time). Targets (issue 19): --out at most half of openpyxl's load_workbook time,
 *    measured in the same run (the ratio is printed); memory < 150 MB;
 *  - issue 19: a 200k-row status sheet and a 1M-row untouched (selected) sheet, made by
 *    tests/fixtures/make-writer-fixtures.py, the CLI --out against copying the same file through
 *    the project's zip code (open, then write back unchanged); target within 2x.
 * Prints figures; it is not a test. Builds lib/ first when it is missing.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

const work = mkdtempSync(path.join(tmpdir(), "mvsp-bench-"));
const cli = path.join(root, "lib/cli/main.js");
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
const verdict = (ok) => (ok ? "OK" : "MISSED");

/** The engine alone needs a snapshot of the template; the adapter that reads one may change. */
async function engineBench() {
  let adapter;
  try {
    adapter = require(path.join(root, "lib/adapters/xlsx/index.js"));
  } catch {
    adapter = {};
  }
  if (typeof adapter.XlsxPackage?.open !== "function" || typeof adapter.readSnapshot !== "function") {
    console.log("Engine: skipped (lib/adapters/xlsx has no XlsxPackage/readSnapshot to build the snapshot)");
    return;
  }
  const template = path.join(work, "template.xlsx");
  execFileSync("node", [cli, "template", template, "--lang", "en"]);
  const baseSnapshot = adapter.readSnapshot(adapter.XlsxPackage.open(readFileSync(template)), namesToRead());
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
    const target = size === 100000 ? `   target < 50 ms: ${verdict(engine[size] < 50)}` : "";
    const perMember = `${((engine[size] * 1000) / size).toFixed(2)} µs/member`;
    console.log(`  ${String(size).padStart(6)} members  ${fmt(engine[size]).padStart(10)}  ${perMember.padStart(16)}${target}`);
  }
  console.log(
    `  growth 10k/1k = ${(engine[10000] / engine[1000]).toFixed(1)}x, 100k/10k = ${(engine[100000] / engine[10000]).toFixed(1)}x (linear: about 10x)`,
  );
}

/** Issue 16: margins on extreme amounts (past 2^53, 1e308, non-finite) return within a millisecond. */
function extremeBench() {
  const { usdToExceed } = require(path.join(root, "lib/core/rules/margin.js"));
  const amounts = [1e16, 2 ** 53 + 2, 3.08e19, 1e308, Number.MAX_VALUE, Infinity, NaN, -1e308, 3080000];
  let worst = 0;
  for (const base of amounts) {
    for (const current of amounts) {
      // The median of repeated runs: a single run may meet a JIT compilation or a GC pause.
      const times = Array.from({ length: 21 }, () => {
        const start = process.hrtime.bigint();
        usdToExceed(current, base, 0.2);
        return Number(process.hrtime.bigint() - start) / 1e6;
      });
      worst = Math.max(worst, median(times));
    }
  }
  console.log(`Margins on extreme amounts: slowest median of ${amounts.length ** 2} cases ${fmt(worst)}   target < 1 ms: ${verdict(worst < 1)}`);
}

/** Wall time and peak resident memory of one process, through GNU time. */
function measure(command, args) {
  const memFile = path.join(work, "time.txt");
  const start = process.hrtime.bigint();
  const result = spawnSync("/usr/bin/time", ["-f", "%M", "-o", memFile, command, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const kb = Number(readFileSync(memFile, "utf8").trim().split("\n").pop());
  return { ms, mb: kb / 1024, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function series(label, command, argsForRun, okStatuses) {
  const runs = [];
  for (let run = 0; run < 3; run++) {
    const m = measure(command, argsForRun(run));
    if (!okStatuses.includes(m.status)) {
      console.error(`${label} failed (exit ${m.status}):\n${m.stderr}`);
      return null;
    }
    runs.push(m);
  }
  return { label, ms: median(runs.map((r) => r.ms)), mb: Math.max(...runs.map((r) => r.mb)), last: runs[runs.length - 1], runs };
}

async function commandLineBench() {
  const big = path.join(work, "BIG.xlsx");
  const python = "/usr/bin/python3";
  const maker = path.join(root, "scripts/bench-openpyxl.py");
  execFileSync(python, [maker, "make", path.join(root, "tests/fixtures/packages/base.xlsx"), big, "20000"]);
  // Start-up alone: loading the command's modules (the writer is loaded only by runs that write).
  const startUp = series("CLI start-up (--version)", "node", () => [cli, "--version"], [0]);
  const readOnly = series("CLI read-only", "node", () => [cli, "evaluate", big, "--json", "--date", "2026-09-30"], [0, 1]);
  const withOut = series("CLI --out", "node", (run) => [cli, "evaluate", big, "--out", path.join(work, `out-${run}.xlsx`), "--date", "2026-09-30"], [0, 1]);
  const openpyxl = series("openpyxl read", python, () => [maker, "read", big], [0]);
  const row = (m, note = "") =>
    m && console.log(`  ${m.label.padEnd(24)} ${`${(m.ms / 1000).toFixed(2)} s`.padStart(8)} ${`${m.mb.toFixed(0)} MB`.padStart(9)}${note}`);
  console.log("Command line vs openpyxl: a 20k-member workbook made by openpyxl (wall: median of 3; peak RSS)");
  console.log(`  ${"".padEnd(24)} ${"wall".padStart(8)} ${"memory".padStart(9)}`);
  row(startUp);
  row(readOnly);
  row(withOut);
  let load = null;
  if (openpyxl) {
    const inner = openpyxl.runs.map((r) => JSON.parse(r.stdout));
    load = median(inner.map((i) => i.load_s)) * 1000;
    row(openpyxl, `   (${inner[0].members} members; load_workbook alone ${(load / 1000).toFixed(2)} s)`);
  }
  if (withOut && load) {
    const ratio = withOut.ms / load;
    console.log(`  --out / openpyxl load = ${ratio.toFixed(2)}   target <= 0.5: ${verdict(ratio <= 0.5)}`);
  }
  const cliMemory = Math.max(readOnly?.mb ?? Infinity, withOut?.mb ?? Infinity);
  console.log(`  CLI peak memory ${cliMemory.toFixed(0)} MB   target < 150 MB: ${verdict(cliMemory < 150)}`);
  return readOnly !== null && withOut !== null && openpyxl !== null;
}

/** Issue 19: big sheets written at the speed of the package: the CLI against a plain copy through the zip code. */
function bigSheetBench() {
  const maker = path.join(root, "tests/fixtures/make-writer-fixtures.py");
  const copy = path.join(work, "copy.cjs");
  writeFileSync(
    copy,
    `const { XlsxPackage } = require(${JSON.stringify(path.join(root, "lib/adapters/xlsx/index.js"))});\n` +
      `const fs = require("fs");\nfs.writeFileSync(process.argv[3], XlsxPackage.open(fs.readFileSync(process.argv[2])).toBuffer());\n`,
  );
  console.log("Big sheets: the CLI --out against copying the file through the zip code (wall: median of 3; peak RSS)");
  let complete = true;
  for (const [mode, rows, label] of [
    ["big-status", 200000, "200k-row status sheet"],
    ["big-untouched", 1000000, "1M-row untouched sheet"],
  ]) {
    const file = path.join(work, `${mode}.xlsx`);
    execFileSync("/usr/bin/python3", [maker, mode, file, String(rows)]);
    const copied = series(`copy (${label})`, "node", (run) => [copy, file, path.join(work, `copy-${run}.xlsx`)], [0]);
    const written = series(`CLI --out (${label})`, "node", (run) => [cli, "evaluate", file, "--out", path.join(work, `${mode}-${run}.xlsx`), "--date", "2026-09-30"], [0, 1]);
    if (!copied || !written) {
      complete = false;
      continue;
    }
    const ratio = written.ms / copied.ms;
    for (const m of [copied, written]) console.log(`  ${m.label.padEnd(40)} ${`${(m.ms / 1000).toFixed(2)} s`.padStart(8)} ${`${m.mb.toFixed(0)} MB`.padStart(9)}`);
    console.log(`  ${label}: CLI / copy = ${ratio.toFixed(2)}   target <= 2: ${verdict(ratio <= 2)}`);
  }
  return complete;
}

await engineBench();
extremeBench();
const complete = (await commandLineBench()) && bigSheetBench();
rmSync(work, { recursive: true, force: true });
if (!complete) process.exit(1);
