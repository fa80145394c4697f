/**
 * The engine on extreme and non-finite numbers (issue 16): every evaluation returns, and for
 * amounts a budget can hold each margin is still exact at the dollar. Before the fix, a
 * BudgetEnvelope of 1e16 (past 2^53) made the margin search loop forever, read-only and in the pane.
 */
import fc from "fast-check";
import { dayFromIso } from "../../src/core/dates";
import { DEFAULT_SETTINGS, type IndicatorResult, type TriggerInputs } from "../../src/core/model";
import { evaluate } from "../../src/core/rules";
import { usdToExceed } from "../../src/core/rules/margin";

const D = (iso: string): number => dayFromIso(iso)!;

function inputs(over: Partial<TriggerInputs> = {}): TriggerInputs {
  return {
    evaluationDate: D("2026-09-30"),
    budgetEnvelope: 3_080_000,
    plannedSpend: 3_000_000,
    cashOpeningBalance: 500_000,
    cashFlow: [{ quarter: "Q1", inflows: 800_000, outflows: 770_000 }],
    membership: { kind: "counts", active: 80, newMembers: 3, lostAllTier1: false },
    serviceCosts: [{ service: "Registry", current: 100, historical: 100 }],
    external: {
      E1: { id: "E1", factor: "Funding", assessment: false, evidence: "" },
      E2: { id: "E2", factor: "Politics", assessment: false, evidence: "" },
      E3: { id: "E3", factor: "Prioritisation", assessment: false, evidence: "" },
    },
    settings: DEFAULT_SETTINGS,
    sources: {},
    ...over,
  };
}

const indicator = (over: Partial<TriggerInputs>, id: string): IndicatorResult =>
  evaluate(inputs(over), [], D("2026-11-22")).indicators.find((i) => i.id === id)!;

describe("margins on amounts past 2^53", () => {
  it("returns for the repro workbooks' envelopes and service costs", () => {
    for (const envelope of [1e16, 1e308, 30_800_000_000_000_000, 2 ** 53, 2 ** 53 + 2, Number.MAX_VALUE]) {
      const spend = indicator({ budgetEnvelope: envelope }, "spend_vs_envelope");
      expect(spend.status).toBe("not_met");
      expect(spend.margin!.amount).toBeGreaterThan(0);
    }
    const cost = indicator({ serviceCosts: [{ service: "Registry", current: 1e17, historical: 1e17 }] }, "core_service_cost");
    expect(cost.status).toBe("not_met");
    expect(cost.margin!.amount).toBeGreaterThan(0);
  });

  it("returns on non-finite amounts and settings", () => {
    for (const x of [NaN, Infinity, -Infinity, -0, Number.MIN_VALUE, -1e308]) {
      expect(usdToExceed(x, 3_080_000, 0.2)).toEqual(expect.any(Number));
      expect(usdToExceed(3_000_000, x, 0.2)).toEqual(expect.any(Number));
      expect(usdToExceed(3_000_000, 3_080_000, x)).toEqual(expect.any(Number));
      expect(evaluate(inputs({ plannedSpend: x, budgetEnvelope: x }), [], D("2026-11-22")).indicators).toHaveLength(8);
    }
  });

  it("is still exact at the dollar up to a trillion dollars", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e12 }),
        fc.integer({ min: 1, max: 1e12 }),
        fc.constantFrom(0, 0.1, 0.15, 0.2, 0.5),
        (current, base, max) => {
          const add = usdToExceed(current, base, max);
          const exceeds = (a: number) => (current + a - base) / base > max;
          return exceeds(add) && (add === 1 || !exceeds(add - 1));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

/** Any number a cell can hold, weighted towards the edges of floating point. */
const amount = fc.oneof(
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e16, 1e17, 1e308, -1e308, 2 ** 53, 2 ** 53 + 1, Number.MAX_VALUE, Number.EPSILON),
  fc.integer({ min: -1e6, max: 1e12 }),
);

/** Any day a cell could give, Excel's edges and beyond included. */
const day = fc.oneof(
  fc.integer({ min: -1e6, max: 3e6 }),
  fc.constantFrom(NaN, Infinity, -Infinity, 0, 1, 59, 60, 61, 2958465, 2958466, 46295),
);

describe("engine fuzz: extreme numbers and dates", () => {
  it("always returns eight indicators with a known status", () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        amount,
        fc.array(fc.record({ inflows: amount, outflows: amount }), { maxLength: 6 }),
        fc.array(fc.record({ current: amount, historical: amount }), { maxLength: 4 }),
        day,
        fc.array(
          fc.record({
            tier: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(NaN, Infinity, 1e308)),
            joined: day,
            left: fc.option(day),
          }),
          {
            maxLength: 8,
          },
        ),
        (envelope, planned, opening, flows, costs, evaluationDate, roster) => {
          const evaluation = evaluate(
            inputs({
              budgetEnvelope: envelope,
              plannedSpend: planned,
              cashOpeningBalance: opening,
              cashFlow: flows.map((f, i) => ({ quarter: `Q${i + 1}`, ...f })),
              serviceCosts: costs.map((c, i) => ({ service: `S${i}`, ...c })),
              evaluationDate,
              membership: { kind: "roster", members: roster.map((m, i) => ({ organisation: `Org ${i}`, annualFee: null, ...m })) },
            }),
            [],
            D("2026-11-22"),
          );
          expect(evaluation.indicators).toHaveLength(8);
          for (const i of evaluation.indicators) expect(["met", "near", "not_met", "no_data"]).toContain(i.status);
        },
      ),
      { numRuns: 800 },
    );
  });
});
