import { evaluate } from "../../src/core/rules";
import { DEFAULT_SETTINGS, type TriggerInputs } from "../../src/core/model";
import { metWhenText, valueText } from "../../src/core/text";

const inputs: TriggerInputs = {
  evaluationDate: 46295,
  budgetEnvelope: 1_000_000,
  plannedSpend: 1_253_000,
  cashOpeningBalance: null,
  cashFlow: null,
  membership: { kind: "counts", active: 68, newMembers: 3, lostAllTier1: true },
  serviceCosts: null,
  external: { E1: { id: "E1", factor: "Funding", assessment: true, evidence: "Letter" } },
  settings: DEFAULT_SETTINGS,
  sources: {},
};

describe("indicator values and thresholds in words", () => {
  const [active, , spend, , , funding] = evaluate(inputs, [], 0).indicators;

  it("shows counts, percentages and Yes/No in the reader's language", () => {
    expect(valueText(active.value, active.unit, "en")).toBe("68");
    expect(valueText(spend.value, spend.unit, "en")).toBe("25.3%");
    expect(valueText(spend.value, spend.unit, "fr")).toBe("25,3\u00a0%");
    expect(valueText(funding.value, funding.unit, "es")).toBe("Sí");
    expect(valueText(null, "count", "en")).toBeNull();
  });

  it("says on which side of the threshold an indicator is met", () => {
    expect(metWhenText(active, "en")).toBe("< 70");
    expect(metWhenText(spend, "en")).toBe("> 20.0%");
    expect(metWhenText(spend, "fr")).toBe("> 20,0\u00a0%");
    expect(metWhenText(funding, "fr")).toBe("Oui");
  });
});
