/** The Excel gateway against the strict Office.js fake: what the pane really does to a workbook. */
import { FakeWorkbook, installOfficeFake, type OfficeFake } from "../support/office-fake";
import { createExcelGateway } from "../../src/taskpane/excel-gateway";

let fake: OfficeFake | null = null;
afterEach(() => fake?.uninstall());

/** Inputs!A10:B12 holds a two-key settings table; `belowB13` is whatever the user keeps under it. */
function workbookWithSettings(below: string | null): FakeWorkbook {
  const book = new FakeWorkbook();
  book.put("Inputs", "A10", [
    ["Key", "Value"],
    ["MinActiveMembers", 70],
    ["Language", "en"],
  ]);
  if (below !== null) book.put("Inputs", "B13", [[below]]);
  book.put("Inputs", "D10", [["user notes"]]);
  book.defineName("TriggerSettings", "=Inputs!$A$10:$B$12");
  return book;
}

describe("excel gateway: saving settings", () => {
  it("changes only Value cells and grows the table into empty rows, repointing the name", async () => {
    const book = workbookWithSettings(null);
    fake = installOfficeFake(globalThis, book);
    const outcome = await createExcelGateway().saveSettings({ MinActiveMembers: 65, Language: "en", LookbackMonths: 6 }, "en");
    expect(outcome).toEqual({ ok: true });
    expect(book.value("Inputs", "B11")).toBe(65);
    expect(book.value("Inputs", "A11")).toBe("MinActiveMembers");
    expect([book.value("Inputs", "A13"), book.value("Inputs", "B13")]).toEqual(["LookbackMonths", 6]);
    expect(book.value("Inputs", "D10")).toBe("user notes");
    expect(book.name("TriggerSettings")?.formula.replace(/\$/g, "")).toBe("=Inputs!A10:B13");
  });

  it("refuses to grow the table over a user's cell, and writes nothing", async () => {
    const book = workbookWithSettings("keep me");
    fake = installOfficeFake(globalThis, book);
    const outcome = await createExcelGateway().saveSettings({ MinActiveMembers: 65, Language: "en", LookbackMonths: 6 }, "en");
    expect(outcome.ok).toBe(false);
    expect(book.value("Inputs", "B13")).toBe("keep me");
    expect(book.value("Inputs", "B11")).toBe(70);
  });

  it("reads twice and writes in one sync per part: the rows below come with the snapshot", async () => {
    const book = workbookWithSettings(null);
    fake = installOfficeFake(globalThis, book);
    await createExcelGateway().saveSettings({ MinActiveMembers: 65, Language: "en", LookbackMonths: 6 }, "en");
    expect(fake.contexts).toHaveLength(1);
    // Two reads, the settings rows, the TriggerSettings name grown over them.
    expect(fake.contexts[0].syncCount).toBe(4);
  });

  it("answers Excel's refusal as a failure instead of throwing", async () => {
    const book = workbookWithSettings(null);
    book.cellEditMode = true;
    fake = installOfficeFake(globalThis, book, { apiMinor: 10 });
    const outcome = await createExcelGateway().saveSettings({ MinActiveMembers: 65 }, "en");
    expect(outcome).toEqual({ ok: false, failure: { code: "cellEditMode", detail: expect.any(String) } });
  });

  it("creates the MVSP Settings sheet when the workbook has no table", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Budget");
    fake = installOfficeFake(globalThis, book);
    expect(await createExcelGateway().saveSettings({ MinActiveMembers: 60 }, "fr")).toEqual({ ok: true });
    expect(book.value("MVSP Settings", "A1")).toBe("Clé");
    expect(book.value("MVSP Settings", "B2")).toBe(60);
    expect(book.name("TriggerSettings")?.formula).toMatch(/MVSP Settings/);
  });
});

describe("excel gateway: evaluation and navigation", () => {
  it("evaluates, hands the pane the inputs for what-if, and selects a problem's cell", async () => {
    const book = new FakeWorkbook();
    book.put("Inputs", "A1", [["Budget"], [3_080_000]]);
    book.defineName("BudgetEnvelope", "=Inputs!$A$2");
    fake = installOfficeFake(globalThis, book, { displayLanguage: "es-ES" });
    const gateway = createExcelGateway();
    expect(gateway.displayLanguage()).toBe("es-ES");
    const outcome = await gateway.evaluate();
    if (!outcome.ok) throw new Error(`evaluation failed: ${outcome.failure.code}`);
    const { result } = outcome;
    expect(result.language).toBe("es");
    expect(result.inputs.budgetEnvelope).toBe(3_080_000);
    expect(result.evaluation.indicators).toHaveLength(8);
    expect(result.written).toBe(true);
    expect(book.sheet("MVSP Triggers")).toBeDefined();
    expect(await gateway.goTo("Inputs!A2")).toEqual({ ok: true });
    expect(await gateway.goTo("Gone!A1")).toEqual({
      ok: false,
      failure: { code: "unknown", detail: expect.stringMatching(/ItemNotFound/) },
    });
    expect(book.selection).toMatchObject({ sheet: "Inputs" });
    expect(book.activeSheet).toBe("Inputs");
  });
});
