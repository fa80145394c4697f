/**
 * What-if scenarios: the workbook's inputs changed by a few drivers, to be evaluated again by
 * the same rules. Pure and never written anywhere: the task pane shows the outcome only.
 */
import type { CashFlowQuarter, Day, Member, MembershipInput, ServiceCost, TriggerInputs } from "./model";

export interface WhatIfDrivers {
  /** Active Tier 1 members that leave on the evaluation date. */
  readonly tier1Lost: number;
  /** Active members of any other tier that leave on the evaluation date. */
  readonly otherLost: number;
  /** Members that join on the evaluation date. */
  readonly newMembers: number;
  /** Planned spend changed by this percentage (10 = +10 %). */
  readonly spendChangePct: number;
  /** Index in the cash-flow projection of the quarter whose inflows slip to the next one; null: none. */
  readonly delayedQuarter: number | null;
  /** One core service whose current cost changes by `changePct` percent; null: none. */
  readonly serviceCost: { readonly service: string; readonly changePct: number } | null;
}

export const NO_WHAT_IF: WhatIfDrivers = {
  tier1Lost: 0,
  otherLost: 0,
  newMembers: 0,
  spendChangePct: 0,
  delayedQuarter: null,
  serviceCost: null,
};

/** True when the drivers change nothing. */
export function isNeutral(drivers: WhatIfDrivers): boolean {
  return (
    drivers.tier1Lost === 0 &&
    drivers.otherLost === 0 &&
    drivers.newMembers === 0 &&
    drivers.spendChangePct === 0 &&
    drivers.delayedQuarter === null &&
    (drivers.serviceCost === null || drivers.serviceCost.changePct === 0)
  );
}

const count = (n: number) => (Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0);
const factor = (pct: number) => (Number.isFinite(pct) ? 1 + pct / 100 : 1);

function isActive(member: Member, day: Day): boolean {
  return member.joined <= day && (member.left === null || member.left > day);
}

/**
 * Members leave "now": the latest-joined active members of the tier leave on the evaluation
 * date, which both removes them from the active count and counts them as lost in the window.
 */
function rosterWhatIf(members: readonly Member[], drivers: WhatIfDrivers, day: Day): Member[] {
  const result = [...members];
  const leave = (wanted: number, ofTier: (tier: number) => boolean) => {
    const candidates = result
      .map((member, index) => ({ member, index }))
      .filter(({ member }) => isActive(member, day) && ofTier(member.tier))
      .sort((a, b) => b.member.joined - a.member.joined || b.index - a.index)
      .slice(0, count(wanted));
    for (const { member, index } of candidates) result[index] = { ...member, left: day };
  };
  leave(drivers.tier1Lost, (tier) => tier === 1);
  leave(drivers.otherLost, (tier) => tier !== 1);
  for (let i = 0; i < count(drivers.newMembers); i += 1) {
    // Joining members' tier does not matter to any rule; the lowest-fee tier is the usual case.
    result.push({ organisation: `what-if:${i + 1}`, tier: 2, joined: day, left: null, annualFee: null });
  }
  return result;
}

function countsWhatIf(counts: Extract<MembershipInput, { kind: "counts" }>, drivers: WhatIfDrivers): MembershipInput {
  const lost = count(drivers.tier1Lost) + count(drivers.otherLost);
  const joined = count(drivers.newMembers);
  return {
    kind: "counts",
    active: counts.active === null ? null : Math.max(0, counts.active - lost + joined),
    newMembers: counts.newMembers === null ? null : counts.newMembers + joined,
    // A non-Tier-1 departure settles the tier condition; Tier 1 departures leave it as it was.
    lostAllTier1: count(drivers.otherLost) > 0 ? false : counts.lostAllTier1,
  };
}

function cashFlowWhatIf(quarters: readonly CashFlowQuarter[], delayed: number | null): CashFlowQuarter[] {
  const result = [...quarters];
  if (delayed === null || delayed < 0 || delayed >= quarters.length) return result;
  const slipped = result[delayed].inflows;
  result[delayed] = { ...result[delayed], inflows: 0 };
  // Inflows delayed past the last projected quarter leave the projection altogether.
  if (delayed + 1 < result.length) {
    result[delayed + 1] = { ...result[delayed + 1], inflows: result[delayed + 1].inflows + slipped };
  }
  return result;
}

function serviceWhatIf(services: readonly ServiceCost[], change: WhatIfDrivers["serviceCost"]): ServiceCost[] {
  if (change === null) return [...services];
  return services.map((service) =>
    service.service === change.service ? { ...service, current: service.current * factor(change.changePct) } : service,
  );
}

/**
 * The inputs as they would be under the drivers. `today` stands in for the evaluation date when
 * the workbook has none, exactly as the rules do. Inputs that are missing stay missing.
 */
export function applyWhatIf(inputs: TriggerInputs, drivers: WhatIfDrivers, today: Day): TriggerInputs {
  const day = inputs.evaluationDate ?? today;
  const membership: MembershipInput | null =
    inputs.membership === null
      ? null
      : inputs.membership.kind === "roster"
        ? { kind: "roster", members: rosterWhatIf(inputs.membership.members, drivers, day) }
        : countsWhatIf(inputs.membership, drivers);
  return {
    ...inputs,
    membership,
    plannedSpend: inputs.plannedSpend === null ? null : inputs.plannedSpend * factor(drivers.spendChangePct),
    cashFlow: inputs.cashFlow === null ? null : cashFlowWhatIf(inputs.cashFlow, drivers.delayedQuarter),
    serviceCosts: inputs.serviceCosts === null ? null : serviceWhatIf(inputs.serviceCosts, drivers.serviceCost),
  };
}
