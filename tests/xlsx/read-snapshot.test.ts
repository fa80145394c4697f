import ExcelJS from "exceljs";
import * as path from "path";
import { loadWorkbook, readSnapshot, dateFromSerial } from "../../src/adapters/xlsx";
import type { NameSnapshot, RangeSnapshot } from "../../src/core/cells";
import { dayFromSerial, dayFromIso } from "../../src/core/dates";
import { OWNERSHIP_NAMES, SHEET_NAMES } from "../../src/core/plan/types";
import { editPart, FIXTURES, makeTempDir } from "./helpers";

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

function range(snapshot: NameSnapshot): RangeSnapshot {
  if (snapshot.kind !== "range") throw new Error(`expected a range, got ${JSON.stringify(snapshot)}`);
  return snapshot.range;
}

describe("readSnapshot on a workbook saved by ExcelJS", () => {
  const file = tmp.file("values.xlsx");
  let loaded: Awaited<ReturnType<typeof loadWorkbook>>;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const plan = wb.addWorksheet("Q's plan");
    plan.getCell("A1").value = 3080000;
    plan.getCell("A1").numFmt = "#,##0";
    plan.getCell("B1").value = { richText: [{ text: "Tier " }, { font: { bold: true }, text: "1" }] };
    plan.getCell("C1").value = { text: "see budget", hyperlink: "https://example.org" };
    plan.getCell("A2").value = true;
    plan.getCell("B2").value = { formula: "A1*2", result: 6160000 };
    plan.getCell("C2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    plan.getCell("A3").value = { formula: "NOW()" } as ExcelJS.CellFormulaValue;
    plan.getCell("B3").value = { error: "#N/A" };
    plan.getCell("C3").value = dateFromSerial(46295, false);
    plan.getCell("C3").numFmt = "yyyy-mm-dd";
    plan.getCell("A4").value = 0.2;
    plan.getCell("A4").numFmt = "0%";
    plan.getCell("B4").value = "merged";
    plan.mergeCells("B4:C4");
    const budget = wb.addWorksheet("Budget 2026");
    budget.getCell("B7").value = 42;
    wb.definedNames.add("'Q''s plan'!$A$1:$C$4", "Block");
    wb.definedNames.add("'Budget 2026'!$B$7", "BudgetEnvelope");
    wb.definedNames.add("'Budget 2026'!$B$7", "TwoAreas");
    wb.definedNames.add("'Q''s plan'!$A$1", "TwoAreas");
    await wb.xlsx.writeFile(file);
    // Names ExcelJS cannot write or keep: added straight into the package, as Excel would store them.
    await editPart(file, "xl/workbook.xml", (xml) =>
      xml.replace(
        "</definedNames>",
        '<definedName name="Rate">0.25</definedName>' +
          '<definedName name="Gone">#REF!</definedName>' +
          "<definedName name=\"OldSheet\">'Deleted sheet'!$A$1</definedName>" +
          "<definedName name=\"Whole\">'Budget 2026'!$B:$B</definedName>" +
          "<definedName name=\"Relative\">'Budget 2026'!B7</definedName>" +
          '<definedName name="Scoped" localSheetId="1">\'Budget 2026\'!$B$7</definedName>' +
          "<definedName name=\"External\">[1]Sheet1!$A$1</definedName>" +
          "</definedNames>",
      ),
    );
    loaded = await loadWorkbook(file);
  });

  it("reads quoted sheet names with apostrophes and every kind of cell value", () => {
    const snap = readSnapshot(loaded.workbook, ["Block"], loaded.rawNames);
    const block = range(snap.names.Block);
    expect(block.sheet).toBe("Q's plan");
    expect([block.row, block.col]).toEqual([0, 0]);
    expect(block.values).toEqual([
      [3080000, "Tier 1", "see budget"],
      [true, 6160000, { error: "#DIV/0!" }],
      [null, { error: "#N/A" }, 46295],
      [0.2, "merged", null],
    ]);
    expect(block.formats[0][0]).toBe("#,##0");
    expect(block.formats[3][0]).toBe("0%");
    expect(block.formats[2][2]).toBe("yyyy-mm-dd");
    expect(block.formats[1][0]).toBe("General");
  });

  it("matches names case-insensitively and keys them as asked", () => {
    const snap = readSnapshot(loaded.workbook, ["budgetenvelope"], loaded.rawNames);
    expect(range(snap.names.budgetenvelope).values).toEqual([[42]]);
    expect(range(snap.names.budgetenvelope).sheet).toBe("Budget 2026");
  });

  it("classifies names that are not one readable range instead of calling them missing", () => {
    const names = ["Rate", "Gone", "OldSheet", "TwoAreas", "Scoped", "External", "Nowhere"];
    const snap = readSnapshot(loaded.workbook, names, loaded.rawNames);
    expect(snap.names.Rate).toEqual({ kind: "notRange", formula: "0.25" });
    expect(snap.names.Gone.kind).toBe("broken");
    expect(snap.names.OldSheet.kind).toBe("broken");
    expect(snap.names.TwoAreas.kind).toBe("multiArea");
    expect(snap.names.Scoped.kind).toBe("notRange");
    expect(snap.names.External.kind).toBe("notRange");
    expect(snap.names.Nowhere).toEqual({ kind: "missing" });
  });

  it("reads whole-column names clipped to the used cells, and relative names as their cells", () => {
    const snap = readSnapshot(loaded.workbook, ["Whole", "Relative"], loaded.rawNames);
    const whole = range(snap.names.Whole);
    expect(whole.values).toHaveLength(7);
    expect(whole.values[6]).toEqual([42]);
    expect(range(snap.names.Relative).values).toEqual([[42]]);
  });

  it("lists sheets in tab order and the date system", () => {
    const snap = readSnapshot(loaded.workbook, [], loaded.rawNames);
    expect(snap.sheets.map((s) => s.name)).toEqual(["Q's plan", "Budget 2026"]);
    expect(snap.date1904).toBe(false);
    expect(snap.log).toBeNull();
  });
});

describe("date systems", () => {
  it.each([false, true])("a date cell comes back as its own serial (date1904=%s)", async (date1904) => {
    const file = tmp.file(`dates-${date1904}.xlsx`);
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = date1904;
    const ws = wb.addWorksheet("D");
    // 30 Sep 2026 at 18:00, to check the fraction survives too.
    const serial = (date1904 ? 44833 : 46295) + 0.75;
    ws.getCell("A1").value = dateFromSerial(serial, date1904);
    ws.getCell("A1").numFmt = "yyyy-mm-dd hh:mm";
    wb.definedNames.add("D!$A$1", "When");
    await wb.xlsx.writeFile(file);
    const loaded = await loadWorkbook(file);
    const snap = readSnapshot(loaded.workbook, ["When"], loaded.rawNames);
    expect(snap.date1904).toBe(date1904);
    const value = range(snap.names.When).values[0][0] as number;
    expect(value).toBeCloseTo(serial, 9);
    expect(dayFromSerial(value, date1904)).toBe(dayFromIso("2026-09-30"));
  });

  it("openpyxl's 1900 and 1904 fixtures give the same evaluation date", async () => {
    const days = [];
    for (const name of ["openpyxl-inputs.xlsx", "openpyxl-inputs-1904.xlsx"]) {
      const loaded = await loadWorkbook(path.join(FIXTURES, name));
      const snap = readSnapshot(loaded.workbook, ["EvaluationDate", "CashOpeningBalance"], loaded.rawNames);
      days.push(dayFromSerial(range(snap.names.EvaluationDate).values[0][0] as number, snap.date1904));
      if (snap.date1904) {
        // openpyxl stores the formula without a cached value: nothing to read.
        expect(range(snap.names.CashOpeningBalance).values).toEqual([[null]]);
      }
    }
    expect(days).toEqual([dayFromIso("2026-09-30"), dayFromIso("2026-09-30")]);
  });
});

describe("the evaluation log", () => {
  async function logWorkbook(marked: boolean): Promise<string> {
    const file = tmp.file(`log-${marked}.xlsx`);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Inputs");
    const log = wb.addWorksheet(SHEET_NAMES.log);
    log.addRow(["Timestamp", "Outcome"]);
    log.addRow(["2026-09-30 10:00", "Monitor"]);
    log.getCell("D5").numFmt = "0%"; // a format alone does not make a cell used
    if (marked) wb.definedNames.add(`'${SHEET_NAMES.log}'!$A$1`, OWNERSHIP_NAMES.log);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it("is read when the ownership name points into it", async () => {
    const loaded = await loadWorkbook(await logWorkbook(true));
    const snap = readSnapshot(loaded.workbook, [], loaded.rawNames);
    expect(snap.log).toEqual([
      ["Timestamp", "Outcome"],
      ["2026-09-30 10:00", "Monitor"],
    ]);
  });

  it("is null for a sheet of that name the add-in does not own", async () => {
    const loaded = await loadWorkbook(await logWorkbook(false));
    expect(readSnapshot(loaded.workbook, [], loaded.rawNames).log).toBeNull();
  });
});
