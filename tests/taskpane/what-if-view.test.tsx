/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { evaluate } from "../../src/core/rules";
import { EVALUATION_DAY, countsInputs, paneEvaluation, rosterInputs } from "./fixtures";
import { fakeGateway } from "./fake-gateway";
import { evaluateNow, openTab, renderPane } from "./render";
import type { Language, TriggerInputs } from "../../src/core/model";
import type { PaneEvaluation } from "../../src/taskpane/gateway";

/** A pane evaluation whose results really come from these inputs, as the Excel gateway's do. */
function evaluated(inputs: TriggerInputs, language: Language = "en"): PaneEvaluation {
  return paneEvaluation(evaluate(inputs, [], EVALUATION_DAY), { inputs, language });
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const pinned = () => screen.getByRole("region", { name: /scenario result|résultat du scénario/i });
const scenarioOutcome = () => pinned().getAttribute("data-what-if-outcome");
const row = (id: string) => pinned().querySelector(`[data-indicator="${id}"]`) as HTMLElement | null;
/** The live region's text, as a screen reader gets it (the arrow is hidden, its word is not). */
const announced = () => {
  const live = pinned().querySelector("[aria-live='polite']") as HTMLElement;
  const copy = live.cloneNode(true) as HTMLElement;
  copy.querySelectorAll("[aria-hidden='true']").forEach((node) => node.remove());
  return copy.textContent?.replace(/\s+/g, " ").trim();
};

async function open(result: PaneEvaluation, evaluateButton?: RegExp, tab: RegExp = /what-if/i) {
  const gateway = fakeGateway({ result, displayLanguage: result.language });
  const rendered = renderPane(gateway);
  await evaluateNow(evaluateButton);
  await openTab(tab);
  return { gateway, ...rendered };
}

describe("What-if view", () => {
  it("asks for an evaluation first", async () => {
    renderPane(fakeGateway({}));
    await openTab(/what-if/i);
    expect(screen.getByText(/Evaluate first/)).toBeTruthy();
  });

  it("pins the result above the inputs and says when nothing changes", async () => {
    const { container } = await open(evaluated(rosterInputs()));
    const region = pinned();
    expect(region.className).toBeTruthy();
    expect(getComputedStyle(region).position).toBe("sticky");
    expect(getComputedStyle(region).top).toBe("0px");
    // Before every input, so it is what shows first.
    const firstInput = screen.getByLabelText("Tier 1 members leaving now");
    expect(region.compareDocumentPosition(firstInput) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(scenarioOutcome()).toBe("no_trigger");
    expect(announced()).toBe("Outcome: No trigger (as in the workbook)");
    expect(within(region).getByText("No status changes: 8 indicators keep their status.")).toBeTruthy();
    expect(region.querySelectorAll("[data-indicator]")).toHaveLength(0);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("shows the outcome and each changed indicator old → new at once, without writing to the workbook", async () => {
    const { gateway, container } = await open(evaluated(rosterInputs()));

    type("Tier 1 members leaving now", "5");
    expect(scenarioOutcome()).toBe("monitor");
    expect(announced()).toBe("Outcome: No trigger becomes Monitor");
    const members = row("active_members") as HTMLElement;
    expect(within(members).getByText("Active members:")).toBeTruthy();
    expect(within(members).getByText("Not triggered")).toBeTruthy();
    expect(within(members).getByText("Triggered").closest("[data-status]")?.getAttribute("data-status")).toBe("met");
    expect(members.textContent).toMatch(/Not triggered.*becomes.*Triggered/);
    expect(pinned().querySelectorAll("[data-indicator]")).toHaveLength(1);
    expect(within(pinned()).getByText("7 other indicators keep their status.")).toBeTruthy();
    // The list is not in the live region: only the outcome is announced.
    expect(pinned().querySelector("[aria-live] [data-indicator]")).toBeNull();

    type("Change in planned spend (%)", "25");
    expect(scenarioOutcome()).toBe("consider_mvsp");
    expect(row("spend_vs_envelope")?.textContent).toMatch(/Not triggered.*Triggered/);
    expect(within(pinned()).getByText("6 other indicators keep their status.")).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();

    fireEvent.click(screen.getByRole("button", { name: "Clear scenario" }));
    expect(scenarioOutcome()).toBe("no_trigger");
    expect((screen.getByLabelText("Tier 1 members leaving now") as HTMLInputElement).value).toBe("0");
    expect(gateway.calls.evaluate).toBe(1);
    expect(gateway.calls.saveSettings).toEqual([]);
  });

  it("hides the result while a field is out of range or not a number, naming each field's range", async () => {
    const { container } = await open(evaluated(rosterInputs()));
    const spend = screen.getByLabelText("Change in planned spend (%)");
    expect(screen.getByText("From −100 to 200")).toBeTruthy();

    type("Change in planned spend (%)", "-150");
    expect(scenarioOutcome()).toBeNull();
    expect(pinned().querySelectorAll("[data-indicator]")).toHaveLength(0);
    expect(announced()).toBe("Fix the field marked below to see the scenario.");
    expect(screen.getByText("Enter a percentage from −100 to 200.")).toBeTruthy();
    expect(spend.getAttribute("aria-invalid")).toBe("true");

    type("Tier 1 members leaving now", "abc");
    expect(announced()).toBe("Fix the 2 fields marked below to see the scenario.");
    expect(screen.getByText("Enter a whole number from 0 to 12.")).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();

    type("Tier 1 members leaving now", "2.5");
    expect(screen.getByText("Enter a whole number from 0 to 12.")).toBeTruthy();
    type("Tier 1 members leaving now", "13");
    expect(screen.getByText("Enter a whole number from 0 to 12.")).toBeTruthy();

    type("Tier 1 members leaving now", "5");
    type("Change in planned spend (%)", "-30");
    expect(screen.queryByText(/Enter a/)).toBeNull();
    expect(spend.getAttribute("aria-invalid")).not.toBe("true");
    expect(scenarioOutcome()).toBe("monitor");
  });

  it("bounds leavers by the active members: all of them with member counts", async () => {
    await open(evaluated(countsInputs()));
    expect(screen.getAllByText("From 0 to 72")).toHaveLength(2);
    type("Other-tier members leaving now", "73");
    expect(screen.getByText("Enter a whole number from 0 to 72.")).toBeTruthy();
    type("Other-tier members leaving now", "0");
    type("Tier 1 members leaving now", "3");
    expect(scenarioOutcome()).toBe("monitor");
  });

  it("checks the service's cost change only once a service is picked", async () => {
    await open(evaluated(rosterInputs()));
    const change = screen.getByLabelText("Change in its cost (%)") as HTMLInputElement;
    expect(change.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText("Core service"), { target: { value: "Registry" } });
    type("Change in its cost (%)", "600");
    expect(screen.getByText("Enter a percentage from −100 to 500.")).toBeTruthy();
    expect(scenarioOutcome()).toBeNull();
    type("Change in its cost (%)", "20");
    expect(row("core_service_cost")?.textContent).toMatch(/Not triggered.*Triggered/);
    fireEvent.change(screen.getByLabelText("Inflows of a quarter delayed to the next"), { target: { value: "0" } });
    expect(within(row("cash_deficit_quarters") as HTMLElement).getByText("Near threshold")).toBeTruthy();
  });

  it("tries the Board's factors with switches that start from the workbook", async () => {
    const inputs: TriggerInputs = {
      ...rosterInputs(),
      external: {
        E1: { id: "E1", factor: "Funding", assessment: false, evidence: "" },
        E2: { id: "E2", factor: "Politics", assessment: true, evidence: "Report" },
        E3: { id: "E3", factor: "Stakeholders", assessment: null, evidence: "" },
      },
    };
    const { container } = await open(evaluated(inputs));
    const e1 = screen.getByRole("switch", { name: "E1 External funding" }) as HTMLInputElement;
    const e2 = screen.getByRole("switch", { name: "E2 Policy relevance" }) as HTMLInputElement;
    const e3 = screen.getByRole("switch", { name: "E3 Prioritisation" }) as HTMLInputElement;
    expect([e1.checked, e2.checked, e3.checked]).toEqual([false, true, false]);
    expect(e1.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(e1.getAttribute("aria-describedby") as string)?.textContent).toBe("In the workbook: No");
    expect(document.getElementById(e3.getAttribute("aria-describedby") as string)?.textContent).toBe("Not assessed in the workbook");
    expect(scenarioOutcome()).toBe("incomplete");

    fireEvent.click(e1);
    expect(e1.checked).toBe(true);
    const funding = row("external_funding") as HTMLElement;
    expect(funding.textContent).toMatch(/Not triggered.*Triggered/);
    expect(within(funding).getByText("Triggered").closest("[data-status]")?.getAttribute("data-status")).toBe("met");
    expect(scenarioOutcome()).toBe("consider_mvsp");
    expect(await axe(container)).toHaveNoViolations();

    // The unassessed factor: a first click tries Yes, a second No; both say so.
    fireEvent.click(e3);
    expect(document.getElementById(e3.getAttribute("aria-describedby") as string)?.textContent).toBe(
      "Not assessed in the workbook; tried: Yes",
    );
    expect(row("stakeholder_prioritisation")?.textContent).toMatch(/No data.*Triggered/);
    fireEvent.click(e3);
    expect(e3.checked).toBe(false);
    expect(row("stakeholder_prioritisation")?.textContent).toMatch(/No data.*Not triggered/);

    // E1 back to the workbook's No: its row goes.
    fireEvent.click(e1);
    expect(row("external_funding")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Clear scenario" }));
    expect([e1.checked, e2.checked, e3.checked]).toEqual([false, true, false]);
    expect(scenarioOutcome()).toBe("incomplete");
  });

  it("reads French numbers with a decimal comma and speaks French", async () => {
    await open(evaluated(rosterInputs(), "fr"), /évaluer/i, /simulation/i);
    type("Variation des dépenses prévues (%)", "18,5");
    expect(scenarioOutcome()).toBe("no_trigger");
    expect(row("spend_vs_envelope")?.textContent).toMatch(/Non atteint.*Proche du seuil/i);
    type("Départs de membres de niveau 1", "2,5");
    expect(screen.getByText("Saisissez un nombre entier de 0 à 12.")).toBeTruthy();
    expect(announced()).toBe("Corrigez le champ signalé ci-dessous pour voir le scénario.");
  });
});
