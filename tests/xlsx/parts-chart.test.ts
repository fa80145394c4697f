import type { Element } from "@xmldom/xmldom";
import { chartPartXml } from "../../src/adapters/xlsx/write/parts";
import type { PlanCell, PlanChart } from "../../src/core/plan/types";
import { elementChildren, expectSchemaOrder, localNames, NS, only, parseXml, path, val } from "./parts-support";

const C = NS.chart;
const SHEET = "Budget d'O&M <2026>";
const QUOTED = "'Budget d''O&M <2026>'";

/** Header in row 3 (0-based 2) from column B: dates, then two series; one value missing. */
const cells: PlanCell[] = [
  { row: 2, col: 1, value: "Date" },
  { row: 2, col: 2, value: "Met & <near>" },
  { row: 2, col: 3, value: "Active" },
  { row: 3, col: 1, value: 46000, style: "date" },
  { row: 3, col: 2, value: 2 },
  { row: 3, col: 3, value: 80 },
  { row: 4, col: 1, value: 46091, style: "date" },
  { row: 4, col: 2, value: 3 },
  { row: 5, col: 1, value: 46182, style: "date" },
  { row: 5, col: 2, value: 5 },
  { row: 5, col: 3, value: 74.5 },
];
const chart: PlanChart = {
  title: "Met & <trend>",
  source: { row: 2, col: 1, rows: 4, cols: 3 },
  anchor: { row: 8, col: 0, rows: 12, cols: 6 },
};
const styles = { date: { numberFormat: "yyyy-mm-dd" } };

function chartSpace(xml: string): Element {
  const root = parseXml(xml).documentElement!;
  expect(root.namespaceURI).toBe(C);
  expect(root.localName).toBe("chartSpace");
  return root;
}

function series(root: Element): Element[] {
  return elementChildren(path(root, C, "chart", "plotArea", "lineChart"), C, "ser");
}

const formula = (ref: Element): string | null => only(ref, C, "f").textContent;
const points = (cache: Element): [string | null, string | null][] =>
  elementChildren(cache, C, "pt").map((pt) => [pt.getAttribute("idx"), only(pt, C, "v").textContent]);

describe("chartPartXml", () => {
  const root = chartSpace(chartPartXml(chart, SHEET, cells, { styles }));

  it("writes a line chart with the title, rounded corners off, the legend at the bottom", () => {
    expect(val(root, C, "roundedCorners")).toBe("0");
    const title = path(root, C, "chart", "title");
    const runs = Array.from(title.getElementsByTagNameNS(NS.a, "t")).map((t) => t.textContent);
    expect(runs).toEqual(["Met & <trend>"]);
    expect(val(path(root, C, "chart", "legend"), C, "legendPos")).toBe("b");
    expect(localNames(path(root, C, "chart", "plotArea"))).toEqual(["layout", "lineChart", "catAx", "valAx"]);
  });

  it("names each series from the header row, by a quoted absolute reference, with the name cached", () => {
    const all = series(root);
    expect(all).toHaveLength(2);
    const names = all.map((ser) => path(ser, C, "tx", "strRef"));
    expect(names.map(formula)).toEqual([`${QUOTED}!$C$3`, `${QUOTED}!$D$3`]);
    expect(names.map((ref) => points(only(ref, C, "strCache")))).toEqual([[["0", "Met & <near>"]], [["0", "Active"]]]);
    expect(all.map((ser) => [val(ser, C, "idx"), val(ser, C, "order")])).toEqual([
      ["0", "0"],
      ["1", "1"],
    ]);
  });

  it("takes the categories from the first column below the header, as dates in the cells' format", () => {
    for (const ser of series(root)) {
      const ref = path(ser, C, "cat", "numRef");
      expect(formula(ref)).toBe(`${QUOTED}!$B$4:$B$6`);
      const cache = only(ref, C, "numCache");
      expect(only(cache, C, "formatCode").textContent).toBe("yyyy-mm-dd");
      expect(val(cache, C, "ptCount")).toBe("3");
      expect(points(cache)).toEqual([
        ["0", "46000"],
        ["1", "46091"],
        ["2", "46182"],
      ]);
    }
    const axis = path(root, C, "chart", "plotArea", "catAx");
    expect(only(axis, C, "numFmt").getAttribute("formatCode")).toBe("yyyy-mm-dd");
  });

  it("caches every value, leaving a missing one out as a gap", () => {
    const [met, active] = series(root).map((ser) => path(ser, C, "val", "numRef"));
    expect(formula(met)).toBe(`${QUOTED}!$C$4:$C$6`);
    expect(points(only(met, C, "numCache"))).toEqual([
      ["0", "2"],
      ["1", "3"],
      ["2", "5"],
    ]);
    expect(formula(active)).toBe(`${QUOTED}!$D$4:$D$6`);
    expect(val(only(active, C, "numCache"), C, "ptCount")).toBe("3");
    expect(points(only(active, C, "numCache"))).toEqual([
      ["0", "80"],
      ["2", "74.5"],
    ]);
    expect(val(path(root, C, "chart"), C, "dispBlanksAs")).toBe("gap");
  });

  it("gives the axes ids that the line chart and each other's crossAx point at", () => {
    const plotArea = path(root, C, "chart", "plotArea");
    const ids = elementChildren(only(plotArea, C, "lineChart"), C, "axId").map((e) => e.getAttribute("val"));
    const catId = val(only(plotArea, C, "catAx"), C, "axId");
    const valId = val(only(plotArea, C, "valAx"), C, "axId");
    expect(ids).toEqual([catId, valId]);
    expect(catId).not.toBe(valId);
    expect(val(only(plotArea, C, "catAx"), C, "crossAx")).toBe(valId);
    expect(val(only(plotArea, C, "valAx"), C, "crossAx")).toBe(catId);
  });

  it("shows markers, so that a history of one evaluation is still visible", () => {
    for (const ser of series(root)) expect(val(only(ser, C, "marker"), C, "symbol")).toBe("circle");
  });

  it("puts every element in ECMA-376 order", () => {
    expectSchemaOrder(root, [
      "date1904",
      "lang",
      "roundedCorners",
      "style",
      "clrMapOvr",
      "pivotSource",
      "protection",
      "chart",
      "spPr",
      "txPr",
      "externalData",
      "printSettings",
      "userShapes",
      "extLst",
    ]);
    const chartElement = path(root, C, "chart");
    expectSchemaOrder(chartElement, [
      "title",
      "autoTitleDeleted",
      "pivotFmts",
      "view3D",
      "floor",
      "sideWall",
      "backWall",
      "plotArea",
      "legend",
      "plotVisOnly",
      "dispBlanksAs",
      "showDLblsOverMax",
      "extLst",
    ]);
    expectSchemaOrder(only(chartElement, C, "title"), ["tx", "layout", "overlay", "spPr", "txPr", "extLst"]);
    expectSchemaOrder(only(chartElement, C, "legend"), ["legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst"]);
    const plotArea = only(chartElement, C, "plotArea");
    const line = only(plotArea, C, "lineChart");
    expectSchemaOrder(line, [
      "grouping",
      "varyColors",
      "ser",
      "dLbls",
      "dropLines",
      "hiLowLines",
      "upDownBars",
      "marker",
      "smooth",
      "axId",
      "extLst",
    ]);
    for (const ser of series(root)) {
      expectSchemaOrder(ser, [
        "idx",
        "order",
        "tx",
        "spPr",
        "marker",
        "dPt",
        "dLbls",
        "trendline",
        "errBars",
        "cat",
        "val",
        "smooth",
        "extLst",
      ]);
      expectSchemaOrder(only(ser, C, "marker"), ["symbol", "size", "spPr", "extLst"]);
      expectSchemaOrder(path(ser, C, "val", "numRef", "numCache"), ["formatCode", "ptCount", "pt", "extLst"]);
    }
    const axShared = [
      "axId",
      "scaling",
      "delete",
      "axPos",
      "majorGridlines",
      "minorGridlines",
      "title",
      "numFmt",
      "majorTickMark",
      "minorTickMark",
      "tickLblPos",
      "spPr",
      "txPr",
      "crossAx",
      "crosses",
      "crossesAt",
    ];
    expectSchemaOrder(only(plotArea, C, "catAx"), [
      ...axShared,
      "auto",
      "lblAlgn",
      "lblOffset",
      "tickLblSkip",
      "tickMarkSkip",
      "noMultiLvlLbl",
      "extLst",
    ]);
    expectSchemaOrder(only(plotArea, C, "valAx"), [...axShared, "crossBetween", "majorUnit", "minorUnit", "dispUnits", "extLst"]);
  });

  it("steps the value axis by one for small whole counts only", () => {
    const majorUnit = (xml: string) =>
      elementChildren(path(chartSpace(xml), C, "chart", "plotArea", "valAx"), C, "majorUnit").map((e) => e.getAttribute("val"));
    const metOnly = { ...chart, source: { ...chart.source, cols: 2 } };
    expect(majorUnit(chartPartXml(metOnly, SHEET, cells, { styles }))).toEqual(["1"]);
    // With active members (80) beside the met counts, the span is too wide for a line per unit.
    expect(majorUnit(chartPartXml(chart, SHEET, cells, { styles }))).toEqual([]);
    const fractional = cells.map((c) => (c.row === 4 && c.col === 2 ? { ...c, value: 2.5 } : c));
    expect(majorUnit(chartPartXml(metOnly, SHEET, fractional, { styles }))).toEqual([]);
  });

  it("records the workbook's date system", () => {
    expect(val(root, C, "date1904")).toBe("0");
    expect(val(chartSpace(chartPartXml(chart, SHEET, cells, { styles, date1904: true })), C, "date1904")).toBe("1");
  });

  it("falls back to text categories, cached as the cells show them, when one is not a number", () => {
    const mixed: PlanCell[] = [
      { row: 0, col: 0, value: "Quarter" },
      { row: 0, col: 1, value: "Spend" },
      { row: 1, col: 0, value: "2026 Q1 & <Q2>" },
      { row: 1, col: 1, value: 10 },
      { row: 2, col: 0, value: 2026 },
      { row: 2, col: 1, value: 12 },
      { row: 3, col: 0, value: true },
      { row: 4, col: 0, value: "bell\u0007 _x0041_" },
    ];
    const source = { row: 0, col: 0, rows: 5, cols: 2 };
    const xml = chartPartXml({ title: "Plain", source, anchor: source }, "Plain", mixed);
    const [ser] = series(chartSpace(xml));
    const ref = path(ser, C, "cat", "strRef");
    expect(formula(ref)).toBe("Plain!$A$2:$A$5");
    const cache = only(ref, C, "strCache");
    expect(val(cache, C, "ptCount")).toBe("4");
    expect(points(cache)).toEqual([
      ["0", "2026 Q1 & <Q2>"],
      ["1", "2026"],
      ["2", "TRUE"],
      // ST_Xstring: the control character escaped for XML, the literal `_x0041_` kept literal.
      ["3", "bell_x0007_ _x005F_x0041_"],
    ]);
    expect(points(path(ser, C, "val", "numRef", "numCache"))).toEqual([
      ["0", "10"],
      ["1", "12"],
    ]);
  });

  it("writes a title on several lines with DrawingML breaks", () => {
    const xml = chartPartXml({ ...chart, title: "Met\nper quarter" }, SHEET, cells, { styles });
    const paragraph = path(chartSpace(xml), C, "chart", "title", "tx", "rich");
    const p = only(paragraph, NS.a, "p");
    expect(localNames(p)).toEqual(["pPr", "r", "br", "r"]);
  });

  it("refuses a source without a data row or a series column", () => {
    expect(() => chartPartXml({ ...chart, source: { row: 2, col: 1, rows: 1, cols: 3 } }, SHEET, cells)).toThrow(RangeError);
    expect(() => chartPartXml({ ...chart, source: { row: 2, col: 1, rows: 4, cols: 1 } }, SHEET, cells)).toThrow(RangeError);
  });
});
