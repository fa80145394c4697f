/** @jest-environment jsdom */
/**
 * The pane's check on opening a workbook with an evaluation: the same words as `verify`, with
 * the changed inputs and the cells edited by hand; nothing when the page is still true; never an
 * evaluation of its own.
 */
import "./setup";
import { screen, waitFor } from "@testing-library/react";
import { axe } from "jest-axe";
import type { VerifyReport } from "../../src/core/review/verify";
import { paneEvaluation, evaluationWith } from "./fixtures";
import { fakeGateway } from "./fake-gateway";
import { evaluateNow, renderPane } from "./render";

const STALE: VerifyReport = {
  current: false,
  evaluationDate: "2026-09-30",
  loggedAt: "2026-10-01 09:30",
  changedInputs: ["BudgetEnvelope", "MemberRoster"],
  editedCells: [{ cell: "Inputs!B9", written: "Not triggered", found: "Triggered" }],
  unnamedChange: false,
  language: "en",
};

/** The check answers after the pane's first look: on a loaded machine that takes more than Testing Library's default second. */
const SLOW = { timeout: 10_000 };

describe("the check on opening a workbook", () => {
  it("says the page is no longer true, naming the inputs and the edited cell, and evaluates nothing", async () => {
    const gateway = fakeGateway({ review: STALE });
    const { container } = renderPane(gateway);
    await screen.findByText("No longer true: the workbook has changed since the evaluation of 2026-09-30.", {}, SLOW);
    expect(screen.getByText("Inputs changed: BudgetEnvelope, MemberRoster.")).toBeTruthy();
    expect(screen.getByText("Inputs!B9: written Not triggered, found Triggered")).toBeTruthy();
    expect(gateway.calls.review).toBe(1);
    expect(gateway.calls.evaluate).toBe(0);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("speaks the pane's language", async () => {
    renderPane(fakeGateway({ review: STALE, displayLanguage: "fr-FR" }));
    // Testing Library reads the no-break space before the colon as a space.
    await screen.findByText("Plus à jour : le classeur a été modifié depuis l'évaluation du 30/09/2026.", {}, SLOW);
    expect(screen.getByText("Données modifiées : BudgetEnvelope, MemberRoster.")).toBeTruthy();
  });

  it("says nothing when the page is still true, or when there is no evaluation", async () => {
    for (const review of [{ ...STALE, current: true, changedInputs: [], editedCells: [] }, null]) {
      const gateway = fakeGateway({ review });
      const { unmount } = renderPane(gateway);
      await waitFor(() => expect(gateway.calls.review).toBe(1), SLOW);
      expect(screen.queryByText(/No longer true/)).toBeNull();
      unmount();
    }
  });

  it("goes once the user evaluates again", async () => {
    renderPane(fakeGateway({ review: STALE, result: paneEvaluation(evaluationWith({})) }));
    await screen.findByText(/No longer true/, {}, SLOW);
    await evaluateNow();
    expect(screen.queryByText(/No longer true/)).toBeNull();
  });

  it("is not run on a workbook that is not set up", async () => {
    const gateway = fakeGateway({ review: STALE, setUp: false });
    renderPane(gateway);
    await screen.findByRole("button", { name: /set up/i }, SLOW);
    expect(gateway.calls.review).toBe(0);
  });
});
