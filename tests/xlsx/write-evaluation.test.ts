/**
 * Real plans from the core through the package writer: the template into a package of our own,
 * two evaluations of an openpyxl workbook (the second replaces the summary and appends to the
 * log), each saved and read back by openpyxl.
 */
import { a1 } from "../../src/core/address";
import { XlsxPackage } from "../../src/adapters/xlsx/package";
import { applyPlanToPackage, newWorkbookPackage, type ApplyOutcome } from "../../src/adapters/xlsx/write";
import { readSnapshot } from "../../src/adapters/xlsx";
import { buildTemplatePlan, dayFromIso, namesToRead, runEvaluation, SHEET_NAMES, type Clock } from "../../src/core";
import type { WritePlan } from "../../src/core/plan/types";
import { LOG_PRINT_SCALE } from "../../src/core/log/write";
import { differingParts, fixture, inflatedParts, readBack, sheetOf, type ReadBook } from "./write-helpers";

const clocks: Clock[] = [
  { today: dayFromIso("2026-10-01")!, timestamp: "2026-10-01 09:30" },
  { today: dayFromIso("2026-10-02")!, timestamp: "2026-10-02 16:05" },
];

/** The evaluation plan of a saved workbook, read as the command line reads it. */
async function evaluationPlan(buffer: Buffer, clock: Clock): Promise<WritePlan> {
  const run = runEvaluation(readSnapshot(XlsxPackage.open(buffer), namesToRead()), clock, { displayLanguage: "en" });
  if (!run.plan) throw new Error("evaluation refused");
  return run.plan;
}

/** Every written cell reads back from openpyxl with the value the outcome reports. */
function expectReadsBack(book: ReadBook, outcome: ApplyOutcome): void {
  const differences: string[] = [];
  for (const cell of outcome.cells) {
    const read = sheetOf(book, cell.sheet).cells?.[a1(cell.row, cell.col)];
    const value = read?.value ?? null;
    // openpyxl reads a formula cell as its formula, not its cached value.
    const planned = cell.formula !== undefined ? `=${cell.formula}` : cell.value;
    const same = typeof planned === "number" && typeof value === "number" ? Math.abs(planned - value) < 1e-9 : value === planned;
    if (!same)
      differences.push(`${cell.sheet}!${a1(cell.row, cell.col)}: planned ${JSON.stringify(planned)}, read ${JSON.stringify(value)}`);
  }
  expect(differences).toEqual([]);
}

describe("the template, into a package of our own", () => {
  it.each(["en", "fr"] as const)("writes the Inputs sheet with its tables, notes and names (%s)", (language) => {
    const built = buildTemplatePlan(language, null);
    if (!("plan" in built)) throw new Error("template refused");
    const pkg = newWorkbookPackage();
    const outcome = applyPlanToPackage(pkg, built.plan);
    const book = readBack(pkg.toBuffer(), [SHEET_NAMES.inputs]);
    expect(book.sheets.map((s) => s.title)).toEqual([SHEET_NAMES.inputs]);
    expectReadsBack(book, outcome);
    const sheet = sheetOf(book, SHEET_NAMES.inputs);
    const planned = built.plan.sheets[0];
    expect(Object.keys(sheet.tables ?? {}).sort()).toEqual((planned.tables ?? []).map((t) => t.name).sort());
    expect(Object.keys(sheet.notes ?? {}).length).toBe(new Set(planned.cells.filter((c) => c.note).map((c) => a1(c.row, c.col))).size);
    expect(sheet.validations?.length).toBe(planned.validations?.length);
    for (const name of built.plan.names) expect(book.names.map((n) => n.name)).toContain(name.name);
    // Input cells stay editable in the protected sheet.
    const unlocked = planned.cells.filter((c) => c.style && built.plan.styles[c.style]?.locked === false);
    expect(unlocked.length).toBeGreaterThan(0);
    for (const c of unlocked) expect(sheet.cells?.[a1(c.row, c.col)]?.locked).toBe(false);
  });

  it("prints the Inputs sheet at a fixed scale, breaking before the member roster and repeating its header", () => {
    const built = buildTemplatePlan("en", null);
    if (!("plan" in built)) throw new Error("template refused");
    const pkg = newWorkbookPackage();
    applyPlanToPackage(pkg, built.plan);
    const book = readBack(pkg.toBuffer(), [SHEET_NAMES.inputs]);
    const sheet = sheetOf(book, SHEET_NAMES.inputs);
    const planned = built.plan.sheets[0].print!;
    // No fit to pages: Excel and LibreOffice ignore manual breaks on a fitted sheet.
    expect(sheet.print).toMatchObject({
      orientation: planned.orientation,
      scale: planned.scale,
      fitToPage: false,
      rowBreaks: planned.rowBreaks,
    });
    expect(planned.rowBreaks!.length).toBeGreaterThan(0);
    const header = planned.repeatRows!.first + 1;
    expect(sheet.print!.titles).toBe(`$${header}:$${header}`);
    expect(sheet.cells![`A${header}`].value).toBe("Organisation");
  });

  it("lists the new sheet in docProps/app.xml", async () => {
    const built = buildTemplatePlan("en", null);
    if (!("plan" in built)) throw new Error("template refused");
    const pkg = newWorkbookPackage();
    applyPlanToPackage(pkg, built.plan);
    const app = (await inflatedParts(pkg.toBuffer())).get("docProps/app.xml")?.toString("utf8") ?? "";
    expect(app).toContain("<vt:i4>1</vt:i4>");
    expect(app).toContain(`<vt:vector size="1" baseType="lpstr"><vt:lpstr>${SHEET_NAMES.inputs}</vt:lpstr></vt:vector>`);
  });
});

describe("two evaluations of an openpyxl workbook", () => {
  const original = fixture("evaluation.xlsx");
  let first: { outcome: ApplyOutcome; saved: Buffer; plan: WritePlan };
  let second: { outcome: ApplyOutcome; saved: Buffer; plan: WritePlan };
  let book: ReadBook;

  beforeAll(async () => {
    const run = async (input: Buffer, clock: Clock) => {
      const plan = await evaluationPlan(input, clock);
      const pkg = XlsxPackage.open(input);
      const outcome = applyPlanToPackage(pkg, plan);
      return { outcome, saved: pkg.toBuffer(), plan };
    };
    first = await run(original, clocks[0]);
    second = await run(first.saved, clocks[1]);
    book = readBack(second.saved, [SHEET_NAMES.summary, SHEET_NAMES.log, "Dashboard"]);
  });

  it("writes every status cell in place, keeping its border and number format", () => {
    expect(first.plan.statusCells.length).toBe(8);
    const dashboard = sheetOf(book, "Dashboard").cells ?? {};
    for (const status of second.plan.statusCells) {
      const cell = dashboard[a1(status.row, status.col)];
      const style = second.plan.styles[status.style];
      expect(cell).toMatchObject({ value: status.value, fill: style.fill, numberFormat: "@" });
      expect(cell.font.color).toBe(style.font?.color);
      expect(cell.border).toEqual({ left: "thin", right: "thin", top: "thin", bottom: "thin" });
    }
  });

  it("reads back every written cell as planned, in both runs", () => {
    expectReadsBack(readBack(first.saved, [SHEET_NAMES.summary, SHEET_NAMES.log, "Dashboard"]), first.outcome);
    expectReadsBack(book, second.outcome);
  });

  it("logs the first evaluation as a date-time, and adds no row for the unchanged second one", () => {
    const log = sheetOf(book, SHEET_NAMES.log).cells ?? {};
    // The workbook's settings ask for French.
    expect(log.A1.value).toBe("Évalué le");
    // Date-time cells: 1 Oct 2026 is serial 46296; read back through openpyxl's datetime.
    expect(log.A2.value as number).toBeCloseTo(46296 + (9 * 60 + 30) / 1440, 8);
    expect(log.A2.numberFormat).toBe("yyyy-mm-dd hh:mm");
    // Same inputs, settings and evaluation date: same fingerprint, so the log stays as it was.
    expect(log.A3).toBeUndefined();
    expect(second.outcome.cells.filter((c) => c.sheet === SHEET_NAMES.log)).toEqual([]);
  });

  it("prints the log landscape at its own scale (never fitted smaller), its header row and the two date columns on every page", () => {
    const log = sheetOf(book, SHEET_NAMES.log);
    expect(log.print).toMatchObject({ orientation: "landscape", scale: LOG_PRINT_SCALE, fitToPage: false, titles: "$A:$B,$1:$1" });
    // The settings line is for the record: one line, so that it does not make every row tall.
    const cells = log.cells ?? {};
    const settings = Object.entries(cells).find(([, c]) => typeof c.value === "string" && c.value.startsWith("MinActiveMembers="))!;
    expect(settings[1].wrap).toBeFalsy();
  });

  it("gives the summary's trend data bars explicit bounds", () => {
    const bars = sheetOf(book, SHEET_NAMES.summary).dataBars ?? [];
    expect(bars.length).toBe(second.plan.sheets.find((s) => s.name === SHEET_NAMES.summary)!.dataBars!.length);
    for (const bar of bars) {
      expect(bar.bounds.map((b) => b.type)).toEqual(["num", "num"]);
      expect(Number(bar.bounds[1].val)).toBeGreaterThan(Number(bar.bounds[0].val));
    }
  });

  it("replaces the summary with its chart, leaving no orphaned parts behind", async () => {
    const summary = sheetOf(book, SHEET_NAMES.summary);
    expect(summary.charts).toBe(1);
    const parts = [...(await inflatedParts(second.saved)).keys()];
    expect(parts.filter((p) => p.startsWith("xl/charts/"))).toEqual(["xl/charts/chart1.xml"]);
    expect(parts.filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))).toEqual(["xl/drawings/drawing1.xml"]);
    expect(book.active).toBe(SHEET_NAMES.summary);
    expect(book.sheets.filter((s) => s.tabSelected).map((s) => s.title)).toEqual([SHEET_NAMES.summary]);
  });

  it("leaves every part that the evaluation need not change byte-identical", async () => {
    const differing = await differingParts(original, first.saved);
    expect(differing).toEqual([...first.outcome.parts].sort());
    const inputs = ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/theme/theme1.xml", "docProps/core.xml"];
    for (const part of inputs) expect(differing).not.toContain(part);
    // The second run touches the summary's parts, the log, the dashboard and the workbook's lists.
    const again = await differingParts(first.saved, second.saved);
    expect(again).toEqual([...second.outcome.parts].sort());
    for (const part of inputs) expect(again).not.toContain(part);
  });
});

describe("the separate report", () => {
  it("holds only the summary and the log, in the workbook's date system, with no status cells", async () => {
    const plan = await evaluationPlan(fixture("evaluation.xlsx"), clocks[0]);
    const pkg = newWorkbookPackage({ date1904: true });
    const outcome = applyPlanToPackage(pkg, plan, { roles: ["summary", "log"], skipStatusCells: true });
    const book = readBack(pkg.toBuffer(), [SHEET_NAMES.summary, SHEET_NAMES.log]);
    expect(book.epoch1904).toBe(true);
    expect(book.sheets.map((s) => s.title)).toEqual([SHEET_NAMES.summary, SHEET_NAMES.log]);
    expect(outcome.cells.some((c) => c.sheet === "Dashboard")).toBe(false);
    expect(
      book.names
        .filter((n) => n.localSheetId === null)
        .map((n) => n.name)
        .sort(),
    ).toEqual(plan.names.map((n) => n.name).sort());
    expectReadsBack(book, outcome);
  });
});
