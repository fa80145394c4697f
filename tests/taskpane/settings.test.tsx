/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import type { Problem } from "../../src/core/model";
import { SETTINGS_TABLE_BLOCKED } from "../../src/core/settings-plan";
import { fakeGateway } from "./fake-gateway";
import { storedSettings } from "./fixtures";
import { openTab, renderPane } from "./render";

const AT_65_68_6 = storedSettings(
  [
    ["MinActiveMembers", 65],
    ["WarnActiveMembers", 68],
    ["LookbackMonths", 6],
  ],
  { row: 1, col: 10 },
);

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
const click = async (name: string | RegExp) => {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
};
/** Opens the Settings tab and waits until the workbook's settings are shown. */
async function openSettings(): Promise<void> {
  await openTab(/settings/i);
  await screen.findByLabelText("Minimum active member organisations");
}
const hintOf = (key: string) => document.querySelector(`[data-setting="${key}"]`)?.textContent ?? "";

describe("Settings view", () => {
  it("reads the workbook's TriggerSettings when it opens, not the defaults, and marks what differs", async () => {
    const gateway = fakeGateway({ settings: AT_65_68_6 });
    const { container } = renderPane(gateway);
    await openSettings();
    expect(gateway.calls.readSettings).toBe(1);
    expect(gateway.calls.evaluate).toBe(0);
    expect(field("Minimum active member organisations").value).toBe("65");
    expect(field("Warning level for active members").value).toBe("68");
    expect(field("Look-back window (months)").value).toBe("6");
    expect(field("Spend over envelope: trigger (%)").value).toBe("20");
    expect(hintOf("MinActiveMembers")).toContain("Differs from the default (70)");
    expect(document.querySelector('[data-setting="MinActiveMembers"]')?.hasAttribute("data-differs")).toBe(true);
    expect(hintOf("Tier1Fee")).toContain("Default: 85,000");
    expect(document.querySelector('[data-setting="Tier1Fee"]')?.hasAttribute("data-differs")).toBe(false);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("the case of issue 10: at 65/68/6, changing only the look-back writes only the look-back, after confirmation", async () => {
    const gateway = fakeGateway({ settings: AT_65_68_6 });
    const { container } = renderPane(gateway);
    await openSettings();
    type("Look-back window (months)", "9");
    await click("Save…");
    const confirm = screen.getByRole("region", { name: "Save these changes to the workbook?" });
    expect(
      within(confirm)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Look-back window (months): 6 → 9"]);
    expect(gateway.calls.saveSettings).toEqual([]);
    expect(await axe(container)).toHaveNoViolations();
    await click("Confirm and save");
    await waitFor(() => expect(gateway.calls.saveSettings).toEqual([{ changes: { LookbackMonths: 9 }, language: "en" }]));
    expect(await screen.findByText("Settings saved. Evaluate again to apply them.")).toBeTruthy();
    // Read again, so the next save compares with what the workbook now holds.
    expect(gateway.calls.readSettings).toBe(2);
  });

  it("cancel writes nothing", async () => {
    const gateway = fakeGateway({ settings: AT_65_68_6 });
    renderPane(gateway);
    await openSettings();
    type("Minimum active member organisations", "60");
    await click("Save…");
    await click("Cancel");
    expect(screen.queryByRole("region", { name: "Save these changes to the workbook?" })).toBeNull();
    expect(gateway.calls.saveSettings).toEqual([]);
  });

  it("says when nothing was changed", async () => {
    const gateway = fakeGateway({ settings: AT_65_68_6 });
    renderPane(gateway);
    await openSettings();
    await click("Save…");
    expect(screen.getByText("Nothing to save: no setting was changed.")).toBeTruthy();
    expect(gateway.calls.saveSettings).toEqual([]);
  });

  it("percent fields take 20 or 20 % as 20 %, say so, and say what 0.2 means", async () => {
    const gateway = fakeGateway({});
    renderPane(gateway);
    await openSettings();
    expect(hintOf("MaxSpendOverEnvelope")).toContain("In percent: 20 or 20 % means 20 %.");
    type("Spend over envelope: trigger (%)", "0.2");
    expect(hintOf("MaxSpendOverEnvelope")).toContain("0.2 means 0.2 %, not 20 %.");
    type("Spend over envelope: trigger (%)", "25 %");
    await click("Save…");
    expect(screen.getByText("Spend over envelope: trigger (%): 20% → 25%")).toBeTruthy();
    expect(screen.getByText("Spend over envelope: warning (%): 15% → 20% (follows its trigger level)")).toBeTruthy();
    await click("Confirm and save");
    await waitFor(() => expect(gateway.calls.saveSettings).toEqual([{ changes: { MaxSpendOverEnvelope: 0.25 }, language: "en" }]));
  });

  it("refuses what the next evaluation would reject, inline, and does not save", async () => {
    const gateway = fakeGateway({});
    const { container } = renderPane(gateway);
    await openSettings();
    type("Tier 1 annual fee (USD)", "0");
    type("Service cost over average: trigger (%)", "1001");
    type("Look-back window (months)", "6.5");
    type("Indicators met to consider the MVSP", "");
    type("Minimum active member organisations", "seventy");
    expect(screen.getByText("Enter more than 0.")).toBeTruthy();
    expect(screen.getByText("Enter 1,000 or less.")).toBeTruthy();
    expect(screen.getByText("Enter a whole number.")).toBeTruthy();
    expect(screen.getByText("Enter a value.")).toBeTruthy();
    expect(screen.getByText("Enter a number.")).toBeTruthy();
    expect(field("Tier 1 annual fee (USD)").getAttribute("aria-invalid")).toBe("true");
    expect(await axe(container)).toHaveNoViolations();
    await click("Save…");
    expect(screen.getByText("Correct the highlighted fields before saving.")).toBeTruthy();
    expect(gateway.calls.saveSettings).toEqual([]);
  });

  it("a warning level not set follows its trigger; one set in the workbook must stay before it", async () => {
    renderPane(fakeGateway({ settings: storedSettings([["WarnSpendOverEnvelope", 0.12]], { row: 1, col: 10 }) }));
    await openSettings();
    type("Minimum active member organisations", "80");
    expect(hintOf("WarnActiveMembers")).toContain("Empty: follows the trigger level, now 83.");
    type("Spend over envelope: trigger (%)", "10");
    expect(screen.getByText(/The warning level set in the workbook \(12\) would come after this trigger level/)).toBeTruthy();
  });

  it("lists the settings table's problems with a link to each cell", async () => {
    const gateway = fakeGateway({ settings: storedSettings([["LookbackMonths", "soon"]], { row: 1, col: 10 }) });
    renderPane(gateway);
    await openSettings();
    expect(screen.getByText(/“soon” is not a valid value for LookbackMonths/)).toBeTruthy();
    await click("Go to cell Inputs!L3");
    expect(gateway.calls.goTo).toEqual(["Inputs!L3"]);
  });

  it("shows why the settings could not be saved", async () => {
    const blocked: Problem = {
      severity: "error",
      name: "TriggerSettings",
      cell: "Inputs!D36:E37",
      code: SETTINGS_TABLE_BLOCKED,
      params: { rows: 2 },
    };
    renderPane(fakeGateway({ saveSettings: { ok: false, conflicts: [blocked] } }));
    await openSettings();
    type("Look-back window (months)", "6");
    await click("Save…");
    await click("Confirm and save");
    expect(await screen.findByText("The settings were not saved:")).toBeTruthy();
    expect(screen.getByText(/cannot grow: the 2 rows below it, Inputs!D36:E37, are not empty/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Go to cell Inputs!D36:E37" })).toBeTruthy();
  });

  it("says when the workbook's settings cannot be read", async () => {
    renderPane(fakeGateway({ settings: () => Promise.reject(new Error("cell edit mode")) }));
    await openTab(/settings/i);
    expect(await screen.findByText("The workbook's settings could not be read: cell edit mode")).toBeTruthy();
  });

  it("says that saving creates the table when the workbook has none", async () => {
    renderPane(fakeGateway({}));
    await openSettings();
    expect(screen.getByText(/This workbook has no TriggerSettings table: the defaults apply/)).toBeTruthy();
  });

  it("says so when the workbook cannot be read again after a save", async () => {
    let reads = 0;
    const settings = () => (reads++ === 0 ? Promise.resolve(AT_65_68_6) : Promise.reject(new Error("busy")));
    renderPane(fakeGateway({ settings }));
    await openSettings();
    type("Look-back window (months)", "9");
    await click("Save…");
    await click("Confirm and save");
    expect(await screen.findByText("The workbook's settings could not be read: busy")).toBeTruthy();
    expect(screen.getByText("Settings saved. Evaluate again to apply them.")).toBeTruthy();
  });

  it("resets to the defaults, warning levels following", async () => {
    renderPane(fakeGateway({ settings: AT_65_68_6 }));
    await openSettings();
    fireEvent.click(screen.getByRole("checkbox", { name: "Require all lost members to be Tier 1" }));
    await click("Reset to defaults");
    expect(field("Minimum active member organisations").value).toBe("70");
    expect(field("Warning level for active members").value).toBe("");
    expect((screen.getByRole("checkbox", { name: "Require all lost members to be Tier 1" }) as HTMLInputElement).checked).toBe(true);
  });
});
