/**
 * One pass over a big status sheet (issue 19): from reading the workbook to checking the saved
 * copy, the sheet is inflated whole once (the reader takes its top, the protection check and the
 * writer share one inflated copy), and the rows below the status cells keep their compressed
 * bits: only the top of the part is deflated again. Made by the fixture script (120k rows: over
 * a megabyte compressed, so that a scan may stop early).
 */
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import * as path from "path";
import { XlsxPackage, applyPlanToPackage, protectionRefusal, verifySavedPackage } from "../../src/adapters/xlsx";
import { readWorkbook } from "../../src/cli/evaluate-file";
import { clockAt, runEvaluation } from "../../src/core";
import type { WritePlan } from "../../src/core/plan/types";
import { makeTempDir } from "./helpers";

/** Node's own module object (an `import *` gives a copy of its bindings, which cannot be spied on). */
const zlib = jest.requireActual<typeof import("zlib")>("zlib");
const MAKER = path.join(__dirname, "..", "fixtures", "make-writer-fixtures.py");
const SHEET = "xl/worksheets/sheet9.xml";

/** Bit `i` of a deflate stream (least significant bit first). */
const bitAt = (data: Buffer, i: number): number => (data[i >>> 3] >>> (i & 7)) & 1;

describe("a 120k-row status sheet written in one pass", () => {
  const tmp = makeTempDir("mvsp-big-status-");
  let input: Buffer;

  beforeAll(() => {
    const file = tmp.file("big-status.xlsx");
    execFileSync("/usr/bin/python3", [MAKER, "big-status", file, "120000"]);
    input = readFileSync(file);
  }, 120000);
  afterAll(() => tmp.cleanup());

  it("inflates the sheet whole once, keeps the compressed rows below the status cells, and checks the saved copy", () => {
    const original = XlsxPackage.open(input).storedEntry(SHEET);
    if (!original) throw new Error("no sheet9");
    expect(original.raw.length).toBeGreaterThan(1024 * 1024);
    const inflate = jest.spyOn(zlib, "inflateRawSync");
    let saved: Buffer;
    let problem: string | null;
    let inflated: number[];
    let below = "";
    try {
      const now = new Date(2026, 8, 30, 12, 0);
      const { pkg, snapshot } = readWorkbook(input);
      const run = runEvaluation(snapshot, clockAt(now), { version: "test" });
      const plan = run.plan as WritePlan;
      const rows = plan.statusCells.filter((c) => c.sheet === "Ledger").map((c) => c.row);
      expect(rows.length).toBeGreaterThan(0);
      below = `<row r="${Math.max(...rows) + 2}"`;
      expect(protectionRefusal(pkg, plan)).toBeNull();
      const written = applyPlanToPackage(pkg, plan);
      saved = pkg.toBuffer(now);
      problem = verifySavedPackage(pkg, saved, written);
      inflated = inflate.mock.calls.map(([data]) => (data as Buffer).length);
    } finally {
      inflate.mockRestore();
    }
    expect(problem).toBeNull();
    // Inflating a prefix of the compressed bytes (to read the top rows) is not inflating the sheet.
    expect(inflated.filter((length) => length === original.raw.length)).toHaveLength(1);

    // The saved part: the original's rows below the status cells, the same compressed bits at its end.
    const after = XlsxPackage.open(saved);
    const entry = after.storedEntry(SHEET);
    if (!entry) throw new Error("no sheet9 saved");
    const text = after.bytes(SHEET) as Buffer;
    const before = XlsxPackage.open(input).bytes(SHEET) as Buffer;
    const rest = (data: Buffer) => data.subarray(data.indexOf(below));
    const top = (data: Buffer) => data.subarray(0, data.indexOf(below));
    expect(rest(text).equals(rest(before))).toBe(true);
    expect(top(text).equals(top(before))).toBe(false);
    // The last 90 % of the original stream, shifted by the few bits the new start takes, ends the new stream.
    const span = Math.floor(original.raw.length * 8 * 0.9);
    const endOld = original.raw.length * 8 - 8;
    const kept = [-8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8].some((delta) => {
      const endNew = entry.raw.length * 8 - 8 + delta;
      for (let i = 0; i < span; i += 97) if (bitAt(original.raw, endOld - i - 1) !== bitAt(entry.raw, endNew - i - 1)) return false;
      return true;
    });
    expect(kept).toBe(true);
  });
});
