/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { axe } from "jest-axe";
import { type IndicatorId, type Problem, type Status } from "../../src/core/model";
import { INDICATORS } from "../../src/core/indicators";
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

describe("First run on a workbook without inputs", () => {
  it("offers to set the workbook up before any evaluation, then offers Evaluate", async () => {
    const gateway = fakeGateway({ setUp: false, result: paneEvaluation(evaluationWith({})) });
    const { container } = renderPane(gateway);
    expect(await screen.findByRole("heading", { name: "This workbook is not set up yet" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Evaluate triggers" })).toBeNull();
    expect(screen.queryByRole("tablist")).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
    fireEvent.click(screen.getByRole("button", { name: "Set up a new Inputs sheet" }));
    await waitFor(() => expect(gateway.calls.insertTemplate).toEqual(["en"]));
    expect(await screen.findByText(/The Inputs sheet was inserted/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Evaluate triggers" })).toBeTruthy();
    expect(gateway.calls.evaluate).toBe(0);
    // Nothing else was written: no language was picked, so none is saved.
    expect(gateway.calls.saveSettings).toEqual([]);
  });

  it("after the template, no 'Inputs are missing' stays beside the success", async () => {
    const gateway = fakeGateway({ result: emptyWorkbook() });
    renderPane(gateway);
    await evaluateNow();
    fireEvent.click(screen.getByRole("button", { name: "Insert template" }));
    expect(await screen.findByText(/The Inputs sheet was inserted/)).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Inputs are missing" })).toBeNull();
  });

  it("offers Connect my workbook beside the new sheet and no Evaluate; connecting opens the Inputs view", async () => {
    const gateway = fakeGateway({
      setUp: false,
      result: emptyWorkbook(),
      inputStates: [{ name: "BudgetEnvelope", shape: "cell", kind: "missing", optional: false, notNeededBecause: null }],
    });
    renderPane(gateway);
    await screen.findByRole("heading", { name: "This workbook is not set up yet" });
    expect(screen.queryByRole("button", { name: /Evaluate/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Connect my workbook" }));
    expect(await screen.findByRole("heading", { name: "Inputs" })).toBeTruthy();
    expect(await screen.findByText("Missing")).toBeTruthy();
    expect(gateway.calls.evaluate).toBe(0);
  });

  it("inserts the template in the language picked, and saves that language in it", async () => {
    const gateway = fakeGateway({ setUp: false });
    renderPane(gateway);
    await screen.findByRole("heading", { name: "This workbook is not set up yet" });
    fireEvent.change(screen.getByRole("combobox", { name: "Report and pane language" }), { target: { value: "fr" } });
    // Nothing to save into yet.
    expect(gateway.calls.saveSettings).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Ajouter une feuille Inputs" }));
    await waitFor(() => expect(gateway.calls.saveSettings).toEqual([{ changes: { Language: "fr" }, language: "fr" }]));
    expect(gateway.calls.insertTemplate).toEqual(["fr"]);
    expect(await screen.findByRole("button", { name: "Évaluer les déclencheurs" })).toBeTruthy();
  });

  it("says so when Excel refuses the template, and stays on the first screen", async () => {
    const gateway = fakeGateway({ setUp: false, insertTemplate: { ok: false, conflicts: [] } });
    gateway.insertTemplate = async () => ({ ok: false, failure: { code: "cellEditMode", detail: "InvalidOperation" } });
    renderPane(gateway);
    fireEvent.click(await screen.findByRole("button", { name: "Set up a new Inputs sheet" }));
    expect(await screen.findByText(/The template could not be inserted/)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "This workbook is not set up yet" })).toBeTruthy();
  });
});
