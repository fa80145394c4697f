/**
 * The chart part (`xl/charts/chartN.xml`) of the plan's line chart: categories from the first
 * column of the source block, one series per further column, names from its header row. The
 * caches hold the cells' values so that Excel and LibreOffice draw it without recalculating.
 */
import { absoluteAddress } from "../../../../core/address";
import type { CellStyle, PlanCell, PlanChart, PlanRect } from "../../../../core/plan/types";
import { el, join, numberText, part, text, xstring, type Xml } from "../xml";
import { NS } from "../ooxml";

export interface ChartPartOptions {
  /** The plan's styles: the categories' number format (dates) comes from their cells' style. */
  readonly styles?: Readonly<Record<string, CellStyle>>;
  /** The workbook's date system, so date categories read the same in the chart as in the cells. */
  readonly date1904?: boolean;
}

/** Office's default series colours, in order. */
const SERIES_COLORS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];
const CATEGORY_AXIS_ID = 510001;
const VALUE_AXIS_ID = 510002;
/** Up to this span of whole numbers, the value axis steps by one. */
const MAX_UNIT_STEPS = 12;

type CellAt = (row: number, col: number) => PlanCell | undefined;

export function chartPartXml(chart: PlanChart, sheetName: string, cells: readonly PlanCell[], options: ChartPartOptions = {}): string {
  const { source } = chart;
  if (source.rows < 2 || source.cols < 2) {
    throw new RangeError(`chart "${chart.title}": its source needs a header row, a data row, a category column and a series column`);
  }
  const byPosition = new Map<string, PlanCell>();
  for (const cell of cells) byPosition.set(`${cell.row},${cell.col}`, cell);
  const at: CellAt = (row, col) => byPosition.get(`${row},${col}`);

  const points = source.rows - 1;
  const firstDataRow = source.row + 1;
  const columnRect = (col: number): PlanRect => ({ row: firstDataRow, col, rows: points, cols: 1 });
  const categories = dataSource(sheetName, columnRect(source.col), at, options.styles);

  const series: Xml[] = [];
  for (let i = 0; i < source.cols - 1; i++) {
    const col = source.col + 1 + i;
    const color = SERIES_COLORS[i % SERIES_COLORS.length];
    const headerRef = absoluteAddress(sheetName, { row: source.row, col, rows: 1, cols: 1 });
    const name = displayText(at(source.row, col)?.value ?? null);
    series.push(
      el(
        "c:ser",
        {},
        el("c:idx", { val: i }),
        el("c:order", { val: i }),
        el("c:tx", {}, el("c:strRef", {}, el("c:f", {}, text(headerRef)), stringCache([name]))),
        el("c:spPr", {}, el("a:ln", { w: 28575, cap: "rnd" }, el("a:solidFill", {}, el("a:srgbClr", { val: color })), el("a:round"))),
        // A line needs two points; the marker is what shows the first evaluation on its own.
        el(
          "c:marker",
          {},
          el("c:symbol", { val: "circle" }),
          el("c:size", { val: 6 }),
          el(
            "c:spPr",
            {},
            el("a:solidFill", {}, el("a:srgbClr", { val: color })),
            el("a:ln", {}, el("a:solidFill", {}, el("a:srgbClr", { val: color }))),
          ),
        ),
        el("c:cat", {}, categories.xml),
        el("c:val", {}, numberReference(sheetName, columnRect(col), at, "General")),
        el("c:smooth", { val: 0 }),
      ),
    );
  }

  const plotArea = el(
    "c:plotArea",
    {},
    el("c:layout"),
    el(
      "c:lineChart",
      {},
      el("c:grouping", { val: "standard" }),
      el("c:varyColors", { val: 0 }),
      join(series),
      el("c:marker", { val: 1 }),
      el("c:axId", { val: CATEGORY_AXIS_ID }),
      el("c:axId", { val: VALUE_AXIS_ID }),
    ),
    el(
      "c:catAx",
      {},
      el("c:axId", { val: CATEGORY_AXIS_ID }),
      el("c:scaling", {}, el("c:orientation", { val: "minMax" })),
      el("c:delete", { val: 0 }),
      el("c:axPos", { val: "b" }),
      el("c:numFmt", { formatCode: categories.formatCode, sourceLinked: 1 }),
      el("c:majorTickMark", { val: "out" }),
      el("c:minorTickMark", { val: "none" }),
      el("c:tickLblPos", { val: "nextTo" }),
      el("c:crossAx", { val: VALUE_AXIS_ID }),
      el("c:crosses", { val: "autoZero" }),
      // One label per evaluation, evenly spaced: evaluations are not a regular time series.
      el("c:auto", { val: 0 }),
      el("c:lblAlgn", { val: "ctr" }),
      el("c:lblOffset", { val: 100 }),
      el("c:noMultiLvlLbl", { val: 0 }),
    ),
    el(
      "c:valAx",
      {},
      el("c:axId", { val: VALUE_AXIS_ID }),
      el("c:scaling", {}, el("c:orientation", { val: "minMax" })),
      el("c:delete", { val: 0 }),
      el("c:axPos", { val: "l" }),
      el("c:majorGridlines", {}, el("c:spPr", {}, el("a:ln", { w: 9525 }, el("a:solidFill", {}, el("a:srgbClr", { val: "D9D9D9" }))))),
      el("c:numFmt", { formatCode: "General", sourceLinked: 1 }),
      el("c:majorTickMark", { val: "none" }),
      el("c:minorTickMark", { val: "none" }),
      el("c:tickLblPos", { val: "nextTo" }),
      el("c:crossAx", { val: CATEGORY_AXIS_ID }),
      el("c:crosses", { val: "autoZero" }),
      el("c:crossBetween", { val: "between" }),
      wholeSteps(source, at) ? el("c:majorUnit", { val: 1 }) : null,
    ),
  );

  return part(
    el(
      "c:chartSpace",
      { "xmlns:c": NS.chart, "xmlns:a": NS.drawingml, "xmlns:r": NS.rel },
      el("c:date1904", { val: options.date1904 === true }),
      el("c:roundedCorners", { val: 0 }),
      el(
        "c:chart",
        {},
        title(chart.title),
        el("c:autoTitleDeleted", { val: 0 }),
        plotArea,
        el("c:legend", {}, el("c:legendPos", { val: "b" }), el("c:overlay", { val: 0 })),
        el("c:plotVisOnly", { val: 1 }),
        el("c:dispBlanksAs", { val: "gap" }),
      ),
    ),
  );
}

/**
 * Small counts (indicators met: 0 to 8) get a gridline per unit: left to itself the axis steps
 * by 0.5, and "2.5 indicators met" means nothing.
 */
function wholeSteps(source: PlanRect, at: CellAt): boolean {
  const values: number[] = [];
  for (let row = source.row + 1; row < source.row + source.rows; row++) {
    for (let col = source.col + 1; col < source.col + source.cols; col++) {
      const value = at(row, col)?.value;
      if (typeof value === "number" && Number.isFinite(value)) values.push(value);
    }
  }
  if (values.length === 0 || !values.every(Number.isInteger)) return false;
  return Math.max(0, ...values) - Math.min(0, ...values) <= MAX_UNIT_STEPS;
}

/**
 * 11 pt, in hundredths: left unsized, readers pick 14 to 18 pt, and a small chart's title then
 * takes the room of its plot.
 */
const TITLE_SIZE = 1100;

/** A rich-text title; line breaks in the plan's text become DrawingML breaks. */
function title(value: string): Xml {
  const lines = value.split(/\r\n|\r|\n/);
  const runs = lines.flatMap((line, i) => [
    i > 0 ? el("a:br") : null,
    el("a:r", {}, el("a:rPr", { lang: "en-US", sz: TITLE_SIZE, b: 1 }), el("a:t", {}, text(line))),
  ]);
  return el(
    "c:title",
    {},
    el(
      "c:tx",
      {},
      el(
        "c:rich",
        {},
        el("a:bodyPr"),
        el("a:lstStyle"),
        el("a:p", {}, el("a:pPr", {}, el("a:defRPr", { sz: TITLE_SIZE, b: 1 })), join(runs)),
      ),
    ),
    el("c:overlay", { val: 0 }),
  );
}

/**
 * Categories as numbers (with their cells' number format, so dates read as dates) when every
 * filled cell holds a number, else as text.
 */
function dataSource(sheetName: string, rect: PlanRect, at: CellAt, styles: ChartPartOptions["styles"]): { xml: Xml; formatCode: string } {
  const cells = column(rect, at);
  const filled = cells.filter((c): c is PlanCell => c !== undefined && c.value !== null && c.value !== "");
  if (filled.length > 0 && filled.every((c) => typeof c.value === "number")) {
    const styleKey = filled[0].style;
    const formatCode = (styleKey !== undefined ? styles?.[styleKey]?.numberFormat : undefined) ?? "General";
    return { xml: numberReference(sheetName, rect, at, formatCode), formatCode };
  }
  return {
    xml: el(
      "c:strRef",
      {},
      el("c:f", {}, text(absoluteAddress(sheetName, rect))),
      stringCache(cells.map((c) => displayText(c?.value ?? null))),
    ),
    formatCode: "General",
  };
}

function column(rect: PlanRect, at: CellAt): (PlanCell | undefined)[] {
  return Array.from({ length: rect.rows }, (_, i) => at(rect.row + i, rect.col));
}

/** Cells that hold no number are left out of the cache: a gap, as `dispBlanksAs` says. */
function numberReference(sheetName: string, rect: PlanRect, at: CellAt, formatCode: string): Xml {
  const cells = column(rect, at);
  const points = cells.map((cell, idx) =>
    cell !== undefined && typeof cell.value === "number" && Number.isFinite(cell.value)
      ? el("c:pt", { idx }, el("c:v", {}, text(numberText(cell.value))))
      : null,
  );
  return el(
    "c:numRef",
    {},
    el("c:f", {}, text(absoluteAddress(sheetName, rect))),
    el("c:numCache", {}, el("c:formatCode", {}, text(formatCode)), el("c:ptCount", { val: rect.rows }), join(points)),
  );
}

function stringCache(values: readonly string[]): Xml {
  const points = values.map((value, idx) => (value === "" ? null : el("c:pt", { idx }, el("c:v", {}, text(xstring(value))))));
  return el("c:strCache", {}, el("c:ptCount", { val: values.length }), join(points));
}

/** The text a cell shows when nothing formats it. */
function displayText(value: PlanCell["value"]): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return typeof value === "number" ? numberText(value) : value;
}
