/**
 * Excel's failures while writing, on the strict fake: every one ends with a clear message in
 * English, French and Spanish, and either nothing written or exactly the parts written named.
 * Which code a real Excel gives in each case is checked by "Check this Excel" (undocumented.ts).
 */
import { evaluateInExcel } from "../../src/adapters/office/evaluate";
import { AdapterError, toAdapterError } from "../../src/adapters/office/errors";
import { insertTemplate } from "../../src/adapters/office/setup";
import { saveSettings } from "../../src/adapters/office/pane";
import type { ApiFeature } from "../../src/adapters/office/support";
import { failureText } from "../../src/core/failure-text";
import { clockAt } from "../../src/core";
import { SHEET_NAMES } from "../../src/core/plan/types";
import { LANGUAGES } from "../../src/core/model";
import { ApiLevel, FakeOfficeError, FakeRequestContext, FakeWorkbook, asExcelContext, fakeCells } from "../support/office-fake";
import { budgetWorkbook } from "./factory";

const upTo = (minor: number) => (feature: ApiFeature) => Number(feature.set.split(".")[1]) <= minor;
const CLOCK = clockAt(new Date(2026, 9, 1, 9, 30));

async function evaluate(wb: FakeWorkbook, apiMinor = 18) {
  const context = new FakeRequestContext(wb, new ApiLevel(apiMinor));
  return evaluateInExcel(asExcelContext(context), { clock: CLOCK, displayLanguage: "en-US", support: upTo(apiMinor) });
}

async function failure(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AdapterError);
    return error as AdapterError;
  }
  throw new Error("expected a failure");
}

/** Everything a user could see of the workbook: cells, names, protection, tabs. */
function everything(wb: FakeWorkbook): string {
  return JSON.stringify({
    cells: fakeCells(wb),
    names: [...wb.names.values()],
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      protected: s.protected,
      password: s.password,
      options: s.protectionOptions,
      notes: [...s.notes],
      comments: [...s.comments],
    })),
  });
}

/** The message in each language: distinct, not the unknown-error words, never empty. */
function messages(error: AdapterError): Record<string, string> {
  const texts = Object.fromEntries(LANGUAGES.map((lang) => [lang, failureText(error, lang)]));
  for (const lang of LANGUAGES) {
    expect(texts[lang]).not.toBe(failureText({ code: "unknown", detail: error.detail }, lang));
    expect(texts[lang].trim()).not.toBe("");
  }
  expect(new Set(Object.values(texts)).size).toBe(LANGUAGES.length);
  return texts;
}

/** A workbook evaluated once (so it has a summary and a protected log), then changed. */
async function evaluatedThenChanged(): Promise<FakeWorkbook> {
  const wb = budgetWorkbook();
  await evaluate(wb);
  wb.put("Budget 2026", "B2", [[3_700_000]]);
  return wb;
}

describe("a failure while writing leaves nothing half-written", () => {
  it("a log re-protected with a password: nothing written, the sheet named, in three languages", async () => {
    const wb = await evaluatedThenChanged();
    wb.sheet(SHEET_NAMES.log)!.password = "board-only";
    const before = everything(wb);
    const error = await failure(evaluate(wb));
    expect(error.code).toBe("sheetPassword");
    expect(error.detail).toBe(SHEET_NAMES.log);
    expect(error.written).toEqual([]);
    expect(everything(wb)).toBe(before);
    const texts = messages(error);
    expect(texts.en).toContain(`The sheet ${SHEET_NAMES.log} is protected with a password`);
    expect(texts.en).toContain("nothing was written");
    expect(texts.fr).toContain("rien n’a été écrit");
    expect(texts.es).toContain("no se ha escrito nada");
  });

  it("a view-only workbook: refused before any write, with its own words", async () => {
    const wb = await evaluatedThenChanged();
    wb.readOnly = true;
    const before = everything(wb);
    const events = wb.events.length;
    const error = await failure(evaluate(wb));
    expect(error.code).toBe("readOnly");
    expect(everything(wb)).toBe(before);
    expect(wb.events.length).toBe(events);
    const texts = messages(error);
    expect(texts.en).toMatch(/read-only/);
    expect(texts.fr).toMatch(/lecture seule/);
    expect(texts.es).toMatch(/solo lectura/);
  });

  it("a protected workbook structure: the sheets cannot be added, so nothing is written", async () => {
    const wb = budgetWorkbook();
    wb.structureProtected = true;
    const before = everything(wb);
    const error = await failure(evaluate(wb));
    expect(error.code).toBe("structureProtected");
    expect(everything(wb)).toBe(before);
    expect(messages(error).en).toMatch(/structure is protected/);
  });

  it("a failure part-way names the parts written and those not, and protects the log again", async () => {
    const wb = await evaluatedThenChanged();
    // Excel refuses the names (any refusal would do): the log, summary and status cells are written.
    const defineName = jest.spyOn(wb, "defineName").mockImplementation(() => {
      throw new FakeOfficeError("InvalidOperation", "refused");
    });
    const error = await failure(evaluate(wb));
    defineName.mockRestore();
    expect(error.code).toBe("invalidOperation");
    expect(error.written).toEqual(["log", "summary", "statusCells"]);
    expect(error.missing).toEqual(["names"]);
    expect(wb.sheet(SHEET_NAMES.log)!.protected).toBe(true);
    const texts = messages(error);
    expect(texts.en).toContain("Already written: the log row, the summary sheet, the status cells. Not written: the defined names.");
    expect(texts.fr).toContain(
      "Déjà écrit\u00a0: la ligne du journal, la feuille de synthèse, les cellules d’état. Non écrit\u00a0: les noms définis.",
    );
    expect(texts.es).toContain(
      "Ya escrito: la fila del registro, la hoja de resumen, las celdas de estado. No escrito: los nombres definidos.",
    );
  });

  it("a failure in the first write step says nothing was written, and protects the log again", async () => {
    const wb = await evaluatedThenChanged();
    const before = JSON.stringify(fakeCells(wb, [SHEET_NAMES.summary]));
    const addSheet = jest.spyOn(wb, "cellAt").mockImplementation(() => {
      throw new FakeOfficeError("NotImplemented", "no");
    });
    const error = await failure(evaluate(wb));
    addSheet.mockRestore();
    expect(error.code).toBe("notImplemented");
    expect(error.written).toEqual([]);
    expect(JSON.stringify(fakeCells(wb, [SHEET_NAMES.summary]))).toBe(before);
    expect(wb.sheet(SHEET_NAMES.log)!.protected).toBe(true);
    expect(messages(error).en).toMatch(/Nothing was written\.$/);
  });
});

describe("notes on the template", () => {
  it("a host refusing notes (NotImplemented) gets the whole template without them, and says so", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    wb.notesFailure = "NotImplemented";
    const context = new FakeRequestContext(wb, new ApiLevel(18));
    const error = await failure(insertTemplate(asExcelContext(context), "en", upTo(18)));
    expect(error.code).toBe("notesFailed");
    // Everything else is there: the sheet, its inputs, their names.
    expect(wb.sheet(SHEET_NAMES.inputs)!.cells.size).toBeGreaterThan(20);
    expect(wb.nameTarget("BudgetEnvelope")!.sheet).toBe(SHEET_NAMES.inputs);
    expect(wb.sheet(SHEET_NAMES.inputs)!.notes.size).toBe(0);
    const texts = messages(error);
    expect(texts.en).toMatch(/^Everything was written except the notes/);
    expect(texts.fr).toMatch(/^Tout a été écrit, sauf les notes/);
    expect(texts.es).toMatch(/^Se ha escrito todo salvo las notas/);
  });

  it.each([10, 17])("an ExcelApi 1.%i host gets no threaded comment in the user's name", async (minor) => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    const context = new FakeRequestContext(wb, new ApiLevel(minor));
    const result = await insertTemplate(asExcelContext(context), "en", upTo(minor));
    expect(result.written).toBe(true);
    expect(wb.sheets.flatMap((s) => [...s.comments])).toEqual([]);
    expect(wb.events.filter((e) => e.op === "comments")).toEqual([]);
  });

  it("an ExcelApi 1.18 host gets notes, in a sync after everything else", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    const context = new FakeRequestContext(wb, new ApiLevel(18));
    await insertTemplate(asExcelContext(context), "en", upTo(18));
    const ops = wb.events.map((e) => e.op);
    expect(ops.lastIndexOf("addName")).toBeLessThan(ops.indexOf("notes"));
    expect(wb.sheet(SHEET_NAMES.inputs)!.notes.size).toBeGreaterThan(0);
  });
});

describe("errors by code and operation, never by message text", () => {
  const error = (code: string, message = "whatever Excel says") => new FakeOfficeError(code, message);

  it.each([
    ["AccessDenied", "unprotect", "sheetPassword"],
    ["BadPassword", "unprotect", "sheetPassword"],
    ["AccessDenied", "write", "sheetProtected"],
    ["AccessDenied", "sheets", "structureProtected"],
    ["AccessDenied", "names", "readOnly"],
    ["NotImplemented", "notes", "notesFailed"],
    ["NotImplemented", "write", "notImplemented"],
    ["InvalidOperation", "write", "invalidOperation"],
    ["InvalidOperationInCellEditMode", "write", "cellEditMode"],
    ["InvalidOperationInCellEditMode", "read", "cellEditMode"],
    ["ResponsePayloadSizeLimitExceeded", "read", "tooLarge"],
  ] as const)("%s while doing %s → %s", (code, operation, expected) => {
    expect(toAdapterError(error(code), operation).code).toBe(expected);
  });

  it("reads no meaning into the message: an English 'edit' does not make cell-edit mode", () => {
    expect(toAdapterError(error("InvalidOperation", "Cannot edit while in Edit mode"), "write").code).toBe("invalidOperation");
    expect(toAdapterError(error("InvalidOperation", "Impossible en mode Modifier"), "write").code).toBe("invalidOperation");
  });

  it("gives each code its own words in every language", () => {
    const codes = [
      "sheetPassword",
      "readOnly",
      "structureProtected",
      "notImplemented",
      "invalidOperation",
      "tooLarge",
      "notesFailed",
      "calculationManual",
      "sheetProtected",
      "cellEditMode",
    ];
    for (const lang of LANGUAGES) {
      const texts = codes.map((code) => failureText({ code, detail: "D" }, lang));
      expect(new Set(texts).size).toBe(codes.length);
    }
  });
});

describe("calculation mode", () => {
  it("in Manual, calculates before reading, so no stale value is evaluated", async () => {
    const wb = budgetWorkbook();
    wb.calculationMode = "Manual";
    // The planned spend is a formula whose calculated value is not there yet.
    wb.uncalculated.push({ sheet: "Budget 2026", ref: "B2", value: 2_000_000 });
    const run = await evaluate(wb);
    expect(wb.events.map((e) => e.op)).toContain("calculate");
    const spend = run.evaluation.indicators.find((i) => i.id === "spend_vs_envelope")!;
    expect(spend.status).toBe("not_met");
  });

  it("in Automatic, does not calculate", async () => {
    const wb = budgetWorkbook();
    await evaluate(wb);
    expect(wb.events.map((e) => e.op)).not.toContain("calculate");
  });

  it("when the workbook cannot be calculated, says that calculation is Manual", async () => {
    const wb = budgetWorkbook();
    wb.calculationMode = "Manual";
    jest.spyOn(wb, "calculate").mockImplementation(() => {
      throw new FakeOfficeError("InvalidOperation", "no");
    });
    const error = await failure(evaluate(wb));
    expect(error.code).toBe("calculationManual");
    expect(messages(error).en).toMatch(/Calculation is set to Manual/);
  });
});

describe("saving settings on the user's protected sheet", () => {
  function settingsBook(): FakeWorkbook {
    const book = new FakeWorkbook();
    book.put("Inputs", "A10", [
      ["Key", "Value"],
      ["MinActiveMembers", 70],
      ["Language", "en"],
    ]);
    book.defineName("TriggerSettings", "=Inputs!$A$10:$B$12");
    const sheet = book.sheet("Inputs")!;
    sheet.protected = true;
    sheet.protectionOptions = { allowFormatCells: true, allowSort: true, allowAutoFilter: true };
    return book;
  }

  it("protects it again with the user's own allow choices", async () => {
    const book = settingsBook();
    const context = new FakeRequestContext(book, new ApiLevel(18));
    const result = await saveSettings(asExcelContext(context), { MinActiveMembers: 65, Language: "en" }, "en", upTo(18));
    expect(result).toEqual({ ok: true });
    expect(book.value("Inputs", "B11")).toBe(65);
    const sheet = book.sheet("Inputs")!;
    expect(sheet.protected).toBe(true);
    expect(sheet.protectionOptions).toMatchObject({
      allowFormatCells: true,
      allowSort: true,
      allowAutoFilter: true,
      allowInsertRows: false,
    });
  });

  it("refuses a sheet protected with a password, writing nothing", async () => {
    const book = settingsBook();
    book.sheet("Inputs")!.password = "mine";
    const before = everything(book);
    const context = new FakeRequestContext(book, new ApiLevel(18));
    const result = await saveSettings(asExcelContext(context), { MinActiveMembers: 65, Language: "en" }, "en", upTo(18));
    expect(result).toMatchObject({ ok: false, failure: { code: "sheetPassword", detail: "Inputs" } });
    expect(everything(book)).toBe(before);
  });
});
