#!/usr/bin/env node
/**
 * Browser check of the task pane: the production build in dist/, served over plain http on
 * 127.0.0.1, with the Office.js fake standing in for Office (the pages' request for Microsoft's
 * CDN script is answered with the fake, so it never leaves the machine), driven in Debian's
 * chromium through playwright-core. No network.
 *
 *   npm run test:browser          exit 1 on any failed check; screenshots in artifacts/screenshots/
 */
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { frenchFirstSave, workbookAt65686 } from "./settings-checks.mjs";
import { everyView } from "./views.mjs";
import { whatIfScenario } from "./what-if-checks.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = join(ROOT, "dist");
const FAKE = join(ROOT, "node_modules/.cache/mvsp-browser-fake/fake-host.js");
const SHOTS = join(ROOT, "artifacts/screenshots");
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`failed: ${command} ${args.join(" ")}`);
    process.exit(1);
  }
}

if (!existsSync(join(DIST, "taskpane.html"))) run("npx", ["webpack", "--mode", "production", "--env", "local"]);
run("npx", ["webpack", "--config", "tests/browser/webpack.fake.config.js", "--stats", "errors-only"]);

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".xml": "application/xml",
};

/** The script every page loads first; the built pages must reference exactly this URL. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** dist/ as it would be hosted. */
function serve(request, response) {
  const path = decodeURIComponent(new URL(request.url, "http://127.0.0.1").pathname);
  const file = normalize(join(DIST, path));
  if (!file.startsWith(DIST)) return void response.writeHead(403).end();
  if (!existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
  response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  response.end(readFileSync(file));
}

const server = createServer(serve);
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}/taskpane.html`;

let passed = 0;
let failed = 0;
async function check(name, body) {
  try {
    await body();
    passed += 1;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`  ✗ ${name}\n      ${String(error && error.message ? error.message : error).split("\n")[0]}`);
  }
}
const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
/**
 * axe in a real browser, where (unlike jsdom) it can compute colour contrast. Tabster's focus
 * guards (`<i data-tabster-dummy tabindex=0 aria-hidden>` around Fluent's TabList) are excluded:
 * they are focusable on purpose, to hand focus on to the tabs, and never read out.
 */
async function axeViolations(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
  });
}
async function checkAxe(page, where) {
  await check(`axe finds nothing on ${where} (colour contrast included)`, async () => {
    const violations = await axeViolations(page);
    assert(violations.length === 0, violations.join(" | "));
  });
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

mkdirSync(SHOTS, { recursive: true });
/** Lets Fluent's colour transitions finish so screenshots show settled states. */
async function shoot(page, name) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
}
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_FLAGS });
const fakeOfficeJs = readFileSync(FAKE, "utf8");
/** A page whose request for Office.js from the CDN is answered with the fake, off the network. */
async function newPage(options) {
  const context = await browser.newContext(options);
  await context.route(OFFICE_JS_CDN, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: fakeOfficeJs }));
  return context.newPage();
}
try {
  await check("every built page loads Office.js from the CDN, first in <head>", async () => {
    const probe = await newPage({});
    for (const name of ["taskpane.html", "commands.html", "dialog.html"]) {
      await probe.goto(base.replace("taskpane.html", name));
      const first = await probe.evaluate(() => document.head.querySelector("script")?.getAttribute("src"));
      assert(first === OFFICE_JS_CDN, `${name}: first script is ${first}`);
    }
    await probe.context().close();
    assert(!existsSync(join(DIST, "office-js")), "dist/ holds a copy of Office.js");
  });
  const page = await newPage({ viewport: { width: 450, height: 900 } });
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  // Failed loads are reported by URL below; the console only repeats them without one.
  page.on(
    "console",
    (message) => message.type() === "error" && !/Failed to load resource/.test(message.text()) && pageErrors.push(message.text()),
  );
  page.on("response", (response) => {
    // The browser's own favicon probe is not the pane's doing.
    if (response.status() >= 400 && !response.url().endsWith("/favicon.ico"))
      pageErrors.push(`${response.status()} ${response.url()}`);
  });
  page.on("request", (request) => {
    // The CDN script is fulfilled by the route above and never reaches the network.
    if (!request.url().startsWith("http://127.0.0.1") && request.url() !== OFFICE_JS_CDN) pageErrors.push(`external request: ${request.url()}`);
  });

  await check("the pane loads on the fake host", async () => {
    await page.goto(base);
    await page.getByRole("button", { name: "Evaluate triggers" }).waitFor({ timeout: 15000 });
  });

  await check("Evaluate shows the outcome and eight indicators in three categories", async () => {
    await page.getByRole("button", { name: "Evaluate triggers" }).click();
    await page.locator("[data-outcome]").waitFor({ timeout: 15000 });
    assert((await page.locator("[data-indicator]").count()) === 8, "expected 8 indicators");
    assert((await page.getByRole("region").count()) >= 3, "expected 3 category cards");
    const short = await page.locator("[data-outcome]").innerText();
    assert(/Met: \d · Near: \d · No data: \d/.test(short), `banner lacks counts: ${short}`);
    assert(!/Board decides/.test(short), `the banner's details are open before asked for: ${short}`);
    await page.locator("[data-outcome] button[aria-expanded]").click();
    const banner = await page.locator("[data-outcome]").innerText();
    assert(/Board decides/.test(banner), `banner details lack the Board line: ${banner}`);
  });

  await check("the evaluation wrote the summary and log sheets through Office.js", async () => {
    const sheets = await page.evaluate(() => window.__officeFake.workbook.sheets.map((s) => s.name));
    assert(sheets.includes("MVSP Triggers") && sheets.includes("MVSP Evaluation Log"), `sheets: ${sheets.join(", ")}`);
  });

  await check("the outcome is announced in the live region", async () => {
    const text = await page.getByRole("status").innerText();
    assert(/^Evaluation finished\./.test(text), `live region: ${text}`);
  });

  await shoot(page, "results-en-450.png");
  await checkAxe(page, "the results (light)");
  await page.setViewportSize({ width: 320, height: 900 });
  await check("nothing overflows horizontally at 320 px", async () => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert(overflow <= 0, `page is ${overflow}px wider than the viewport`);
  });
  await shoot(page, "results-en-320.png");
  await page.setViewportSize({ width: 450, height: 900 });

  await check("problems are listed with severity and Go to cell selects the cell", async () => {
    await page.getByRole("tab", { name: /Problems/ }).click();
    const items = page.locator("[data-severity]");
    await items.first().waitFor();
    assert((await items.count()) >= 2, "expected at least two problems");
    const button = page.getByRole("button", { name: /^Go to cell / }).first();
    const label = await button.getAttribute("aria-label");
    const cell = label.replace(/^Go to cell /, "");
    await button.click();
    await page.waitForFunction(
      (want) => {
        const selection = window.__officeFake.workbook.selection;
        return selection && `${selection.sheet}!${selection.address}`.replace(/\$/g, "").endsWith(want.split("!")[1]);
      },
      cell,
      { timeout: 5000 },
    );
  });
  await shoot(page, "problems-en-450.png");
  await checkAxe(page, "the problems");

  await check("what-if recomputes without writing", async () => {
    const syncsBefore = await page.evaluate(() => window.__officeFake.workbook.syncCount);
    await page.getByRole("tab", { name: "What-if" }).click();
    const before = await page.locator("[data-what-if-outcome]").getAttribute("data-what-if-outcome");
    await page.getByLabel("Change in planned spend (%)").fill("-30");
    await page.getByLabel("New members joining now").fill("3");
    await page.getByLabel("Tier 1 members leaving now").fill("0");
    await page.waitForFunction(
      (b) => document.querySelector("[data-what-if-outcome]")?.getAttribute("data-what-if-outcome") !== b,
      before,
      { timeout: 5000 },
    );
    const syncsAfter = await page.evaluate(() => window.__officeFake.workbook.syncCount);
    assert(syncsAfter === syncsBefore, `what-if talked to Excel (${syncsAfter - syncsBefore} syncs)`);
  });
  await shoot(page, "what-if-en-450.png");
  await checkAxe(page, "the what-if view");

  await check("switching the language to French translates the pane", async () => {
    await page.getByRole("combobox", { name: "Report and pane language" }).selectOption("fr");
    await page.getByRole("button", { name: "Évaluer les déclencheurs" }).waitFor({ timeout: 5000 });
    await page.getByRole("tab", { name: "Résultats" }).click();
    const details = page.locator("[data-outcome] button[aria-expanded]");
    if ((await details.getAttribute("aria-expanded")) !== "true") await details.click();
    const banner = await page.locator("[data-outcome]").innerText();
    assert(/la décision revient au Conseil d'administration/.test(banner), `banner not in French: ${banner}`);
  });

  await check("the language picked is saved in the workbook's settings", async () => {
    await page.getByText("Enregistrée dans ce classeur", { exact: false }).waitFor({ timeout: 5000 });
    const saved = await page.evaluate(() => {
      const book = window.__officeFake.workbook;
      const formula = book.name("TriggerSettings")?.formula ?? "";
      return formula;
    });
    assert(/MVSP Settings|Inputs/.test(saved), `TriggerSettings after picking French: ${saved}`);
  });
  await shoot(page, "results-fr-450.png");
  await page.setViewportSize({ width: 320, height: 900 });
  await shoot(page, "results-fr-320.png");

  await frenchFirstSave({ page, check, assert, shoot, checkAxe });

  await check("no script errors and no request leaves 127.0.0.1", async () => {
    assert(pageErrors.length === 0, pageErrors.join(" | "));
  });

  const dark = await newPage({ viewport: { width: 450, height: 900 } });
  await check("a dark Office theme gives the dark pane", async () => {
    await dark.goto(`${base}?theme=dark`);
    await dark.getByRole("button", { name: "Evaluate triggers" }).click();
    await dark.locator("[data-outcome]").waitFor({ timeout: 15000 });
    const background = await dark.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")).backgroundColor);
    const [r, g, b] = background.match(/\d+/g).map(Number);
    assert(r + g + b < 200, `background ${background}`);
  });
  await shoot(dark, "results-dark-450.png");
  await checkAxe(dark, "the results (dark)");
  await dark.getByRole("tab", { name: /Problems/ }).click();
  await checkAxe(dark, "the problems (dark)");

  await workbookAt65686({ newPage, base, check, assert, shoot, checkAxe });

  await everyView({ newPage, base, check, assert, shoot, checkAxe });
  await whatIfScenario({ newPage, base, check, assert, shoot, checkAxe });

  const selfTest = await newPage({ viewport: { width: 450, height: 900 } });
  const selfTestErrors = [];
  selfTest.on("pageerror", (error) => selfTestErrors.push(error.message));
  await check("Check this Excel runs every check on the fake, all passing, and removes its sheet", async () => {
    await selfTest.goto(base);
    const sheetsBefore = await selfTest.evaluate(() => window.__officeFake.workbook.sheets.map((s) => s.name).join("|"));
    await selfTest.getByRole("button", { name: "Check this Excel" }).click();
    await selfTest.getByRole("button", { name: "Run the checks" }).click();
    const summary = selfTest.locator("[data-self-test-summary]");
    await summary.waitFor({ timeout: 15000 });
    const counts = await summary.getAttribute("data-self-test-summary");
    const failedRows = await selfTest.locator('[data-status="failed"]').allInnerTexts();
    // Every row the view lists ran and passed: none failed, none skipped (the jest view test ties
    // the rows to the self-test definitions, the undocumented behaviours included).
    const rows = await selfTest.locator("[data-self-test][data-status]").count();
    assert(rows >= 20 && counts === `${rows}/0/0`, `passed/failed/skipped ${counts} of ${rows} rows: ${failedRows.join(" | ")}`);
    const sheetsAfter = await selfTest.evaluate(() => window.__officeFake.workbook.sheets.map((s) => s.name).join("|"));
    assert(sheetsAfter === sheetsBefore, `sheets ${sheetsBefore} became ${sheetsAfter}`);
    assert(selfTestErrors.length === 0, selfTestErrors.join(" | "));
  });
  await shoot(selfTest, "self-test-en-450.png");
  await checkAxe(selfTest, "Check this Excel");

  const keys = await newPage({ viewport: { width: 320, height: 900 } });
  await check("everything works from the keyboard: Evaluate, tabs, Go to cell", async () => {
    await keys.goto(base);
    await keys.getByRole("button", { name: "Evaluate triggers" }).waitFor({ timeout: 15000 });
    const focused = () => keys.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    const tabTo = async (pattern) => {
      for (let i = 0; i < 30; i++) {
        await keys.keyboard.press("Tab");
        if (pattern.test(await focused())) return;
      }
      throw new Error(`Tab never reached ${pattern}`);
    };
    await tabTo(/^Evaluate triggers$/);
    await keys.keyboard.press("Enter");
    await keys.locator("[data-outcome]").waitFor({ timeout: 15000 });
    await tabTo(/^Results$/);
    await keys.keyboard.press("ArrowRight");
    assert(/^Problems/.test(await focused()), `arrow key focused ${await focused()}`);
    await keys.keyboard.press("Enter");
    await keys.locator("[data-severity]").first().waitFor({ timeout: 5000 });
    await tabTo(/^Go to cell$/);
    await keys.keyboard.press("Enter");
    await keys.waitForFunction(() => window.__officeFake.workbook.selection !== null, null, { timeout: 5000 });
  });
} finally {
  await browser.close();
  server.close();
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
