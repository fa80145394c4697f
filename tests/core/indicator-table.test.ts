/**
 * Generated from the indicator table: every indicator with levels is evaluated just below, at
 * and just above its trigger and its warning level (at the defaults and at other settings),
 * through the whole engine (`evaluate`), and its status is checked against the SPEC's wording,
 * written here independently of the table. A ninth indicator fails here until it has a maker.
 */
import { dayFromIso } from "../../src/core/dates";
import { INDICATOR_TABLE, type AnyIndicatorDefinition } from "../../src/core/indicators";
import { DEFAULT_SETTINGS, type IndicatorId, type Settings, type Status, type TriggerInputs } from "../../src/core/model";
import { evaluate } from "../../src/core/rules";
import { metWhenText, nearFromText } from "../../src/core/text";

const DAY = dayFromIso("2026-09-30")!;

function inputs(overrides: Partial<TriggerInputs>, settings: Partial<Settings>): TriggerInputs {
  return {
    evaluationDate: DAY,
    budgetEnvelope: null,
    plannedSpend: null,
    cashOpeningBalance: null,
    cashFlow: null,
    membership: null,
    serviceCosts: null,
    external: null,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    sources: {},
    ...overrides,
  };
}

/** Exact in binary floating point at every step used below: k / 10000 is the value measured. */
const BASE = 10_000;

interface Maker {
  /** The smallest step of the value: one member or quarter, or 0.01 %. */
  readonly step: number;
  /** Inputs whose measured value is exactly `value`. */
  readonly make: (value: number) => Partial<TriggerInputs>;
  /** Other levels than the defaults: trigger and warning settings. */
  readonly shifted: Partial<Settings>;
  /** The SPEC's rule, worded independently of the table: `value` against `trigger` and `warning`. */
  readonly spec: (value: number, trigger: number, warning: number) => Exclude<Status, "no_data">;
}

const counts = (active: number, newMembers: number) => ({
  membership: { kind: "counts" as const, active, newMembers, lostAllTier1: true },
});
const percentOver = (value: number) => BASE + Math.round(value * BASE);
/** "more than x %", and a value exactly on the trigger is near (SPEC, decisions on ambiguities). */
const moreThan = (v: number, t: number, w: number) => (v > t ? "met" : v > w || v === t ? "near" : "not_met");

const MAKERS: Readonly<Record<string, Maker>> = {
  active_members: {
    step: 1,
    make: (v) => counts(v, 10),
    shifted: { MinActiveMembers: 60, WarnActiveMembers: 66 },
    spec: (v, t, w) => (v < t ? "met" : v <= w ? "near" : "not_met"),
  },
  new_members: {
    step: 1,
    make: (v) => counts(100, v),
    shifted: { MinNewMembers: 4 },
    spec: (v, t) => (v < t ? "met" : v === t ? "near" : "not_met"),
  },
  spend_vs_envelope: {
    step: 1 / BASE,
    make: (v) => ({ budgetEnvelope: BASE, plannedSpend: percentOver(v) }),
    shifted: { MaxSpendOverEnvelope: 0.3, WarnSpendOverEnvelope: 0.22 },
    spec: moreThan,
  },
  cash_deficit_quarters: {
    step: 1,
    // `v` quarters close in deficit, then one inflow brings the balance back above the reserve.
    make: (v) => ({
      cashOpeningBalance: 0,
      cashFlow: [
        ...Array.from({ length: v }, (_, i) => ({ quarter: `D${i}`, inflows: 0, outflows: 1 })),
        { quarter: "R", inflows: v + 1, outflows: 0 },
        { quarter: "S", inflows: 0, outflows: 0 },
      ],
    }),
    shifted: { MaxDeficitQuarters: 3 },
    spec: (v, t) => (v > t ? "met" : v === t ? "near" : "not_met"),
  },
  core_service_cost: {
    step: 1 / BASE,
    make: (v) => ({ serviceCosts: [{ service: "Registry", current: percentOver(v), historical: BASE }] }),
    shifted: { MaxCostOverHistorical: 0.25, WarnCostOverHistorical: 0.12 },
    spec: moreThan,
  },
};

const withLevels = INDICATOR_TABLE.filter((entry) => entry.levels !== null);
const boardFactors = INDICATOR_TABLE.filter((entry) => entry.levels === null);

function levelsOf(entry: AnyIndicatorDefinition, settings: Settings): { trigger: number; warning: number } {
  return { trigger: settings[entry.levels!.trigger] as number, warning: settings[entry.levels!.warning] as number };
}

function evaluated(id: IndicatorId, overrides: Partial<TriggerInputs>, settings: Partial<Settings>) {
  return evaluate(inputs(overrides, settings), [], DAY).indicators.find((i) => i.id === id)!;
}

/** Around each level: a step below, on it, a step above; as whole steps divided once, so values stay exact. */
function valuesAround(levels: { trigger: number; warning: number }, step: number): number[] {
  const perUnit = Math.round(1 / step);
  const steps = [levels.trigger, levels.warning].flatMap((level) => [-1, 0, 1].map((d) => Math.round(level * perUnit) + d));
  return [...new Set(steps.filter((k) => k >= 0))].map((k) => k / perUnit);
}

describe("the indicator table", () => {
  it("has a maker for every indicator with levels, and every other is one of the Board's factors", () => {
    expect(withLevels.map((e) => e.id).sort()).toEqual(Object.keys(MAKERS).sort());
    for (const entry of boardFactors)
      expect([entry.unit, entry.category, entry.marginUnit, entry.factor !== undefined]).toEqual(["yesno", "external", null, true]);
    expect(new Set(INDICATOR_TABLE.map((e) => e.id)).size).toBe(INDICATOR_TABLE.length);
  });

  describe.each(withLevels.map((entry) => [entry.id, entry] as const))("%s", (id, entry) => {
    const maker = MAKERS[id];
    it.each([
      ["the default levels", {}],
      ["other levels", maker.shifted],
    ] as const)("is met, near or not met as the SPEC says around %s", (_label, settings) => {
      const inForce = { ...DEFAULT_SETTINGS, ...settings };
      const levels = levelsOf(entry, inForce);
      const values = valuesAround(levels, maker.step);
      // Three values when near means "exactly on the trigger" (the warning level is the trigger).
      expect(values.length).toBe(levels.trigger === levels.warning ? 3 : 6);
      for (const value of values) {
        const result = evaluated(id, maker.make(value), settings);
        expect({ value, measured: result.value, status: result.status }).toEqual({
          value,
          measured: value,
          status: maker.spec(value, levels.trigger, levels.warning),
        });
        expect([result.threshold, result.warning]).toEqual([levels.trigger, levels.warning]);
        // The margin is counted in the entry's unit, negative (or zero) once met.
        expect(result.margin?.unit).toBe(entry.marginUnit);
        if (result.status === "met") expect(result.margin!.amount).toBeLessThanOrEqual(0);
        else if (result.status === "not_met") expect(result.margin!.amount).toBeGreaterThan(0);
      }
    });

    it("shows its comparisons as the rules apply them", () => {
      const result = evaluated(id, maker.make(0), {});
      const met = metWhenText(result, "en");
      const near = nearFromText(result, "en")!;
      expect(met.startsWith(entry.levels!.met)).toBe(true);
      expect(near.startsWith(entry.levels!.near[0].comparison.replace("<=", "≤"))).toBe(true);
    });

    it("has no data without its inputs, and names them", () => {
      const result = evaluated(id, {}, {});
      expect(result.status).toBe("no_data");
      expect([result.margin, result.value]).toEqual([null, null]);
      expect(String(result.explanation.params.names)).toContain(entry.inputs[0]);
    });
  });

  it("applies the cost rule `aggregate` through the same levels", () => {
    const services = (a: number, b: number) => ({
      serviceCosts: [
        { service: "A", current: a, historical: 100 },
        { service: "B", current: b, historical: 100 },
      ],
    });
    // Worst service +16 %, total +8 %.
    expect(evaluated("core_service_cost", services(116, 100), {}).status).toBe("met");
    expect(evaluated("core_service_cost", services(116, 100), { CostRule: "aggregate" }).status).toBe("not_met");
    expect(evaluated("core_service_cost", services(115, 115), { CostRule: "aggregate" }).status).toBe("near");
    expect(evaluated("core_service_cost", services(130, 101), { CostRule: "aggregate" }).status).toBe("met");
  });

  it("keeps the Tier 1 condition as a hook of the membership entry: below the trigger, a Tier 2 leaver gives near", () => {
    const membership = { kind: "counts" as const, active: 65, newMembers: 10, lostAllTier1: false };
    const result = evaluated("active_members", { membership }, {});
    expect([result.status, result.explanation.key, result.margin?.amount]).toEqual(["near", "active_members.nearTierFails", 0]);
    expect(evaluated("active_members", { membership }, { RequireLostMembersTier1: false }).status).toBe("met");
  });

  it.each(boardFactors.map((entry) => [entry.id, entry] as const))("%s: Yes is met, No is not, blank has no data", (id, entry) => {
    const factor = (assessment: boolean | null) => ({
      external: { [entry.factor!]: { id: entry.factor!, factor: "F", assessment, evidence: "paper" } },
    });
    expect([true, false, null].map((a) => evaluated(id, factor(a), {}).status)).toEqual(["met", "not_met", "no_data"]);
    expect(evaluated(id, factor(true), {}).margin).toBeNull();
  });
});
