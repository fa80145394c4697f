/**
 * @jest-environment jsdom
 */
import { SHEET_NAMES } from "../../src/core/plan/types";
import { installOfficeFake, type OfficeFake } from "../support/office-fake";
import { budgetWorkbook } from "./factory";

type Handler = (event: { completed: () => void }) => Promise<void>;

let fake: OfficeFake;

/** Loads the command bundle as Excel would: after Office.js is present. */
async function loadCommands(workbook = budgetWorkbook(), options: Parameters<typeof installOfficeFake>[2] = {}): Promise<Handler> {
  fake = installOfficeFake(globalThis, workbook, options);
  jest.isolateModules(() => {
    require("../../src/commands/commands");
  });
  await Promise.resolve();
  const handler = fake.actions.get("evaluateTriggers");
  expect(handler).toBeDefined();
  return handler as Handler;
}

function event() {
  return { completed: jest.fn() };
}

function dialogQuery(): URLSearchParams {
  expect(fake.dialogs).toHaveLength(1);
  return new URL(fake.dialogs[0].url).searchParams;
}

afterEach(() => fake.uninstall());

describe("Evaluate triggers (ribbon command)", () => {
  it("evaluates, shows the summary and completes the event, with no dialog", async () => {
    const handler = await loadCommands();
    const e = event();
    await handler(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(fake.workbook.activeSheet).toBe(SHEET_NAMES.summary);
    expect(fake.contexts).toHaveLength(1);
    expect(fake.contexts[0].syncCount).toBe(3);
    expect(fake.dialogs).toEqual([]);
  });

  it("reports in the Office display language", async () => {
    const handler = await loadCommands(budgetWorkbook(), { displayLanguage: "es-ES" });
    await handler(event());
    expect(fake.workbook.value("Budget 2026", "D2")).toBe("Cerca");
  });

  it("explains in a dialog why nothing was written when a user sheet has the summary's name", async () => {
    const workbook = budgetWorkbook();
    workbook.put(SHEET_NAMES.summary, "A1", [["mine"]]);
    const handler = await loadCommands(workbook);
    const e = event();
    await handler(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(dialogQuery().get("message")).toContain(SHEET_NAMES.summary);
    expect(new URL(fake.dialogs[0].url).pathname).toMatch(/\/dialog\.html$/);
    expect(fake.workbook.value(SHEET_NAMES.summary, "A1")).toBe("mine");
  });

  it("completes the event and opens the dialog when Excel refuses (cell edit mode)", async () => {
    const workbook = budgetWorkbook();
    workbook.cellEditMode = true;
    const handler = await loadCommands(workbook);
    const e = event();
    await handler(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    const query = dialogQuery();
    expect(query.get("message")).toMatch(/error\.cellEditMode|edit/i);
    expect(query.get("lang")).toBe("en");
  });

  it("completes the event when something throws inside Excel.run", async () => {
    const handler = await loadCommands();
    const excel = (globalThis as unknown as { Excel: { run: unknown } }).Excel;
    excel.run = () => Promise.reject(new TypeError("boom"));
    const e = event();
    await handler(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(dialogQuery().get("detail")).toContain("boom");
  });

  it("still completes the event when even the dialog cannot open", async () => {
    const workbook = budgetWorkbook();
    workbook.cellEditMode = true;
    const handler = await loadCommands(workbook, { dialogFails: true });
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const e = event();
    await handler(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});

describe("the command bundle's dialog page", () => {
  it("shows the message as text, never as markup", () => {
    document.body.innerHTML = '<h1 id="title"></h1><ul id="message"></ul><p id="detail"></p>';
    window.history.pushState({}, "", `/dialog.html?${new URLSearchParams({ title: "T", message: "<img src=x onerror=alert(1)>\nsecond", detail: "d" })}`);
    jest.isolateModules(() => {
      require("../../src/commands/dialog");
    });
    const items = [...document.querySelectorAll("#message li")].map((li) => li.textContent);
    expect(items).toEqual(["<img src=x onerror=alert(1)>", "second"]);
    expect(document.querySelector("img")).toBeNull();
    expect(document.getElementById("title")!.textContent).toBe("T");
  });
});
