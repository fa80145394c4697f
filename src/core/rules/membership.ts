import type { KeyOf } from "../i18n";
import { addMonths } from "../dates";
import type { Day, IndicatorResult, LostMembersDetail, MembershipInput, Member, Settings } from "../model";
import { countMargin, tierFailsMargin } from "./margin";
import { noData, result } from "./result";

/** Who counts where on the evaluation date; one pass over the roster. */
export interface MembershipCounts {
  readonly active: number;
  readonly newMembers: number;
  readonly lost: LostMembersDetail;
  readonly lostAllTier1: boolean;
}

/**
 * The look-back window is the `months` months ending on the evaluation date: after the same day
 * N months earlier, up to and including the evaluation date (SPEC).
 */
export function countMembers(members: readonly Member[], date: Day, settings: Settings): MembershipCounts {
  const windowStart = addMonths(date, -settings.LookbackMonths);
  let active = 0;
  let newMembers = 0;
  let lostCount = 0;
  let feeIncomeLost = 0;
  let feeIncomePartial = false;
  let lostAllTier1 = true;
  const byTier: Record<number, number> = {};
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (m.joined <= date && (m.left === null || m.left > date)) active++;
    if (m.joined > windowStart && m.joined <= date) newMembers++;
    if (m.left !== null && m.left > windowStart && m.left <= date) {
      lostCount++;
      byTier[m.tier] = (byTier[m.tier] ?? 0) + 1;
      if (m.tier !== 1) lostAllTier1 = false;
      if (m.annualFee !== null) feeIncomeLost += m.annualFee;
      else if (m.tier === 1) feeIncomeLost += settings.Tier1Fee;
      else feeIncomePartial = true;
    }
  }
  return {
    active,
    newMembers,
    lost: { count: lostCount, byTier, feeIncomeLost, feeIncomePartial },
    lostAllTier1,
  };
}

const MEMBER_INPUTS = ["MemberRoster", "ActiveMembers", "LostMembersAllTier1"];
const NEW_MEMBER_INPUTS = ["MemberRoster", "NewMembers12M"];

/**
 * An `EvaluationDate` that cannot be read: the two membership indicators depend on the date and
 * are never evaluated as of another day (SPEC).
 */
export function membershipWithoutDate(settings: Settings): IndicatorResult[] {
  return [
    noData("active_members", "count", settings.MinActiveMembers, ["EvaluationDate", ...MEMBER_INPUTS], settings.WarnActiveMembers, "noDataDate"),
    noData("new_members", "count", settings.MinNewMembers, ["EvaluationDate", ...NEW_MEMBER_INPUTS], settings.MinNewMembers, "noDataDate"),
  ];
}

export function activeMembersIndicator(
  membership: MembershipInput | null,
  counts: MembershipCounts | null,
  settings: Settings,
): IndicatorResult {
  const id = "active_members";
  const active = counts ? counts.active : membership?.kind === "counts" ? membership.active : null;
  if (active === null) return noData(id, "count", settings.MinActiveMembers, MEMBER_INPUTS, settings.WarnActiveMembers);
  // Zero members lost satisfies "every member lost was Tier 1": the count alone then decides.
  const allTier1 = counts ? counts.lostAllTier1 : membership?.kind === "counts" ? membership.lostAllTier1 : null;
  const base = { active, min: settings.MinActiveMembers, warn: settings.WarnActiveMembers, months: settings.LookbackMonths };
  const lost = counts?.lost;
  const lostParams: Record<string, number> = lost
    ? { lost: lost.count, lostTier1: lost.byTier[1] ?? 0, feeUsd: lost.feeIncomeLost }
    : {};
  const make = (status: IndicatorResult["status"], key: Extract<KeyOf<"explanations">, `active_members.${string}`> extends `active_members.${infer K}` ? K : never) =>
    result(id, status, active, settings.MinActiveMembers, "count", `active_members.${key}`, { ...base, ...lostParams }, MEMBER_INPUTS, {
      warning: settings.WarnActiveMembers,
      margin:
        key === "nearTierFails"
          ? tierFailsMargin(settings.MinActiveMembers)
          : countMargin(id, active, settings.MinActiveMembers, "<", "members", status === "met"),
    });

  if (active < settings.MinActiveMembers) {
    if (!settings.RequireLostMembersTier1) return make("met", "metCountOnly");
    if (allTier1 === null) return make("met", "metUnchecked");
    if (!allTier1) return make("near", "nearTierFails");
    return make("met", lost ? "met" : "metCounts");
  }
  if (active <= settings.WarnActiveMembers) return make("near", "near");
  return make("not_met", "notMet");
}

export function newMembersIndicator(
  membership: MembershipInput | null,
  counts: MembershipCounts | null,
  settings: Settings,
): IndicatorResult {
  const id = "new_members";
  const inputs = NEW_MEMBER_INPUTS;
  const count = counts ? counts.newMembers : membership?.kind === "counts" ? membership.newMembers : null;
  if (count === null) return noData(id, "count", settings.MinNewMembers, inputs, settings.MinNewMembers);
  const params = { count, min: settings.MinNewMembers, months: settings.LookbackMonths };
  const status = count < settings.MinNewMembers ? "met" : count === settings.MinNewMembers ? "near" : "not_met";
  const key = status === "met" ? "met" : status === "near" ? "near" : "notMet";
  // Near is exactly on the minimum: the warning level is the minimum itself.
  return result(id, status, count, settings.MinNewMembers, "count", `new_members.${key}`, params, inputs, {
    warning: settings.MinNewMembers,
    margin: countMargin(id, count, settings.MinNewMembers, "<", "members", status === "met"),
  });
}
