/**
 * The Settings tab in Chromium (issue 10), imported by run.mjs: it reads the workbook's
 * TriggerSettings when it opens, shows "before → after", asks to confirm, and writes only the
 * settings changed; a workbook at 65 / 68 / 6 with only the look-back changed stays 65 / 68.
 */

import { openView } from "./views.mjs";

/** On a pane already switched to French, with no settings table: the first save creates it. */
export async function frenchFirstSave({ page, check, assert, shoot, checkAxe }) {
  await check("settings save (French) asks to confirm, then writes the TriggerSettings table", async () => {
    await page.setViewportSize({ width: 450, height: 900 });
    // Through the More menu when the tab row has no room for it (five tabs in French).
    await openView(page, "settings");
    await page.getByLabel("Période d'observation (mois)").fill("6");
    await page.getByRole("button", { name: "Enregistrer…" }).click();
    const confirm = page.getByRole("region", { name: "Enregistrer ces modifications dans le classeur ?" });
    await confirm.waitFor({ timeout: 5000 });
    const lines = await confirm.getByRole("listitem").allInnerTexts();
    assert(lines.length === 1 && /Période d'observation \(mois\)\s:\s12 → 6/.test(lines[0]), `changes: ${lines.join(" | ")}`);
    await shoot(page, "settings-confirm-fr-450.png");
    await page.getByRole("button", { name: "Confirmer et enregistrer" }).click();
    await page.getByText("Paramètres enregistrés.", { exact: false }).waitFor({ timeout: 5000 });
    const name = await page.evaluate(() => window.__officeFake.workbook.name("TriggerSettings")?.formula);
    assert(/MVSP Settings/.test(name ?? ""), `TriggerSettings: ${name}`);
  });
  await shoot(page, "settings-fr-450.png");
  await checkAxe(page, "the settings (French)");
}

/** A fresh pane on a workbook whose TriggerSettings is at 65 / 68 / 6. */
export async function workbookAt65686({ newPage, base, check, assert, shoot, checkAxe }) {
  const page = await newPage({ viewport: { width: 450, height: 900 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(base);
  await page.getByRole("button", { name: "Evaluate triggers" }).waitFor({ timeout: 15000 });
  await page.evaluate(() => {
    const book = window.__officeFake.workbook;
    book.put("Inputs", "W1", [
      ["Key", "Value"],
      ["MinActiveMembers", 65],
      ["WarnActiveMembers", 68],
      ["LookbackMonths", 6],
    ]);
    book.defineName("TriggerSettings", "=Inputs!$W$1:$X$4");
  });
  const cells = () =>
    page.evaluate(() => ["X2", "X3", "X4"].map((ref) => window.__officeFake.workbook.value("Inputs", ref)));

  await check("the Settings tab opens on the workbook's 65 / 68 / 6, before any evaluation", async () => {
    await openView(page, "settings");
    const min = page.getByLabel("Minimum active member organisations");
    await min.waitFor({ timeout: 5000 });
    const shown = [
      await min.inputValue(),
      await page.getByLabel("Warning level for active members").inputValue(),
      await page.getByLabel("Look-back window (months)").inputValue(),
    ];
    assert(shown.join("/") === "65/68/6", `fields: ${shown.join("/")}`);
    const hint = await page.locator('[data-setting="MinActiveMembers"]').innerText();
    assert(/Differs from the default \(70\)/.test(hint), `no mark of the difference: ${hint}`);
  });

  await check("changing only the look-back writes only the look-back: the workbook stays 65 / 68", async () => {
    await page.getByLabel("Look-back window (months)").fill("9");
    await page.getByRole("button", { name: "Save…" }).click();
    const confirm = page.getByRole("region", { name: "Save these changes to the workbook?" });
    await confirm.waitFor({ timeout: 5000 });
    const lines = await confirm.getByRole("listitem").allInnerTexts();
    assert(lines.length === 1 && lines[0] === "Look-back window (months): 6 → 9", `changes: ${lines.join(" | ")}`);
    const before = await cells();
    assert(before.join("/") === "65/68/6", `written before confirming: ${before.join("/")}`);
    await shoot(page, "settings-confirm-en-450.png");
    await checkAxe(page, "the settings confirmation");
    await page.getByRole("button", { name: "Confirm and save" }).click();
    await page.getByText("Settings saved.", { exact: false }).waitFor({ timeout: 5000 });
    const after = await cells();
    assert(after.join("/") === "65/68/9", `cells after saving: ${after.join("/")}`);
  });

  await check("the pane refuses what the next evaluation would reject (Tier1Fee 0, 1001 %)", async () => {
    await page.getByLabel("Tier 1 annual fee (USD)").fill("0");
    await page.getByLabel("Spend over envelope: trigger (%)").fill("1001");
    await page.getByRole("button", { name: "Save…" }).click();
    await page.getByText("Correct the highlighted fields before saving.").waitFor({ timeout: 5000 });
    assert((await page.getByText("Enter more than 0.").count()) === 1, "no message for Tier1Fee = 0");
    assert((await page.getByText("Enter 1,000 or less.").count()) === 1, "no message for 1001 %");
    const after = await cells();
    assert(after.join("/") === "65/68/9", `cells changed: ${after.join("/")}`);
  });
  await shoot(page, "settings-refused-en-450.png");

  await check("no script errors on the 65 / 68 / 6 page", async () => {
    assert(errors.length === 0, errors.join(" | "));
  });
  await page.close();
}
