/**
 * @jest-environment jsdom
 */
import { SHEET_NAMES } from "../../src/core/plan/types";
import { FakeWorkbook, installOfficeFake, type OfficeFake } from "../support/office-fake";
import { budgetWorkbook } from "./factory";
import {
  COMMAND_LIFE_MS,
  DIALOG_READY,
  DIALOG_TIMEOUT_MS,
  dialogTimeout,
  parseDialogMessage,
  type DialogMessage,
} from "../../src/commands/dialog-message";

type Handler = (event: { completed: () => void }) => Promise<void>;

let fake: OfficeFake;

/** Loads the command bundle as Excel would: after Office.js is present. */
async function loadCommands(workbook = budgetWorkbook(), options: Parameters<typeof installOfficeFake>[2] = {}): Promise<Handler> {
  fake = installOfficeFake(globalThis, workbook, options);
  jest.isolateModules(() => {
    require("../../src/commands/commands");
  });
  // Office.onReady calls back asynchronously, as Office.js does.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const handler = fake.actions.get("evaluateTriggers");
  expect(handler).toBeDefined();
  return handler as Handler;
}

function event() {
  return { completed: jest.fn() };
}

/**
 * Runs the command as Excel would, playing the dialog page's part when one opens: it says it is
 * ready, receives the message, and the user closes it. Returns that message.
 */
async function run(handler: Handler, e = event()): Promise<DialogMessage | null> {
  const done = handler(e);
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (let i = 0; i < 50 && fake.dialogs.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  const dialog = fake.dialogs[0];
  if (dialog) {
    // The command must not complete while its dialog is open.
    expect(e.completed).not.toHaveBeenCalled();
    dialog.messageParent(DIALOG_READY);
    dialog.closeByUser();
  }
  await done;
  return dialog ? parseDialogMessage(dialog.childMessages[0] ?? null) : null;
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
    // Two reads, then the log, the summary, the status cells and the names, one sync each.
    expect(fake.contexts[0].syncCount).toBe(6);
    expect(fake.dialogs).toEqual([]);
  });

  it("says so in a dialog when the outcome is incomplete: missing inputs never pass for a result", async () => {
    const empty = new FakeWorkbook();
    empty.addSheet("Budget");
    const handler = await loadCommands(empty);
    const e = event();
    const message = await run(handler, e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(fake.workbook.activeSheet).toBe(SHEET_NAMES.summary);
    expect(message?.lines[0]).toMatch(/incomplete/i);
    expect(message?.lines.join(" ")).toMatch(/no conclusion/i);
  });

  it("reports in the Office display language", async () => {
    const handler = await loadCommands(budgetWorkbook(), { displayLanguage: "es-ES" });
    await handler(event());
    expect(fake.workbook.value("Budget 2026", "D2")).toBe("Cerca del umbral");
  });

  it("explains in a dialog why nothing was written, sent by messageChild, and completes only once it is closed", async () => {
    const workbook = budgetWorkbook();
    workbook.put(SHEET_NAMES.summary, "A1", [["mine"]]);
    const handler = await loadCommands(workbook);
    const e = event();
    const message = await run(handler, e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(message?.lines.join(" ")).toContain(SHEET_NAMES.summary);
    const url = new URL(fake.dialogs[0].url);
    expect(url.pathname).toMatch(/\/dialog\.html$/);
    // Nothing but the language travels in the URL.
    expect([...url.searchParams.keys()]).toEqual(["lang"]);
    expect(fake.workbook.value(SHEET_NAMES.summary, "A1")).toBe("mine");
  });

  it("puts the message in the query as one line of JSON where DialogApi 1.2 is missing", async () => {
    const workbook = budgetWorkbook();
    workbook.put(SHEET_NAMES.summary, "A1", [["mine"]]);
    const handler = await loadCommands(workbook, { dialogApiMinor: 1 });
    await run(handler);
    const url = fake.dialogs[0].url;
    expect(url).not.toMatch(/%0A|%0D|\n/i);
    expect(parseDialogMessage(new URL(url).searchParams.get("payload"))?.lines.join(" ")).toContain(SHEET_NAMES.summary);
  });

  it("waits out cell-edit mode where ExcelApi 1.11 offers delayForCellEdit", async () => {
    const workbook = budgetWorkbook();
    workbook.cellEditMode = true;
    const handler = await loadCommands(workbook);
    expect(await run(handler)).toBeNull();
    expect(fake.workbook.activeSheet).toBe(SHEET_NAMES.summary);
  });

  it("completes the event and opens the dialog when Excel refuses (cell edit mode, ExcelApi 1.10)", async () => {
    const workbook = budgetWorkbook();
    workbook.cellEditMode = true;
    const handler = await loadCommands(workbook, { apiMinor: 10 });
    const e = event();
    const message = await run(handler, e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(message?.lines.join(" ")).toMatch(/cell-edit mode/);
    expect(message?.lang).toBe("en");
  });

  it("completes the event when something throws inside Excel.run", async () => {
    const handler = await loadCommands();
    const excel = (globalThis as unknown as { Excel: { run: unknown } }).Excel;
    excel.run = () => Promise.reject(new TypeError("boom"));
    const e = event();
    const message = await run(handler, e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(message?.detail).toContain("boom");
  });

  it("still completes the event when even the dialog cannot open", async () => {
    const workbook = budgetWorkbook();
    workbook.cellEditMode = true;
    const handler = await loadCommands(workbook, { dialogFails: true, apiMinor: 10 });
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const e = event();
    await run(handler, e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it("closes a dialog left open and completes after the time-out", async () => {
    const workbook = budgetWorkbook();
    workbook.put(SHEET_NAMES.summary, "A1", [["mine"]]);
    const handler = await loadCommands(workbook);
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate"] });
    try {
      const e = event();
      const done = handler(e);
      for (let i = 0; i < 200 && fake.dialogs.length === 0; i++) await Promise.resolve();
      expect(fake.dialogs).toHaveLength(1);
      expect(e.completed).not.toHaveBeenCalled();
      jest.advanceTimersByTime(DIALOG_TIMEOUT_MS);
      await done;
      expect(fake.dialogs[0].closed).toBe(true);
      expect(e.completed).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("the dialog's time-out", () => {
  it("ends before the command's runtime does, counted from the click", () => {
    expect(DIALOG_TIMEOUT_MS).toBeLessThan(COMMAND_LIFE_MS);
    // A dialog opened two minutes after the click may stay open only what is left of the budget.
    expect(dialogTimeout(1_000, 1_000 + 120_000)).toBe(DIALOG_TIMEOUT_MS - 120_000);
    expect(dialogTimeout(1_000, 1_000 + COMMAND_LIFE_MS)).toBe(0);
  });

  it("leaves the button to the old-engine guard where the page flagged the engine as too old", async () => {
    (window as { MVSP_OLD_ENGINE?: boolean }).MVSP_OLD_ENGINE = true;
    try {
      fake = installOfficeFake(globalThis, budgetWorkbook());
      jest.isolateModules(() => {
        require("../../src/commands/commands");
      });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(fake.actions.get("evaluateTriggers")).toBeUndefined();
    } finally {
      delete (window as { MVSP_OLD_ENGINE?: boolean }).MVSP_OLD_ENGINE;
    }
  });
});

describe("the command bundle's dialog page", () => {
  it("has no Content-Security-Policy that could blank it, and words of its own until a message arrives", () => {
    const html = require("fs").readFileSync(require("path").join(__dirname, "../../src/commands/dialog.html"), "utf8") as string;
    expect(html.replace(/<!--[\s\S]*?-->/g, "")).not.toMatch(/Content-Security-Policy/i);
    const fallback = /<div id="fallback">([\s\S]*?)<\/div>/.exec(html)![1];
    expect([...fallback.matchAll(/<p lang="(\w+)">/g)].map((m) => m[1])).toEqual(["en", "fr", "es"]);
  });

  it("shows the message as text, never as markup", () => {
    document.body.innerHTML = '<div id="fallback">wait</div><h1 id="title"></h1><ul id="message"></ul><p id="detail"></p>';
    const payload = JSON.stringify({ title: "T", lines: ["<img src=x onerror=alert(1)>", "second"], detail: "d", lang: "fr" });
    window.history.pushState({}, "", `/dialog.html?${new URLSearchParams({ payload })}`);
    jest.isolateModules(() => {
      require("../../src/commands/dialog");
    });
    const items = [...document.querySelectorAll("#message li")].map((li) => li.textContent);
    expect(items).toEqual(["<img src=x onerror=alert(1)>", "second"]);
    expect(document.querySelector("img")).toBeNull();
    expect(document.getElementById("title")!.textContent).toBe("T");
    expect(document.getElementById("fallback")).toBeNull();
  });
});
