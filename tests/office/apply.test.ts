import { applyPlan, PAYLOAD_BUDGET } from "../../src/adapters/office/apply";
import type { ApiFeature } from "../../src/adapters/office/support";
import { AdapterError } from "../../src/adapters/office/errors";
import { readWorkbook } from "../../src/adapters/office/snapshot";
import { columnWidthPoints } from "../../src/adapters/office/styles";
import { OWNERSHIP_NAMES, SHEET_NAMES, type SheetPlan, type WritePlan } from "../../src/core/plan/types";
import { ApiLevel, FakeRequestContext, FakeWorkbook, asExcelContext, fakeCells } from "../support/office-fake";
import { budgetWorkbook } from "./factory";

const upTo = (minor: number) => (feature: ApiFeature) => Number(feature.set.split(".")[1]) <= minor;
const STYLES: WritePlan["styles"] = {
  met: { fill: "#FFC7CE", font: { color: "#9C0006", bold: true, name: "Calibri" } },
  header: { fill: "#DDEBF7", font: { bold: true }, border: { color: "#8EA9DB", edges: ["bottom"] }, horizontal: "center", wrap: true },
  pct: { numberFormat: "0.0%", horizontal: "right" },
  date: { numberFormat: "yyyy-mm-dd" },
  input: { locked: false, fill: "#FFF2CC" },
};

function plan(over: Partial<WritePlan> = {}): WritePlan {
  return { styles: STYLES, sheets: [], statusCells: [], names: [], ...over };
}

function summary(over: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name: SHEET_NAMES.summary,
    role: "summary",
    mode: "replace",
    cells: [
      { row: 0, col: 0, value: "Indicator", style: "header" },
      { row: 0, col: 1, value: "Status", style: "header" },
      { row: 1, col: 0, value: "Spend vs envelope" },
      { row: 1, col: 1, value: "Met", style: "met" },
      { row: 2, col: 0, value: 0.25, style: "pct" },
    ],
    columnWidths: [30, 12],
    ...over,
  };
}

async function apply(wb: FakeWorkbook, writePlan: WritePlan, apiMinor = 18, payloadBudget?: number): Promise<FakeRequestContext> {
  const context = new FakeRequestContext(wb, new ApiLevel(apiMinor));
  const names = [...writePlan.names.map((n) => n.name), ...writePlan.statusCells.map((s) => s.name)];
  const { state } = await readWorkbook(asExcelContext(context), names, upTo(apiMinor));
  await applyPlan(asExcelContext(context), writePlan, { state, support: upTo(apiMinor), payloadBudget });
  return context;
}

async function refusal(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AdapterError);
    return error as AdapterError;
  }
  throw new Error("expected a refusal");
}

describe("applyPlan", () => {
  it("writes a new sheet, its styles and its ownership name, one sync for each", async () => {
    const wb = budgetWorkbook();
    const context = await apply(
      wb,
      plan({
        sheets: [summary({ freezeRows: 1, tabColor: "#1F4E78", activate: true })],
        names: [{ name: OWNERSHIP_NAMES.summary, sheet: SHEET_NAMES.summary, range: { row: 0, col: 0, rows: 1, cols: 1 } }],
      }),
    );
    expect(context.syncCount).toBe(4); // the read (two syncs), the sheet, the name
    const cells = fakeCells(wb, [SHEET_NAMES.summary]);
    expect(cells).toEqual([
      { sheet: SHEET_NAMES.summary, address: "A1", value: "Indicator", fill: "#DDEBF7", fontColor: null, numberFormat: "General" },
      { sheet: SHEET_NAMES.summary, address: "B1", value: "Status", fill: "#DDEBF7", fontColor: null, numberFormat: "General" },
      { sheet: SHEET_NAMES.summary, address: "A2", value: "Spend vs envelope", fill: null, fontColor: null, numberFormat: "General" },
      { sheet: SHEET_NAMES.summary, address: "B2", value: "Met", fill: "#FFC7CE", fontColor: "#9C0006", numberFormat: "General" },
      { sheet: SHEET_NAMES.summary, address: "A3", value: 0.25, fill: null, fontColor: null, numberFormat: "0.0%" },
    ]);
    const sheet = wb.sheet(SHEET_NAMES.summary)!;
    expect(wb.cell(SHEET_NAMES.summary, "A1")!.borders.bottom).toMatchObject({ style: "Continuous", color: "#8EA9DB" });
    expect(wb.cell(SHEET_NAMES.summary, "B2")!.font).toMatchObject({ bold: true, name: "Calibri" });
    expect(wb.cell(SHEET_NAMES.summary, "A3")!.horizontal).toBe("Right");
    expect(sheet.columnWidths.get(0)).toBe(columnWidthPoints(30));
    expect(sheet.freezeRows).toBe(1);
    expect(sheet.tabColor).toBe("#1F4E78");
    expect(wb.activeSheet).toBe(SHEET_NAMES.summary);
    expect(wb.name(OWNERSHIP_NAMES.summary)!.formula).toBe("='MVSP Triggers'!$A$1");
    // Header row is one block: one values call for both cells.
    expect(wb.events.filter((e) => e.op === "values" && e.sheet === SHEET_NAMES.summary).map((e) => e.address)).toEqual([
      "A1:B1",
      "A2",
      "B2",
      "A3",
    ]);
    // Suspended again for each step's sync: one recalculation per step, no flicker.
    expect(wb.suspensions).toEqual(["calculation", "screenUpdating", "calculation", "screenUpdating"]);
  });

  it("keeps text that looks like a formula, number, date or boolean as the same text", async () => {
    const wb = new FakeWorkbook();
    const texts = [
      "=SUM(A1:A3)",
      "+32 477 12 34",
      "-not a number",
      "@handle",
      "2026-03-31",
      "0012",
      "20%",
      "TRUE",
      "#N/A",
      "'quoted",
      "plain",
    ];
    const mark = [{ name: OWNERSHIP_NAMES.summary, sheet: SHEET_NAMES.summary, range: { row: 0, col: 0, rows: 1, cols: 1 } }];
    await apply(wb, plan({ sheets: [summary({ cells: texts.map((value, row) => ({ row, col: 0, value })) })], names: mark }));
    const sheet = wb.sheet(SHEET_NAMES.summary)!;
    texts.forEach((text, row) => {
      const cell = wb.cell(SHEET_NAMES.summary, `A${row + 1}`)!;
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
    });
    expect(sheet.cells.size).toBe(texts.length);
    // Numbers and booleans from the plan stay numbers and booleans.
    await apply(
      wb,
      plan({
        sheets: [
          summary({
            cells: [
              { row: 0, col: 0, value: -5 },
              { row: 0, col: 1, value: true },
            ],
          }),
        ],
        names: mark,
      }),
    );
    expect(wb.value(SHEET_NAMES.summary, "A1")).toBe(-5);
    expect(wb.value(SHEET_NAMES.summary, "B1")).toBe(true);
  });

  it("replaces its own sheet: old cells, formats, merges and charts go, the tab keeps its place", async () => {
    const wb = budgetWorkbook();
    wb.addSheet(SHEET_NAMES.summary, 1);
    wb.defineName(OWNERSHIP_NAMES.summary, `='${SHEET_NAMES.summary}'!$A$1`);
    wb.put(SHEET_NAMES.summary, "A1", [["old"], ["old"], ["old"], ["old"], ["old"], ["stale row"]]);
    wb.put(SHEET_NAMES.summary, "F6", [[null]]);
    wb.cell(SHEET_NAMES.summary, "F6")!.fill = "#FF0000";
    wb.sheet(SHEET_NAMES.summary)!.merges.push({ row: 9, col: 0, rows: 1, cols: 3 });
    wb.sheet(SHEET_NAMES.summary)!.charts.push({ name: "Old chart", type: "Line", source: "A1:B3", seriesBy: "Columns", title: "old" });
    await apply(
      wb,
      plan({
        sheets: [
          summary({
            chart: { title: "Indicators met", source: { row: 0, col: 0, rows: 3, cols: 2 }, anchor: { row: 4, col: 3, rows: 10, cols: 6 } },
          }),
        ],
        names: [{ name: OWNERSHIP_NAMES.summary, sheet: SHEET_NAMES.summary, range: { row: 0, col: 0, rows: 1, cols: 1 } }],
      }),
    );
    const sheet = wb.sheet(SHEET_NAMES.summary)!;
    expect(wb.sheets.map((s) => s.name)).toEqual(["Budget 2026", SHEET_NAMES.summary, "Members"]);
    expect(wb.value(SHEET_NAMES.summary, "A6")).toBeNull();
    expect(wb.cell(SHEET_NAMES.summary, "F6")).toBeUndefined();
    expect(sheet.merges).toEqual([]);
    expect(sheet.charts).toEqual([
      {
        name: "Chart 1",
        type: "Line",
        source: "A1:B3",
        seriesBy: "Columns",
        title: "Indicators met",
        position: { start: "D5", end: "I14" },
      },
    ]);
    // The ownership name was repointed (deleted and added), never duplicated.
    expect(wb.events.filter((e) => e.op === "deleteName" || e.op === "addName").map((e) => e.op)).toEqual(["deleteName", "addName"]);
  });

  it("never overwrites a user's sheet named like its own", async () => {
    const wb = budgetWorkbook();
    wb.put(SHEET_NAMES.summary, "A1", [["My own notes"]]);
    const error = await refusal(apply(wb, plan({ sheets: [summary()] })));
    expect(error.code).toBe("sheetNotOwned");
    expect(error.detail).toBe(SHEET_NAMES.summary);
    expect(wb.value(SHEET_NAMES.summary, "A1")).toBe("My own notes");
    expect(wb.events).toEqual([]);
  });

  it("appends below the protected log and protects it again", async () => {
    const wb = new FakeWorkbook();
    wb.put(SHEET_NAMES.log, "A1", [["Timestamp"], ["2026-06-30 10:00"]]);
    wb.defineName(OWNERSHIP_NAMES.log, `='${SHEET_NAMES.log}'!$A$1`);
    wb.sheet(SHEET_NAMES.log)!.protected = true;
    const log: SheetPlan = {
      name: SHEET_NAMES.log,
      role: "log",
      mode: "append",
      protect: true,
      cells: [{ row: 2, col: 0, value: "2026-10-01 09:30" }],
      columnWidths: [99],
    };
    await apply(wb, plan({ sheets: [log] }));
    expect(wb.value(SHEET_NAMES.log, "A2")).toBe("2026-06-30 10:00");
    expect(wb.value(SHEET_NAMES.log, "A3")).toBe("2026-10-01 09:30");
    expect(wb.sheet(SHEET_NAMES.log)!.protected).toBe(true);
    // Appending leaves the existing sheet's layout alone.
    expect(wb.sheet(SHEET_NAMES.log)!.columnWidths.size).toBe(0);
    expect(wb.events.map((e) => e.op)).toEqual(["unprotect", "values", "protect"]);
  });

  it("refuses status cells on a protected user sheet before writing anything", async () => {
    const wb = budgetWorkbook();
    wb.sheet("Budget 2026")!.protected = true;
    const error = await refusal(
      apply(
        wb,
        plan({
          sheets: [summary()],
          statusCells: [{ name: "Status_spend_vs_envelope", sheet: "Budget 2026", row: 1, col: 3, value: "Met", style: "met" }],
        }),
      ),
    );
    expect(error.code).toBe("sheetProtected");
    expect(wb.sheet(SHEET_NAMES.summary)).toBeUndefined();
    expect(wb.sheet("Budget 2026")!.protected).toBe(true);
  });

  it("writes status cells in place with their word and fill", async () => {
    const wb = budgetWorkbook();
    await apply(
      wb,
      plan({ statusCells: [{ name: "Status_spend_vs_envelope", sheet: "Budget 2026", row: 1, col: 3, value: "Met", style: "met" }] }),
    );
    expect(fakeCells(wb, ["Budget 2026"]).find((c) => c.address === "D2")).toEqual({
      sheet: "Budget 2026",
      address: "D2",
      value: "Met",
      fill: "#FFC7CE",
      fontColor: "#9C0006",
      numberFormat: "General",
    });
  });

  it("refuses to create a sheet that exists", async () => {
    const wb = budgetWorkbook();
    wb.addSheet(SHEET_NAMES.inputs);
    const error = await refusal(
      apply(wb, plan({ sheets: [{ name: SHEET_NAMES.inputs, role: "inputs", mode: "create", cells: [{ row: 0, col: 0, value: "x" }] }] })),
    );
    expect(error.code).toBe("sheetExists");
    expect(wb.sheet(SHEET_NAMES.inputs)!.cells.size).toBe(0);
  });

  it("updates only the planned cells of an existing sheet", async () => {
    const wb = budgetWorkbook();
    wb.cell("Budget 2026", "B1")!.fill = "#FFF2CC";
    await apply(
      wb,
      plan({
        sheets: [
          { name: "Budget 2026", role: "settings", mode: "update", cells: [{ row: 0, col: 1, value: 3_100_000 }], columnWidths: [50] },
        ],
      }),
    );
    expect(wb.value("Budget 2026", "B1")).toBe(3_100_000);
    expect(wb.cell("Budget 2026", "B1")!.fill).toBe("#FFF2CC");
    expect(wb.value("Budget 2026", "A1")).toBe("Budget envelope");
    expect(wb.sheet("Budget 2026")!.columnWidths.size).toBe(0);
  });

  it("translates the rest of a sheet plan: print setup, data bars, validation, merges, links, notes, unlocked cells", async () => {
    const wb = new FakeWorkbook();
    await apply(
      wb,
      plan({
        sheets: [
          {
            name: SHEET_NAMES.inputs,
            role: "inputs",
            mode: "create",
            protect: true,
            cells: [
              { row: 0, col: 0, value: "Inputs & settings" },
              { row: 1, col: 0, value: "Envelope", note: "USD", link: "'Budget 2026'!B1" },
              { row: 1, col: 1, value: 3_080_000, style: "input" },
            ],
            merges: [{ row: 0, col: 0, rows: 1, cols: 3 }],
            rowHeights: [{ row: 0, height: 30 }],
            showGridLines: false,
            dataBars: [
              { range: { row: 1, col: 1, rows: 5, cols: 1 }, color: "#F8696B" },
              { range: { row: 1, col: 2, rows: 5, cols: 1 }, color: "#5B9BD5", min: -0.1, max: 0.25 },
            ],
            validations: [
              { kind: "list", range: { row: 1, col: 2, rows: 3, cols: 1 }, values: ["Yes", "No"] },
              { kind: "wholeNumber", range: { row: 1, col: 3, rows: 1, cols: 1 }, min: 1, max: 4 },
            ],
            print: {
              orientation: "landscape",
              paperSize: "A4",
              fitToWidth: 1,
              fitToHeight: 0,
              headerCenter: "Inputs & settings",
              footerLeft: "MVSP",
              footerRight: "Page {page}",
              repeatRows: { first: 0, last: 1 },
              repeatColumns: { first: 0, last: 1 },
              printArea: { row: 0, col: 0, rows: 20, cols: 4 },
              rowBreaks: [12],
            },
          },
        ],
      }),
    );
    const sheet = wb.sheet(SHEET_NAMES.inputs)!;
    expect(sheet.protected).toBe(true);
    expect(wb.cell(SHEET_NAMES.inputs, "B2")!.locked).toBe(false);
    expect(sheet.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }]);
    expect(sheet.rowHeights.get(0)).toBe(30);
    expect(sheet.showGridlines).toBe(false);
    // Explicit bounds: equal values give bars of a length that means something, not all full.
    expect(sheet.conditionalFormats).toEqual([
      { type: "DataBar", address: "B2:B6", fillColor: "#F8696B", gradientFill: false, lowerBound: { type: "Number", formula: "0" } },
      {
        type: "DataBar",
        address: "C2:C6",
        fillColor: "#5B9BD5",
        gradientFill: false,
        lowerBound: { type: "Number", formula: "-0.1" },
        upperBound: { type: "Number", formula: "0.25" },
      },
    ]);
    expect(sheet.validations).toEqual([
      { address: "C2:C4", rule: { list: { inCellDropDown: true, source: "Yes,No" } } },
      { address: "D2", rule: { wholeNumber: { operator: "Between", formula1: 1, formula2: 4 } } },
    ]);
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHeader: "Inputs && settings",
      leftFooter: "MVSP",
      rightFooter: "Page &P",
      printTitleRows: "$1:$2",
      printTitleColumns: "$A:$B",
      printArea: "A1:D20",
    });
    // Fitted to pages, the sheet gets no manual break: Excel would ignore it.
    expect(sheet.pageLayout.rowBreaks).toBeUndefined();
    expect(wb.cell(SHEET_NAMES.inputs, "A2")!.hyperlink).toEqual({ documentReference: "'Budget 2026'!B1", textToDisplay: "Envelope" });
    expect(sheet.notes.get("A2")).toBe("USD");
  });

  it("prints at a fixed scale where manual page breaks must hold, and repeats the header rows", async () => {
    const wb = new FakeWorkbook();
    const print = {
      orientation: "portrait" as const,
      paperSize: "A4" as const,
      fitToWidth: 1,
      fitToHeight: 2,
      scale: 55,
      headerCenter: "Inputs",
      footerLeft: "Inputs",
      footerRight: "Page {page}",
      repeatRows: { first: 12, last: 12 },
      rowBreaks: [10],
    };
    await apply(
      wb,
      plan({ sheets: [{ name: SHEET_NAMES.inputs, role: "inputs", mode: "create", cells: [{ row: 0, col: 0, value: "x" }], print }] }),
    );
    const layout = wb.sheet(SHEET_NAMES.inputs)!.pageLayout;
    // A fit to pages would make Excel ignore the break before the roster.
    expect(layout.zoom).toEqual({ scale: 55 });
    expect(layout).toMatchObject({ printTitleRows: "$13:$13", rowBreaks: ["A11"] });
  });

  it("degrades on an ExcelApi 1.4 host instead of failing", async () => {
    const wb = new FakeWorkbook();
    const context = await apply(
      wb,
      plan({
        sheets: [
          summary({
            freezeRows: 1,
            tabColor: "#1F4E78",
            showGridLines: false,
            cells: [{ row: 0, col: 0, value: "Go", link: "'Budget 2026'!B1", note: "hint", style: "met" }],
            dataBars: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, color: "#F8696B" }],
            validations: [{ kind: "date", range: { row: 0, col: 0, rows: 1, cols: 1 } }],
            print: {
              orientation: "portrait",
              paperSize: "Letter",
              fitToWidth: 1,
              fitToHeight: 1,
              headerCenter: "",
              footerLeft: "",
              footerRight: "",
            },
          }),
        ],
      }),
      4,
    );
    expect(context.syncCount).toBe(3);
    expect(wb.value(SHEET_NAMES.summary, "A1")).toBe("Go");
    expect(wb.cell(SHEET_NAMES.summary, "A1")!.fill).toBe("#FFC7CE");
    expect(wb.cell(SHEET_NAMES.summary, "A1")!.hyperlink).toBeUndefined();
    expect(wb.suspensions).toEqual([]);
  });

  it("reports cell-edit mode as its own code", async () => {
    const wb = budgetWorkbook();
    const context = new FakeRequestContext(wb, new ApiLevel(18));
    const { state } = await readWorkbook(asExcelContext(context), [], upTo(18));
    wb.cellEditMode = true;
    const error = await refusal(applyPlan(asExcelContext(context), plan({ sheets: [summary()] }), { state, support: upTo(18) }));
    expect(error.code).toBe("cellEditMode");
  });

  it("reads the state itself when not given one (three syncs)", async () => {
    const wb = budgetWorkbook();
    const context = new FakeRequestContext(wb, new ApiLevel(18));
    await applyPlan(asExcelContext(context), plan({ sheets: [summary()] }), { support: upTo(18) });
    expect(context.syncCount).toBe(3);
    expect(wb.value(SHEET_NAMES.summary, "B2")).toBe("Met");
  });

  it("splits a request larger than the payload budget into several syncs", async () => {
    const rows = 2_000;
    const big = "x".repeat(1_000);
    const cells = Array.from({ length: rows }, (_, row) => ({ row, col: 0, value: big, style: row % 2 ? "met" : undefined }));
    expect(rows * big.length).toBeGreaterThan(PAYLOAD_BUDGET / 4);
    const wb = new FakeWorkbook();
    const context = await apply(wb, plan({ sheets: [summary({ cells })] }), 18, 500_000);
    expect(context.syncCount - 2).toBeGreaterThanOrEqual(4);
    expect(wb.value(SHEET_NAMES.summary, `A${rows}`)).toBe(big);
    // Calculation is suspended again after each intermediate sync.
    expect(wb.suspensions.filter((s) => s === "calculation").length).toBe(context.syncCount - 2);
  });
});
