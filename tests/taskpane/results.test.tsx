/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { axe } from "jest-axe";
import type { ReactNode } from "react";
import { evaluationWith, logEntry, paneEvaluation, BAD_SPEND } from "./fixtures";
import { fakeGateway } from "./fake-gateway";
import { evaluateNow, liveRegion, renderPane } from "./render";
import type { PaneEvaluation } from "../../src/taskpane/gateway";
import type { Evaluation, IndicatorId, Language } from "../../src/core/model";
import type { LogEntry } from "../../src/core/log";
import { loadAllLanguages } from "../../src/core/i18n/all";
import { LanguageProvider } from "../../src/taskpane/i18n";
import { OutcomeBanner } from "../../src/taskpane/components/OutcomeBanner";
import { CategoryCard } from "../../src/taskpane/components/CategoryCard";

/** The region a disclosure button opens, by its aria-controls. */
function controlled(button: HTMLElement): HTMLElement {
  const id = button.getAttribute("aria-controls");
  expect(id).toBeTruthy();
  const region = document.getElementById(id as string);
  expect(region).not.toBeNull();
  return region as HTMLElement;
}

/** The indicator's row (`data-indicator`) and the button that opens its details. */
function indicatorRow(id: IndicatorId): { row: HTMLElement; toggle: HTMLElement } {
  const row = document.querySelector(`[data-indicator="${id}"]`) as HTMLElement;
  expect(row).not.toBeNull();
  return { row, toggle: within(row).getByRole("button") };
}

/** A log entry whose values were logged (the shared fixture logs none). */
function loggedWith(values: Partial<Record<IndicatorId, number>>, statuses: Parameters<typeof logEntry>[0] = {}): LogEntry {
  const entry = logEntry(statuses);
  return { ...entry, values: { ...entry.values, ...values } };
}

function renderAlone(node: ReactNode, lang: Language = "en") {
  loadAllLanguages();
  return render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider lang={lang}>{node}</LanguageProvider>
    </FluentProvider>,
  );
}

function cards(evaluation: Evaluation, previous?: LogEntry) {
  return (["membership", "finance", "external"] as const).map((category) => (
    <CategoryCard
      key={category}
      category={category}
      indicators={evaluation.indicators.filter((i) => i.category === category)}
      previous={previous}
    />
  ));
}

describe("Results view", () => {
  it("before any evaluation explains what Evaluate does, and has no accessibility violations", async () => {
    const { container } = renderPane(fakeGateway({}));
    // The pane's look at the workbook on opening settles first (no update outside act).
    await act(async () => {});
    expect(screen.getByText(/evaluates the eight MVSP trigger indicators/i)).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("shows 'consider activating the MVSP' with counts, date, and the Board deciding", async () => {
    const gateway = fakeGateway({
      result: paneEvaluation(evaluationWith({ active_members: "met", spend_vs_envelope: "met", cash_deficit_quarters: "near" })),
    });
    const { container } = renderPane(gateway);
    await evaluateNow();
    expect(gateway.calls.evaluate).toBe(1);
    expect(screen.getByRole("heading", { level: 2, name: "Consider activating the MVSP" })).toBeTruthy();
    // Collapsed: the label, the counts, the date with its quarter, and a Details button.
    expect(screen.getByText("Met: 2 · Near: 1 · No data: 0")).toBeTruthy();
    expect(screen.getByText("Evaluation date: 2026-09-30 (2026 Q3)")).toBeTruthy();
    const details = screen.getByRole("button", { name: "Details" });
    expect(details.getAttribute("aria-expanded")).toBe("false");
    const region = controlled(details);
    expect(region.hidden).toBe(true);
    // The sentence and who decides are inside the closed region, not on the first screen.
    expect(region.contains(screen.getByText(/the Board should consider activating the Minimum Viable Service Product/))).toBe(true);
    expect(region.contains(screen.getByText("The add-in recommends; the Board decides."))).toBe(true);
    expect(screen.queryByText(/incomplete/)).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
    fireEvent.click(details);
    expect(details.getAttribute("aria-expanded")).toBe("true");
    expect(region.hidden).toBe(false);
    expect(await axe(container)).toHaveNoViolations();
    fireEvent.click(details);
    expect(region.hidden).toBe(true);
  });

  it("shows 'monitor' and says the evaluation is incomplete when an indicator lacks data", async () => {
    renderPane(
      fakeGateway({
        result: paneEvaluation(evaluationWith({ spend_vs_envelope: "near", core_service_cost: "near", policy_relevance: "no_data" })),
      }),
    );
    await evaluateNow();
    expect(screen.getByRole("heading", { level: 2, name: "Monitor" })).toBeTruthy();
    expect(screen.getByText(/The evaluation is incomplete: 1 of 8 indicators has no data \(E2 Policy relevance\)\./)).toBeTruthy();
  });

  it("shows 'incomplete' in a neutral banner without a check mark when missing data could change the outcome", async () => {
    const { container } = renderPane(
      fakeGateway({
        result: paneEvaluation(evaluationWith({ new_members: "met", policy_relevance: "no_data", external_funding: "no_data" })),
      }),
    );
    await evaluateNow();
    expect(screen.getByRole("heading", { level: 2, name: "Incomplete: no conclusion" })).toBeTruthy();
    expect(
      screen.getByText(/^Cannot conclude: 1 of 8 indicators is met and 2 have no data \(E1 External funding, E2 Policy relevance\)/),
    ).toBeTruthy();
    expect(screen.getByText(/Met: 1 · Near: 0 · No data: 2/)).toBeTruthy();
    const banner = container.querySelector("[data-outcome]") as HTMLElement;
    expect(banner.getAttribute("data-outcome")).toBe("incomplete");
    expect(banner.getAttribute("data-intent")).toBe("info");
    expect(screen.queryByRole("heading", { level: 2, name: "No trigger" })).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("shows 'no trigger'", async () => {
    renderPane(fakeGateway({ result: paneEvaluation(evaluationWith({ new_members: "near" })) }));
    await evaluateNow();
    expect(screen.getByRole("heading", { level: 2, name: "No trigger" })).toBeTruthy();
    expect(screen.getByText(/No trigger: 0 of 8 indicators met and 1 near/)).toBeTruthy();
  });

  it("groups indicators by category with status in words, value against threshold, and explanation", async () => {
    renderPane(fakeGateway({ result: paneEvaluation(evaluationWith({ spend_vs_envelope: "met", external_funding: "no_data" })) }));
    await evaluateNow();
    const finance = screen.getByRole("region", { name: "Financial position" });
    const spend = within(finance).getByText("Planned spend over the budget envelope").closest("li") as HTMLElement;
    expect(within(spend).getByText("Triggered")).toBeTruthy();
    expect(within(spend).getByText("25.3% · trigger > 20.0%")).toBeTruthy();
    // The margin to the trigger, in one sentence, on the row itself.
    const margin = within(spend).getByText(/^16,000\sUSD more planned spend would meet it\.$/);
    expect(margin.getAttribute("data-margin")).toBe("-16000");
    // The rule and the explanation are the row's details, closed at first.
    const toggle = within(spend).getByRole("button");
    const details = controlled(toggle);
    expect(details.hidden).toBe(true);
    expect(details.contains(within(spend).getByText("Met when > 20.0%"))).toBe(true);
    expect(details.contains(within(spend).getByText("Near from: > 15.0%"))).toBe(true);
    expect(margin.closest("[hidden]")).toBeNull();
    const external = screen.getByRole("region", { name: "External factors" });
    expect(within(external).getAllByRole("listitem")).toHaveLength(3);
    const funding = within(external)
      .getByText(/external funding or partnership/)
      .closest("li") as HTMLElement;
    expect(within(funding).getByText("No data")).toBeTruthy();
    expect(within(funding).getByText("Board: —")).toBeTruthy();
    expect(funding.querySelector("[data-margin]")).toBeNull();
    expect(funding.querySelector("[data-near-from]")).toBeNull();
    expect(screen.getByRole("region", { name: "Membership" })).toBeTruthy();
  });

  it("marks what changed since the previous evaluation, in words", async () => {
    const history = [
      logEntry({ spend_vs_envelope: "not_met" }),
      logEntry({ spend_vs_envelope: "near", active_members: "met", new_members: null }, "monitor"),
    ];
    renderPane(
      fakeGateway({
        result: paneEvaluation(evaluationWith({ spend_vs_envelope: "met", new_members: "near" }), { history }),
      }),
    );
    await evaluateNow();
    const row = (name: string) => screen.getByText(name).closest("li") as HTMLElement;
    const closer = within(row("Planned spend over the budget envelope")).getByText("Closer to the trigger: was Near threshold");
    // In the row's details, shown when it opens.
    expect(closer.closest("[hidden]")).not.toBeNull();
    fireEvent.click(within(row("Planned spend over the budget envelope")).getByRole("button"));
    expect(closer.closest("[hidden]")).toBeNull();
    expect(within(row("Active member organisations")).getByText("Further from the trigger: was Triggered")).toBeTruthy();
    expect(within(row("New members in the last 12 months")).getByText("New since the last evaluation")).toBeTruthy();
    expect(row("Projected quarters in cash deficit").querySelector("[data-change]")).toBeNull();
    expect(screen.getByText("Previous evaluation (2026-06-30): Monitor")).toBeTruthy();
  });

  it("shows the value at the last logged evaluation beside today's (72 → 68), and says when it was", async () => {
    const evaluation = evaluationWith({ active_members: "met", spend_vs_envelope: "near" });
    // active_members: 72 then, 68 now; spend: 25.3% both times; new_members: not logged.
    const previous = loggedWith({ active_members: 72, spend_vs_envelope: 0.253 }, { active_members: "near", spend_vs_envelope: "near" });
    renderPane(fakeGateway({ result: paneEvaluation(evaluation, { history: [previous] }) }));
    await evaluateNow();
    const active = indicatorRow("active_members");
    expect(within(active.row).getByText("72 → 68 · trigger < 70")).toBeTruthy();
    expect(within(active.row).getByText("Last evaluation (2026-06-30): 72, Near threshold")).toBeTruthy();
    // Unchanged: today's value alone.
    expect(within(indicatorRow("spend_vs_envelope").row).getByText("25.3% · trigger > 20.0%")).toBeTruthy();
    expect(indicatorRow("spend_vs_envelope").row.textContent).not.toContain("→");
    // Not logged then: today's value alone.
    expect(within(indicatorRow("new_members").row).getByText(/^68 · trigger < \d+$/)).toBeTruthy();
  });

  it("opens and closes an indicator's details from the keyboard: a focusable native button naming its region", async () => {
    renderPane(fakeGateway({ result: paneEvaluation(evaluationWith({ spend_vs_envelope: "met" })) }));
    await evaluateNow();
    const { row, toggle } = indicatorRow("spend_vs_envelope");
    // A native <button type="button">: Tab reaches it, Enter and Space activate it (jsdom does not
    // synthesise that activation, so the click below stands for the key press).
    expect(toggle.tagName).toBe("BUTTON");
    expect(toggle.getAttribute("type")).toBe("button");
    expect(toggle.tabIndex).toBe(0);
    toggle.focus();
    expect(document.activeElement).toBe(toggle);
    // Inside the h4, so the heading outline still names every indicator.
    expect(toggle.closest("h4")?.textContent).toBe("Planned spend over the budget envelope");
    const details = controlled(toggle);
    expect(row.contains(details)).toBe(true);
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(details.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(details.hidden).toBe(false);
    expect(within(details).getByText("Met when > 20.0%")).toBeTruthy();
    // Only this row opened.
    expect(controlled(indicatorRow("active_members").toggle).hidden).toBe(true);
    fireEvent.click(toggle);
    expect(details.hidden).toBe(true);
  });

  it("keeps the status word, the status and the margin on each row for the browser check", async () => {
    renderPane(fakeGateway({ result: paneEvaluation(evaluationWith({ spend_vs_envelope: "met", policy_relevance: "no_data" })) }));
    await evaluateNow();
    expect(document.querySelectorAll("[data-indicator]")).toHaveLength(8);
    const spend = indicatorRow("spend_vs_envelope").row;
    expect(spend.querySelector("[data-status]")?.getAttribute("data-status")).toBe("met");
    expect(spend.querySelector("[data-status]")?.textContent).toBe("Triggered");
    expect(indicatorRow("policy_relevance").row.querySelector("[data-status]")?.getAttribute("data-status")).toBe("no_data");
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Membership",
      "Financial position",
      "External factors",
    ]);
    expect(screen.getAllByRole("heading", { level: 4 })).toHaveLength(8);
  });

  it("disables Evaluate and shows progress while running, then announces the outcome", async () => {
    let finish: (value: PaneEvaluation) => void = () => undefined;
    const pending = new Promise<PaneEvaluation>((resolve) => (finish = resolve));
    renderPane(fakeGateway({ result: () => pending }));
    fireEvent.click(screen.getByRole("button", { name: /evaluate triggers/i }));
    const running = await screen.findByRole("button", { name: /evaluating/i });
    expect((running as HTMLButtonElement).disabled).toBe(true);
    expect(liveRegion().textContent).toBe("");
    await act(async () => finish(paneEvaluation(evaluationWith({ active_members: "met" }))));
    await waitFor(() => expect(liveRegion().textContent).toBe("Evaluation finished. Monitor. 1 met, 0 near, 0 without data."));
    expect((screen.getByRole("button", { name: /evaluate triggers/i }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("says why nothing was written when the add-in's sheets belong to the user", async () => {
    const conflict = {
      severity: "error" as const,
      name: "MVSP Triggers",
      cell: "",
      code: "sheetNotOwned" as const,
      params: { sheet: "MVSP Triggers" },
    };
    renderPane(fakeGateway({ result: paneEvaluation(evaluationWith({}), { conflicts: [conflict], written: false }) }));
    await evaluateNow();
    expect(screen.getByText("The results below were not written to the workbook:")).toBeTruthy();
    expect(screen.queryByText(/were updated/)).toBeNull();
  });

  it("reports a failed evaluation instead of crashing", async () => {
    renderPane(fakeGateway({ result: () => Promise.reject(new Error("RichApi.Error: the workbook is busy")) }));
    fireEvent.click(screen.getByRole("button", { name: /evaluate triggers/i }));
    expect(
      await screen.findByText("The evaluation could not run: Excel reported an unexpected error: RichApi.Error: the workbook is busy"),
    ).toBeTruthy();
  });

  it("tells the user to leave cell-edit mode when Excel refuses for that reason", async () => {
    renderPane(fakeGateway({ result: { code: "cellEditMode", detail: "The operation is invalid in cell-edit mode." } }));
    fireEvent.click(screen.getByRole("button", { name: /evaluate triggers/i }));
    expect(await screen.findByText(/press Enter or Esc to leave the cell/)).toBeTruthy();
  });

  it("counts problems in the tab label", async () => {
    renderPane(fakeGateway({ result: paneEvaluation(evaluationWith({}, [BAD_SPEND])) }));
    await evaluateNow();
    expect(screen.getByRole("tab", { name: "Problems (1)" })).toBeTruthy();
  });

  it("has no accessibility violations in the dark theme with results shown", async () => {
    const { container } = renderPane(
      fakeGateway({
        result: paneEvaluation(evaluationWith({ spend_vs_envelope: "met", external_funding: "no_data" }), {
          history: [logEntry({})],
        }),
      }),
      true,
    );
    await evaluateNow();
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("Outcome banner and indicator rows on their own", () => {
  it("writes the date and quarter as the language does, in French, and opens its details", async () => {
    const { container } = renderAlone(
      <OutcomeBanner evaluation={evaluationWith({ active_members: "met", spend_vs_envelope: "met" })} previous={logEntry({}, "monitor")} />,
      "fr",
    );
    expect(screen.getByRole("heading", { level: 2, name: "Envisager le recours au MVSP" })).toBeTruthy();
    // Testing Library folds no-break spaces into spaces: the exact characters are checked on textContent.
    expect(screen.getByText("Date d'évaluation : 30/09/2026 (T3 2026)").textContent).toBe("Date d'évaluation\u00a0: 30/09/2026 (T3 2026)");
    expect(screen.getByText("Atteints : 2 · Proches : 0 · Non renseignés : 0").textContent).toBe(
      "Atteints\u00a0: 2 · Proches\u00a0: 0 · Non renseignés\u00a0: 0",
    );
    const details = screen.getByRole("button", { name: "Détails" });
    expect(controlled(details).hidden).toBe(true);
    fireEvent.click(details);
    expect(controlled(details).hidden).toBe(false);
    expect(within(controlled(details)).getByText("Évaluation précédente (30/06/2026) : Surveiller")).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
    const banner = container.querySelector("[data-outcome]") as HTMLElement;
    expect(banner.getAttribute("data-outcome")).toBe("consider_mvsp");
    expect(banner.getAttribute("data-intent")).toBe("error");
  });

  it("says when the evaluation date cannot be read, without a quarter", () => {
    renderAlone(<OutcomeBanner evaluation={{ ...evaluationWith({}), evaluationDate: null }} />);
    expect(screen.getByText("Evaluation date: Cannot be read: see the input problems")).toBeTruthy();
  });

  it("can start open", () => {
    renderAlone(<OutcomeBanner evaluation={evaluationWith({})} defaultExpanded />);
    expect(screen.getByRole("button", { name: "Details" }).getAttribute("aria-expanded")).toBe("true");
  });

  it("shows 72 → 68 in French number style and has no accessibility violations with rows open", async () => {
    const evaluation = evaluationWith({ spend_vs_envelope: "met" });
    const { container } = renderAlone(<>{cards(evaluation, loggedWith({ active_members: 72, spend_vs_envelope: 0.18 }))}</>, "fr");
    expect(within(indicatorRow("active_members").row).getByText("72 → 68 · seuil < 70").textContent).toBe("72 → 68 · seuil < 70");
    expect(within(indicatorRow("spend_vs_envelope").row).getByText(/^18,0\s% → 25,3\s% · seuil > 20,0\s%$/)).toBeTruthy();
    for (const id of ["active_members", "spend_vs_envelope", "external_funding"] as const) fireEvent.click(indicatorRow(id).toggle);
    expect(await axe(container)).toHaveNoViolations();
  });
});
