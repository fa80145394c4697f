/** @jest-environment jsdom */
import "./setup";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { axe } from "jest-axe";
import type { Language, Problem, Severity } from "../../src/core/model";
import { loadAllLanguages } from "../../src/core/i18n/all";
import { LanguageProvider } from "../../src/taskpane/i18n";
import { ProblemsView } from "../../src/taskpane/components/ProblemsView";
import { BAD_SPEND, MISSING_ENVELOPE, UNASSESSED, evaluationWith, paneEvaluation } from "./fixtures";
import { fakeGateway } from "./fake-gateway";
import { evaluateNow, openTab, renderPane } from "./render";

describe("Problems view", () => {
  it("asks for an evaluation first", async () => {
    renderPane(fakeGateway({}));
    await openTab(/problems/i);
    expect(screen.getByText("Evaluate to check the workbook's inputs.")).toBeTruthy();
  });

  it("lists problems errors first, with severity in words and the message naming the cell", async () => {
    const { container } = renderPane(
      fakeGateway({
        result: paneEvaluation(evaluationWith({ spend_vs_envelope: "no_data" }, [UNASSESSED, BAD_SPEND, MISSING_ENVELOPE])),
      }),
    );
    await evaluateNow();
    await openTab(/problems/i);
    expect(screen.getByText("2 errors, 1 warning")).toBeTruthy();
    const items = screen.getAllByRole("listitem");
    expect(items.map((item) => item.getAttribute("data-severity"))).toEqual(["error", "error", "warning"]);
    expect(within(items[0]).getByText("Error")).toBeTruthy();
    expect(within(items[2]).getByText("Warning")).toBeTruthy();
    // Grouped by input in the workbook's order (BudgetEnvelope, then PlannedSpend); the message names the cell.
    expect(items[0].textContent).toContain("BudgetEnvelope");
    expect(items[1].textContent).toContain("Inputs!C7");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("'Go to cell' selects the problem's cell through the gateway; problems without a cell have no button", async () => {
    const gateway = fakeGateway({ result: paneEvaluation(evaluationWith({}, [MISSING_ENVELOPE, BAD_SPEND, UNASSESSED])) });
    renderPane(gateway);
    await evaluateNow();
    await openTab(/problems/i);
    const buttons = screen.getAllByRole("button", { name: /go to cell/i });
    expect(buttons).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: "Go to cell Inputs!C20" }));
    fireEvent.click(screen.getByRole("button", { name: "Go to cell Inputs!C7" }));
    await waitFor(() => expect(gateway.calls.goTo).toEqual(["Inputs!C20", "Inputs!C7"]));
  });

  it("says when a cell cannot be selected", async () => {
    const gateway = fakeGateway({ result: paneEvaluation(evaluationWith({}, [BAD_SPEND])) });
    gateway.goTo = async () => {
      throw new Error("sheet deleted");
    };
    renderPane(gateway);
    await evaluateNow();
    await openTab(/problems/i);
    fireEvent.click(screen.getByRole("button", { name: "Go to cell Inputs!C7" }));
    expect(await screen.findByText("Could not select Inputs!C7: Excel reported an unexpected error: sheet deleted")).toBeTruthy();
  });

  it("says there are none", async () => {
    renderPane(fakeGateway({ result: paneEvaluation(evaluationWith({})) }));
    await evaluateNow();
    await openTab(/problems/i);
    expect(screen.getByText("No input problems.")).toBeTruthy();
  });
});

const problem = (name: string, severity: Severity, cell: string): Problem =>
  severity === "error"
    ? { severity, name, cell, code: "expectedAmount", params: { found: "lots" } }
    : { severity, name, cell, code: "notAssessed", params: { id: "E2" } };

function renderView(problems: readonly Problem[], options: { lang?: Language; goToFailure?: string | null } = {}) {
  loadAllLanguages();
  const onGoTo = jest.fn();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider lang={options.lang ?? "en"}>
        <main>
          <h1>MVSP Trigger Monitor</h1>
          <ProblemsView problems={problems} onGoTo={onGoTo} goToFailure={options.goToFailure ?? null} />
        </main>
      </LanguageProvider>
    </FluentProvider>,
  );
  return { ...view, onGoTo };
}

/** Each group: its heading's button, the list it opens, and the group element. */
function groups(container: HTMLElement) {
  return [...container.querySelectorAll<HTMLElement>("[data-input]")].map((group) => {
    const toggle = within(within(group).getByRole("heading", { level: 2 })).getByRole("button");
    const list = document.getElementById(toggle.getAttribute("aria-controls") as string) as HTMLElement;
    return { group, name: group.getAttribute("data-input"), toggle, list, count: group.querySelector("[data-count]")?.textContent };
  });
}

describe("ProblemsView: problems grouped by input", () => {
  it("groups by input, errors first then the workbook's order, each headed by its label and counts", async () => {
    const { container } = renderView([
      problem("ExternalFactors", "warning", "Inputs!C20"),
      problem("PlannedSpend", "warning", "Inputs!C8"),
      problem("TriggerSettings", "error", "Inputs!B40"),
      problem("BudgetEnvelope", "error", "Inputs!C3"),
      problem("PlannedSpend", "error", "Inputs!C7"),
      problem("ExternalFactors", "warning", "Inputs!C21"),
    ]);
    expect(screen.getByText("3 errors, 3 warnings")).toBeTruthy();
    const found = groups(container);
    expect(found.map((g) => g.name)).toEqual(["BudgetEnvelope", "PlannedSpend", "TriggerSettings", "ExternalFactors"]);
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "Budget envelope (USD)1 error",
      "Planned spend by budget line (USD)1 error, 1 warning",
      "Settings1 error",
      "Board assessment of external factors2 warnings",
    ]);
    // Within a group: errors first, each naming its cell.
    const spend = within(found[1].list).getAllByRole("listitem");
    expect(spend.map((item) => item.getAttribute("data-severity"))).toEqual(["error", "warning"]);
    expect(spend[0].textContent).toContain("Inputs!C7");
    expect(within(spend[0]).getByText("Error")).toBeTruthy();
    expect(within(spend[1]).getByText("Warning")).toBeTruthy();
    // Six problems: every group open.
    expect(found.every((g) => g.toggle.getAttribute("aria-expanded") === "true" && !g.list.hidden)).toBe(true);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("with many problems opens only the first group; the others show their counts while closed and open on demand", async () => {
    const many = [
      ...Array.from({ length: 4 }, (_, i) => problem("CashFlow", "error", `Inputs!B${12 + i}`)),
      ...Array.from({ length: 5 }, (_, i) => problem("MemberRoster", "warning", `Roster!C${2 + i}`)),
      problem("PlannedSpend", "warning", "Inputs!C8"),
    ];
    const { container } = renderView(many);
    expect(screen.getByText("4 errors, 6 warnings")).toBeTruthy();
    const [cash, spend, roster] = groups(container);
    expect([cash.name, spend.name, roster.name]).toEqual(["CashFlow", "PlannedSpend", "MemberRoster"]);
    expect(cash.toggle.getAttribute("aria-expanded")).toBe("true");
    expect(cash.list.hidden).toBe(false);
    expect(roster.toggle.getAttribute("aria-expanded")).toBe("false");
    expect(roster.list.hidden).toBe(true);
    expect(roster.count).toBe("5 warnings");
    expect(spend.count).toBe("1 warning");
    // Closed groups' "Go to cell" buttons are out of the accessibility tree.
    expect(screen.getAllByRole("button", { name: /^Go to cell/ })).toHaveLength(4);
    expect(await axe(container)).toHaveNoViolations();
    fireEvent.click(roster.toggle);
    expect(roster.toggle.getAttribute("aria-expanded")).toBe("true");
    expect(roster.list.hidden).toBe(false);
    expect(screen.getAllByRole("button", { name: /^Go to cell/ })).toHaveLength(9);
    fireEvent.click(cash.toggle);
    expect(cash.list.hidden).toBe(true);
    expect(cash.count).toBe("4 errors");
  });

  it("'Go to cell' calls onGoTo with the problem's cell; a problem without a cell has none", () => {
    const { onGoTo } = renderView([
      { severity: "error", name: "BudgetEnvelope", cell: "", code: "nameMissing", params: {} },
      problem("PlannedSpend", "error", "'Budget 2026'!C7"),
    ]);
    expect(screen.getAllByRole("button", { name: /^Go to cell/ })).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Go to cell 'Budget 2026'!C7" }));
    expect(onGoTo).toHaveBeenCalledTimes(1);
    expect(onGoTo).toHaveBeenCalledWith("'Budget 2026'!C7");
  });

  it("shows why a cell could not be selected", () => {
    renderView([problem("PlannedSpend", "error", "Inputs!C7")], { goToFailure: "Could not select Inputs!C7: sheet deleted" });
    expect(screen.getByText("Could not select Inputs!C7: sheet deleted")).toBeTruthy();
  });

  it("says there are none", () => {
    const { container } = renderView([]);
    expect(screen.getByText("No input problems.")).toBeTruthy();
    expect(container.querySelector("[data-input]")).toBeNull();
  });

  it("counts only the severities present, in the singular for one", () => {
    renderView([problem("PlannedSpend", "warning", "Inputs!C8")]);
    expect(screen.getByText("1 warning", { selector: "span:not([data-count])" })).toBeTruthy();
  });

  it("writes French plurals and labels: 1 erreur, 2 erreurs, 1 avertissement", async () => {
    const { container } = renderView(
      [
        problem("BudgetEnvelope", "error", "Inputs!C3"),
        problem("PlannedSpend", "error", "Inputs!C7"),
        problem("PlannedSpend", "error", "Inputs!C9"),
        problem("ExternalFactors", "warning", "Inputs!C20"),
      ],
      { lang: "fr" },
    );
    expect(screen.getByText("3 erreurs, 1 avertissement")).toBeTruthy();
    const found = groups(container);
    expect(found.map((g) => g.count)).toEqual(["1 erreur", "2 erreurs", "1 avertissement"]);
    expect(within(found[0].group).getByRole("heading", { level: 2 }).textContent).toContain("Enveloppe budgétaire (USD)");
    expect(screen.getByRole("button", { name: "Aller à la cellule Inputs!C7" })).toBeTruthy();
    expect(container.textContent).not.toMatch(/\(s\)/);
    expect(await axe(container)).toHaveNoViolations();
  });
});
