/**
 * Issue 8, "silently lost or altered": each fixture (tests/fixtures/packages, made by openpyxl,
 * LibreOffice or the committed patching script) is evaluated with --out. The requested file
 * gets the outputs, the input stays as it was, every part the evaluation did not have to change
 * keeps its bytes, and the feature that lives in a changed part is still there, unaltered.
 */
import { spawnSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { buildBin, copyFixture, makeTempDir, PACKAGES, run, runBin } from "../support/cli-run";
import { canonical, changedParts, children, descendants, Workbook } from "../support/package-reader";

const tmp = makeTempDir("mvsp-pkg-preserve-");
beforeAll(buildBin, 180000);
afterAll(() => tmp.cleanup());

const DATE = "2026-09-30";

function reportBeside(target: string): string {
  return path.join(path.dirname(target), `${path.basename(target, path.extname(target))}.mvsp-report.xlsx`);
}

/** The outputs the SPEC promises: a word in every status cell, the summary, one log row. */
function expectOutputs(input: Workbook, output: Workbook): void {
  expect([...output.sheets.keys()]).toEqual(expect.arrayContaining(["MVSP Triggers", "MVSP Evaluation Log"]));
  expect(output.filledRowCount("MVSP Evaluation Log")).toBeGreaterThanOrEqual(2);
  const statuses = input.statusNames();
  expect(statuses.length).toBeGreaterThan(0);
  for (const name of statuses) {
    const { sheet, cell } = output.nameCell(name);
    expect({ name, text: output.cellText(sheet, cell) }).toEqual({ name, text: expect.stringMatching(/^\D.+/) });
  }
}

interface Evaluated {
  input: Workbook;
  output: Workbook;
}

/** Workbooks that once hung or blew the heap run in a child process that a timer can kill. */
const SPAWNED = new Set(["whole-column-lists.xlsx", "huge-name.xlsx"]);

async function evaluateOut(fixture: string): Promise<Evaluated> {
  const file = copyFixture(tmp, fixture);
  const before = readFileSync(file);
  const out = tmp.file(`out-${fixture}`);
  const argv = ["evaluate", file, "--out", out, "--date", DATE];
  const result = SPAWNED.has(fixture) ? await runBin(...argv) : await run(...argv);
  expect({ code: result.code, stderr: result.stderr }).toEqual({
    code: 0,
    stderr: expect.not.stringMatching(/report|unchanged|cannot keep/i),
  });
  expect(result.stdout).toContain(out);
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(existsSync(reportBeside(out))).toBe(false);
  const input = new Workbook(file);
  const output = new Workbook(out);
  expect(changedParts(input, output)).toEqual([]);
  expectOutputs(input, output);
  return { input, output };
}

/** Every element of that name in the part, compared across input and output. */
function expectSame(input: Workbook, output: Workbook, part: string, localName: string): void {
  const before = descendants(input.xml(part), localName).map(canonical);
  expect(before.length).toBeGreaterThan(0);
  expect(descendants(output.xml(part), localName).map(canonical)).toEqual(before);
}

const INPUTS = "xl/worksheets/sheet1.xml";
const BOOK = "xl/workbook.xml";

function nameElement(book: Workbook, name: string) {
  const el = book.definedNames().get(name);
  if (!el) throw new Error(`no ${name}`);
  return el;
}

function outlineLevels(book: Workbook): Record<string, string> {
  const levels: Record<string, string> = {};
  for (const row of descendants(book.xml(INPUTS), "row")) {
    const level = row.getAttribute("outlineLevel");
    if (level) levels[row.getAttribute("r") ?? ""] = level;
  }
  return levels;
}

const cases: Array<[fixture: string, feature: string, check: (e: Evaluated) => void]> = [
  // workbook-protection.xlsx (structure locked) is refused when sheets must be added, and kept
  // when they exist: tests/cli/package-protection.test.ts.
  ["file-sharing.xlsx", "read-only recommended", ({ input, output }) => expectSame(input, output, BOOK, "fileSharing")],
  [
    "calc-settings.xlsx",
    "manual calculation, iteration, precision as displayed",
    ({ output }) => {
      const calcPr = descendants(output.book, "calcPr")[0];
      expect({
        calcMode: calcPr.getAttribute("calcMode"),
        iterate: calcPr.getAttribute("iterate"),
        iterateCount: calcPr.getAttribute("iterateCount"),
        fullPrecision: calcPr.getAttribute("fullPrecision"),
      }).toEqual({ calcMode: "manual", iterate: "1", iterateCount: "50", fullPrecision: "0" });
    },
  ],
  [
    "data-table.xlsx",
    "a what-if data table",
    ({ output }) => {
      const e2 = output.cellElement("What if", "E2");
      expect(children(e2!, "f")[0]?.getAttribute("t")).toBe("dataTable");
      expect(children(e2!, "f")[0]?.getAttribute("r1")).toBe("A1");
    },
  ],
  ["scenarios.xlsx", "scenarios", ({ input, output }) => expectSame(input, output, INPUTS, "scenarios")],
  ["protected-ranges.xlsx", "protected ranges", ({ input, output }) => expectSame(input, output, INPUTS, "protectedRanges")],
  [
    "custom-views.xlsx",
    "custom views",
    ({ input, output }) => {
      expectSame(input, output, BOOK, "customWorkbookViews");
      expectSame(input, output, INPUTS, "customSheetViews");
    },
  ],
  [
    "filter-criteria.xlsx",
    "filter criteria",
    ({ input, output }) => {
      expectSame(input, output, INPUTS, "autoFilter");
      expect(canonical(nameElement(output, "_xlnm._FilterDatabase"))).toBe(canonical(nameElement(input, "_xlnm._FilterDatabase")));
    },
  ],
  [
    "page-breaks.xlsx",
    "row and column page breaks",
    ({ input, output }) => {
      expectSame(input, output, INPUTS, "rowBreaks");
      expectSame(input, output, INPUTS, "colBreaks");
    },
  ],
  [
    "header-image.xlsx",
    "a header image",
    ({ input, output }) => {
      expectSame(input, output, INPUTS, "headerFooter");
      expectSame(input, output, INPUTS, "legacyDrawingHF");
    },
  ],
  [
    "named-styles.xlsx",
    "named cell styles",
    ({ input, output }) => {
      expect(descendants(output.xml("xl/styles.xml"), "cellStyle").map((s) => s.getAttribute("name"))).toContain("Board figure");
      for (const ref of ["B13", "B25"])
        expect(canonical(output.cellFormat("Inputs", ref))).toBe(canonical(input.cellFormat("Inputs", ref)));
      const styleXfs = (book: Workbook) => children(descendants(book.xml("xl/styles.xml"), "cellStyleXfs")[0], "xf").map(canonical);
      expect(styleXfs(output).slice(0, styleXfs(input).length)).toEqual(styleXfs(input));
    },
  ],
  [
    "quote-prefix.xlsx",
    "quotePrefix",
    ({ input, output }) => {
      for (const ref of ["A22", "D17"]) {
        expect(input.cellFormat("Inputs", ref).getAttribute("quotePrefix")).toBe("1");
        expect(canonical(output.cellFormat("Inputs", ref))).toBe(canonical(input.cellFormat("Inputs", ref)));
      }
      expect(output.cellText("Inputs", "D17")).toBe("=not a formula");
    },
  ],
  [
    "sheet-password.xlsx",
    "a sheet's legacy password",
    ({ output }) =>
      expect(descendants(output.xml(output.sheetPart("Locked")), "sheetProtection")[0]?.getAttribute("password")).toMatch(/^[0-9A-F]{4}$/),
  ],
  [
    "hidden-name.xlsx",
    "a name's hidden flag and comment",
    ({ input, output }) => {
      const name = nameElement(output, "BoardNotes");
      expect([name.getAttribute("hidden"), name.getAttribute("comment")]).toEqual(["1", "Kept for the Board secretary"]);
      expect(canonical(name)).toBe(canonical(nameElement(input, "BoardNotes")));
    },
  ],
  [
    "table-no-filter-buttons.xlsx",
    "table filter buttons off",
    ({ output }) => {
      const table = [...output.parts.keys()].find((p) => p.startsWith("xl/tables/"))!;
      expect(descendants(output.xml(table), "autoFilter")).toHaveLength(0);
    },
  ],
  [
    "outline-levels.xlsx",
    "row outline levels",
    ({ input, output }) => {
      expect(Object.keys(outlineLevels(input)).length).toBeGreaterThan(70);
      expect(outlineLevels(output)).toEqual(outlineLevels(input));
      expectSame(input, output, INPUTS, "sheetFormatPr");
    },
  ],
  ["data-validations.xlsx", "data validations, not re-merged", ({ input, output }) => expectSame(input, output, INPUTS, "dataValidations")],
  [
    "x14-conditional-format.xlsx",
    "an x14 conditional format",
    ({ input, output }) => {
      expectSame(input, output, INPUTS, "conditionalFormatting");
      expectSame(input, output, INPUTS, "conditionalFormattings");
    },
  ],
  [
    "calculated-formulas.xlsx",
    "formulas with their cached values",
    ({ input, output }) => {
      for (const ref of ["B5", "B17"])
        expect(canonical(output.cellElement("Inputs", ref)!)).toBe(canonical(input.cellElement("Inputs", ref)!));
    },
  ],
  ["libreoffice.xlsx", "LibreOffice's empty custom properties", ({ output }) => expect(output.parts.has("docProps/custom.xml")).toBe(true)],
  [
    "sensitivity-label.xlsx",
    "a sensitivity label",
    ({ output }) =>
      expect(output.parts.get("docProps/custom.xml")!.toString()).toContain("MSIP_Label_f42aa342-8706-4288-bd11-ebb85995028c_Enabled"),
  ],
  ["notes.xlsx", "openpyxl notes", ({ output }) => expect([...output.parts.keys()].some((p) => /comments/i.test(p))).toBe(true)],
  ["tables.xlsx", "openpyxl tables", ({ output }) => expect([...output.parts.keys()].some((p) => p.startsWith("xl/tables/"))).toBe(true)],
  ["no-book-views.xlsx", "a workbook without book views", () => undefined],
  [
    "macros.xlsm",
    "VBA macros",
    ({ output }) => {
      expect(output.parts.has("xl/vbaProject.bin")).toBe(true);
      const types = descendants(output.xml("[Content_Types].xml"), "Override").find(
        (o) => o.getAttribute("PartName") === "/xl/workbook.xml",
      );
      expect(types?.getAttribute("ContentType")).toBe("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    },
  ],
  [
    "whole-column-lists.xlsx",
    "nine whole-column drop-down lists",
    ({ input, output }) => {
      expect(descendants(input.xml(INPUTS), "dataValidation")).toHaveLength(9);
      expectSame(input, output, INPUTS, "dataValidations");
    },
  ],
  [
    "huge-name.xlsx",
    "an unrelated name over a whole sheet",
    ({ input, output }) =>
      expect(canonical(nameElement(output, "EverythingOnInputs"))).toBe(canonical(nameElement(input, "EverythingOnInputs"))),
  ],
];

describe("evaluate --out keeps what the user made", () => {
  it.each(cases)("%s: %s", async (fixture, _feature, check) => {
    check(await evaluateOut(fixture));
  });
});

it("never writes more than a cell can hold (32,767 characters), even quoting the longest evidence", async () => {
  const { input, output } = await evaluateOut("long-evidence.xlsx");
  expect(input.cellText("Inputs", "D50")).toHaveLength(32767);
  const texts = ["MVSP Triggers", "MVSP Evaluation Log"].flatMap((sheet) => output.cellTexts(sheet));
  expect(texts.some((t) => t.includes("the instalment is postponed"))).toBe(true);
  expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(32767);
});

describe("the rich workbook (charts, pivot, slicer, sparklines, x14, threaded comments, VBA, external link, label)", () => {
  const features = (input: Workbook, output: Workbook) => {
    for (const name of ["extLst", "conditionalFormatting", "sparklineGroups", "dataValidations", "conditionalFormattings"]) {
      expectSame(input, output, INPUTS, name);
    }
    for (const name of ["pivotCaches", "externalReferences", "slicerCaches"]) expectSame(input, output, BOOK, name);
    expect(canonical(nameElement(output, "Slicer_Service"))).toBe(canonical(nameElement(input, "Slicer_Service")));
    for (const part of [
      "xl/charts/chart1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/pivotCache/pivotCacheRecords1.xml",
      "xl/slicers/slicer1.xml",
      "xl/slicerCaches/slicerCache1.xml",
      "xl/threadedComments/threadedComment1.xml",
      "xl/persons/person.xml",
      "xl/vbaProject.bin",
      "xl/externalLinks/externalLink1.xml",
      "docProps/custom.xml",
    ]) {
      expect({ part, kept: output.parts.get(part)?.equals(input.parts.get(part)!) }).toEqual({ part, kept: true });
    }
  };

  it("--out writes the outputs into the requested file and keeps every other part", async () => {
    const { input, output } = await evaluateOut("rich.xlsm");
    features(input, output);
    // Another reader than ours must still open it.
    const opened = spawnSync(
      "/usr/bin/python3",
      ["-c", "import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1], keep_vba=True); print(wb.sheetnames)", output.file],
      {
        encoding: "utf8",
      },
    );
    expect(opened.stdout).toContain("MVSP Evaluation Log");
  });

  it("--in-place writes into the workbook itself and keeps every other part", async () => {
    const file = copyFixture(tmp, "rich.xlsm", "rich-in-place.xlsm");
    const result = await run("evaluate", file, "--in-place", "--date", DATE);
    expect(result.code).toBe(0);
    expect(existsSync(reportBeside(file))).toBe(false);
    const input = new Workbook(path.join(PACKAGES, "rich.xlsm"));
    const output = new Workbook(file);
    expect(changedParts(input, output)).toEqual([]);
    expectOutputs(input, output);
    features(input, output);
  });
});
