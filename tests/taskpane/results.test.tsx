/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { evaluationWith, logEntry, paneEvaluation, BAD_SPEND } from "./fixtures";
import { fakeGateway } from "./fake-gateway";
import { evaluateNow, liveRegion, renderPane } from "./render";
import type { PaneEvaluation } from "../../src/taskpane/gateway";

describe("Results view", () => {
  it("before any evaluation explains what Evaluate does, and has no accessibility violations", async () => {
    const { container } = renderPane(fakeGateway({}));
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
    expect(screen.getByText(/the Board should consider activating the Minimum Viable Service Product/)).toBeTruthy();
    expect(screen.getByText(/Met: 2 · Near: 1 · No data: 0/)).toBeTruthy();
    expect(screen.getByText(/Evaluation date: 2026-09-30/)).toBeTruthy();
    expect(screen.getByText("The add-in recommends; the Board decides.")).toBeTruthy();
    expect(screen.queryByText(/incomplete/)).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
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
    expect(screen.getByText(/^Cannot conclude: 1 of 8 indicators is met and 2 have no data \(E1 External funding, E2 Policy relevance\)/)).toBeTruthy();
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
    renderPane(
      fakeGateway({ result: paneEvaluation(evaluationWith({ spend_vs_envelope: "met", external_funding: "no_data" })) }),
    );
    await evaluateNow();
    const finance = screen.getByRole("region", { name: "Financial position" });
    const spend = within(finance).getByText("Planned spend over the budget envelope").closest("li") as HTMLElement;
    expect(within(spend).getByText("Triggered")).toBeTruthy();
    expect(within(spend).getByText("Measured: 25.3%")).toBeTruthy();
    expect(within(spend).getByText("Met when > 20.0%")).toBeTruthy();
    expect(within(spend).getByText("Near from: > 15.0%")).toBeTruthy();
    // The margin to the trigger, in one sentence.
    expect(within(spend).getByText(/^16,000\sUSD more planned spend would meet it\.$/)).toBeTruthy();
    const external = screen.getByRole("region", { name: "External factors" });
    expect(within(external).getAllByRole("listitem")).toHaveLength(3);
    const funding = within(external)
      .getByText(/external funding or partnership/)
      .closest("li") as HTMLElement;
    expect(within(funding).getByText("No data")).toBeTruthy();
    expect(within(funding).getByText("Measured: —")).toBeTruthy();
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
    expect(within(row("Planned spend over the budget envelope")).getByText("Closer to the trigger: was Near threshold")).toBeTruthy();
    expect(within(row("Active member organisations")).getByText("Further from the trigger: was Triggered")).toBeTruthy();
    expect(within(row("New members in the last 12 months")).getByText("New since the last evaluation")).toBeTruthy();
    expect(row("Projected quarters in cash deficit").querySelector("[data-change]")).toBeNull();
    expect(screen.getByText("Previous evaluation (2026-06-30): Monitor")).toBeTruthy();
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
