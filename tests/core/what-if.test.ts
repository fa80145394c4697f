/** The what-if engine: drivers change the inputs, the same rules re-evaluate them. */
import { evaluate } from "../../src/core/rules";
import {
  EMPTY_WHAT_IF_FORM,
  NO_WHAT_IF,
  SERVICE_CHANGE_BOUNDS,
  SPEND_CHANGE_BOUNDS,
  applyWhatIf,
  checkDriver,
  compareWhatIf,
  driverBounds,
  evaluateWhatIf,
  isNeutral,
  parseDecimal,
  readDrivers,
  workbookAssessment,
  type DriverBounds,
  type WhatIfDrivers,
} from "../../src/core/what-if";
import type { IndicatorId, TriggerInputs } from "../../src/core/model";
import { PANE_CATALOGUES } from "../../src/core/i18n/pane-catalogue";
import { EVALUATION_DAY, countsInputs, rosterInputs } from "../taskpane/fixtures";

const drive = (inputs: TriggerInputs, drivers: Partial<WhatIfDrivers>) => {
  const changed = applyWhatIf(inputs, { ...NO_WHAT_IF, ...drivers }, EVALUATION_DAY);
  return evaluate(changed, [], EVALUATION_DAY);
};
const status = (evaluation: ReturnType<typeof evaluate>, id: IndicatorId) => evaluation.indicators.find((i) => i.id === id)?.status;

describe("applyWhatIf on a roster", () => {
  it("starts from a workbook with nothing near or met", () => {
    const base = drive(rosterInputs(), {});
    expect(base.outcome).toBe("no_trigger");
    expect(base.metCount).toBe(0);
    expect(base.nearCount).toBe(0);
    expect(base.details.activeMembers).toBe(74);
  });

  it("changes nothing without drivers", () => {
    const inputs = rosterInputs();
    expect(applyWhatIf(inputs, NO_WHAT_IF, EVALUATION_DAY)).toEqual(inputs);
    expect(isNeutral(NO_WHAT_IF)).toBe(true);
  });

  it("Tier 1 members leaving now drop the active count below 70: met, all lost were Tier 1", () => {
    const result = drive(rosterInputs(), { tier1Lost: 5 });
    expect(result.details.activeMembers).toBe(69);
    expect(result.details.lostMembers?.count).toBe(5);
    expect(result.details.lostMembers?.byTier[1]).toBe(5);
    expect(status(result, "active_members")).toBe("met");
    expect(result.outcome).toBe("monitor");
  });

  it("other-tier members leaving make the membership indicator only near (tier condition fails)", () => {
    const result = drive(rosterInputs(), { otherLost: 5 });
    expect(result.details.activeMembers).toBe(69);
    expect(result.details.lostAllTier1).toBe(false);
    expect(status(result, "active_members")).toBe("near");
  });

  it("never removes more members of a tier than are active", () => {
    const result = drive(rosterInputs(), { tier1Lost: 50 });
    expect(result.details.lostMembers?.byTier[1]).toBe(12);
    expect(result.details.activeMembers).toBe(62);
  });

  it("new members count as active and as joined in the window", () => {
    const result = drive(rosterInputs(), { newMembers: 2 });
    expect(result.details.activeMembers).toBe(76);
    expect(result.details.newMembers).toBe(5);
  });

  it("leaves the original inputs untouched", () => {
    const inputs = rosterInputs();
    const before = JSON.stringify(inputs);
    applyWhatIf(inputs, { ...NO_WHAT_IF, tier1Lost: 3, spendChangePct: 30, delayedQuarter: 0 }, EVALUATION_DAY);
    expect(JSON.stringify(inputs)).toBe(before);
  });

  it("a spend increase over 20 % meets the spend indicator; with Tier 1 losses the Board should consider the MVSP", () => {
    expect(status(drive(rosterInputs(), { spendChangePct: 18 }), "spend_vs_envelope")).toBe("near");
    const both = drive(rosterInputs(), { spendChangePct: 25, tier1Lost: 5 });
    expect(status(both, "spend_vs_envelope")).toBe("met");
    expect(both.outcome).toBe("consider_mvsp");
    expect(both.metCount).toBe(2);
  });

  it("delaying a quarter's inflows moves them to the next quarter", () => {
    const changed = applyWhatIf(rosterInputs(), { ...NO_WHAT_IF, delayedQuarter: 0 }, EVALUATION_DAY);
    expect(changed.cashFlow?.map((q) => q.inflows)).toEqual([0, 700_000, 300_000, 300_000]);
    const result = evaluate(changed, [], EVALUATION_DAY);
    expect(result.details.deficitQuarters).toBe(1);
    expect(status(result, "cash_deficit_quarters")).toBe("near");
  });

  it("inflows delayed past the last quarter leave the projection", () => {
    const changed = applyWhatIf(rosterInputs(), { ...NO_WHAT_IF, delayedQuarter: 3 }, EVALUATION_DAY);
    expect(changed.cashFlow?.map((q) => q.inflows)).toEqual([400_000, 300_000, 300_000, 0]);
  });

  it("one service's cost increase is compared with its historical average", () => {
    const result = drive(rosterInputs(), { serviceCost: { service: "Registry", changePct: 20 } });
    expect(status(result, "core_service_cost")).toBe("met");
    expect(drive(rosterInputs(), { serviceCost: { service: "Registry", changePct: 12 } }).indicators[4].status).toBe("near");
  });

  it("keeps missing inputs missing", () => {
    const inputs = { ...rosterInputs(), plannedSpend: null, cashFlow: null, serviceCosts: null, membership: null };
    const changed = applyWhatIf(inputs, { ...NO_WHAT_IF, spendChangePct: 50, delayedQuarter: 1, tier1Lost: 3 }, EVALUATION_DAY);
    expect(changed.plannedSpend).toBeNull();
    expect(changed.cashFlow).toBeNull();
    expect(changed.membership).toBeNull();
    expect(status(evaluate(changed, [], EVALUATION_DAY), "spend_vs_envelope")).toBe("no_data");
  });

  it("uses today when the workbook has no evaluation date", () => {
    const inputs = { ...rosterInputs(), evaluationDate: null };
    const changed = applyWhatIf(inputs, { ...NO_WHAT_IF, tier1Lost: 1 }, EVALUATION_DAY);
    const left = changed.membership?.kind === "roster" ? changed.membership.members.filter((m) => m.left !== null) : [];
    expect(left.map((m) => m.left)).toEqual([EVALUATION_DAY]);
  });
});

describe("applyWhatIf on member counts", () => {
  it("subtracts leavers and adds joiners", () => {
    const changed = applyWhatIf(countsInputs(), { ...NO_WHAT_IF, tier1Lost: 2, otherLost: 1, newMembers: 4 }, EVALUATION_DAY);
    expect(changed.membership).toEqual({ kind: "counts", active: 73, newMembers: 7, lostAllTier1: false });
  });

  it("Tier 1 leavers below the threshold meet the indicator", () => {
    const result = drive(countsInputs(), { tier1Lost: 3 });
    expect(result.details.activeMembers).toBe(69);
    expect(status(result, "active_members")).toBe("met");
  });

  it("another tier's leaver settles the tier condition as failed: near", () => {
    const result = drive(countsInputs(), { tier1Lost: 2, otherLost: 1 });
    expect(status(result, "active_members")).toBe("near");
  });

  it("keeps an unchecked tier condition unchecked when only Tier 1 members leave", () => {
    const inputs: TriggerInputs = {
      ...countsInputs(),
      membership: { kind: "counts", active: 72, newMembers: 1, lostAllTier1: null },
    };
    const changed = applyWhatIf(inputs, { ...NO_WHAT_IF, tier1Lost: 1 }, EVALUATION_DAY);
    expect(changed.membership).toEqual({ kind: "counts", active: 71, newMembers: 1, lostAllTier1: null });
  });
});

describe("the Board's external factors", () => {
  it("a Yes tried for E1 meets only the external funding indicator, keeping the row's name and evidence", () => {
    const inputs: TriggerInputs = {
      ...rosterInputs(),
      external: { ...rosterInputs().external, E1: { id: "E1", factor: "Funding", assessment: false, evidence: "Grant letter" } },
    };
    const changed = applyWhatIf(inputs, { ...NO_WHAT_IF, externalFactors: { E1: true } }, EVALUATION_DAY);
    expect(changed.external?.E1).toEqual({ id: "E1", factor: "Funding", assessment: true, evidence: "Grant letter" });
    expect(changed.external?.E2).toBe(inputs.external?.E2);
    const result = evaluate(changed, [], EVALUATION_DAY);
    expect(status(result, "external_funding")).toBe("met");
    expect(result.indicators[5].explanation.key).toBe("external.yes");
    expect(status(result, "policy_relevance")).toBe("not_met");
    expect(result.outcome).toBe("monitor");
    expect(inputs.external?.E1?.assessment).toBe(false);
  });

  it("a No tried for a Yes of the workbook turns the indicator off", () => {
    const inputs: TriggerInputs = {
      ...rosterInputs(),
      external: { ...rosterInputs().external, E2: { id: "E2", factor: "Politics", assessment: true, evidence: "Report" } },
    };
    expect(status(drive(inputs, {}), "policy_relevance")).toBe("met");
    expect(status(drive(inputs, { externalFactors: { E2: false } }), "policy_relevance")).toBe("not_met");
  });

  it("an unassessed factor is no data until the scenario assesses it, Yes or No", () => {
    const inputs: TriggerInputs = {
      ...rosterInputs(),
      external: { ...rosterInputs().external, E3: { id: "E3", factor: "Stakeholders", assessment: null, evidence: "" } },
    };
    expect(workbookAssessment(inputs, "E3")).toBeNull();
    expect(status(drive(inputs, {}), "stakeholder_prioritisation")).toBe("no_data");
    expect(status(drive(inputs, { externalFactors: { E3: false } }), "stakeholder_prioritisation")).toBe("not_met");
    const yes = drive(inputs, { externalFactors: { E3: true } });
    expect(status(yes, "stakeholder_prioritisation")).toBe("met");
    expect(yes.indicators[7].explanation.key).toBe("external.yesNoEvidence");
  });

  it("Not assessed tried for a Yes of the workbook is no data, as a blank Assessment cell is", () => {
    const assessed: TriggerInputs = {
      ...rosterInputs(),
      external: { ...rosterInputs().external, E2: { id: "E2", factor: "Politics", assessment: true, evidence: "Report" } },
    };
    const blank: TriggerInputs = { ...assessed, external: { ...assessed.external, E2: { ...assessed.external!.E2!, assessment: null } } };
    const changed = applyWhatIf(assessed, { ...NO_WHAT_IF, externalFactors: { E2: null } }, EVALUATION_DAY);
    expect(changed.external?.E2).toEqual({ id: "E2", factor: "Politics", assessment: null, evidence: "Report" });
    const scenario = evaluate(changed, [], EVALUATION_DAY);
    const workbookBlank = evaluate(blank, [], EVALUATION_DAY);
    expect(status(scenario, "policy_relevance")).toBe("no_data");
    expect(scenario.indicators[6]).toEqual(workbookBlank.indicators[6]);
    expect(scenario.outcome).toBe(workbookBlank.outcome);
    expect(isNeutral({ ...NO_WHAT_IF, externalFactors: { E2: null } })).toBe(false);
  });

  it("a factor missing from the table, or a table not read, is added as assessed", () => {
    const without: TriggerInputs = { ...rosterInputs(), external: { E2: rosterInputs().external!.E2 } };
    const changed = applyWhatIf(without, { ...NO_WHAT_IF, externalFactors: { E1: true } }, EVALUATION_DAY);
    expect(changed.external?.E1).toEqual({ id: "E1", factor: "", assessment: true, evidence: "" });
    expect(changed.external?.E3).toBeUndefined();
    const none = applyWhatIf({ ...rosterInputs(), external: null }, { ...NO_WHAT_IF, externalFactors: { E3: false } }, EVALUATION_DAY);
    expect(Object.keys(none.external ?? {})).toEqual(["E3"]);
    expect(applyWhatIf({ ...rosterInputs(), external: null }, NO_WHAT_IF, EVALUATION_DAY).external).toBeNull();
  });

  it("two Yes plus the workbook's none: consider the MVSP", () => {
    const result = drive(rosterInputs(), { externalFactors: { E1: true, E3: true } });
    expect(result.metCount).toBe(2);
    expect(result.outcome).toBe("consider_mvsp");
  });

  it("counts an override as a change, even one that repeats the workbook", () => {
    expect(isNeutral({ ...NO_WHAT_IF, externalFactors: { E2: false } })).toBe(false);
    expect(isNeutral({ ...NO_WHAT_IF, externalFactors: {} })).toBe(true);
  });
});

describe("bounds of the drivers", () => {
  it("with a roster: leavers up to the active members of their tiers on the evaluation date", () => {
    const inputs = rosterInputs();
    const bounds = driverBounds(inputs, EVALUATION_DAY);
    expect(bounds.tier1Lost).toEqual({ kind: "count", min: 0, max: 12 });
    expect(bounds.otherLost).toEqual({ kind: "count", min: 0, max: 62 });
    expect(bounds.newMembers.max).toBe(999);
    expect(bounds.spendChangePct).toEqual({ kind: "percent", min: -100, max: 200 });
    expect(bounds.serviceChangePct).toEqual({ kind: "percent", min: -100, max: 500 });
  });

  it("members who already left, or join later, do not count", () => {
    const roster = rosterInputs().membership;
    if (roster?.kind !== "roster") throw new Error("roster expected");
    const members = roster.members.map((m, i) =>
      i === 0 ? { ...m, left: EVALUATION_DAY - 10 } : i === 1 ? { ...m, joined: EVALUATION_DAY + 1 } : m,
    );
    const bounds = driverBounds({ ...rosterInputs(), membership: { kind: "roster", members } }, EVALUATION_DAY);
    expect(bounds.tier1Lost.max).toBe(10);
  });

  it("with member counts: each kind of leaver up to all active members", () => {
    const bounds = driverBounds(countsInputs(), EVALUATION_DAY);
    expect(bounds.tier1Lost.max).toBe(72);
    expect(bounds.otherLost.max).toBe(72);
    const unknown = driverBounds(
      { ...countsInputs(), membership: { kind: "counts", active: null, newMembers: 3, lostAllTier1: null } },
      EVALUATION_DAY,
    );
    expect(unknown.tier1Lost.max).toBe(999);
  });
});

describe("parsing what the user types", () => {
  it.each([
    ["12", "en", 12],
    ["-150", "en", -150],
    ["\u2212150", "en", -150],
    ["+20", "en", 20],
    ["2.5", "en", 2.5],
    ["1,500", "en", 1500],
    ["1,234.5", "en", 1234.5],
    ["1,5", "en", 1.5],
    ["1,5", "fr", 1.5],
    ["1,500", "fr", 1.5],
    ["1 234,5", "fr", 1234.5],
    ["1\u202f234,5", "fr", 1234.5],
    ["2.5", "fr", 2.5],
    ["1.500", "es", 1500],
    ["1.234,5", "es", 1234.5],
    ["-0", "en", 0],
  ] as const)("%s in %s is %d", (text, lang, expected) => {
    expect(parseDecimal(text, lang)).toBe(expected);
  });

  it.each(["abc", "", "1e3", "12abc", "--5", "1,2,3", "1.2.3", "1..5", ",", "Infinity", "0x10", "1,234,5"])(
    "%j is not a number",
    (text) => {
      expect(parseDecimal(text, "en")).toBeNull();
    },
  );
});

describe("checking one field", () => {
  const count: DriverBounds = { kind: "count", min: 0, max: 12 };

  it("accepts a count in range", () => {
    expect(checkDriver("12", count, "en")).toEqual({ ok: true, value: 12 });
    expect(checkDriver(" 3 ", count, "en")).toEqual({ ok: true, value: 3 });
  });

  it("reads a blank field as no change", () => {
    expect(checkDriver("  ", count, "en")).toEqual({ ok: true, value: 0 });
  });

  it("refuses text, fractions of members and counts out of range, saying which limit", () => {
    expect(checkDriver("abc", count, "en")).toEqual({ ok: false, reason: "notANumber" });
    expect(checkDriver("2.5", count, "en")).toEqual({ ok: false, reason: "notWhole" });
    expect(checkDriver("2,5", count, "fr")).toEqual({ ok: false, reason: "notWhole" });
    expect(checkDriver("13", count, "en")).toEqual({ ok: false, reason: "above", limit: 12 });
    expect(checkDriver("-1", count, "en")).toEqual({ ok: false, reason: "below", limit: 0 });
  });

  it("bounds percentages: -150 % of spend is below -100, 250 % above 200", () => {
    expect(checkDriver("-150", SPEND_CHANGE_BOUNDS, "en")).toEqual({ ok: false, reason: "below", limit: -100 });
    expect(checkDriver("250", SPEND_CHANGE_BOUNDS, "en")).toEqual({ ok: false, reason: "above", limit: 200 });
    expect(checkDriver("-100", SPEND_CHANGE_BOUNDS, "en")).toEqual({ ok: true, value: -100 });
    expect(checkDriver("250", SERVICE_CHANGE_BOUNDS, "en")).toEqual({ ok: true, value: 250 });
    expect(checkDriver("501", SERVICE_CHANGE_BOUNDS, "en")).toEqual({ ok: false, reason: "above", limit: 500 });
  });

  it("takes fractional percents in each language's way, with or without the % sign", () => {
    expect(checkDriver("12,5", SPEND_CHANGE_BOUNDS, "fr")).toEqual({ ok: true, value: 12.5 });
    expect(checkDriver("12,5\u00a0%", SPEND_CHANGE_BOUNDS, "fr")).toEqual({ ok: true, value: 12.5 });
    expect(checkDriver("12.5%", SPEND_CHANGE_BOUNDS, "en")).toEqual({ ok: true, value: 12.5 });
    expect(checkDriver("12%", count, "en")).toEqual({ ok: false, reason: "notANumber" });
  });
});

describe("reading the form", () => {
  const bounds = driverBounds(rosterInputs(), EVALUATION_DAY);
  const form = (texts: Partial<typeof EMPTY_WHAT_IF_FORM.texts>, rest: Partial<typeof EMPTY_WHAT_IF_FORM> = {}) => ({
    ...EMPTY_WHAT_IF_FORM,
    ...rest,
    texts: { ...EMPTY_WHAT_IF_FORM.texts, ...texts },
  });

  it("gives no drivers while any field is invalid, and every invalid field's issue", () => {
    const reading = readDrivers(form({ tier1Lost: "13", spendChangePct: "-150", newMembers: "abc" }), bounds, "en");
    expect(reading).toEqual({
      ok: false,
      issues: {
        tier1Lost: { reason: "above", limit: 12 },
        newMembers: { reason: "notANumber" },
        spendChangePct: { reason: "below", limit: -100 },
      },
    });
  });

  it("ignores the cost change while no service is picked", () => {
    expect(readDrivers(form({ serviceChangePct: "abc" }), bounds, "en")).toEqual({ ok: true, drivers: NO_WHAT_IF });
    const picked = readDrivers(form({ serviceChangePct: "abc" }, { service: "Registry" }), bounds, "en");
    expect(picked).toEqual({ ok: false, issues: { serviceChangePct: { reason: "notANumber" } } });
  });

  it("turns valid text and choices into drivers", () => {
    const reading = readDrivers(
      form(
        { tier1Lost: "2", spendChangePct: "12,5", serviceChangePct: "20" },
        { service: "Registry", delayedQuarter: 1, externalFactors: { E2: true } },
      ),
      bounds,
      "fr",
    );
    expect(reading).toEqual({
      ok: true,
      drivers: {
        tier1Lost: 2,
        otherLost: 0,
        newMembers: 0,
        spendChangePct: 12.5,
        delayedQuarter: 1,
        serviceCost: { service: "Registry", changePct: 20 },
        externalFactors: { E2: true },
      },
    });
  });
});

describe("comparing the scenario with the workbook", () => {
  it("lists each indicator's status before and after, and the two outcomes", () => {
    const inputs = rosterInputs();
    const workbook = evaluate(inputs, [], EVALUATION_DAY);
    const scenario = evaluateWhatIf(inputs, [], { ...NO_WHAT_IF, tier1Lost: 5, spendChangePct: 18 }, EVALUATION_DAY);
    const comparison = compareWhatIf(workbook, scenario);
    expect(comparison.outcome).toEqual({ workbook: "no_trigger", scenario: "monitor", changed: true });
    expect(comparison.indicators.map((i) => i.id)).toEqual([
      "active_members",
      "new_members",
      "spend_vs_envelope",
      "cash_deficit_quarters",
      "core_service_cost",
      "external_funding",
      "policy_relevance",
      "stakeholder_prioritisation",
    ]);
    expect(comparison.changed).toEqual([
      { id: "active_members", category: "membership", workbook: "not_met", scenario: "met", changed: true },
      { id: "spend_vs_envelope", category: "finance", workbook: "not_met", scenario: "near", changed: true },
    ]);
    expect(comparison.kept).toBe(6);
  });

  it("says nothing changed for a neutral scenario", () => {
    const workbook = evaluate(rosterInputs(), [], EVALUATION_DAY);
    const comparison = compareWhatIf(workbook, evaluateWhatIf(rosterInputs(), [], NO_WHAT_IF, EVALUATION_DAY));
    expect(comparison.changed).toEqual([]);
    expect(comparison.kept).toBe(8);
    expect(comparison.outcome.changed).toBe(false);
  });
});

describe("the What-if words", () => {
  const whatIf = (lang: "en" | "fr" | "es") => Object.entries(PANE_CATALOGUES[lang]).filter(([key]) => key.startsWith("whatIf."));

  it("has the same keys in the three languages", () => {
    const keys = (lang: "en" | "fr" | "es") =>
      whatIf(lang)
        .map(([key]) => key)
        .sort();
    expect(keys("fr")).toEqual(keys("en"));
    expect(keys("es")).toEqual(keys("en"));
  });

  it("puts a no-break space before French : ; ? ! and % signs", () => {
    const bad = whatIf("fr").filter(([, text]) => /[^\u00a0\u202f(][:;?!%]/.test(text));
    expect(bad).toEqual([]);
  });

  it("never writes a pseudo-plural", () => {
    for (const lang of ["en", "fr", "es"] as const) {
      expect(whatIf(lang).filter(([, text]) => /\p{L}\((?:s|es|x|e)\)/u.test(text))).toEqual([]);
    }
  });
});
