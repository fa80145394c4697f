import { evaluate } from "../../src/core/rules";
import { DEFAULT_SETTINGS, type TriggerInputs } from "../../src/core/model";
import type { IndicatorResult, Margin } from "../../src/core/model";
import { marginAmountText, metWhenText, valueText } from "../../src/core/text";

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

describe("margins as a figure with its unit", () => {
  const [active] = evaluate(inputs, [], 0).indicators;
  const withMargin = (amount: number, unit: Margin["unit"]): IndicatorResult => ({
    ...active,
    margin: { amount, unit, sentence: { key: "margin.active_members.met", params: {} } },
  });

  it.each([
    [-1, "members", "en", "\u22121\u00a0member"],
    [-2, "members", "en", "\u22122\u00a0members"],
    [1, "quarters", "en", "1\u00a0quarter"],
    [3, "quarters", "en", "3\u00a0quarters"],
    [-1, "members", "fr", "\u22121\u00a0membre"],
    [1, "quarters", "fr", "1\u00a0trimestre"],
    [2, "quarters", "fr", "2\u00a0trimestres"],
    [1, "members", "es", "1\u00a0miembro"],
    [-1, "quarters", "es", "\u22121\u00a0trimestre"],
    [12, "members", "es", "12\u00a0miembros"],
  ] as const)("%d %s in %s reads %j", (amount, unit, lang, expected) => {
    expect(marginAmountText(withMargin(amount, unit), lang)).toBe(expected);
  });
});
