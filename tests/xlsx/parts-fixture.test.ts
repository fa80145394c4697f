/**
 * The end-to-end fixture of tests/fixtures/make-parts-fixture.py: an openpyxl workbook with our
 * chart, drawing, notes and table parts, and the same file opened and saved by LibreOffice. The
 * parts in it must be what the writers produce today, and openpyxl must read every one of them
 * back, in both files (LibreOffice only saves what it understood).
 */
import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import * as path from "path";
import { XlsxPackage } from "../../src/adapters/xlsx/package";
import { a1 } from "../../src/core/address";
import { chartPartXml, commentsPartXml, drawingPartXml, tablePartXml, vmlDrawingXml } from "../../src/adapters/xlsx/write/parts";
import type { PlanCell, PlanChart, PlanTable } from "../../src/core/plan/types";

const DIR = path.join(__dirname, "..", "fixtures", "parts");
const OURS = path.join(DIR, "parts-openpyxl.xlsx");
const RESAVED = path.join(DIR, "parts-libreoffice.xlsx");

interface Spec {
  sheetName: string;
  styles: Record<string, { numberFormat?: string }>;
  date1904: boolean;
  cells: PlanCell[];
  chart: PlanChart;
  notes: { row: number; col: number; text: string }[];
  author: string;
  table: PlanTable;
  tableId: number;
}
const spec = JSON.parse(readFileSync(path.join(DIR, "spec.json"), "utf8")) as Spec;

/** What openpyxl (Debian's, as CI installs it) reads of the first sheet. */
const READ_BACK = `
import json, sys, openpyxl
out = []
for path in sys.argv[1:]:
    ws = openpyxl.load_workbook(path).worksheets[0]
    charts = []
    for chart in ws._charts:
        series = [{"name": s.tx.strRef.f, "cat": (s.cat.numRef or s.cat.strRef).f, "val": s.val.numRef.f,
                   "values": [[pt.idx, pt.v] for pt in s.val.numRef.numCache.pt]} for s in chart.series]
        title = "".join(r.t for p in chart.title.tx.rich.p for r in (p.r or []))
        charts.append({"kind": chart.tagname, "title": title, "series": series,
                       "from": [chart.anchor._from.row, chart.anchor._from.col]})
    tables = [{"name": t.name, "ref": t.ref, "columns": [c.name for c in t.tableColumns]} for t in ws.tables.values()]
    notes = {c.coordinate: c.comment.text for row in ws.iter_rows() for c in row if c.comment}
    out.append({"sheet": ws.title, "charts": charts, "tables": tables, "notes": notes})
print(json.dumps(out))
`;

interface ReadBack {
  sheet: string;
  charts: {
    kind: string;
    title: string;
    series: { name: string; cat: string; val: string; values: [number, number][] }[];
    from: [number, number];
  }[];
  tables: { name: string; ref: string; columns: string[] }[];
  notes: Record<string, string>;
}

function openpyxlRead(...files: string[]): ReadBack[] {
  const run = spawnSync("/usr/bin/python3", ["-c", READ_BACK, ...files], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`openpyxl failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ReadBack[];
}

describe("parts fixture (openpyxl workbook + our parts, and LibreOffice's re-save)", () => {
  it("holds exactly what the part writers produce today", () => {
    const pkg = XlsxPackage.open(readFileSync(OURS));
    expect(pkg.text("xl/charts/chart1.xml")).toBe(
      chartPartXml(spec.chart, spec.sheetName, spec.cells, { styles: spec.styles, date1904: spec.date1904 }),
    );
    expect(pkg.text("xl/drawings/drawing1.xml")).toBe(
      drawingPartXml(spec.chart.anchor, "rId1", { name: "Chart 1", description: spec.chart.title }),
    );
    expect(pkg.text("xl/comments1.xml")).toBe(
      commentsPartXml(
        spec.notes.map((n) => ({ ref: a1(n.row, n.col), text: n.text })),
        spec.author,
      ),
    );
    expect(pkg.text("xl/drawings/vmlDrawing1.vml")).toBe(vmlDrawingXml(spec.notes));
    expect(pkg.text("xl/tables/table1.xml")).toBe(tablePartXml(spec.table, spec.tableId));
  });

  const books = new Map<string, ReadBack>();
  beforeAll(() => {
    const [ours, resaved] = openpyxlRead(OURS, RESAVED);
    books.set(OURS, ours);
    books.set(RESAVED, resaved);
  });
  const quoted = "'Budget d''O&M <2026>'";
  const history = spec.cells.filter((c) => c.row > spec.chart.source.row && c.col === 1).map((c) => c.value);

  for (const [label, file] of [
    ["ours", OURS],
    ["LibreOffice's re-save", RESAVED],
  ] as const) {
    describe(label, () => {
      const book = (): ReadBack => books.get(file)!;
      it("has the line chart with its title, series references and cached values", () => {
        expect(book().sheet).toBe(spec.sheetName);
        expect(book().charts).toHaveLength(1);
        const [chart] = book().charts;
        expect(chart.kind).toBe("lineChart");
        expect(chart.title).toBe(spec.chart.title);
        expect(chart.from).toEqual([spec.chart.anchor.row, spec.chart.anchor.col]);
        expect(chart.series.map((s) => [s.name, s.cat, s.val])).toEqual([
          [`${quoted}!$B$3`, `${quoted}!$A$4:$A$9`, `${quoted}!$B$4:$B$9`],
          [`${quoted}!$C$3`, `${quoted}!$A$4:$A$9`, `${quoted}!$C$4:$C$9`],
        ]);
        expect(chart.series[0].values.map(([, v]) => v)).toEqual(history);
        // The blank cell (no roster that quarter) is a gap, not a zero.
        expect(chart.series[1].values.map(([idx]) => idx)).toEqual([0, 1, 3, 4, 5]);
      });

      it("has the table with its name, range and column names", () => {
        expect(book().tables).toEqual([{ name: "TriggerHistory", ref: "A3:D9", columns: spec.table.columns }]);
      });

      it("has every note on its cell", () => {
        // openpyxl does not decode Excel's `_x005F_` escape; LibreOffice and Excel show `_x0041_`.
        const expected = Object.fromEntries(spec.notes.map((n) => [a1(n.row, n.col), n.text.replace("_x0041_", "_x005F_x0041_")]));
        expect(book().notes).toEqual(expected);
      });
    });
  }
});
