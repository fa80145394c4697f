/** The what-if engine: drivers change the inputs, the same rules re-evaluate them. */
import { evaluate } from "../../src/core/rules";
import { NO_WHAT_IF, applyWhatIf, isNeutral, type WhatIfDrivers } from "../../src/core/what-if";
import type { IndicatorId, TriggerInputs } from "../../src/core/model";
import { EVALUATION_DAY, countsInputs, rosterInputs } from "./fixtures";

const drive = (inputs: TriggerInputs, drivers: Partial<WhatIfDrivers>) => {
  const changed = applyWhatIf(inputs, { ...NO_WHAT_IF, ...drivers }, EVALUATION_DAY);
  return evaluate(changed, [], EVALUATION_DAY);
};
const status = (evaluation: ReturnType<typeof evaluate>, id: IndicatorId) =>
  evaluation.indicators.find((i) => i.id === id)?.status;

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
