import { addMonths } from "../dates";
import type { Day, LostMembersDetail, Member, Settings } from "../model";

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
