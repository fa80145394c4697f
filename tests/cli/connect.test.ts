/**
 * Connecting a workbook of its own layout: `inputs`, `connect`, `template --into`, and the refusal
 * to write an evaluation into a workbook with none of the inputs. The workbooks are made by
 * openpyxl (tests/fixtures/make-connect-fixtures.py), not by this project.
 */
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { FIXTURES_SCRIPT, ownArgs } from "./connect-support";
import { makeTempDir } from "../xlsx/helpers";
import { ROOT, run } from "../support/cli-run";

const tmp = makeTempDir("mvsp-connect-");
afterAll(() => tmp.cleanup());
const own = tmp.file("own.xlsx");
const laidOut = tmp.file("template.xlsx");

beforeAll(() => {
  const made = spawnSync("/usr/bin/python3", [path.join(ROOT, FIXTURES_SCRIPT), path.dirname(own)], { encoding: "utf8" });
  if (made.status !== 0) throw new Error(made.stderr);
});

/** Every entry of a package, uncompressed, by name. */
async function entries(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(name, await entry.async("nodebuffer"));
  return out;
}

/** The evaluation's JSON without the cell addresses, which differ by layout. */
async function evaluated(file: string): Promise<unknown> {
  const result = await run("evaluate", file, "--json");
  expect(result.code).toBe(0);
  const json = JSON.parse(result.stdout) as { problems: { cell?: string; message?: string }[] };
  for (const p of json.problems) {
    delete p.cell;
    delete p.message;
  }
  return json;
}

describe("connect", () => {
  it("connects a workbook of its own layout (French sheets, a roster table, Spanish headers): it evaluates exactly as the same data laid out as the template", async () => {
    const connected = tmp.file("connected.xlsx");
    const result = await run("connect", own, ...ownArgs, "--out", connected);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("MemberRoster → Membres!A1:D74");
    expect(result.stdout).toContain("the Excel table Membres2026");
    expect(await evaluated(connected)).toEqual(await evaluated(laidOut));
    const json = JSON.parse((await run("evaluate", connected, "--json")).stdout);
    expect(json).toMatchObject({ evaluationDate: "2026-09-30", outcome: "consider_mvsp", metCount: 3, noDataCount: 1 });
  });

  it("changes nothing but the defined names in workbook.xml: every other part keeps its bytes", async () => {
    const connected = tmp.file("connected-bytes.xlsx");
    expect((await run("connect", own, ...ownArgs, "--out", connected)).code).toBe(0);
    const [before, after] = [await entries(own), await entries(connected)];
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const changed = [...before.keys()].filter((name) => !before.get(name)!.equals(after.get(name)!));
    expect(changed).toEqual(["xl/workbook.xml"]);
    const workbook = after.get("xl/workbook.xml")!.toString("utf8");
    expect(workbook).toContain('<definedName name="MemberRoster">Membres2026[#All]</definedName>');
    expect(workbook).toContain(`<definedName name="BudgetEnvelope">'Budget 2026'!$B$3</definedName>`);
  });

  it.each([
    ["a range on another input's cells", "CoreServiceCosts=Membres!A1:C4", /overlaps MemberRoster \(Membres!A1:D74\)/],
    ["several areas", "BudgetEnvelope='Budget 2026'!B3,'Budget 2026'!B4", /several separate areas/],
    ["another workbook", "BudgetEnvelope=[Other.xlsx]Budget!B3", /another workbook/],
    ["a table whose headers are not the input's", "CashFlow=Services!A1:C4", /CashFlow \(Services!A1:C1\).*Quarter/],
    ["several cells for a one-cell input", "BudgetEnvelope='Budget 2026'!B3:B4", /single cell/],
    ["a sheet that does not exist", "BudgetEnvelope=Nowhere!B3", /not a range of this workbook/],
    ["a name outside the contract", "Envelope='Budget 2026'!B3", /not an input of the workbook/],
  ])("refuses %s, says why and writes nothing (exit 2)", async (_what, assignment, reason) => {
    const out = tmp.file(`refused-${Math.random().toString(36).slice(2)}.xlsx`);
    const result = await run("connect", own, "MemberRoster=Membres2026", assignment, "--out", out);
    expect(result.code).toBe(2);
    expect(result.stderr.replace(/\n\s*/g, " ")).toMatch(reason);
    expect(result.stderr).toContain("Nothing was written.");
    expect(existsSync(out)).toBe(false);
  });

  it("bounds a whole column to its used cells and says so; re-pointing shows old → new", async () => {
    const first = tmp.file("column.xlsx");
    const result = await run("connect", own, "MemberRoster=Membres!A:D", "--out", first);
    expect(result.code).toBe(0);
    expect(result.stdout.replace(/\n\s*/g, " ")).toContain(
      "Membres!A:D is a whole column: MemberRoster was set on its used cells, Membres!A1:D74.",
    );
    const second = tmp.file("column-again.xlsx");
    const again = await run("connect", first, "MemberRoster=Membres!A1:D10", "--out", second);
    expect(again.stdout).toContain("MemberRoster: Membres!A1:D74 → Membres!A1:D10");
  });

  it("in place, defines the names in the workbook itself", async () => {
    const book = tmp.file("in-place.xlsx");
    copyFileSync(own, book);
    expect((await run("connect", book, "BudgetEnvelope='Budget 2026'!B3", "--in-place")).code).toBe(0);
    const listed = await run("inputs", book, "--json");
    const states = JSON.parse(listed.stdout) as { name: string; state: string; address: string | null; read: string | null }[];
    expect(states.find((s) => s.name === "BudgetEnvelope")).toEqual({
      name: "BudgetEnvelope",
      state: "connected",
      address: "'Budget 2026'!B3",
      read: "3,080,000\u00a0USD",
      problem: null,
    });
  });
});

describe("--out onto an existing file", () => {
  const someoneElses = Buffer.from("PK\u0005\u0006" + "\u0000".repeat(18), "latin1");
  it.each([
    ["connect", (out: string) => ["connect", own, "BudgetEnvelope='Budget 2026'!B3", "--out", out]],
    ["template --into", (out: string) => ["template", "--into", own, "--out", out]],
  ])("%s refuses to replace it without --force (exit 2, file untouched), and replaces it with --force", async (_what, argv) => {
    const out = tmp.file(`existing-${Math.random().toString(36).slice(2)}.xlsx`);
    writeFileSync(out, someoneElses);
    const refused = await run(...argv(out));
    expect(refused.code).toBe(2);
    expect(refused.stderr.replace(/\n\s*/g, " ")).toContain("already exists; nothing was written. Choose another name, or add --force");
    expect(readFileSync(out).equals(someoneElses)).toBe(true);
    const forced = await run(...argv(out), "--force");
    expect(forced.code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(someoneElses.length);
    expect((await run("inputs", out, "--json")).code).toBeLessThan(2);
  });
});

describe("inputs", () => {
  it("lists every input with its state and what was read, fitted to 80 columns", async () => {
    const result = await run("inputs", laidOut);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("MemberRoster         Connected: Excel table MemberRoster, Inputs!A30:D103");
    expect(result.stdout.replace(/\n\s*/g, " ")).toContain("(73 rows, 69 active members on 2026-09-30)");
    expect(result.stdout).toContain("ActiveMembers        Not needed: MemberRoster is connected");
    for (const line of result.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("on a workbook with none of the inputs, says how to connect it (exit 1)", async () => {
    const result = await run("inputs", own, "--lang", "fr");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("BudgetEnvelope       Absent");
    expect(result.stdout.replace(/\n\s*/g, " ")).toContain("mvsp-triggers template --into");
  });
});

describe("evaluate on a workbook with none of the inputs", () => {
  it("refuses to write (exit 2), naming inputs, connect and template --into; read-only still prints the result", async () => {
    const out = tmp.file("none.xlsx");
    const refused = await run("evaluate", own, "--out", out);
    expect(refused.code).toBe(2);
    const words = refused.stderr.replace(/\n\s*/g, " ");
    expect(words).toContain("Nothing was written");
    for (const command of ["mvsp-triggers inputs", "mvsp-triggers connect", "mvsp-triggers template --into"])
      expect(words).toContain(command);
    expect(existsSync(out)).toBe(false);
    const before = statSync(own).mtimeMs;
    expect((await run("evaluate", own, "--in-place")).code).toBe(2);
    expect(statSync(own).mtimeMs).toBe(before);
    const readOnly = await run("evaluate", own, "--json");
    expect(JSON.parse(readOnly.stdout).outcome).toBe("incomplete");
  });
});

describe("template --into", () => {
  it("takes MVSP Inputs beside the user's Inputs sheet, defines only the missing names, and says what to do next", async () => {
    const partly = tmp.file("partly.xlsx");
    expect((await run("connect", own, "BudgetEnvelope='Budget 2026'!B3", "MemberRoster=Membres2026", "--out", partly)).code).toBe(0);
    const out = tmp.file("with-template.xlsx");
    const result = await run("template", "--into", partly, "--out", out);
    expect(result.code).toBe(0);
    const words = result.stdout.replace(/\n\s*/g, " ");
    expect(words).toContain("Added the sheet MVSP Inputs");
    expect(words).toContain("Already connected, left as they are: BudgetEnvelope, MemberRoster.");
    expect(words).toContain(`Next: replace the example data with your own`);
    const listed = JSON.parse((await run("inputs", out, "--json")).stdout) as { name: string; address: string | null }[];
    expect(listed.find((s) => s.name === "BudgetEnvelope")!.address).toBe("'Budget 2026'!B3");
    expect(listed.find((s) => s.name === "MemberRoster")!.address).toBe("Membres!A1:D74");
    expect(listed.find((s) => s.name === "CashFlow")!.address).toMatch(/^'MVSP Inputs'!/);
    const workbook = (await entries(out)).get("xl/workbook.xml")!.toString("utf8");
    expect(workbook).toMatch(/<sheet [^>]*name="Inputs"/);
    expect(workbook).toMatch(/<sheet [^>]*name="MVSP Inputs"/);
  });

  it("adds nothing to a workbook that has every input", async () => {
    const full = tmp.file("full.xlsx");
    expect((await run("template", full)).code).toBe(0);
    const out = tmp.file("nothing.xlsx");
    const result = await run("template", "--into", full, "--out", out);
    expect(result.stdout).toContain("already has every input: nothing was added.");
    expect(existsSync(out)).toBe(false);
  });
});

describe("the template's example data", () => {
  it("warns naming the cells, and the summary's heading says the page holds example data", async () => {
    const book = tmp.file("example.xlsx");
    expect((await run("template", book)).code).toBe(0);
    const result = await run("evaluate", book, "--in-place", "--json");
    const problems = JSON.parse(result.stdout).problems as { name: string; cell: string; message: string }[];
    expect(problems.find((p) => p.name === "MemberRoster")!.message).toMatch(
      /^Inputs!A\d+:A\d+ still hold 75 of the template's example members/,
    );
    expect(problems.find((p) => p.name === "ExternalFactors" && /example evidence/.test(p.message))!.cell).toMatch(/^Inputs!D\d+$/);
    const zip = await entries(book);
    const strings = zip.get("xl/sharedStrings.xml")?.toString("utf8") ?? "";
    const sheets = [...zip.entries()]
      .filter(([n]) => n.startsWith("xl/worksheets/"))
      .map(([, b]) => b.toString("utf8"))
      .join("");
    expect(strings + sheets).toContain("MVSP trigger evaluation (on the template's example data: not for reporting)");
  });
});

describe("--help and usage", () => {
  it.each(["en", "fr", "es"])("--help in %s names every command, and every line fits 80 columns", async (lang) => {
    const result = await run("--help", "--lang", lang);
    expect(result.code).toBe(0);
    for (const command of ["evaluate", "inputs", "connect", "template --into"]) expect(result.stdout).toContain(`mvsp-triggers ${command}`);
    const long = result.stdout.split("\n").filter((line) => [...line].length > 80);
    expect(long).toEqual([]);
  });

  it.each([
    [["connect", "book.xlsx", "--in-place"], "connect needs at least one NAME=RANGE"],
    [["connect", "book.xlsx", "BudgetEnvelope", "--in-place"], '"BudgetEnvelope" is not NAME=RANGE'],
    [["connect", "book.xlsx", "BudgetEnvelope=Budget!B3"], "connect needs --out OUT.xlsx or --in-place."],
    [["template", "--into", "book.xlsx"], "template --into needs --out OUT.xlsx or --in-place"],
    [["template", "--into", "book.xlsx", "--out", "a.xlsx", "--in-place"], "Use either --out or --in-place, not both."],
    [["connect", "book.xlsx", "BudgetEnvelope=Budget!B3", "--in-place", "--force"], "--force goes with --out"],
    [["template", "new.xlsx", "--force"], "--force goes with --out"],
  ])("refuses %j as a usage error (exit 2)", async (argv, words) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr.replace(/\n\s*/g, " ")).toContain(words);
  });
});
