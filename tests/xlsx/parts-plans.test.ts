/** The part writers on plans the core really builds: the summary's chart and the template's notes. */
import { chartPartXml, commentsPartXml, drawingPartXml, vmlDrawingXml } from "../../src/adapters/xlsx/write/parts";
import { a1, absoluteAddress } from "../../src/core/address";
import { buildTemplatePlan, dayFromIso, runEvaluation, SHEET_NAMES, type Language } from "../../src/core";
import type { SheetPlan, WritePlan } from "../../src/core/plan/types";
import { validNames, workbook } from "../core/read-helpers";
import { elementChildren, NS, only, parseXml, path } from "./parts-support";

const C = NS.chart;

function summaryPlan(): { plan: WritePlan; summary: SheetPlan } {
  const run = runEvaluation(workbook(validNames()), { today: dayFromIso("2026-10-01")!, timestamp: "2026-10-01 09:30" });
  if (!run.plan) throw new Error("no plan");
  const summary = run.plan.sheets.find((s) => s.name === SHEET_NAMES.summary)!;
  return { plan: run.plan, summary };
}

describe("the summary's history chart", () => {
  const { plan, summary } = summaryPlan();
  const chart = summary.chart!;
  const root = parseXml(chartPartXml(chart, summary.name, summary.cells, { styles: plan.styles })).documentElement!;
  const [ser] = elementChildren(path(root, C, "chart", "plotArea", "lineChart"), C, "ser");
  const cellAt = (row: number, col: number) => summary.cells.find((c) => c.row === row && c.col === col);
  const { source } = chart;

  it("refers to the summary sheet's history block below its header, quoted", () => {
    const body = (col: number) => absoluteAddress(summary.name, { row: source.row + 1, col, rows: source.rows - 1, cols: 1 });
    expect(body(source.col)).toMatch(/^'MVSP Triggers'!\$A\$\d+/);
    expect(only(path(ser, C, "cat", "numRef"), C, "f").textContent).toBe(body(source.col));
    expect(only(path(ser, C, "val", "numRef"), C, "f").textContent).toBe(body(source.col + 1));
  });

  it("caches the planned dates in the plan's date format and the planned met counts", () => {
    const dateStyle = cellAt(source.row + 1, source.col)!.style!;
    const cat = path(ser, C, "cat", "numRef", "numCache");
    expect(only(cat, C, "formatCode").textContent).toBe(plan.styles[dateStyle].numberFormat);
    const cached = (cache: typeof cat) => elementChildren(cache, C, "pt").map((pt) => Number(only(pt, C, "v").textContent));
    const planned = (col: number) => Array.from({ length: source.rows - 1 }, (_, i) => cellAt(source.row + 1 + i, col)!.value);
    expect(cached(cat)).toEqual(planned(source.col));
    expect(cached(path(ser, C, "val", "numRef", "numCache"))).toEqual(planned(source.col + 1));
    expect(path(ser, C, "tx", "strRef", "strCache", "pt", "v").textContent).toBe(cellAt(source.row, source.col + 1)!.value);
  });

  it("is placed on the plan's anchor", () => {
    const anchor = parseXml(drawingPartXml(chart.anchor, "rId1")).documentElement!;
    const from = path(anchor, NS.xdr, "twoCellAnchor", "from");
    expect([Number(path(from, NS.xdr, "row").textContent), Number(path(from, NS.xdr, "col").textContent)]).toEqual([
      chart.anchor.row,
      chart.anchor.col,
    ]);
  });
});

describe.each<Language>(["en", "fr", "es"])("the template's notes (%s)", (language) => {
  const built = buildTemplatePlan(language);
  if (!("plan" in built)) throw new Error("no template plan");
  const sheet = built.plan.sheets.find((s) => s.name === SHEET_NAMES.inputs)!;
  const notes = sheet.cells.filter((c) => c.note !== undefined && c.note !== "");

  it("are all written, each on its cell with its text", () => {
    expect(notes.length).toBeGreaterThan(5);
    const root = parseXml(
      commentsPartXml(
        notes.map((c) => ({ ref: a1(c.row, c.col), text: c.note! })),
        "MVSP Trigger Monitor",
      ),
    ).documentElement!;
    const written = elementChildren(only(root, NS.main, "commentList"), NS.main, "comment").map((c) => [
      c.getAttribute("ref"),
      Array.from(c.getElementsByTagNameNS(NS.main, "t"))
        .map((t) => t.textContent)
        .join(""),
    ]);
    const planned = [...notes].sort((x, y) => x.row - y.row || x.col - y.col).map((c) => [a1(c.row, c.col), c.note]);
    expect(written).toEqual(planned);
  });

  it("each have a hidden note shape at the same cell", () => {
    const vml = parseXml(vmlDrawingXml(notes.map((c) => ({ row: c.row, col: c.col, text: c.note })))).documentElement!;
    const shapes = elementChildren(vml, NS.v, "shape").map((s) => {
      const data = only(s, NS.x, "ClientData");
      return `${only(data, NS.x, "Row").textContent},${only(data, NS.x, "Column").textContent}`;
    });
    expect(new Set(shapes)).toEqual(new Set(notes.map((c) => `${c.row},${c.col}`)));
  });
});
