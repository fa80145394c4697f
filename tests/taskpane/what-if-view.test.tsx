/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { evaluate } from "../../src/core/rules";
import { NO_WHAT_IF, evaluateWhatIf } from "../../src/core/what-if";
import { scenarioText } from "../../src/core/what-if-report";
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

  it("tries each Board factor as Yes, No or Not assessed, starting from the workbook", async () => {
    const inputs: TriggerInputs = {
      ...rosterInputs(),
      external: {
        E1: { id: "E1", factor: "Funding", assessment: false, evidence: "" },
        E2: { id: "E2", factor: "Politics", assessment: true, evidence: "Report" },
        E3: { id: "E3", factor: "Stakeholders", assessment: null, evidence: "" },
      },
    };
    const { container } = await open(evaluated(inputs));
    const group = (name: string) => screen.getByRole("radiogroup", { name });
    const answer = (name: string) =>
      (within(group(name)).getAllByRole("radio") as HTMLInputElement[]).find((radio) => radio.checked)?.labels?.[0]?.textContent;
    const pick = (name: string, choice: string) => fireEvent.click(within(group(name)).getByRole("radio", { name: choice }));
    expect([answer("E1 External funding"), answer("E2 Policy relevance"), answer("E3 Prioritisation")]).toEqual([
      "No",
      "Yes",
      "Not assessed",
    ]);
    const e1 = group("E1 External funding");
    expect(within(e1).getAllByRole("radio")).toHaveLength(3);
    // The workbook's answer is read with the group.
    const described = (name: string) =>
      (group(name).getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((ref) => document.getElementById(ref)?.textContent)
        .join(" ");
    expect(described("E1 External funding")).toBe("In the workbook: No");
    expect(described("E3 Prioritisation")).toBe("Not assessed in the workbook");
    expect(scenarioOutcome()).toBe("incomplete");

    pick("E1 External funding", "Yes");
    expect(answer("E1 External funding")).toBe("Yes");
    const funding = row("external_funding") as HTMLElement;
    expect(funding.textContent).toMatch(/Not triggered.*Triggered/);
    expect(within(funding).getByText("Triggered").closest("[data-status]")?.getAttribute("data-status")).toBe("met");
    expect(scenarioOutcome()).toBe("consider_mvsp");
    expect(await axe(container)).toHaveNoViolations();

    // Not assessed is no data, as a blank Assessment cell: the Yes of E2 no longer counts.
    pick("E2 Policy relevance", "Not assessed");
    expect(row("policy_relevance")?.textContent).toMatch(/Triggered.*No data/);
    expect(scenarioOutcome()).toBe("incomplete");
    pick("E3 Prioritisation", "No");
    expect(row("stakeholder_prioritisation")?.textContent).toMatch(/No data.*Not triggered/);

    // Each back to the workbook's answer: its row goes.
    pick("E1 External funding", "No");
    expect(row("external_funding")).toBeNull();
    pick("E3 Prioritisation", "Not assessed");
    expect(row("stakeholder_prioritisation")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Clear scenario" }));
    expect([answer("E1 External funding"), answer("E2 Policy relevance"), answer("E3 Prioritisation")]).toEqual([
      "No",
      "Yes",
      "Not assessed",
    ]);
    expect(scenarioOutcome()).toBe("incomplete");
  });

  it("shows the planned spend the percentage means, in USD, read with the field", async () => {
    const { container } = await open(evaluated({ ...rosterInputs(), plannedSpend: 3_203_200 }));
    const spend = screen.getByLabelText("Change in planned spend (%)");
    const description = () =>
      (spend.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((ref) => document.getElementById(ref)?.textContent ?? "")
        .join(" ");
    expect(description()).toContain("Planned spend: 3,203,200 → 3,203,200\u00a0USD");
    type("Change in planned spend (%)", "-10");
    expect(description()).toContain("Planned spend: 3,203,200 → 2,882,880\u00a0USD");
    type("Change in planned spend (%)", "12.5");
    expect(description()).toContain("Planned spend: 3,203,200 → 3,603,600\u00a0USD");
    expect(await axe(container)).toHaveNoViolations();
    // Out of range: the error replaces the amounts, as it replaces the result.
    type("Change in planned spend (%)", "-150");
    expect(description()).not.toContain("USD");
  });

  it("copies the scenario for the Board, as the core writes it, in the pane's language", async () => {
    const written: string[] = [];
    const original = navigator.clipboard;
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: async (text: string) => void written.push(text) },
      configurable: true,
    });
    try {
      const inputs = rosterInputs();
      const result = evaluated(inputs, "fr");
      await open(result, /évaluer/i, /simulation/i);
      type("Départs de membres de niveau 1", "5");
      fireEvent.click(within(screen.getByRole("radiogroup", { name: "E1 Financements externes" })).getByRole("radio", { name: "Oui" }));
      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: "Copier le scénario" }));
      });
      const drivers = { ...NO_WHAT_IF, tier1Lost: 5, externalFactors: { E1: true } };
      const scenario = evaluateWhatIf(inputs, [], drivers, EVALUATION_DAY);
      expect(written).toEqual([scenarioText(inputs, drivers, result.evaluation, scenario, "fr")]);
      expect(written[0]).toContain("- E1 Financements externes\u00a0: Non → Oui");
      expect(written[0]).toContain("Envisager le recours au MVSP");
      expect(await screen.findByText(/Copié/)).toBeTruthy();
    } finally {
      Object.defineProperty(navigator, "clipboard", { value: original, configurable: true });
    }
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
