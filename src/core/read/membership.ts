/**
 * Membership comes from the roster when the workbook has one; only when `MemberRoster` is not
 * defined at all are the three count cells read instead.
 */
import type { MembershipInput, Settings } from "../model";
import type { ReadContext } from "./context";
import { INPUT } from "./names";
import { readCountCell, readLostAllTier1 } from "./single";
import { readMemberRoster } from "./tables";

const COUNT_NAMES = [INPUT.activeMembers, INPUT.newMembers, INPUT.lostMembersAllTier1] as const;

export function readMembership(ctx: ReadContext, settings: Settings): MembershipInput | null {
  if (!ctx.isMissing(INPUT.memberRoster) || COUNT_NAMES.every((name) => ctx.isMissing(name))) {
    // A roster the user defined, even a broken one, is what they meant: no fallback to counts.
    const members = readMemberRoster(ctx);
    return members ? { kind: "roster", members } : null;
  }
  const active = readCountCell(ctx, INPUT.activeMembers);
  const newMembers = readCountCell(ctx, INPUT.newMembers);
  const lost = readLostAllTier1(ctx);
  if (lost.value === null && settings.RequireLostMembersTier1 && ctx.log.errorCount(INPUT.lostMembersAllTier1) === 0) {
    ctx.log.warning(INPUT.lostMembersAllTier1, lost.cell, "tierNotChecked");
  }
  return { kind: "counts", active, newMembers, lostAllTier1: lost.value };
}
