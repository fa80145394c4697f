/**
 * Every view of the pane as finance staff meet it, imported by run.mjs: results, problems,
 * what-if, settings, first run and the self-test, in English, French and Spanish, light and
 * dark, at the two widths a task pane really has (320 and 450 px), 700 px high. Each view is
 * screenshotted (artifacts/screenshots/<view>-<lang>-<theme>-<width>.png) and checked: nothing
 * wider than the pane, the tabs on one row, and at 320 px what the issue asked to see first.
 */

export const LOCALES = { en: "en-US", fr: "fr-FR", es: "es-ES" };
export const WIDTHS = [450, 320];
const HEIGHT = 700;
/**
 * Indicators wholly on the first screen at 320 × 700 (the issue saw one). French and Spanish
 * names are longer and wrap onto more lines: three fit there, four in English.
 */
const FIRST_SCREEN = { en: 4, fr: 3, es: 3 };

/** Nothing is wider than the pane, and the visible tabs sit on one row. */
async function fitsThePane(page, assert, where) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert(overflow <= 0, `${where}: the page is ${overflow}px wider than the pane`);
  const tops = await page.evaluate(() =>
    Array.from(document.querySelectorAll('[role="tablist"] [role="tab"]'))
      // The tab row's invisible measuring copy does not count.
      .filter((tab) => !tab.closest("[aria-hidden]"))
      .map((tab) => Math.round(tab.getBoundingClientRect().top)),
  );
  assert(new Set(tops).size <= 1, `${where}: the tabs wrap onto ${new Set(tops).size} rows`);
}

/** Opens a view by its tab, through the More menu when the tab overflowed into it. */
export async function openView(page, value) {
  const tab = page.locator(`#tab-${value}`);
  if ((await tab.count()) > 0) {
    await tab.click();
  } else {
    await page.locator("[data-more-tabs]").click();
    await page.locator(`[role="menuitemradio"][data-tab="${value}"]`).click();
  }
  // A tab of the row is selected; a view from More is shown on the More button, current.
  await page.locator(`#tab-${value}[aria-selected="true"], #tab-${value}[aria-current="true"]`).waitFor({ timeout: 5000 });
}

/**
 * The row at 320 px keeps one order whatever is selected: the same tabs as on Results, Problems
 * among them and not clipped, and a view from More shown as current on the More button.
 */
async function fixedTabRow(page, assert, where, view, expected) {
  const row = await page.evaluate(() => {
    const list = document.querySelector('[role="tablist"]:not([aria-hidden] *)');
    const right = list.getBoundingClientRect().right;
    return Array.from(list.querySelectorAll('[role="tab"]')).map((tab) => ({ id: tab.id, clipped: tab.getBoundingClientRect().right > right + 1 }));
  });
  const ids = row.map((tab) => tab.id);
  assert(ids.includes("tab-problems"), `${where}: Problems is not on the tab row (${ids.join(", ")})`);
  assert(row.every((tab) => !tab.clipped), `${where}: a tab is cut off (${JSON.stringify(row)})`);
  if (expected) assert(ids.join() === expected.join(), `${where}: the row changed from ${expected.join(", ")} to ${ids.join(", ")}`);
  if (!ids.includes(`tab-${view}`)) {
    const more = await page.locator(`[data-more-tabs]#tab-${view}[aria-current="true"]`).count();
    assert(more === 1, `${where}: the selected view ${view} is not shown on the More button`);
  }
  return ids;
}

const READY = {
  results: "[data-indicator]",
  problems: "[data-severity]",
  whatIf: "[data-what-if-outcome]",
  settings: '[data-setting="MinActiveMembers"]',
};

/** Shoots `view` at both widths, running `at320` (extra checks) at the narrow one. */
async function bothWidths(page, { check, assert, shoot }, name, at320) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHT });
    await page.waitForTimeout(150);
    await check(`${name} at ${width} px: fits the pane`, async () => {
      await fitsThePane(page, assert, `${name} at ${width}`);
      if (width === 320 && at320) await at320();
    });
    await shoot(page, `${name}-${width}.png`);
  }
}

export async function everyView({ newPage, base, check, assert, shoot, checkAxe }) {
  for (const lang of Object.keys(LOCALES)) {
    for (const theme of ["light", "dark"]) {
      const suffix = `${lang}-${theme}`;
      const page = await newPage({ viewport: { width: 450, height: HEIGHT } });
      const errors = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${base}?lang=${LOCALES[lang]}&theme=${theme}`);
      await page.locator("[data-evaluate]").click({ timeout: 15000 });
      await page.locator("[data-outcome]").waitFor({ timeout: 15000 });

      let row320 = null;
      for (const view of ["results", "problems", "whatIf", "settings"]) {
        await page.setViewportSize({ width: 450, height: HEIGHT });
        // The tab row measures itself after a resize (ResizeObserver): let it settle first.
        await page.waitForTimeout(200);
        await openView(page, view);
        await page.locator(READY[view]).first().waitFor({ timeout: 10000 });
        await page.evaluate(() => window.scrollTo(0, 0));
        const tabRow = async () => {
          row320 = await fixedTabRow(page, assert, `${view}-${suffix} at 320`, view, row320);
        };
        const extra = {
          results: async () => {
            await tabRow();
            const seen = await page.evaluate(
              (height) => Array.from(document.querySelectorAll("[data-indicator]")).filter((row) => row.getBoundingClientRect().bottom <= height).length,
              HEIGHT,
            );
            assert(seen >= FIRST_SCREEN[lang], `${suffix}: ${seen} indicators on the first screen at 320 × ${HEIGHT}`);
          },
          problems: tabRow,
          settings: tabRow,
          // Scrolled to the last field, the scenario's result is still in sight.
          whatIf: async () => {
            await tabRow();
            const fields = page.locator("#pane-view input");
            await fields.last().scrollIntoViewIfNeeded();
            const box = await page.locator("[data-what-if-outcome]").boundingBox();
            assert(box && box.y >= 0 && box.y + box.height <= HEIGHT, `${suffix}: the what-if result is out of sight (${JSON.stringify(box)})`);
            await page.evaluate(() => window.scrollTo(0, 0));
          },
        }[view];
        await bothWidths(page, { check, assert, shoot }, `${view}-${suffix}`, extra);
        if (theme === "dark" || lang !== "en") await checkAxe(page, `${view} (${suffix})`);
      }

      await page.setViewportSize({ width: 450, height: HEIGHT });
      await page.locator("[data-self-test-open]").click();
      await page.locator("[data-self-test-run]").click();
      await page.locator("[data-self-test-summary]").waitFor({ timeout: 15000 });
      await bothWidths(page, { check, assert, shoot }, `self-test-${suffix}`);
      await checkAxe(page, `the self-test (${suffix})`);

      const first = await newPage({ viewport: { width: 450, height: HEIGHT } });
      first.on("pageerror", (error) => errors.push(error.message));
      await first.goto(`${base}?lang=${LOCALES[lang]}&theme=${theme}&workbook=empty`);
      await check(`first run (${suffix}): the workbook is set up before any evaluation`, async () => {
        await first.locator("[data-first-run]").waitFor({ timeout: 15000 });
        assert((await first.locator("[data-evaluate]").count()) === 0, "Evaluate is offered before the template");
        assert((await first.locator("[data-connect]").count()) === 1, "Connect my workbook is not offered");
      });
      await bothWidths(first, { check, assert, shoot }, `first-run-${suffix}`);
      await checkAxe(first, `the first run (${suffix})`);

      // The Inputs view on a workbook being connected: one input connected, one with a problem, the rest missing.
      if (theme === "light") {
        const inputs = await newPage({ viewport: { width: 450, height: HEIGHT } });
        inputs.on("pageerror", (error) => errors.push(error.message));
        await inputs.goto(`${base}?lang=${LOCALES[lang]}&theme=${theme}&workbook=connect`);
        await inputs.locator("[data-evaluate]").waitFor({ timeout: 15000 });
        await openView(inputs, "inputs");
        await inputs.locator('[data-input="BudgetEnvelope"][data-state="connected"]').waitFor({ timeout: 15000 });
        await check(`inputs (${suffix}): connected, problem and missing inputs are listed`, async () => {
          assert((await inputs.locator('[data-input="CashOpeningBalance"][data-state="problem"]').count()) === 1, "CashOpeningBalance is not shown with its problem");
          assert((await inputs.locator('[data-input="CashFlow"][data-state="missing"]').count()) === 1, "CashFlow is not shown missing");
        });
        await bothWidths(inputs, { check, assert, shoot }, `inputs-${suffix}`);
        await checkAxe(inputs, `the Inputs view (${suffix})`);
        // Two cells selected for a one-cell input: refused, with the reason, and nothing defined.
        await inputs.setViewportSize({ width: 320, height: HEIGHT });
        await inputs.locator('[data-input="PlannedSpend"] button').first().click();
        await inputs.locator('[data-inputs-view] [role="status"]').waitFor({ timeout: 10000 });
        await inputs.evaluate(() => (window.__workbook.selection = { sheet: "Budget 2026", address: "B3" }));
        await inputs.locator('[data-input="BudgetEnvelope"] button').first().click();
        await inputs.locator("[data-confirm-repoint]").waitFor({ timeout: 10000 });
        await inputs.evaluate(() => window.scrollTo(0, 0));
        await check(`inputs (${suffix}): a re-point asks first`, async () => fitsThePane(inputs, assert, `inputs-confirm-${suffix}`));
        await shoot(inputs, `inputs-confirm-${suffix}-320.png`);
        await inputs.context().close();
      }

      await check(`no script errors (${suffix})`, async () => assert(errors.length === 0, errors.join(" | ")));
      await first.context().close();
      await page.context().close();
    }
  }
}
