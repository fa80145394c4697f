/** The Settings tab's two calls through the real Excel gateway, on the strict Office.js fake. */
import { FakeWorkbook, installOfficeFake, type OfficeFake } from "../support/office-fake";
import { createExcelGateway } from "../../src/taskpane/excel-gateway";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import type { WorkbookSettings } from "../../src/core/read/settings";

let fake: OfficeFake | null = null;
afterEach(() => fake?.uninstall());

/** Inputs!A10:B13: the workbook of issue 10, set to 65 / 68 / 6. */
function workbookAt65686(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.put("Inputs", "A10", [
    ["Key", "Value"],
    ["MinActiveMembers", 65],
    ["WarnActiveMembers", 68],
    ["LookbackMonths", 6],
  ]);
  book.defineName("TriggerSettings", "=Inputs!$A$10:$B$13");
  return book;
}

/** The settings the gateway read, failing the test on Excel's refusal. */
async function readOk(gateway: ReturnType<typeof createExcelGateway>): Promise<WorkbookSettings> {
  const read = await gateway.readSettings();
  if (!read.ok) throw new Error(`readSettings failed: ${read.failure.code}`);
  return read.settings;
}

describe("excel gateway: the Settings tab", () => {
  it("reads the workbook's TriggerSettings: what it sets, where, and what is in force", async () => {
    fake = installOfficeFake(globalThis, workbookAt65686());
    const stored = await readOk(createExcelGateway());
    expect(stored.written).toEqual({ MinActiveMembers: 65, WarnActiveMembers: 68, LookbackMonths: 6 });
    expect(stored.settings).toEqual({ ...DEFAULT_SETTINGS, MinActiveMembers: 65, WarnActiveMembers: 68, LookbackMonths: 6 });
    expect(stored.cells.LookbackMonths?.replace(/\$/g, "")).toBe("Inputs!B13");
    expect(stored.problems).toEqual([]);
  });

  it("reads a workbook without the table as the defaults, without writing", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Budget");
    fake = installOfficeFake(globalThis, book);
    const stored = await readOk(createExcelGateway());
    expect(stored).toMatchObject({ settings: DEFAULT_SETTINGS, written: {}, table: null });
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Budget"]);
  });

  it("the case of issue 10: at 65 / 68 / 6, saving only the look-back leaves 65 / 68 as they are", async () => {
    const book = workbookAt65686();
    fake = installOfficeFake(globalThis, book);
    const gateway = createExcelGateway();
    expect(await gateway.saveSettings({ LookbackMonths: 9 }, "en")).toEqual({ ok: true });
    expect([book.value("Inputs", "B11"), book.value("Inputs", "B12"), book.value("Inputs", "B13")]).toEqual([65, 68, 9]);
    expect((await readOk(gateway)).settings).toMatchObject({ MinActiveMembers: 65, WarnActiveMembers: 68, LookbackMonths: 9 });
  });

  it("an emptied warning level is cleared in the workbook, and follows its trigger when read again", async () => {
    const book = workbookAt65686();
    fake = installOfficeFake(globalThis, book);
    const gateway = createExcelGateway();
    expect(await gateway.saveSettings({ MinActiveMembers: 80, WarnActiveMembers: null }, "en")).toEqual({ ok: true });
    expect(book.value("Inputs", "B12")).toBeNull();
    const stored = await readOk(gateway);
    expect(stored.settings).toMatchObject({ MinActiveMembers: 80, WarnActiveMembers: 83 });
    expect(stored.problems).toEqual([]);
  });
});
