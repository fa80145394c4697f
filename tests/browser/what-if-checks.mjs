/**
 * The What-if view with a scenario tried, imported by run.mjs: spend changed by a percentage
 * (the USD it means beside it), a Board factor set to Not assessed, then "Copy scenario". In
 * English, French and Spanish at 320 and 450 px (artifacts/screenshots/what-if-scenario-*).
 */
import { LOCALES, WIDTHS, openView } from "./views.mjs";

/** The spend field's text and the Board factor to try, per language (the fake workbook's E1 is Yes). */
const SCENARIO = {
  en: { spend: "-10", notAssessed: "Not assessed", amounts: /^Planned spend: [\d,]+ → [\d,]+\u00a0USD$/, copied: /^What-if scenario/ },
  fr: { spend: "-10", notAssessed: "Non apprécié", amounts: /^Dépenses prévues\u00a0: [\d\u202f]+ → [\d\u202f]+\u00a0USD$/, copied: /^Scénario de simulation/ },
  es: { spend: "-10", notAssessed: "Sin valorar", amounts: /^Gasto previsto: [\d.]+ → [\d.]+\u00a0USD$/, copied: /^Escenario simulado/ },
};

export async function whatIfScenario({ newPage, base, check, assert, shoot, checkAxe }) {
  for (const lang of Object.keys(LOCALES)) {
    const words = SCENARIO[lang];
    const page = await newPage({ viewport: { width: 450, height: 700 } });
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${base}?lang=${LOCALES[lang]}&theme=light`);
    await page.locator("[data-evaluate]").click({ timeout: 15000 });
    await page.locator("[data-outcome]").waitFor({ timeout: 15000 });
    await openView(page, "whatIf");
    await page.locator("[data-what-if-outcome]").waitFor({ timeout: 10000 });

    await check(`what-if (${lang}): the spend % shows the USD it means, updated as it is typed`, async () => {
      const before = (await page.locator("[data-spend-amounts]").innerText()).trim();
      await page.locator('input[name="spendChangePct"]').fill(words.spend);
      await page.waitForFunction((b) => document.querySelector("[data-spend-amounts]")?.textContent?.trim() !== b, before);
      const after = (await page.locator("[data-spend-amounts]").innerText()).trim();
      assert(words.amounts.test(after), `amounts: ${JSON.stringify(after)}`);
      const [from, to] = after.split(" → ").map((part) => Number(part.replace(/\D/g, "")));
      assert(Math.round(from * 0.9) === to, `${from} → ${to} is not −10 %`);
      // Read with the field: the amounts are in its description.
      const described = await page.evaluate(() => {
        const input = document.querySelector('input[name="spendChangePct"]');
        return (input.getAttribute("aria-describedby") ?? "")
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" ");
      });
      assert(described.includes(after.split(" → ")[1]), `the field's description lacks the amounts: ${described}`);
    });

    await check(`what-if (${lang}): a Board factor set to Not assessed by keyboard`, async () => {
      const group = page.locator('[data-factor="E1"]');
      // Arrow keys move within a radio group, as a screen reader user does.
      await group.locator('input[type="radio"]:checked').focus();
      for (let i = 0; i < 3 && !(await group.getByRole("radio", { name: words.notAssessed }).isChecked()); i += 1) await page.keyboard.press("ArrowRight");
      assert(await group.getByRole("radio", { name: words.notAssessed }).isChecked(), "Not assessed is not reachable by arrow keys");
      await page.locator('[data-what-if-outcome] [data-indicator="external_funding"], [data-indicator="external_funding"]').first().waitFor({ timeout: 5000 });
    });

    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 700 });
      await page.waitForTimeout(200);
      await check(`what-if scenario (${lang}) at ${width} px: nothing wider than the pane`, async () => {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert(overflow <= 0, `the page is ${overflow}px wider than the pane`);
      });
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot(page, `what-if-scenario-${lang}-${width}.png`);
    }
    await checkAxe(page, `the what-if scenario (${lang})`);

    await check(`what-if (${lang}): Copy scenario puts the scenario on the clipboard, or shows it selected`, async () => {
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
      await page.locator("[data-what-if-copy] button").first().click();
      await page.waitForTimeout(300);
      const box = page.locator("[data-what-if-copy] textarea");
      const text = (await box.count()) > 0 ? await box.inputValue() : await page.evaluate(() => navigator.clipboard.readText());
      assert(words.copied.test(text), `copied: ${JSON.stringify(text.slice(0, 120))}`);
      assert(text.includes("→"), "the copied scenario lists no change");
    });
    await page.setViewportSize({ width: 320, height: 700 });
    // From the top: a full-page shot of a scrolled page draws the pinned result mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, `what-if-copied-${lang}-320.png`);
    await check(`no script errors (what-if scenario, ${lang})`, async () => assert(errors.length === 0, errors.join(" | ")));
    await page.context().close();
  }
}
