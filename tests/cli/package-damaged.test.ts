/**
 * Issue 16, the package side: damaged packages refused with a sentence naming the part (one
 * table of reasons, in the user's language), valid but unusual ones read, and parts the
 * evaluation need not edit left alone. Fixtures: tests/fixtures/make-damaged-packages.py.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync } from "fs";
import * as path from "path";
import { makeTempDir, oneLine, ROOT, run, type Run } from "../support/cli-run";
import { readZip } from "../support/package-reader";

export const DAMAGED = path.join(ROOT, "tests", "fixtures", "damaged");

const tmp = makeTempDir("mvsp-damaged-");
afterAll(() => tmp.cleanup());

function copy(fixture: string, as = fixture): string {
  const file = tmp.file(as);
  copyFileSync(path.join(DAMAGED, fixture), file);
  return file;
}

/** Nothing of ours: no internal error, no request to report a bug, no stack trace. */
export function expectNoInternalError(result: Run): void {
  const all = result.stdout + result.stderr;
  expect(all).not.toMatch(/Unexpected error|Please report this|Erreur inattendue|Error inesperado|\n\s+at .+:\d+:\d+/);
}

describe.each([
  ["duplicate-entry.xlsx", "xl/worksheets/sheet1.xml", /holds the part xl\/worksheets\/sheet1\.xml twice/],
  ["case-duplicate.xlsx", "xl/worksheets/Sheet1.xml", /differ only in capitals/],
  ["no-content-types.xlsx", "[Content_Types].xml", /\[Content_Types\]\.xml is missing/],
  ["missing-sheet.xlsx", "xl/worksheets/sheet1.xml", /sheet1\.xml is missing/],
  ["crc-mismatch.xlsx", "xl/worksheets/sheet1.xml", /does not match its checksum/],
  ["doctype.xlsx", "xl/workbook.xml", /declares a document type/],
  ["entity-in-sheet.xlsx", "xl/worksheets/sheet1.xml", /declares a document type/],
  ["text-outside-root.xlsx", "xl/workbook.xml", /not well-formed XML/],
  ["text-outside-root-sheet.xlsx", "xl/worksheets/sheet1.xml", /not well-formed XML/],
])("%s is refused", (fixture, part, reason) => {
  it("exit 2, the part and the reason on stderr, nothing printed or written", async () => {
    const file = copy(fixture, `refused-${fixture}`);
    const before = readFileSync(file);
    const out = tmp.file(`out-${fixture}`);
    const result = await run("evaluate", file, "--out", out, "--date", "2026-09-30");
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toContain(part);
    expect(oneLine(result.stderr)).toMatch(reason);
    expect(result.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(file).equals(before)).toBe(true);
    expectNoInternalError(result);
  });
});

it("the reason is said in the user's language (fr, es)", async () => {
  const file = copy("duplicate-entry.xlsx", "langue.xlsx");
  const fr = await run("evaluate", file, "--lang", "fr");
  expect(oneLine(fr.stderr)).toMatch(/contient deux fois la partie xl\/worksheets\/sheet1\.xml/);
  const es = await run("evaluate", file, "--lang", "es");
  expect(oneLine(es.stderr)).toMatch(/contiene dos veces la parte xl\/worksheets\/sheet1\.xml/);
});

describe("valid packages read as the format allows", () => {
  let expected: unknown;
  beforeAll(async () => {
    const base = tmp.file("base.xlsx");
    copyFileSync(path.join(ROOT, "tests", "fixtures", "packages", "base.xlsx"), base);
    expected = JSON.parse((await run("evaluate", base, "--json", "--date", "2026-09-30")).stdout);
  });

  it.each(["zip64.xlsx", "utf16-workbook.xlsx", "dir-entries-comment.xlsx"])(
    "%s: the same result as BASE, and a copy written",
    async (fixture) => {
      const file = copy(fixture);
      const result = await run("evaluate", file, "--json", "--date", "2026-09-30");
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(expected);
      const out = tmp.file(`written-${fixture}`);
      const written = await run("evaluate", file, "--out", out, "--date", "2026-09-30");
      expect(written.code).toBe(0);
      expect([...readZip(out).keys()]).toEqual(expect.arrayContaining(["xl/workbook.xml", "xl/worksheets/sheet1.xml"]));
      const again = await run("evaluate", out, "--json", "--date", "2026-09-30");
      expect(again.code).toBe(0);
    },
  );

  it("the zip's directory entries and its comment are kept byte for byte", async () => {
    const file = copy("dir-entries-comment.xlsx", "dirs.xlsx");
    const out = tmp.file("dirs-out.xlsx");
    expect((await run("evaluate", file, "--out", out, "--date", "2026-09-30")).code).toBe(0);
    const names = (zip: Buffer): string[] => {
      const found: string[] = [];
      for (let at = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2])); at >= 0; at = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2]), at + 4)) {
        found.push(zip.toString("utf8", at + 46, at + 46 + zip.readUInt16LE(at + 28)));
      }
      return found;
    };
    const written = readFileSync(out);
    expect(names(written).filter((n) => n.endsWith("/"))).toEqual(["xl/", "xl/worksheets/"]);
    const comment = Buffer.from("Budget 2026 - Finance team copy");
    expect(written.subarray(written.length - comment.length).equals(comment)).toBe(true);
    expect(written.readUInt16LE(written.length - comment.length - 2)).toBe(comment.length);
  });
});

describe("parts the evaluation need not edit are left alone, on every run", () => {
  it.each([
    ["app-truncated.xlsx", "docProps/app.xml"],
    ["unrelated-rels-malformed.xlsx", "xl/theme/_rels/theme1.xml.rels"],
  ])("%s: written, then evaluated again in place; %s keeps its bytes", async (fixture, part) => {
    const file = copy(fixture, `alone-${fixture}`);
    const original = readZip(file).get(part)!;
    const out = tmp.file(`alone-out-${fixture}`);
    const first = await run("evaluate", file, "--out", out, "--date", "2026-09-30");
    expectNoInternalError(first);
    expect(first.code).toBe(0);
    const second = await run("evaluate", out, "--in-place", "--date", "2026-10-01");
    expectNoInternalError(second);
    expect(second.code).toBe(0);
    expect(readZip(out).get(part)!.equals(original)).toBe(true);
  });

  it("calcChain.xml that is not well-formed, a status cell holding a formula: the chain is dropped (Excel rebuilds it)", async () => {
    const file = copy("calcchain-malformed.xlsx");
    const out = tmp.file("chain-out.xlsx");
    const result = await run("evaluate", file, "--out", out, "--date", "2026-09-30");
    expectNoInternalError(result);
    expect(result.code).toBe(0);
    const parts = readZip(out);
    expect(parts.has("xl/calcChain.xml")).toBe(false);
    expect(parts.get("xl/_rels/workbook.xml.rels")!.toString()).not.toMatch(/calcChain/);
    expect(parts.get("[Content_Types].xml")!.toString()).not.toMatch(/calcChain/);
    expect((await run("evaluate", out, "--in-place", "--date", "2026-10-01")).code).toBe(0);
  });
});

describe("no case of the issue's list ends in an internal error", () => {
  const fixtures = readdirSync(DAMAGED).filter((name) => name.endsWith(".xlsx"));

  it.each(fixtures)("%s, with --out and with --in-place", async (fixture) => {
    const file = copy(fixture, `sweep-${fixture}`);
    const out = tmp.file(`sweep-out-${fixture}`);
    for (const mode of [["--out", out], ["--in-place"], ["--json"]]) {
      const result = await run("evaluate", file, ...mode);
      expectNoInternalError(result);
      expect([0, 1, 2]).toContain(result.code);
      if (result.code === 2 && mode[0] === "--out") expect(existsSync(out)).toBe(false);
    }
  });
});
