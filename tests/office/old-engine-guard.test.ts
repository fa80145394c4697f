/**
 * @jest-environment jsdom
 *
 * The old-engine guard every page inlines (src/commands/old-engine-guard.js): plain ES5, a plain
 * sentence in the display language on an engine that lacks what the bundles use, the ribbon
 * command completed; nothing at all on a current engine. And the bundle check `npm test` runs
 * after the build (scripts/check-bundles.js) refuses syntax above the declared level.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkDist, parseError } = require("../../scripts/check-bundles.js") as {
  checkDist: (dir: string) => { failures: string[] };
  parseError: (code: string, ecmaVersion: number) => string | null;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ECMA_VERSION, GUARD_ECMA_VERSION } = require("../../scripts/es-level.js") as { ECMA_VERSION: number; GUARD_ECMA_VERSION: number };

const ROOT = resolve(__dirname, "../..");
const GUARD = readFileSync(join(ROOT, "src/commands/old-engine-guard.js"), "utf8");

interface FakeOffice {
  /** The handlers registered on the dialogs opened. */
  dialogHandlers: Array<() => void>;
  context: { displayLanguage: string; ui: { displayDialogAsync: jest.Mock } };
  actions: { associate: jest.Mock };
  onReady: (callback: () => void) => void;
}

function fakeOffice(displayLanguage: string, dialogOpens: boolean): FakeOffice {
  const dialogHandlers: Array<() => void> = [];
  return {
    dialogHandlers,
    context: {
      displayLanguage,
      ui: {
        displayDialogAsync: jest.fn((_url: string, _options: unknown, callback: (result: unknown) => void) => {
          const dialog = { addEventHandler: (_type: string, handler: () => void) => dialogHandlers.push(handler) };
          callback(dialogOpens ? { status: "succeeded", value: dialog } : { status: "failed", error: { code: 12007 } });
        }),
      },
    },
    actions: { associate: jest.fn() },
    onReady: (callback) => callback(),
  };
}

/** Runs the guard as the page would, with the ES2019 library hidden when `old`. */
function runGuard(page: string, office: FakeOffice, old: boolean): void {
  document.documentElement.setAttribute("data-page", page);
  document.body.innerHTML = `<div id="root">bundle content</div>`;
  (globalThis as unknown as { Office: FakeOffice }).Office = office;
  const saved = Object.fromEntries;
  if (old) delete (Object as { fromEntries?: unknown }).fromEntries;
  try {
    new Function(GUARD)();
  } finally {
    Object.fromEntries = saved;
  }
  document.dispatchEvent(new Event("DOMContentLoaded"));
}

const oldEngine = (): boolean => (window as unknown as { MVSP_OLD_ENGINE: boolean }).MVSP_OLD_ENGINE;

describe("the old-engine guard", () => {
  it("is plain ES5, so that Internet Explorer 11 can run it", () => {
    expect(GUARD_ECMA_VERSION).toBe(5);
    expect(parseError(GUARD, 5)).toBeNull();
    // A page inlines it inside <script>: nothing in it may close the element.
    expect(GUARD).not.toContain("</");
  });

  it("stands right after Office.js in every page template, before any bundle", () => {
    for (const page of ["src/commands/commands.html", "src/commands/dialog.html", "src/taskpane/taskpane.html"]) {
      const html = readFileSync(join(ROOT, page), "utf8");
      expect(html).toMatch(/office\.js"><\/script>\s*<!-- old-engine-guard -->/);
      expect(html).toMatch(/<html lang="en" data-page="(commands|dialog|taskpane)">/);
    }
  });

  it("does nothing on a current engine", () => {
    runGuard("taskpane", fakeOffice("fr-FR", true), false);
    expect(oldEngine()).toBe(false);
    expect(document.body.textContent).toBe("bundle content");
  });

  it.each([
    ["fr-CA", "Ce complément nécessite Microsoft 365 ou Office 2021 ou une version ultérieure."],
    ["es-MX", "Este complemento requiere Microsoft 365 u Office 2021 o una versión posterior."],
    ["en-GB", "This add-in needs Microsoft 365 or Office 2021 or later."],
    ["de-DE", "This add-in needs Microsoft 365 or Office 2021 or later."],
  ])("replaces the task pane with a plain sentence in the display language (%s)", (locale, sentence) => {
    runGuard("taskpane", fakeOffice(locale, true), true);
    expect(oldEngine()).toBe(true);
    expect(document.getElementById("root")).toBeNull();
    expect(document.querySelector("[role=alert]")?.textContent).toContain(sentence);
    expect(document.documentElement.lang).toBe(locale.slice(0, 2) === "de" ? "en" : locale.slice(0, 2));
  });

  it("completes the ribbon command once the message dialog closes", () => {
    const office = fakeOffice("es-ES", true);
    runGuard("commands", office, true);
    expect(office.actions.associate).toHaveBeenCalledWith("evaluateTriggers", expect.any(Function));
    const command = office.actions.associate.mock.calls[0][1] as (event: { completed: () => void }) => void;
    const event = { completed: jest.fn() };
    command(event);
    const [url] = office.context.ui.displayDialogAsync.mock.calls[0] as [string];
    expect(url).toMatch(/\/dialog\.html\?lang=es$/);
    expect(event.completed).not.toHaveBeenCalled();
    // The user closes the dialog: its event handler completes the command, once.
    expect(office.dialogHandlers).toHaveLength(1);
    office.dialogHandlers[0]();
    office.dialogHandlers[0]();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes the ribbon command at once when no dialog can open", () => {
    const office = fakeOffice("fr-FR", false);
    runGuard("commands", office, true);
    const command = office.actions.associate.mock.calls[0][1] as (event: { completed: () => void }) => void;
    const event = { completed: jest.fn() };
    command(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("the bundle check npm test runs after the build", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "mvsp-bundles-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const page = `<html><head><script>var MVSP_OLD_ENGINE = false;</script></head></html>`;

  it("passes bundles at the declared level", () => {
    writeFileSync(join(dir, "a.js"), "async function f(o) { const { a, ...rest } = o; return await a; }");
    writeFileSync(join(dir, "a.html"), page);
    expect(checkDist(dir).failures).toEqual([]);
  });

  it.each([
    ["optional chaining", "var a = {}; a?.b;"],
    ["nullish coalescing", "var a = null ?? 1;"],
    ["optional catch binding", "try { f(); } catch { }"],
  ])("fails on %s left in a bundle", (_what, code) => {
    expect(ECMA_VERSION).toBeLessThan(2019);
    writeFileSync(join(dir, "taskpane.js"), code);
    writeFileSync(join(dir, "a.html"), page);
    expect(checkDist(dir).failures).toEqual([expect.stringMatching(/^taskpane\.js: not ES\d+: /)]);
  });

  it("fails on a page without the guard, or with an inline script above ES5", () => {
    writeFileSync(join(dir, "a.js"), "var x = 1;");
    writeFileSync(join(dir, "bare.html"), "<html></html>");
    writeFileSync(join(dir, "modern.html"), `<html><script>var MVSP_OLD_ENGINE = false; let y = () => 1;</script></html>`);
    expect(checkDist(dir).failures).toEqual([
      "bare.html: no old-engine guard",
      expect.stringMatching(/^modern\.html: inline script not ES5: /),
    ]);
  });
});
