/** "Copy scenario": the scenario for the Board as plain text, from the very drivers and evaluations the pane shows. */
import { evaluate } from "../../src/core/rules";
import { loadAllLanguages } from "../../src/core/i18n/all";
import { NO_WHAT_IF, evaluateWhatIf, type WhatIfDrivers } from "../../src/core/what-if";
import { scenarioChanges, scenarioText } from "../../src/core/what-if-report";
import type { Language, TriggerInputs } from "../../src/core/model";
import { EVALUATION_DAY, rosterInputs } from "../taskpane/fixtures";

beforeAll(() => loadAllLanguages());

function copy(inputs: TriggerInputs, drivers: Partial<WhatIfDrivers>, lang: Language = "en"): string {
  const all = { ...NO_WHAT_IF, ...drivers };
  const workbook = evaluate(inputs, [], EVALUATION_DAY);
  return scenarioText(inputs, all, workbook, evaluateWhatIf(inputs, [], all, EVALUATION_DAY), lang);
}

const spending = (): TriggerInputs => ({ ...rosterInputs(), plannedSpend: 3_203_200 });

describe("the scenario copied for the Board", () => {
  it("lists each changed input workbook → scenario, then the outcome, the indicators met, the threshold and the status changes", () => {
    const text = copy(spending(), { tier1Lost: 5, spendChangePct: -10, externalFactors: { E1: true } });
    expect(text.split("\n")).toEqual([
      "What-if scenario from the evaluation of 30 September 2026 (tried in the task pane, not written to the workbook)",
      "Changed from the workbook:",
      "- Tier 1 members leaving now: 0 → 5",
      "- Planned spend: 3,203,200 → 2,882,880\u00a0USD (−10%)",
      "- E1 External funding: No → Yes",
      "Outcome: Consider activating the MVSP (in the workbook: No trigger)",
      "Indicators met: 2 of 8 (in the workbook: 0). The MVSP threshold of 2 indicators met is reached.",
      "Status changes:",
      "- Active members: Not triggered → Triggered",
      "- E1 External funding: Not triggered → Triggered",
    ]);
  });

  it("names the delayed quarter and the service whose cost changes, in USD", () => {
    expect(
      scenarioChanges(rosterInputs(), { ...NO_WHAT_IF, delayedQuarter: 1, serviceCost: { service: "Registry", changePct: 12.5 } }, "en"),
    ).toEqual(["- Inflows of 2026 Q2: delayed to the next quarter", "- Current cost of Registry: 100,000 → 112,500\u00a0USD (+12.5%)"]);
    // A service picked with no change, or a factor set back to the workbook's answer, is no change.
    expect(
      scenarioChanges(
        rosterInputs(),
        { ...NO_WHAT_IF, serviceCost: { service: "Registry", changePct: 0 }, externalFactors: { E2: false } },
        "en",
      ),
    ).toEqual([]);
  });

  it("says Not assessed where the scenario leaves a factor unassessed, and that the threshold cannot be concluded", () => {
    const inputs: TriggerInputs = {
      ...rosterInputs(),
      external: { ...rosterInputs().external, E2: { id: "E2", factor: "Politics", assessment: true, evidence: "Report" } },
    };
    const text = copy(inputs, { tier1Lost: 5, externalFactors: { E2: null, E3: null } });
    expect(text).toContain("- E2 Policy relevance: Yes → Not assessed");
    expect(text).toContain("- E3 Prioritisation: No → Not assessed");
    expect(text).toContain(
      "Indicators met: 1 of 8 (in the workbook: 1). Whether the MVSP threshold of 2 indicators met is reached cannot be concluded: 2 indicators have no data.",
    );
    expect(text).toContain("- E2 Policy relevance: Triggered → No data");
  });

  it("says when nothing changed and the threshold is not reached", () => {
    expect(copy(rosterInputs(), {}).split("\n").slice(1)).toEqual([
      "Nothing changed from the workbook.",
      "Outcome: No trigger (in the workbook: No trigger)",
      "Indicators met: 0 of 8 (in the workbook: 0). The MVSP threshold of 2 indicators met is not reached.",
      "No indicator changes status.",
    ]);
  });

  it("speaks French and Spanish with their own number formats", () => {
    const drivers = { tier1Lost: 5, spendChangePct: -10, externalFactors: { E1: true } };
    const fr = copy(spending(), drivers, "fr").split("\n");
    expect(fr[0]).toBe(
      "Scénario de simulation à partir de l'évaluation du 30 septembre 2026 (essayé dans le volet, non enregistré dans le classeur)",
    );
    expect(fr).toContain("- Dépenses prévues\u00a0: 3\u202f203\u202f200 → 2\u202f882\u202f880\u00a0USD (−10\u00a0%)");
    expect(fr).toContain("- E1 Financements externes\u00a0: Non → Oui");
    expect(fr).toContain("Résultat\u00a0: Envisager le recours au MVSP (dans le classeur\u00a0: Aucun déclenchement)");
    const es = copy(spending(), drivers, "es").split("\n");
    expect(es).toContain("- Gasto previsto: 3.203.200 → 2.882.880\u00a0USD (−10\u00a0%)");
    expect(es).toContain("Indicadores alcanzados: 2 de 8 (en el libro: 0). Se alcanza el umbral del MVSP (2 indicadores alcanzados).");
  });
});
