/** "Use selected cells" in Excel, on the Office.js fake: checked, confirmed before a re-point, defined; the input states. */
import { inputStatesForPane, useSelectionForPane, CONNECT_API } from "../../src/adapters/office/connect";
import { ApiLevel, FakeRequestContext, FakeWorkbook, asExcelContext } from "../support/office-fake";
import type { ApiFeature } from "../../src/adapters/office/support";

const ALL = () => true;
/** An Excel without ExcelApi 1.9: the selection's areas cannot be counted. */
const NO_AREAS = (feature: ApiFeature) => feature.member !== CONNECT_API.selectedAreas.member;

function budget(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet("Budget 2026");
  wb.put("Budget 2026", "A1", [
    ["Enveloppe", 3_080_000],
    ["Dépenses", 3_203_200],
  ]);
  wb.addSheet("Trésorerie");
  wb.put("Trésorerie", "A1", [
    ["Trimestre", "Ingresos", "Egresos"],
    ["2026 T1", 900_000, 800_000],
    ["2026 T2", 600_000, 820_000],
  ]);
  return wb;
}

async function use(
  wb: FakeWorkbook,
  selection: string,
  name: string,
  confirmed: string | null = null,
  support: (feature: ApiFeature) => boolean = ALL,
) {
  const [sheet, address] = selection.split("!");
  wb.selection = { sheet: sheet.replace(/^'|'$/g, ""), address };
  const context = new FakeRequestContext(wb, new ApiLevel(18));
  const outcome = await useSelectionForPane(asExcelContext(context), name, confirmed, support);
  return { outcome, context };
}

describe("useSelectionForPane", () => {
  it("defines the workbook-scope name on a selection that fits, and nothing else", async () => {
    const wb = budget();
    const { outcome } = await use(wb, "'Budget 2026'!B1", "BudgetEnvelope");
    expect(outcome).toEqual({ ok: true, kind: "defined", name: "BudgetEnvelope", address: "'Budget 2026'!B1", notes: [] });
    expect(wb.name("BudgetEnvelope")!.formula).toBe("='Budget 2026'!$B$1");
    expect(wb.events.filter((e) => e.op !== "addName").map((e) => e.op)).toEqual([]);
    const table = await use(wb, "Trésorerie!A1:C3", "cashflow");
    expect(table.outcome).toMatchObject({ kind: "defined", name: "CashFlow", address: "'Trésorerie'!A1:C3" });
  });

  it("bounds a whole column to its used cells, and says so, as it does for a hidden sheet", async () => {
    const wb = budget();
    wb.sheet("Trésorerie")!.hidden = true;
    const { outcome } = await use(wb, "Trésorerie!A:C", "CashFlow");
    expect(outcome).toMatchObject({
      kind: "defined",
      address: "'Trésorerie'!A1:C3",
      notes: [{ code: "wholeColumn" }, { code: "hiddenSheet" }],
    });
  });

  it("refuses several areas, a wrong shape, or another input's cells, and defines nothing", async () => {
    const wb = budget();
    expect((await use(wb, "'Budget 2026'!B1,'Budget 2026'!B2", "BudgetEnvelope")).outcome).toMatchObject({
      kind: "refused",
      reason: { code: "multiArea" },
    });
    expect((await use(wb, "'Budget 2026'!B1:B2", "BudgetEnvelope")).outcome).toMatchObject({
      kind: "refused",
      reason: { code: "expectedSingleCell" },
    });
    expect((await use(wb, "Trésorerie!A1:B3", "CashFlow")).outcome).toMatchObject({ kind: "refused", reason: { code: "headerMissing" } });
    await use(wb, "'Budget 2026'!B1", "BudgetEnvelope");
    expect((await use(wb, "'Budget 2026'!B1:B2", "PlannedSpend")).outcome).toMatchObject({
      kind: "refused",
      reason: { code: "overlap", params: { other: "BudgetEnvelope" } },
    });
    expect(wb.name("PlannedSpend")).toBeUndefined();
    // Without ExcelApi 1.9 the first area is what is read: never a crash.
    expect((await use(budget(), "'Budget 2026'!B1,'Budget 2026'!B2", "BudgetEnvelope", null, NO_AREAS)).outcome).toMatchObject({
      kind: "defined",
    });
  });

  it("asks before re-pointing a connected name (old → new), and keeps its comment when it does", async () => {
    const wb = budget();
    wb.defineName("BudgetEnvelope", "='Budget 2026'!$B$1", "The envelope approved by the Board");
    const first = await use(wb, "'Budget 2026'!B2", "BudgetEnvelope");
    expect(first.outcome).toEqual({
      ok: true,
      kind: "confirm",
      name: "BudgetEnvelope",
      old: "'Budget 2026'!B1",
      address: "'Budget 2026'!B2",
      notes: [],
    });
    expect(wb.name("BudgetEnvelope")!.formula).toBe("='Budget 2026'!$B$1");
    const second = await use(wb, "'Budget 2026'!B2", "BudgetEnvelope", "'Budget 2026'!B2");
    expect(second.outcome).toMatchObject({ kind: "defined", address: "'Budget 2026'!B2" });
    expect(wb.name("BudgetEnvelope")).toMatchObject({ formula: "='Budget 2026'!$B$2", comment: "The envelope approved by the Board" });
  });
});

describe("inputStatesForPane", () => {
  it("gives each input its state: connected with what was read, missing, or its first problem", async () => {
    const wb = budget();
    wb.defineName("BudgetEnvelope", "='Budget 2026'!$B$1");
    wb.defineName("CashOpeningBalance", "='Budget 2026'!$A$1");
    const outcome = await inputStatesForPane(asExcelContext(new FakeRequestContext(wb, new ApiLevel(18))), ALL);
    if (!outcome.ok) throw new Error(outcome.failure.detail);
    const byName = new Map(outcome.states.map((s) => [s.name, s]));
    expect(byName.get("BudgetEnvelope")).toMatchObject({ kind: "connected", address: "'Budget 2026'!B1" });
    expect(byName.get("CashFlow")).toMatchObject({ kind: "missing" });
    expect(byName.get("CashOpeningBalance")).toMatchObject({
      kind: "problem",
      problem: { code: "expectedAmount", cell: "'Budget 2026'!A1" },
    });
  });
});
