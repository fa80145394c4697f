/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { axe } from "jest-axe";
import { DEFAULT_SETTINGS, type Problem } from "../../src/core/model";
import { SETTINGS_TABLE_BLOCKED } from "../../src/core/settings-plan";
import { evaluationWith, paneEvaluation } from "./fixtures";
import { fakeGateway } from "./fake-gateway";
import { evaluateNow, openTab, renderPane } from "./render";

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
const save = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
  });
};

describe("Settings view", () => {
  it("shows the defaults, percentages as percents, with labels on every input and no axe violations", async () => {
    const { container } = renderPane(fakeGateway({}));
    await openTab(/settings/i);
    expect(field("Minimum active member organisations").value).toBe("70");
    expect(field("Spend over envelope: trigger (%)").value).toBe("20");
    expect(field("Service cost over average: warning (%)").value).toBe("10");
    expect(field("Tier 1 annual fee (USD)").value).toBe("85000");
    expect((screen.getByRole("checkbox", { name: "Require all lost members to be Tier 1" }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it("starts from the workbook's settings after an evaluation", async () => {
    const evaluation = {
      ...evaluationWith({}),
      settings: { ...DEFAULT_SETTINGS, MinActiveMembers: 66, WarnSpendOverEnvelope: 0.12 },
    };
    renderPane(fakeGateway({ result: paneEvaluation(evaluation) }));
    await evaluateNow();
    await openTab(/settings/i);
    expect(field("Minimum active member organisations").value).toBe("66");
    expect(field("Spend over envelope: warning (%)").value).toBe("12");
  });

  it("validates inline and refuses to save an invalid form", async () => {
    const gateway = fakeGateway({});
    const { container } = renderPane(gateway);
    await openTab(/settings/i);
    type("Minimum active member organisations", "seventy");
    type("Look-back window (months)", "6.5");
    type("Spend over envelope: warning (%)", "30");
    type("Indicators met to consider the MVSP", "");
    expect(screen.getByText("Enter a number.")).toBeTruthy();
    expect(screen.getByText("Enter a whole number.")).toBeTruthy();
    expect(screen.getByText("Must not exceed the trigger level (20).")).toBeTruthy();
    expect(screen.getByText("Enter a value.")).toBeTruthy();
    expect(field("Minimum active member organisations").getAttribute("aria-invalid")).toBe("true");
    expect(await axe(container)).toHaveNoViolations();
    await save();
    expect(screen.getByText("Correct the highlighted fields before saving.")).toBeTruthy();
    expect(gateway.calls.saveSettings).toEqual([]);
  });

  it("resets to the defaults", async () => {
    renderPane(fakeGateway({}));
    await openTab(/settings/i);
    type("Minimum active member organisations", "abc");
    fireEvent.click(screen.getByRole("checkbox", { name: "Require all lost members to be Tier 1" }));
    fireEvent.click(screen.getByRole("button", { name: "Reset to defaults" }));
    expect(field("Minimum active member organisations").value).toBe("70");
    expect((screen.getByRole("checkbox", { name: "Require all lost members to be Tier 1" }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.queryByText("Enter a number.")).toBeNull();
  });

  it("saves the parsed settings (percents as fractions) in the pane's language", async () => {
    const gateway = fakeGateway({});
    renderPane(gateway);
    await openTab(/settings/i);
    type("Minimum active member organisations", "65");
    type("Spend over envelope: trigger (%)", "25");
    type("Tier 1 annual fee (USD)", "90,000");
    fireEvent.change(screen.getByLabelText("Cost rule"), { target: { value: "aggregate" } });
    fireEvent.change(screen.getByLabelText("Report language"), { target: { value: "es" } });
    await save();
    await waitFor(() => expect(gateway.calls.saveSettings).toHaveLength(1));
    expect(gateway.calls.saveSettings[0]).toEqual({
      settings: {
        ...DEFAULT_SETTINGS,
        MinActiveMembers: 65,
        MaxSpendOverEnvelope: 0.25,
        Tier1Fee: 90000,
        CostRule: "aggregate",
        Language: "es",
      },
      language: "en",
    });
    expect(await screen.findByText("Settings saved. Evaluate again to apply them.")).toBeTruthy();
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
    await openTab(/settings/i);
    type("Look-back window (months)", "6");
    await save();
    expect(await screen.findByText("The settings were not saved:")).toBeTruthy();
    expect(screen.getByText(/cannot grow: the 2 row\(s\) below it, Inputs!D36:E37, are not empty/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Go to cell Inputs!D36:E37" })).toBeTruthy();
  });
});
