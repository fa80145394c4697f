/**
 * A whole worksheet part generated from a `SheetPlan` (the add-in's own sheets), elements in
 * CT_Worksheet order. Strings are written inline, so the shared-string table is never touched.
 */
import { a1, absoluteRectA1, printTitleColumns, printTitleRows, rectA1 } from "../../../core/address";
import { headerFooterCode } from "../../../core/plan";
import type { PlanCell, PlanRect, PlanValidation, PlanValue, PrintSetup, SheetPlan } from "../../../core/plan/types";
import type { KeptContent } from "./kept-cells";
import { argb } from "./styles-part";
import { NS } from "./ooxml";
import { escapeText, tag, textAsWritten, XML_DECLARATION, xstring } from "./xml";

/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32767;

/** Parts of the sheet that live elsewhere and that the sheet points at by relationship id. */
export interface SheetLinks {
  readonly drawing?: string;
  readonly legacyDrawing?: string;
  readonly tables?: readonly string[];
  /** The user's hyperlinks kept beside the page, each with its relationship id when it leads outside. */
  readonly hyperlinks?: readonly {
    readonly ref: string;
    readonly rid?: string;
    readonly location?: string;
    readonly display?: string;
    readonly tooltip?: string;
  }[];
}

/** The text a cell holds once written: Excel's cell limit applies. */
export function cellText(text: string): string {
  return text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text;
}

/** What reading the written cell gives back: cut to the limit, then what XML can hold. */
function storedText(text: string): string {
  return textAsWritten(cellText(text));
}

/** The value a cell holds once written (what reading it back must give). */
export function writtenValue(value: PlanValue): PlanValue {
  if (typeof value === "string") return storedText(value);
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}

/**
 * Functions newer than Excel 2007 are stored with the `_xlfn.` prefix (ECMA-376 Part 1, §18.17.7
 * and Microsoft's "Issue: An _xlfn. prefix is displayed in front of a formula"); Excel and
 * LibreOffice read the prefixed name back as the function. Only those the core's formulas use.
 */
const FUTURE_FUNCTIONS = ["UNICODE"] as const;

/** A plan formula (formula-bar syntax, no `=`) as the package stores it; text literals are left alone. */
export function fileFormula(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(new RegExp(`\\b(${FUTURE_FUNCTIONS.join("|")})\\(`, "g"), "_xlfn.$1(")))
    .join("");
}

/** A formula cell: the formula, and its value when written as the cached value (text, number or boolean). */
function formulaCellXml(c: string, attrs: { r: string; s: number | undefined }, formula: string, v: PlanValue, prefix: string): string {
  const f = `<${prefix}f>${escapeText(fileFormula(formula))}</${prefix}f>`;
  if (typeof v === "number") return tag(c, attrs, `${f}<${prefix}v>${String(v)}</${prefix}v>`);
  if (typeof v === "boolean") return tag(c, { ...attrs, t: "b" }, `${f}<${prefix}v>${v ? 1 : 0}</${prefix}v>`);
  // `str`: a formula's text result; an empty `<v>` is a calculated empty text, not a missing value.
  return tag(c, { ...attrs, t: "str" }, `${f}<${prefix}v>${escapeText(xstring(typeof v === "string" ? v : ""))}</${prefix}v>`);
}

/** One `<c>`: inline string, number, boolean, a formula with its cached value, or an empty styled cell. */
export function cellXml(row: number, col: number, value: PlanValue, xf: number, prefix = "", formula?: string): string {
  const r = a1(row, col);
  const s = xf === 0 ? undefined : xf;
  const v = writtenValue(value);
  const c = `${prefix}c`;
  if (formula !== undefined) return formulaCellXml(c, { r, s }, formula, v, prefix);
  if (typeof v === "string") {
    const space = /^\s|\s$|\n|\r|\t/.test(v) ? ' xml:space="preserve"' : "";
    return tag(c, { r, s, t: "inlineStr" }, `<${prefix}is><${prefix}t${space}>${escapeText(xstring(v))}</${prefix}t></${prefix}is>`);
  }
  if (typeof v === "number") return tag(c, { r, s }, `<${prefix}v>${String(v)}</${prefix}v>`);
  if (typeof v === "boolean") return tag(c, { r, s, t: "b" }, `<${prefix}v>${v ? 1 : 0}</${prefix}v>`);
  return tag(c, { r, s });
}

function sqref(rect: PlanRect): string {
  return rectA1(rect);
}

function number(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** Consecutive columns of equal width become one `<col>`; then the user's columns beyond them, as they were. */
function colsXml(widths: readonly number[] | undefined, kept: readonly string[] = []): string {
  if ((!widths || widths.length === 0) && kept.length === 0) return "";
  if (!widths || widths.length === 0) return `<cols>${kept.join("")}</cols>`;
  let out = "";
  let start = 0;
  for (let i = 1; i <= widths.length; i++) {
    if (i < widths.length && widths[i] === widths[start]) continue;
    out += tag("col", { min: start + 1, max: i, width: number(widths[start]), customWidth: 1 });
    start = i;
  }
  return `<cols>${out}${kept.join("")}</cols>`;
}

function validationXml(v: PlanValidation, date1904: boolean): string {
  const common = { allowBlank: 1, showErrorMessage: 1, sqref: sqref(v.range) };
  const formula = (n: 1 | 2, text: string) => `<formula${n}>${escapeText(text)}</formula${n}>`;
  switch (v.kind) {
    case "list":
      return tag("dataValidation", { type: "list", ...common }, formula(1, `"${v.values.map((x) => x.replace(/"/g, '""')).join(",")}"`));
    case "date":
      // 1900-01-01 .. 9999-12-31 as serials of the workbook's date system.
      return tag(
        "dataValidation",
        { type: "date", operator: "between", ...common },
        formula(1, date1904 ? "0" : "1") + formula(2, date1904 ? "2957003" : "2958465"),
      );
    case "nonNegative":
      return tag("dataValidation", { type: "decimal", operator: "greaterThanOrEqual", ...common }, formula(1, "0"));
    case "wholeNumber":
      return tag(
        "dataValidation",
        { type: "whole", operator: "between", ...common },
        formula(1, String(v.min)) + formula(2, String(v.max)),
      );
  }
}

function headerFooterXml(print: PrintSetup): string {
  const header = print.headerCenter ? `&C${headerFooterCode(print.headerCenter)}` : "";
  const footer =
    (print.footerLeft ? `&L${headerFooterCode(print.footerLeft)}` : "") +
    (print.footerRight ? `&R${headerFooterCode(print.footerRight)}` : "");
  if (!header && !footer) return "";
  return `<headerFooter>${header ? `<oddHeader>${escapeText(header)}</oddHeader>` : ""}${footer ? `<oddFooter>${escapeText(footer)}</oddFooter>` : ""}</headerFooter>`;
}

/** Print titles and area as Excel stores them: sheet-scoped `_xlnm` names. */
export function printNames(sheet: SheetPlan, quoted: string): { name: string; formula: string }[] {
  const names: { name: string; formula: string }[] = [];
  const print = sheet.print;
  if (print?.printArea) names.push({ name: "_xlnm.Print_Area", formula: `${quoted}!${absoluteRectA1(print.printArea)}` });
  // Excel stores repeated columns and rows in one name, columns first: `Log!$A:$B,Log!$1:$1`.
  const titles = [
    print?.repeatColumns ? `${quoted}!${printTitleColumns(print.repeatColumns)}` : null,
    print?.repeatRows ? `${quoted}!${printTitleRows(print.repeatRows)}` : null,
  ].filter((t): t is string => t !== null);
  if (titles.length > 0) names.push({ name: "_xlnm.Print_Titles", formula: titles.join(",") });
  return names;
}

export interface WorksheetOptions {
  readonly date1904: boolean;
  /** Cell format index of a plan style key (0 for none). */
  readonly xf: (styleKey: string | undefined) => number;
  readonly tabSelected: boolean;
  readonly links?: SheetLinks;
  /** The user's content outside the part the plan rewrites (`SheetPlan.rewrites`), written back as it was. */
  readonly kept?: KeptContent;
}

/** Rows of cells, in order, each row's cells in column order (the last plan cell at a position wins). */
export function rowsOf(cells: readonly PlanCell[]): Map<number, PlanCell[]> {
  const byPosition = new Map<string, PlanCell>();
  for (const cell of cells) byPosition.set(`${cell.row},${cell.col}`, cell);
  const rows = new Map<number, PlanCell[]>();
  for (const cell of byPosition.values()) {
    const row = rows.get(cell.row) ?? [];
    row.push(cell);
    rows.set(cell.row, row);
  }
  for (const row of rows.values()) row.sort((a, b) => a.col - b.col);
  return new Map([...rows.entries()].sort((a, b) => a[0] - b[0]));
}

/** `<row>` elements for `cells`, for rows that only have a height, and for the user's kept cells (in column order). */
export function rowsXml(
  cells: readonly PlanCell[],
  heights: ReadonlyMap<number, number>,
  xf: WorksheetOptions["xf"],
  kept: KeptContent["rows"] = new Map(),
): string {
  const rows = rowsOf(cells);
  for (const row of [...heights.keys(), ...kept.keys()]) if (!rows.has(row)) rows.set(row, []);
  let out = "";
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const height = heights.get(row);
    const own = (rows.get(row) ?? []).map((c) => ({ col: c.col, xml: cellXml(c.row, c.col, c.value, xf(c.style), "", c.formula) }));
    const user = kept.get(row);
    const content = [...own, ...(user?.cells ?? [])]
      .sort((a, b) => a.col - b.col)
      .map((c) => c.xml)
      .join("");
    // A row below the page keeps its own height and format; a row of the page takes the plan's.
    const attrs =
      height === undefined && user
        ? user.attrs
        : { ht: height === undefined ? undefined : number(height), customHeight: height === undefined ? undefined : 1 };
    out += tag("row", { r: row + 1, ...attrs }, content);
  }
  return out;
}

export function worksheetXml(sheet: SheetPlan, options: WorksheetOptions): string {
  const heights = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.height]));
  const cells = sheet.cells;
  let maxRow = 0;
  let maxCol = 0;
  const kept = options.kept;
  const keptCells = [...(kept?.rows.entries() ?? [])].flatMap(([row, r]) => r.cells.map((c) => ({ row, col: c.col })));
  for (const c of [...cells, ...keptCells]) {
    maxRow = Math.max(maxRow, c.row);
    maxCol = Math.max(maxCol, c.col);
  }

  const parts: string[] = [];
  // A fixed scale prints without fitting: only then are manual page breaks honoured.
  const fitToPage = sheet.print !== undefined && sheet.print.scale === undefined;
  if (sheet.tabColor || fitToPage) {
    parts.push(
      `<sheetPr>${sheet.tabColor ? tag("tabColor", { rgb: argb(sheet.tabColor) }) : ""}${fitToPage ? tag("pageSetUpPr", { fitToPage: 1 }) : ""}</sheetPr>`,
    );
  }
  parts.push(tag("dimension", { ref: cells.length > 0 ? rectA1({ row: 0, col: 0, rows: maxRow + 1, cols: maxCol + 1 }) : "A1" }));

  const frozen = sheet.freezeRows ?? 0;
  const pane =
    frozen > 0
      ? tag("pane", { ySplit: frozen, topLeftCell: a1(frozen, 0), activePane: "bottomLeft", state: "frozen" }) +
        tag("selection", { pane: "bottomLeft", activeCell: a1(frozen, 0), sqref: a1(frozen, 0) })
      : "";
  const view = tag(
    "sheetView",
    { tabSelected: options.tabSelected ? 1 : undefined, showGridLines: sheet.showGridLines === false ? 0 : undefined, workbookViewId: 0 },
    pane || undefined,
  );
  parts.push(`<sheetViews>${view}</sheetViews>`);
  parts.push(tag("sheetFormatPr", { defaultRowHeight: 15 }));
  parts.push(colsXml(sheet.columnWidths, kept?.cols));
  const rows = rowsXml(cells, heights, options.xf, kept?.rows);
  parts.push(rows ? `<sheetData>${rows}</sheetData>` : "<sheetData/>");
  // No password: the protection guards against slips, not people; formatting stays allowed.
  if (sheet.protect) parts.push(tag("sheetProtection", { sheet: 1, objects: 1, scenarios: 1, formatColumns: 0, formatRows: 0 }));
  const merges = [...(sheet.merges ?? []).map(sqref), ...(kept?.merges ?? [])];
  if (merges.length > 0) {
    parts.push(tag("mergeCells", { count: merges.length }, merges.map((ref) => tag("mergeCell", { ref })).join("")));
  }
  (sheet.dataBars ?? []).forEach((bar, i) => {
    const rule = tag(
      "cfRule",
      { type: "dataBar", priority: i + 1 },
      `<dataBar>${tag("cfvo", { type: "num", val: bar.min ?? 0 })}${bar.max === undefined ? tag("cfvo", { type: "max" }) : tag("cfvo", { type: "num", val: bar.max })}${tag("color", { rgb: argb(bar.color) })}</dataBar>`,
    );
    parts.push(tag("conditionalFormatting", { sqref: sqref(bar.range) }, rule));
  });
  const validations = sheet.validations ?? [];
  if (validations.length > 0) {
    parts.push(tag("dataValidations", { count: validations.length }, validations.map((v) => validationXml(v, options.date1904)).join("")));
  }
  const links = [
    ...cells
      .filter((c) => c.link !== undefined)
      .map((c) =>
        tag("hyperlink", {
          ref: a1(c.row, c.col),
          location: c.link,
          display: typeof c.value === "string" ? xstring(cellText(c.value), { keepBreaks: false }) : undefined,
        }),
      ),
    ...(options.links?.hyperlinks ?? []).map((h) =>
      tag("hyperlink", { ref: h.ref, "r:id": h.rid, location: h.location, display: h.display, tooltip: h.tooltip }),
    ),
  ];
  if (links.length > 0) parts.push(`<hyperlinks>${links.join("")}</hyperlinks>`);
  parts.push(tag("pageMargins", { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 }));
  if (sheet.print) {
    const p = sheet.print;
    const sizing = p.scale === undefined ? { fitToWidth: p.fitToWidth, fitToHeight: p.fitToHeight } : { scale: p.scale };
    parts.push(tag("pageSetup", { paperSize: p.paperSize === "A4" ? 9 : 1, orientation: p.orientation, ...sizing }));
    parts.push(headerFooterXml(p));
    // A break's id is the 0-based row that starts the next page (= the 1-based last row above it).
    const breaks = p.rowBreaks ?? [];
    if (breaks.length > 0) {
      parts.push(
        `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((row) => tag("brk", { id: row, max: 16383, man: 1 })).join("")}</rowBreaks>`,
      );
    }
  }
  const l = options.links ?? {};
  if (l.drawing) parts.push(tag("drawing", { "r:id": l.drawing }));
  if (l.legacyDrawing) parts.push(tag("legacyDrawing", { "r:id": l.legacyDrawing }));
  if (l.tables && l.tables.length > 0) {
    parts.push(tag("tableParts", { count: l.tables.length }, l.tables.map((id) => tag("tablePart", { "r:id": id })).join("")));
  }
  return `${XML_DECLARATION}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">${parts.join("")}</worksheet>`;
}
