/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { axe } from "jest-axe";
import { INDICATORS, type IndicatorId, type Problem, type Status } from "../../src/core/model";
import { evaluationWith, paneEvaluation } from "./fixtures";
import { fakeGateway } from "./fake-gateway";
import { evaluateNow, renderPane } from "./render";

/** What an empty workbook evaluates to: every input name missing, every indicator without data. */
function emptyWorkbook() {
  const missing = (name: string): Problem => ({ severity: "error", name, cell: "", code: "nameMissing", params: {} });
  const problems = [
    "BudgetEnvelope",
    "PlannedSpend",
    "CashOpeningBalance",
    "CashFlow",
    "MemberRoster",
    "CoreServiceCosts",
    "ExternalFactors",
  ].map(missing);
  const statuses = Object.fromEntries(INDICATORS.map(({ id }) => [id, "no_data"])) as Record<IndicatorId, Status>;
  return paneEvaluation(evaluationWith(statuses, problems));
}

describe("Template offer", () => {
  it("is offered for an empty workbook, and inserts the template in the pane's language", async () => {
    const gateway = fakeGateway({ result: emptyWorkbook() });
    const { container } = renderPane(gateway);
    await evaluateNow();
    expect(screen.getAllByText(/Incomplete: no conclusion/).length).toBeGreaterThan(0);
    expect(screen.getByRole("heading", { name: "Inputs are missing" })).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
    fireEvent.click(screen.getByRole("button", { name: "Insert template" }));
    await waitFor(() => expect(gateway.calls.insertTemplate).toEqual(["en"]));
    expect(await screen.findByText(/The Inputs sheet was inserted/)).toBeTruthy();
  });

  it("is not offered when the inputs are there", async () => {
    renderPane(fakeGateway({ result: paneEvaluation(evaluationWith({})) }));
    await evaluateNow();
    expect(screen.queryByRole("button", { name: "Insert template" })).toBeNull();
  });

  it("shows why the template was not inserted when an Inputs sheet already exists", async () => {
    const conflict: Problem = { severity: "error", name: "Inputs", cell: "", code: "sheetExists", params: { sheet: "Inputs" } };
    renderPane(fakeGateway({ result: emptyWorkbook(), insertTemplate: { ok: false, conflicts: [conflict] } }));
    await evaluateNow();
    fireEvent.click(screen.getByRole("button", { name: "Insert template" }));
    const item = await screen.findByText((_, el) => el?.getAttribute("data-severity") === "error");
    expect(item.textContent).toContain("Inputs");
    expect(screen.queryByText(/The Inputs sheet was inserted/)).toBeNull();
  });
});
