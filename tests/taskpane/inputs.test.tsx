/** @jest-environment jsdom */
/** The Inputs view: each input's state, "Use selected cells" refused, confirmed before a re-point, defined. */
import "./setup";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { axe } from "jest-axe";
import type { InputState } from "../../src/core/connect";
import { InputsView } from "../../src/taskpane/views/InputsView";
import { LanguageProvider } from "../../src/taskpane/i18n";
import type { Language } from "../../src/core/model";
import { fakeGateway, type FakeGateway } from "./fake-gateway";

const STATES: readonly InputState[] = [
  {
    name: "BudgetEnvelope",
    shape: "cell",
    kind: "connected",
    address: "'Budget 2026'!B3",
    table: null,
    read: { key: "read.amount", params: { amount: 3080000 } },
    warnings: [],
  },
  { name: "CashFlow", shape: "table", kind: "missing", optional: false, notNeededBecause: null },
  {
    name: "MemberRoster",
    shape: "table",
    kind: "problem",
    address: "Membres!A1:D74",
    problem: { severity: "error", name: "MemberRoster", cell: "Membres!C9", code: "expectedDate", params: { found: "31/13/2025" } },
    errors: 1,
  },
];

function show(gateway: FakeGateway, lang: Language = "en") {
  const goTo: string[] = [];
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider lang={lang}>
        <InputsView gateway={gateway} onGoTo={(address) => goTo.push(address)} />
      </LanguageProvider>
    </FluentProvider>,
  );
  return { ...view, goTo };
}

describe("Inputs view", () => {
  it("lists each input: connected with what was read, missing, or its first problem with Go to its cell", async () => {
    const { container, goTo } = show(fakeGateway({ inputStates: STATES }));
    expect(await screen.findByText("Connected: 'Budget 2026'!B3 (3,080,000 USD)")).toBeTruthy();
    expect(screen.getByText("Missing")).toBeTruthy();
    expect(screen.getByText(/^Problem: MemberRoster \(Membres!C9\): expected a date/)).toBeTruthy();
    const roster = container.querySelector('[data-input="MemberRoster"]') as HTMLElement;
    fireEvent.click(roster.querySelector("button:last-child") as HTMLElement);
    expect(goTo).toEqual(["Membres!C9"]);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("says why a selection does not fit, and defines nothing", async () => {
    const gateway = fakeGateway({
      inputStates: STATES,
      useSelection: [
        {
          ok: true,
          kind: "refused",
          name: "CashFlow",
          reason: { code: "multiArea", params: { address: "Budget!A1:A4,Budget!C1:C4", name: "CashFlow" } },
        },
      ],
    });
    const { container } = show(gateway);
    await screen.findByText("Missing");
    fireEvent.click(container.querySelector('[data-input="CashFlow"] button') as HTMLElement);
    expect(
      await screen.findByText("CashFlow was not changed: Budget!A1:A4,Budget!C1:C4 has several separate areas: select one block of cells."),
    ).toBeTruthy();
    expect(gateway.calls.useSelection).toEqual([{ name: "CashFlow", confirmed: null }]);
  });

  it("asks before re-pointing a connected name, showing old → new, then defines it with the agreed address", async () => {
    const gateway = fakeGateway({
      inputStates: STATES,
      useSelection: [
        { ok: true, kind: "confirm", name: "BudgetEnvelope", old: "'Budget 2026'!B3", address: "'Budget 2026'!C3", notes: [] },
        { ok: true, kind: "defined", name: "BudgetEnvelope", address: "'Budget 2026'!C3", notes: [] },
      ],
    });
    const { container } = show(gateway, "fr");
    await screen.findByText("Absent");
    // (Testing Library reads no-break spaces as spaces.)
    fireEvent.click(container.querySelector('[data-input="BudgetEnvelope"] button') as HTMLElement);
    expect(await screen.findByText("Faire pointer BudgetEnvelope vers d'autres cellules ?")).toBeTruthy();
    expect(screen.getByText("BudgetEnvelope désigne aujourd'hui 'Budget 2026'!B3 ; il désignerait 'Budget 2026'!C3.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Confirmer" }));
    expect(await screen.findByText("BudgetEnvelope désigne maintenant 'Budget 2026'!C3.")).toBeTruthy();
    await waitFor(() =>
      expect(gateway.calls.useSelection).toEqual([
        { name: "BudgetEnvelope", confirmed: null },
        { name: "BudgetEnvelope", confirmed: "'Budget 2026'!C3" },
      ]),
    );
  });
});
