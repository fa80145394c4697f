/** The four sheet modes on real packages: replace, append, create, update; and a prefixed part. */
import { XlsxPackage } from "../../src/adapters/xlsx/package";
import { applyPlanToPackage, WriteRefusal } from "../../src/adapters/xlsx/write";
import type { SheetPlan, WritePlan } from "../../src/core/plan/types";
import { differingParts, fixture, inflatedParts, readBack, sheetOf } from "./write-helpers";

const STYLES: WritePlan["styles"] = {
  bold: { font: { bold: true, color: "#1F3864" }, fill: "#DDEBF7" },
  pct: { numberFormat: "0.0%", horizontal: "right" },
  near: { fill: "#FFEB9C", font: { color: "#9C5700" } },
};

const plan = (sheets: SheetPlan[], extra: Partial<WritePlan> = {}): WritePlan => ({
  styles: STYLES,
  sheets,
  statusCells: [],
  names: [],
  ...extra,
});

const BIG_SUMMARY: SheetPlan = {
  name: "MVSP Triggers",
  role: "summary",
  mode: "replace",
  cells: [
    { row: 0, col: 0, value: "Title", style: "bold", note: "a note" },
    { row: 1, col: 0, value: 1 },
    { row: 1, col: 1, value: 2 },
  ],
  columnWidths: [40],
  merges: [{ row: 0, col: 0, rows: 1, cols: 2 }],
  protect: true,
  print: {
    orientation: "portrait",
    paperSize: "Letter",
    fitToWidth: 1,
    fitToHeight: 1,
    headerCenter: "",
    footerLeft: "",
    footerRight: "",
    printArea: { row: 0, col: 0, rows: 2, cols: 2 },
  },
  tables: [{ name: "History", range: { row: 1, col: 0, rows: 2, cols: 2 }, columns: ["1", "2"], style: "TableStyleLight9" }],
};

const LOG: SheetPlan = {
  name: "MVSP Evaluation Log",
  role: "log",
  mode: "append",
  cells: [
    { row: 0, col: 0, value: "Timestamp", style: "bold" },
    { row: 1, col: 0, value: "2026-06-30 09:00" },
  ],
  rowHeights: [{ row: 1, height: 30 }],
};

describe("replace", () => {
  it("rewrites the add-in's sheet in its place: old cells, merges, widths, protection, notes, tables and print names gone", async () => {
    const pkg = XlsxPackage.open(fixture("user-budget.xlsx"));
    // Header cells must hold the table's column names: the numbers 1 and 2 do not, so use text.
    const summary = {
      ...BIG_SUMMARY,
      cells: [BIG_SUMMARY.cells[0], { row: 1, col: 0, value: "1" }, { row: 1, col: 1, value: "2" }, { row: 2, col: 0, value: 5 }],
    };
    applyPlanToPackage(pkg, plan([summary, LOG]));
    const first = pkg.toBuffer();
    const firstParts = [...(await inflatedParts(first)).keys()];
    expect(firstParts.filter((p) => /comments|vmlDrawing|tables\/table2/.test(p)).length).toBe(3);

    const again = XlsxPackage.open(first);
    const smaller: SheetPlan = { name: "mvsp triggers", role: "summary", mode: "replace", cells: [{ row: 0, col: 0, value: "again" }] };
    const outcome = applyPlanToPackage(again, plan([smaller]));
    const saved = again.toBuffer();
    const book = readBack(saved, ["MVSP Triggers"]);
    expect(book.sheets.map((s) => s.title)).toEqual(["Budget 2026", "Members", "MVSP Triggers", "MVSP Evaluation Log", "Chart"]);
    const sheet = sheetOf(book, "MVSP Triggers");
    expect(Object.keys(sheet.cells ?? {})).toEqual(["A1"]);
    expect(sheet.cells?.A1).toMatchObject({ value: "again", fill: null });
    expect(sheet.merges).toEqual([]);
    expect(sheet.widths).toEqual({});
    expect(sheet.protected).toBe(false);
    expect(sheet.notes).toEqual({});
    expect(sheet.tables).toEqual({});
    expect(sheet.print?.area).toBeNull();
    const parts = [...(await inflatedParts(saved)).keys()];
    expect(parts.filter((p) => /comments|vmlDrawing|tables\/table2|worksheets\/_rels\/sheet3/.test(p))).toEqual([]);
    // The user's own table and chart stay, with their relationships.
    expect(parts).toEqual(expect.arrayContaining(["xl/tables/table1.xml", "xl/charts/chart1.xml", "xl/drawings/drawing1.xml"]));
    const contentTypes = (await inflatedParts(saved)).get("[Content_Types].xml")?.toString() ?? "";
    expect(contentTypes).not.toContain("comments");
    expect(contentTypes).not.toContain("table2");
    expect(outcome.parts).toEqual(expect.arrayContaining(["xl/worksheets/sheet3.xml", "xl/comments1.xml"]));
  });
});

describe("append", () => {
  function withLog(): Buffer {
    const pkg = XlsxPackage.open(fixture("user-budget.xlsx"));
    applyPlanToPackage(pkg, plan([LOG]));
    return pkg.toBuffer();
  }

  it("adds rows below, leaving the rows already there as they were", async () => {
    const before = withLog();
    const pkg = XlsxPackage.open(before);
    const next: SheetPlan = {
      ...LOG,
      cells: [
        { row: 2, col: 0, value: "2026-09-30 10:00", style: "pct" },
        { row: 2, col: 1, value: 0.5, style: "pct" },
      ],
      rowHeights: [{ row: 2, height: 22 }],
    };
    applyPlanToPackage(pkg, plan([next]));
    const saved = pkg.toBuffer();
    const log = sheetOf(readBack(saved, ["MVSP Evaluation Log"]), "MVSP Evaluation Log");
    expect(log.cells?.A1.value).toBe("Timestamp");
    expect(log.cells?.A2.value).toBe("2026-06-30 09:00");
    expect(log.cells?.A3.value).toBe("2026-09-30 10:00");
    expect(log.cells?.B3).toMatchObject({ value: 0.5, numberFormat: "0.0%" });
    expect(log.heights).toEqual({ "2": 30, "3": 22 });
    // The old rows' text is untouched: the new part starts with the old one up to the end of row 2.
    const [oldXml, newXml] = await Promise.all(
      [before, saved].map(async (b) => (await inflatedParts(b)).get("xl/worksheets/sheet4.xml")?.toString() ?? ""),
    );
    const row2End = oldXml.indexOf("</row>", oldXml.indexOf('<row r="2"')) + "</row>".length;
    expect(newXml.slice(0, row2End).replace(/ref="A1:B3"/, 'ref="A1:A2"')).toBe(oldXml.slice(0, row2End));
  });

  it("refuses to write over a logged value, changing nothing", async () => {
    const before = withLog();
    const pkg = XlsxPackage.open(before);
    const overwrite: SheetPlan = { ...LOG, cells: [{ row: 1, col: 0, value: "rewritten" }] };
    expect(() => applyPlanToPackage(pkg, plan([overwrite]))).toThrow(WriteRefusal);
    expect(() => applyPlanToPackage(pkg, plan([overwrite]))).toThrow(
      expect.objectContaining({ code: "appendOverlap", where: "'MVSP Evaluation Log'!A2" }),
    );
    expect(pkg.changed()).toEqual([]);
    expect(await differingParts(before, pkg.toBuffer())).toEqual([]);
  });
});

describe("update", () => {
  it("changes only the given cells, the planned style over the cell's own", () => {
    const pkg = XlsxPackage.open(fixture("user-budget.xlsx"));
    const update: SheetPlan = {
      name: "Budget 2026",
      role: "settings",
      mode: "update",
      cells: [{ row: 6, col: 2, value: 0.25, style: "pct" }],
    };
    const outcome = applyPlanToPackage(pkg, plan([update]));
    expect(outcome.cells).toEqual([{ sheet: "Budget 2026", row: 6, col: 2, value: 0.25 }]);
    const cells = sheetOf(readBack(pkg.toBuffer(), ["Budget 2026"]), "Budget 2026").cells ?? {};
    expect(cells.C7).toMatchObject({ value: 0.25, numberFormat: "0.0%", horizontal: "right", fill: "#00FF00" });
    expect(cells.B7).toMatchObject({ value: 3080000, numberFormat: "#,##0" });
    expect(cells.D7).toMatchObject({ value: "old", numberFormat: "0.0%", fill: "#D9D9D9" });
  });
});

describe("a sheet part whose elements carry a namespace prefix", () => {
  it("gets status cells in the part's own spelling, in an existing row and a new one", () => {
    const pkg = XlsxPackage.open(fixture("prefixed.xlsx"));
    const statusCells = [
      { name: "Status_a", sheet: "Budget 2026", row: 6, col: 3, value: "Near", style: "near" },
      { name: "Status_b", sheet: "Budget 2026", row: 5, col: 0, value: "Met", style: "near" },
    ];
    applyPlanToPackage(pkg, plan([], { statusCells }));
    const sheet = pkg.text("xl/worksheets/sheet1.xml") ?? "";
    expect(sheet).toContain('<x:c r="D7" s="');
    expect(sheet).toContain('<x:row r="6"><x:c r="A6"');
    const cells = sheetOf(readBack(pkg.toBuffer(), ["Budget 2026"]), "Budget 2026").cells ?? {};
    expect(cells.D7).toMatchObject({ value: "Near", fill: "#FFEB9C", numberFormat: "0.0%" });
    expect(cells.A6).toMatchObject({ value: "Met", fill: "#FFEB9C" });
    expect(cells.C7.value).toBe("keep me");
  });
});
