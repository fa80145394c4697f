/**
 * Issue 19: what the package writer does to the parts it touches. Styles are written once and
 * found again by content; exactly one tab is selected afterwards, taken from a user's sheet by
 * changing only that attribute's bytes; spans, byte-order marks and the serialisation of every
 * element left alone are kept; text with carriage returns or a lone surrogate reads back as
 * written. Fixtures: tests/fixtures/make-writer-fixtures.py (grouped-tabs, line-breaks) and
 * tests/fixtures/make-package-fixtures.py (libreoffice.xlsx, saved by LibreOffice).
 */
import { copyFileSync, readFileSync } from "fs";
import * as path from "path";
import { makeTempDir, PACKAGES, run } from "../support/cli-run";
import { readZip } from "../support/package-reader";

const WRITER = path.join(__dirname, "..", "fixtures", "writer");
const tmp = makeTempDir("mvsp-writer-parts-");
afterAll(() => tmp.cleanup());

function copy(dir: string, fixture: string, as: string): string {
  const file = tmp.file(as);
  copyFileSync(path.join(dir, fixture), file);
  return file;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const text = (parts: Map<string, Buffer>, part: string): string => (parts.get(part) as Buffer).toString("utf8");
/** The parts of every sheet whose first window's tab is selected. */
function selectedTabs(parts: Map<string, Buffer>): string[] {
  return [...parts.keys()]
    .filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))
    .filter((p) => /<sheetView\b[^>]*\btabSelected="(1|true)"/.test(text(parts, p)))
    .sort();
}
const statusStyles = (parts: Map<string, Buffer>): string[] =>
  [...text(parts, "xl/worksheets/sheet3.xml").matchAll(/<c r="B\d+"[^>]*\bs="(\d+)"/g)].map((m) => m[1]);

describe("evaluating again and again", () => {
  it("ten evaluations in place leave styles.xml the size it had after the first, the status cells their style numbers", async () => {
    const file = copy(WRITER, "evaluation.xlsx", "ten-runs.xlsx");
    const sizes: number[] = [];
    const styles: string[][] = [];
    for (let day = 1; day <= 10; day++) {
      // Two runs on one date: the second adds no log row; the others each add one.
      const date = `2026-10-${String(Math.min(day, 9)).padStart(2, "0")}`;
      const result = await run("evaluate", file, "--in-place", "--date", date);
      expect(result.code).toBeLessThan(2);
      const parts = readZip(file);
      sizes.push((parts.get("xl/styles.xml") as Buffer).length);
      styles.push(statusStyles(parts));
    }
    expect(sizes).toEqual(sizes.map(() => sizes[0]));
    expect(styles[0]).toHaveLength(8);
    for (const s of styles) expect(s).toEqual(styles[0]);
    expect(selectedTabs(readZip(file))).toHaveLength(1);
  }, 120000);
});

describe("tabs, spans and byte-order marks", () => {
  let input: Map<string, Buffer>;
  let output: Map<string, Buffer>;
  beforeAll(async () => {
    const source = copy(WRITER, "grouped-tabs.xlsx", "grouped.xlsx");
    const out = tmp.file("grouped-out.xlsx");
    const result = await run("evaluate", source, "--out", out, "--date", "2026-09-30");
    expect(result.code).toBeLessThan(2);
    input = readZip(source);
    output = readZip(out);
  }, 60000);

  it("selects exactly one tab when the input had two selected (grouped)", () => {
    expect(selectedTabs(input)).toEqual(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml"]);
    const selected = selectedTabs(output);
    expect(selected).toHaveLength(1);
    expect(text(output, selected[0])).toContain("MVSP");
  });

  it("takes the selection from a user's sheet by removing only that attribute's bytes, byte-order mark kept", () => {
    const before = input.get("xl/worksheets/sheet1.xml") as Buffer;
    const after = output.get("xl/worksheets/sheet1.xml") as Buffer;
    expect(after.equals(Buffer.from(before.toString("latin1").replace(' tabSelected="1"', ""), "latin1"))).toBe(true);
    expect(after.subarray(0, 3).equals(BOM)).toBe(true);
  });

  it("keeps the status sheet's byte-order mark and its rows' spans, widened to the status column", () => {
    const after = output.get("xl/worksheets/sheet3.xml") as Buffer;
    expect(after.subarray(0, 3).equals(BOM)).toBe(true);
    const spans = [...after.toString("utf8").matchAll(/<row\b[^>]*>/g)].map((m) => /spans="([^"]*)"/.exec(m[0])?.[1]);
    expect(spans).toEqual(spans.map(() => "1:2"));
  });
});

describe("the serialisation of what the writer does not modify", () => {
  it("keeps LibreOffice's <xf …></xf> and every other style item as LibreOffice wrote it", async () => {
    const source = copy(PACKAGES, "libreoffice.xlsx", "libreoffice.xlsx");
    const out = tmp.file("libreoffice-out.xlsx");
    expect((await run("evaluate", source, "--out", out, "--date", "2026-09-30")).code).toBeLessThan(2);
    const before = text(readZip(source), "xl/styles.xml");
    const after = text(readZip(out), "xl/styles.xml");
    expect(before).toMatch(/<xf [^>]*><\/xf>/);
    for (const list of ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"]) {
      const inner = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(before)?.[1];
      if (inner === undefined) continue;
      const kept = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(after)?.[1] ?? "";
      expect(kept.startsWith(inner)).toBe(true);
    }
  }, 60000);
});

describe("text the format holds differently (issue 16)", () => {
  it("writes evidence with carriage returns and a service name with a lone surrogate, and reads them back", async () => {
    const source = copy(WRITER, "line-breaks.xlsx", "line-breaks.xlsx");
    const out = tmp.file("line-breaks-out.xlsx");
    const result = await run("evaluate", source, "--out", out, "--date", "2026-09-30");
    expect(result.stderr).not.toMatch(/was not written/);
    expect(result.code).toBeLessThan(2);
    // XML cannot hold the lone surrogate in any spelling: the summary names the service with U+FFFD.
    const texts = [...readZip(out).values()].map((data) => data.toString("utf8"));
    expect(texts.some((t) => t.includes("Datastore \uFFFD"))).toBe(true);
    expect(readFileSync(out).length).toBeGreaterThan(0);
  }, 60000);
});
