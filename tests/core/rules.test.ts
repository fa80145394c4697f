import { dayFromIso } from "../../src/core/dates";
import {
  DEFAULT_SETTINGS,
  type IndicatorId,
  type Member,
  type MembershipInput,
  type Problem,
  type Settings,
  type Status,
  type TriggerInputs,
} from "../../src/core/model";
import { evaluate, outcomeOf } from "../../src/core/rules";
import { explanationText } from "../../src/core/text";

const D = (iso: string): number => dayFromIso(iso)!;
const EVAL = "2026-09-30";

function member(organisation: string, tier: number, joined: string, left: string | null = null, annualFee: number | null = null): Member {
  return { organisation, tier, joined: D(joined), left: left === null ? null : D(left), annualFee };
}

/** `n` long-standing Tier 2 members, active on the evaluation date. */
function steadyMembers(n: number): Member[] {
  return Array.from({ length: n }, (_, i) => member(`Org ${i}`, 2, "2015-01-01"));
}

/** Inputs where every indicator is comfortably not met; tests change one thing at a time. */
function baseInputs(overrides: Partial<TriggerInputs> = {}, settings: Partial<Settings> = {}): TriggerInputs {
  return {
    evaluationDate: D(EVAL),
    budgetEnvelope: 3_080_000,
    plannedSpend: 3_000_000,
    cashOpeningBalance: 500_000,
    cashFlow: [
      { quarter: "Q1", inflows: 800_000, outflows: 770_000 },
      { quarter: "Q2", inflows: 800_000, outflows: 770_000 },
    ],
    membership: {
      kind: "roster",
      members: [...steadyMembers(80), member("New A", 2, "2026-01-10"), member("New B", 3, "2026-05-01"), member("New C", 3, "2026-06-01")],
    },
    serviceCosts: [
      { service: "Registry", current: 100, historical: 100 },
      { service: "Datastore", current: 200, historical: 205 },
    ],
    external: {
      E1: { id: "E1", factor: "Funding", assessment: false, evidence: "" },
      E2: { id: "E2", factor: "Politics", assessment: false, evidence: "" },
      E3: { id: "E3", factor: "Prioritisation", assessment: false, evidence: "" },
    },
    settings: { ...DEFAULT_SETTINGS, ...settings },
    sources: {},
    ...overrides,
  };
}

function statusOf(inputs: TriggerInputs, id: IndicatorId): Status {
  return evaluate(inputs, [], D("2026-11-22")).indicators.find((i) => i.id === id)!.status;
}

function roster(members: Member[]): MembershipInput {
  return { kind: "roster", members };
}

describe("baseline", () => {
  it("evaluates nothing as met on comfortable inputs", () => {
    const e = evaluate(baseInputs(), [], D("2026-11-22"));
    expect(e.indicators.map((i) => i.status)).toEqual(Array(8).fill("not_met"));
    expect(e.outcome).toBe("no_trigger");
    expect(e.evaluationDate).toBe(EVAL);
  });

  it("uses today when the workbook has no evaluation date", () => {
    expect(evaluate(baseInputs({ evaluationDate: null }), [], D("2026-11-22")).evaluationDate).toBe("2026-11-22");
  });
});

describe("active_members", () => {
  // 80 steady + 3 new = 83 active; drop steady ones to move the count.
  const withActive = (active: number, lost: Member[] = []): TriggerInputs =>
    baseInputs({
      membership: roster([
        ...steadyMembers(active - 3),
        member("New A", 2, "2026-01-10"),
        member("New B", 3, "2026-05-01"),
        member("New C", 3, "2026-06-01"),
        ...lost,
      ]),
    });

  it.each([
    [69, "met"],
    [70, "near"],
    [73, "near"],
    [74, "not_met"],
  ])("%i active members → %s", (active, status) => {
    expect(statusOf(withActive(active), "active_members")).toBe(status);
  });

  it("counts a member who left on the evaluation date as no longer active, and one who joins after it as not yet active", () => {
    const members = [...steadyMembers(70), member("Leaves today", 1, "2010-01-01", EVAL), member("Joins later", 1, "2026-10-01")];
    const e = evaluate(baseInputs({ membership: roster(members) }), [], 0);
    expect(e.details.activeMembers).toBe(70);
  });

  const lostTier = (tier: number, left: string) => member(`Lost tier ${tier} ${left}`, tier, "2012-01-01", left);

  it("is met below the minimum when every member lost in the window was Tier 1, and reports the fees lost", () => {
    const e = evaluate(withActive(68, [lostTier(1, "2026-01-31"), lostTier(1, "2026-06-30")]), [], 0);
    const ind = e.indicators[0];
    expect(ind.status).toBe("met");
    expect(e.details.lostMembers).toEqual({ count: 2, byTier: { 1: 2 }, feeIncomeLost: 170_000, feeIncomePartial: false });
    expect(explanationText(ind, "en")).toContain("170,000");
  });

  it("is only near below the minimum when a member lost in the window was not Tier 1", () => {
    const e = evaluate(withActive(68, [lostTier(1, "2026-01-31"), lostTier(2, "2026-03-31")]), [], 0);
    expect(e.indicators[0].status).toBe("near");
    expect(e.details.lostAllTier1).toBe(false);
    expect(e.details.lostMembers?.feeIncomePartial).toBe(true);
  });

  it("ignores members lost outside the look-back window (window starts after 30 Sep 2025)", () => {
    const e = evaluate(withActive(68, [lostTier(1, "2026-01-31"), lostTier(2, "2025-09-30")]), [], 0);
    expect(e.indicators[0].status).toBe("met");
    expect(e.details.lostMembers?.count).toBe(1);
    const inside = evaluate(withActive(68, [lostTier(2, "2025-10-01")]), [], 0);
    expect(inside.indicators[0].status).toBe("near");
  });

  it("follows LookbackMonths for the window", () => {
    const inputs = baseInputs({ membership: roster([...steadyMembers(65), lostTier(2, "2026-05-31")]) }, { LookbackMonths: 3 });
    expect(statusOf(inputs, "active_members")).toBe("met");
  });

  it("lets RequireLostMembersTier1 = FALSE decide on the count alone", () => {
    const inputs = baseInputs(
      { membership: roster([...steadyMembers(68), lostTier(3, "2026-02-01")]) },
      { RequireLostMembersTier1: false },
    );
    expect(statusOf(inputs, "active_members")).toBe("met");
  });

  it("uses the roster's annual fee column when present", () => {
    const e = evaluate(
      baseInputs({ membership: roster([...steadyMembers(68), member("X", 2, "2012-01-01", "2026-02-01", 40_000)]) }),
      [],
      0,
    );
    expect(e.details.lostMembers?.feeIncomeLost).toBe(40_000);
    expect(e.details.lostMembers?.feeIncomePartial).toBe(false);
  });

  it("follows MinActiveMembers, WarnActiveMembers and Tier1Fee", () => {
    const s = { MinActiveMembers: 80, WarnActiveMembers: 90, Tier1Fee: 1000 };
    const e = evaluate(baseInputs({ membership: roster([...steadyMembers(79), member("L", 1, "2012-01-01", "2026-02-01")]) }, s), [], 0);
    expect(e.indicators[0].status).toBe("met");
    expect(e.indicators[0].threshold).toBe(80);
    expect(e.details.lostMembers?.feeIncomeLost).toBe(1000);
    expect(statusOf(baseInputs({ membership: roster(steadyMembers(90)) }, s), "active_members")).toBe("near");
    expect(statusOf(baseInputs({ membership: roster(steadyMembers(91)) }, s), "active_members")).toBe("not_met");
  });

  describe("counts mode", () => {
    const counts = (active: number | null, lostAllTier1: boolean | null): TriggerInputs =>
      baseInputs({ membership: { kind: "counts", active, newMembers: 5, lostAllTier1 } });

    it.each([
      [69, true, "met"],
      [69, false, "near"],
      [69, null, "met"],
      [70, true, "near"],
      [74, null, "not_met"],
    ] as const)("%s active, all Tier 1 = %s → %s", (active, tier1, status) => {
      expect(statusOf(counts(active, tier1), "active_members")).toBe(status);
    });

    it("says when the tier condition was not checked", () => {
      const ind = evaluate(counts(60, null), [], 0).indicators[0];
      expect(explanationText(ind, "en")).toMatch(/not checked/);
    });

    it("is no_data without a count", () => {
      expect(statusOf(counts(null, true), "active_members")).toBe("no_data");
    });
  });

  it("is no_data without membership input", () => {
    expect(statusOf(baseInputs({ membership: null }), "active_members")).toBe("no_data");
  });
});

describe("new_members", () => {
  const withNew = (joinDates: string[]) =>
    baseInputs({ membership: roster([...steadyMembers(80), ...joinDates.map((d, i) => member(`N${i}`, 2, d))]) });

  it.each([
    [[], "met"],
    [["2026-03-01"], "met"],
    [["2026-03-01", "2026-04-01"], "near"],
    [["2026-03-01", "2026-04-01", "2026-05-01"], "not_met"],
  ])("joins %j → %s", (dates, status) => {
    expect(statusOf(withNew(dates), "new_members")).toBe(status);
  });

  it("counts joins after 30 Sep 2025 up to and including 30 Sep 2026", () => {
    const e = evaluate(withNew(["2025-09-30", "2025-10-01", "2026-09-30", "2026-10-01"]), [], 0);
    expect(e.details.newMembers).toBe(2);
  });

  it("follows MinNewMembers and reads counts mode", () => {
    expect(statusOf({ ...withNew(["2026-03-01", "2026-04-01"]), settings: { ...DEFAULT_SETTINGS, MinNewMembers: 3 } }, "new_members")).toBe(
      "met",
    );
    const counts = baseInputs({ membership: { kind: "counts", active: 80, newMembers: 2, lostAllTier1: null } });
    expect(statusOf(counts, "new_members")).toBe("near");
  });
});

describe("spend_vs_envelope", () => {
  const spend = (planned: number, settings: Partial<Settings> = {}) =>
    baseInputs({ budgetEnvelope: 1_000_000, plannedSpend: planned }, settings);

  it.each([
    [1_200_001, "met"],
    [1_200_000, "near"],
    [1_150_001, "near"],
    [1_150_000, "not_met"],
    [900_000, "not_met"],
  ])("planned %i on a 1,000,000 envelope → %s", (planned, status) => {
    expect(statusOf(spend(planned), "spend_vs_envelope")).toBe(status);
  });

  it("measures the overrun as a fraction of the envelope", () => {
    const ind = evaluate(spend(1_250_000), [], 0).indicators[2];
    expect(ind.value).toBeCloseTo(0.25, 10);
    expect(ind.threshold).toBe(0.2);
    expect(explanationText(ind, "fr")).toContain("25,0\u00a0%");
  });

  it("follows MaxSpendOverEnvelope and WarnSpendOverEnvelope", () => {
    expect(statusOf(spend(1_110_000, { MaxSpendOverEnvelope: 0.1, WarnSpendOverEnvelope: 0.05 }), "spend_vs_envelope")).toBe("met");
    expect(statusOf(spend(1_060_000, { MaxSpendOverEnvelope: 0.1, WarnSpendOverEnvelope: 0.05 }), "spend_vs_envelope")).toBe("near");
  });

  it("is no_data without an envelope or planned spend", () => {
    expect(statusOf(baseInputs({ budgetEnvelope: null }), "spend_vs_envelope")).toBe("no_data");
    expect(statusOf(baseInputs({ plannedSpend: null }), "spend_vs_envelope")).toBe("no_data");
  });
});

describe("cash_deficit_quarters", () => {
  const flows = (opening: number, nets: number[], settings: Partial<Settings> = {}) =>
    baseInputs(
      {
        cashOpeningBalance: opening,
        cashFlow: nets.map((n, i) => ({ quarter: `Q${i + 1}`, inflows: Math.max(n, 0), outflows: Math.max(-n, 0) })),
      },
      settings,
    );

  it.each([
    [[-50, 10, 100, 0], 0, "not_met"],
    [[-150, 200, 0, 0], 1, "near"],
    [[-150, 100, -100, 200], 2, "met"],
  ])("nets %j from 100 → %i quarters in deficit, %s", (nets, count, status) => {
    const e = evaluate(flows(100, nets), [], 0);
    expect(e.details.deficitQuarters).toBe(count);
    expect(e.indicators[3].status).toBe(status);
  });

  it("computes closing balances cumulatively and the longest consecutive run", () => {
    const e = evaluate(flows(100, [-150, -10, 200, -300, 0]), [], 0);
    expect(e.details.closingBalances.map((c) => c.balance)).toEqual([-50, -60, 140, -160, -160]);
    expect(e.details.deficitQuarters).toBe(4);
    expect(e.details.longestDeficitRun).toBe(2);
  });

  it("treats a closing balance exactly on the reserve as no deficit", () => {
    expect(evaluate(flows(100, [-100, 0]), [], 0).details.deficitQuarters).toBe(0);
  });

  it("follows MinCashReserve and MaxDeficitQuarters", () => {
    expect(evaluate(flows(100, [0, 0], { MinCashReserve: 150 }), [], 0).details.deficitQuarters).toBe(2);
    expect(statusOf(flows(100, [-150, 0, 0], { MaxDeficitQuarters: 2 }), "cash_deficit_quarters")).toBe("met");
    expect(statusOf(flows(100, [-150, 0], { MaxDeficitQuarters: 2 }), "cash_deficit_quarters")).toBe("near");
  });

  it("is no_data without an opening balance or flows", () => {
    expect(statusOf(baseInputs({ cashOpeningBalance: null }), "cash_deficit_quarters")).toBe("no_data");
    expect(statusOf(baseInputs({ cashFlow: [] }), "cash_deficit_quarters")).toBe("no_data");
  });
});

describe("core_service_cost", () => {
  const costs = (pairs: [number, number][], settings: Partial<Settings> = {}) =>
    baseInputs({ serviceCosts: pairs.map(([current, historical], i) => ({ service: `S${i}`, current, historical })) }, settings);

  it.each([
    [116, "met"],
    [115, "near"],
    [111, "near"],
    [110, "not_met"],
  ])("one service at %i against 100 → %s", (current, status) => {
    expect(
      statusOf(
        costs([
          [current, 100],
          [100, 100],
        ]),
        "core_service_cost",
      ),
    ).toBe(status);
  });

  it("names the worst service and gives each service's variance", () => {
    const e = evaluate(
      costs([
        [100, 100],
        [130, 100],
      ]),
      [],
      0,
    );
    expect(explanationText(e.indicators[4], "en")).toContain("S1");
    expect(e.details.serviceVariances[0]).toEqual({ service: "S0", variance: 0 });
    expect(e.details.serviceVariances[1].variance).toBeCloseTo(0.3, 10);
  });

  it("with CostRule aggregate, compares the totals", () => {
    const inputs = costs(
      [
        [130, 100],
        [80, 100],
      ],
      { CostRule: "aggregate" },
    );
    const e = evaluate(inputs, [], 0);
    expect(e.indicators[4].status).toBe("not_met");
    expect(e.indicators[4].value).toBeCloseTo(0.05, 10);
    expect(
      statusOf(
        costs([
          [130, 100],
          [80, 100],
        ]),
        "core_service_cost",
      ),
    ).toBe("met");
  });

  it("follows MaxCostOverHistorical and WarnCostOverHistorical", () => {
    expect(statusOf(costs([[106, 100]], { MaxCostOverHistorical: 0.05, WarnCostOverHistorical: 0.02 }), "core_service_cost")).toBe("met");
    expect(statusOf(costs([[104, 100]], { MaxCostOverHistorical: 0.05, WarnCostOverHistorical: 0.02 }), "core_service_cost")).toBe("near");
  });

  it("is no_data without services", () => {
    expect(statusOf(baseInputs({ serviceCosts: null }), "core_service_cost")).toBe("no_data");
  });
});

describe("external factors", () => {
  const ext = (e1: boolean | null, evidence = "") =>
    baseInputs({
      external: {
        E1: { id: "E1", factor: "Funding", assessment: e1, evidence },
        E2: { id: "E2", factor: "Politics", assessment: true, evidence: "Donor policy shift" },
      },
    });

  it("maps Yes to met, No to not_met, blank and absent to no_data", () => {
    const e = evaluate(ext(true, "Grant delayed to 2027"), [], 0);
    expect(e.indicators.slice(5).map((i) => i.status)).toEqual(["met", "met", "no_data"]);
    expect(explanationText(e.indicators[5], "en")).toContain("Grant delayed to 2027");
    expect(statusOf(ext(false), "external_funding")).toBe("not_met");
    expect(statusOf(ext(null), "external_funding")).toBe("no_data");
  });

  it("counts a Yes without evidence as met", () => {
    const ind = evaluate(ext(true), [], 0).indicators[5];
    expect(ind.status).toBe("met");
    expect(explanationText(ind, "es")).toMatch(/sin justificación/);
  });

  it("is no_data for every factor when the table is missing", () => {
    const e = evaluate(baseInputs({ external: null }), [], 0);
    expect(e.indicators.slice(5).map((i) => i.status)).toEqual(["no_data", "no_data", "no_data"]);
  });
});

describe("outcome", () => {
  const withStatuses = (statuses: Status[]) => statuses.map((status) => ({ status }) as never);

  it.each([
    [["met", "met"], 2, "consider_mvsp"],
    [["met", "met", "met"], 3, "consider_mvsp"],
    [["met", "met"], 3, "monitor"],
    [["met"], 2, "monitor"],
    [["near", "near"], 2, "monitor"],
    // Enough indicators without data to reach N: no conclusion, never "no trigger".
    [["near", "no_data", "no_data"], 2, "incomplete"],
    [["met", "no_data"], 2, "incomplete"],
    [["no_data", "no_data", "no_data", "no_data", "no_data", "no_data", "no_data", "not_met"], 2, "incomplete"],
    [["met", "no_data"], 3, "monitor"],
    [["near", "near", "no_data"], 2, "monitor"],
    [["no_data", "not_met"], 2, "no_trigger"],
    [["met", "met", "no_data"], 2, "consider_mvsp"],
    [[], 2, "no_trigger"],
  ] as const)("%j with IndicatorsToConsiderMVSP %i → %s", (statuses, n, outcome) => {
    expect(outcomeOf(withStatuses([...statuses]), { ...DEFAULT_SETTINGS, IndicatorsToConsiderMVSP: n })).toBe(outcome);
  });

  it("counts met, near and no data", () => {
    const inputs = baseInputs({
      budgetEnvelope: 1_000_000,
      plannedSpend: 1_300_000,
      serviceCosts: [{ service: "A", current: 112, historical: 100 }],
      external: null,
      membership: roster(steadyMembers(50)),
    });
    const e = evaluate(inputs, [], 0);
    // active 50 (met: no one lost), new 0 (met), spend met, cost near, external ×3 no data.
    expect([e.metCount, e.nearCount, e.noDataCount]).toEqual([3, 1, 3]);
    expect(e.outcome).toBe("consider_mvsp");
  });
});

describe("fingerprint", () => {
  it("is stable for equal inputs and changes with any input or setting", () => {
    const a = evaluate(baseInputs(), [], 0).fingerprint;
    expect(evaluate(baseInputs(), [], 0).fingerprint).toBe(a);
    expect(a).toMatch(/^[0-9A-F]{16}$/);
    expect(evaluate(baseInputs({ plannedSpend: 3_000_001 }), [], 0).fingerprint).not.toBe(a);
    expect(evaluate(baseInputs({}, { MinNewMembers: 3 }), [], 0).fingerprint).not.toBe(a);
    expect(evaluate(baseInputs({ evaluationDate: D("2026-10-01") }), [], 0).fingerprint).not.toBe(a);
  });
});

describe("no data explanations name what is missing or bad", () => {
  const problem = (name: string, cell: string, severity: "error" | "warning" = "error"): Problem => ({
    severity,
    name,
    cell,
    code: "expectedDate",
    params: { found: "31/02/2026" },
  });
  const indicator = (e: ReturnType<typeof evaluate>, id: IndicatorId) => e.indicators.find((i) => i.id === id)!;

  it("names the one template input when membership is absent, not the count-cell alternatives", () => {
    const e = evaluate(baseInputs({ membership: null }), [], 0);
    expect(explanationText(indicator(e, "active_members"), "en")).toBe(
      "Not evaluated: input missing or invalid (MemberRoster); see the input problems.",
    );
    expect(indicator(e, "new_members").explanation.params.names).toBe("MemberRoster");
  });

  it("names the bad cells of this indicator's inputs, and only errors", () => {
    const problems = [
      problem("MemberRoster", "Inputs!C52"),
      problem("MemberRoster", "Inputs!D60"),
      problem("MemberRoster", "Inputs!C52"),
      problem("LostMembersAllTier1", "", "warning"),
      problem("BudgetEnvelope", "Inputs!B7"),
    ];
    const e = evaluate(baseInputs({ membership: null }), problems, 0);
    expect(indicator(e, "active_members").explanation.params).toEqual({ names: "Inputs!C52, Inputs!D60", count: 2 });
    expect(explanationText(indicator(e, "new_members"), "fr")).toBe(
      "Non évalué\u00a0: données absentes ou non valides (Inputs!C52, Inputs!D60)\u00a0; voir les problèmes de saisie.",
    );
    // Evaluated indicators keep their own explanation whatever the problems list says.
    expect(indicator(e, "spend_vs_envelope").explanation.key).toBe("spend_vs_envelope.withinEnvelope");
  });

  it("falls back to the defined name when a problem has no cell, and shortens long lists", () => {
    const missing = evaluate(baseInputs({ serviceCosts: null }), [problem("CoreServiceCosts", "")], 0);
    expect(indicator(missing, "core_service_cost").explanation.params).toEqual({ names: "CoreServiceCosts", count: 1 });
    const rows = ["A1", "A2", "A3", "A4", "A5"].map((c) => problem("CoreServiceCosts", `Inputs!${c}`));
    const many = evaluate(baseInputs({ serviceCosts: null }), rows, 0);
    expect(explanationText(indicator(many, "core_service_cost"), "es")).toBe(
      "No evaluado: datos ausentes o no válidos (Inputs!A1, Inputs!A2, Inputs!A3, …); consulte los problemas de los datos de entrada.",
    );
  });

  it("names only the finance input that is absent", () => {
    const names = (over: Partial<TriggerInputs>, id: IndicatorId) =>
      indicator(evaluate(baseInputs(over), [], 0), id).explanation.params.names;
    expect(names({ budgetEnvelope: null }, "spend_vs_envelope")).toBe("BudgetEnvelope");
    expect(names({ plannedSpend: null }, "spend_vs_envelope")).toBe("PlannedSpend");
    expect(names({ budgetEnvelope: 0 }, "spend_vs_envelope")).toBe("BudgetEnvelope");
    expect(names({ cashOpeningBalance: null }, "cash_deficit_quarters")).toBe("CashOpeningBalance");
    expect(names({ cashFlow: [] }, "cash_deficit_quarters")).toBe("CashFlow");
    expect(names({ cashFlow: null, cashOpeningBalance: null }, "cash_deficit_quarters")).toBe("CashFlow, CashOpeningBalance");
  });
});
