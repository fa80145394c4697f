/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { evaluate } from "../../src/core/rules";
import { EVALUATION_DAY, countsInputs, paneEvaluation, rosterInputs } from "./fixtures";
import { fakeGateway } from "./fake-gateway";
import { evaluateNow, openTab, renderPane } from "./render";
import type { TriggerInputs } from "../../src/core/model";

/** A pane evaluation whose results really come from these inputs, as the Excel gateway's do. */
function evaluated(inputs: TriggerInputs) {
  return paneEvaluation(evaluate(inputs, [], EVALUATION_DAY), { inputs });
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const scenarioOutcome = () => document.querySelector("[data-what-if-outcome]")?.getAttribute("data-what-if-outcome");

describe("What-if view", () => {
  it("asks for an evaluation first", async () => {
    renderPane(fakeGateway({}));
    await openTab(/what-if/i);
    expect(screen.getByText(/Evaluate first/)).toBeTruthy();
  });

  it("recomputes the outcome at once as drivers change, without writing to the workbook", async () => {
    const gateway = fakeGateway({ result: evaluated(rosterInputs()) });
    const { container } = renderPane(gateway);
    await evaluateNow();
    await openTab(/what-if/i);
    expect(scenarioOutcome()).toBe("no_trigger");
    expect(screen.getByText("Same outcome as the workbook.")).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();

    type("Tier 1 members leaving now", "5");
    expect(scenarioOutcome()).toBe("monitor");
    const changed = screen.getByText("Active member organisations").closest("li") as HTMLElement;
    expect(within(changed).getByText("Triggered")).toBeTruthy();
    expect(within(changed).getByText("in the workbook: Not triggered")).toBeTruthy();
    expect(screen.getByText("Workbook outcome: No trigger")).toBeTruthy();

    type("Change in planned spend (%)", "25");
    expect(scenarioOutcome()).toBe("consider_mvsp");
    expect(screen.getByRole("heading", { name: "Scenario result: Consider activating the MVSP" })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Clear scenario" }));
    expect(scenarioOutcome()).toBe("no_trigger");
    expect(gateway.calls.evaluate).toBe(1);
    expect(gateway.calls.saveSettings).toEqual([]);
  });

  it("offers the workbook's quarters and services as drivers", async () => {
    renderPane(fakeGateway({ result: evaluated(rosterInputs()) }));
    await evaluateNow();
    await openTab(/what-if/i);
    fireEvent.change(screen.getByLabelText("Inflows of a quarter delayed to the next"), { target: { value: "0" } });
    const cash = screen.getByText("Projected quarters in cash deficit").closest("li") as HTMLElement;
    expect(within(cash).getByText("Near threshold")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Core service"), { target: { value: "Registry" } });
    type("Change in its cost (%)", "20");
    expect(scenarioOutcome()).toBe("monitor");
    expect(screen.getByText("Core service cost over historical average").closest("li")?.textContent).toContain("Triggered");
  });

  it("works from member counts, and flags a driver that is not a number", async () => {
    renderPane(fakeGateway({ result: evaluated(countsInputs()) }));
    await evaluateNow();
    await openTab(/what-if/i);
    type("Tier 1 members leaving now", "3");
    expect(scenarioOutcome()).toBe("monitor");
    type("Other-tier members leaving now", "x");
    expect(screen.getByText("Enter a number.")).toBeTruthy();
  });
});
