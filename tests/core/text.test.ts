import { evaluate } from "../../src/core/rules";
import { DEFAULT_SETTINGS, type TriggerInputs } from "../../src/core/model";
import type { IndicatorResult, Margin } from "../../src/core/model";
import { marginWords, metWhenText, valueText } from "../../src/core/text";

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

describe("margins in words, never signed", () => {
  const { indicators } = evaluate(inputs, [], 0);
  const [active, fresh, spend] = indicators;
  const as = (indicator: IndicatorResult, status: IndicatorResult["status"], amount: number, unit: Margin["unit"]): IndicatorResult => ({
    ...indicator,
    status,
    margin: { amount, unit, sentence: { key: "margin.active_members.met", params: {} } },
  });

  it.each([
    [as(active, "met", -2, "members"), "en", "met by 2"],
    [as(active, "met", -1, "members"), "fr", "1\u00a0membre sous le seuil"],
    [as(active, "met", -2, "members"), "es", "2\u00a0miembros por debajo del umbral"],
    [as(active, "near", 3, "members"), "en", "3 more leaving"],
    [as(active, "near", 1, "members"), "fr", "1\u00a0départ de plus"],
    [as(active, "near", 0, "members"), "en", "below it; not all Tier 1"],
    [as(fresh, "not_met", 2, "members"), "en", "2 fewer joining"],
    [as(spend, "not_met", 492_801, "usd"), "en", "492,801\u00a0USD more"],
    [as(spend, "met", -104_000, "usd"), "fr", "dépassé de 104\u202f000\u00a0USD"],
    [as(spend, "met", -104_000, "usd"), "es", "superado en 104.000\u00a0USD"],
  ] as const)("%# reads %j in %s", (indicator, lang, expected) => {
    const words = marginWords(indicator, lang);
    expect(words).toBe(expected);
    expect(words).not.toMatch(/[-−+]\s*\d/);
  });

  it("has none for the Board's assessments", () => {
    expect(marginWords(indicators[5], "en")).toBeNull();
  });
});
