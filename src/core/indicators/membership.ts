/** The two membership indicators' entries. */
import type { MembershipCounts } from "../rules/membership";
import type { IndicatorContext, IndicatorDefinition, Measured, Unmeasured } from "./types";
import { INPUT } from "../read/input-names";
import { countMargin, tierFailsMargin } from "../rules/margin";
import type { MarginHook } from "./types";

/** A count's margin, in the entry's unit and against its own comparison with the trigger. */
export function countMarginOf<D>(id: Parameters<typeof countMargin>[0]): MarginHook<D> {
  return (measured, met, levels, definition) =>
    countMargin(id, measured.value, levels.trigger, definition.levels!.met, definition.marginUnit!, met);
}

const { memberRoster, activeMembers, lostMembersAllTier1, newMembers, evaluationDate } = INPUT;

/** The counts come from the roster, else from the three count cells of a workbook without one. */
function counted<T>(
  context: IndicatorContext,
  fromRoster: (counts: MembershipCounts) => T,
  fromCells: (cells: { active: number | null; newMembers: number | null; lostAllTier1: boolean | null }) => T,
): T | null {
  if (context.counts) return fromRoster(context.counts);
  const membership = context.dateUnknown ? null : context.inputs.membership;
  return membership?.kind === "counts" ? fromCells(membership) : null;
}

/** An `EvaluationDate` that cannot be read: membership is never evaluated as of another day (SPEC). */
function withoutDate(inputs: readonly (typeof INPUT)[keyof typeof INPUT][]): Unmeasured {
  return { noData: true, key: "noDataDate", inputs: [evaluationDate, ...inputs] };
}

interface ActiveDetail {
  /** Every member lost in the window was Tier 1; null when it cannot be checked. */
  readonly allTier1: boolean | null;
  readonly fromRoster: boolean;
}

const ACTIVE_INPUTS = [memberRoster, activeMembers, lostMembersAllTier1] as const;

export const activeMembersEntry: IndicatorDefinition<ActiveDetail> = {
  id: "active_members",
  category: "membership",
  unit: "count",
  inputs: ACTIVE_INPUTS,
  levels: { trigger: "MinActiveMembers", warning: "WarnActiveMembers", met: "<", near: [{ comparison: "<=", level: "warning" }] },
  marginUnit: "members",
  measure(context): Measured<ActiveDetail> | Unmeasured {
    if (context.dateUnknown) return withoutDate(ACTIVE_INPUTS);
    const active = counted(
      context,
      (c) => c.active,
      (cells) => cells.active,
    );
    if (active === null) return { noData: true };
    const { settings, counts } = context;
    // Zero members lost satisfies "every member lost was Tier 1": the count alone then decides.
    const allTier1 = counted(
      context,
      (c) => c.lostAllTier1,
      (cells) => cells.lostAllTier1,
    );
    const lost = counts?.lost;
    const lostParams: Record<string, number> = lost ? { lost: lost.count, lostTier1: lost.byTier[1] ?? 0, feeUsd: lost.feeIncomeLost } : {};
    return {
      value: active,
      params: { active, min: settings.MinActiveMembers, warn: settings.WarnActiveMembers, months: settings.LookbackMonths, ...lostParams },
      detail: { allTier1, fromRoster: lost !== undefined },
    };
  },
  explain(status, measured, { settings }) {
    if (status === "near") return "active_members.near";
    if (status === "not_met") return "active_members.notMet";
    if (!settings.RequireLostMembersTier1) return "active_members.metCountOnly";
    if (measured.detail.allTier1 === null) return "active_members.metUnchecked";
    return measured.detail.fromRoster ? "active_members.met" : "active_members.metCounts";
  },
  // The Tier 1 condition (SPEC): below the trigger, but a member of another tier left: near.
  refine(status, measured, { settings }) {
    if (status !== "met" || !settings.RequireLostMembersTier1 || measured.detail.allTier1 !== false) return null;
    return { status: "near", key: "active_members.nearTierFails", margin: tierFailsMargin(settings.MinActiveMembers) };
  },
  margin: countMarginOf("active_members"),
};

const NEW_INPUTS = [memberRoster, newMembers] as const;

export const newMembersEntry: IndicatorDefinition<null> = {
  id: "new_members",
  category: "membership",
  unit: "count",
  inputs: NEW_INPUTS,
  // Near is exactly on the minimum: the warning level is the minimum itself.
  levels: { trigger: "MinNewMembers", warning: "MinNewMembers", met: "<", near: [{ comparison: "=", level: "warning" }] },
  marginUnit: "members",
  measure(context) {
    if (context.dateUnknown) return withoutDate(NEW_INPUTS);
    const count = counted(
      context,
      (c) => c.newMembers,
      (cells) => cells.newMembers,
    );
    if (count === null) return { noData: true };
    const { settings } = context;
    return { value: count, params: { count, min: settings.MinNewMembers, months: settings.LookbackMonths }, detail: null };
  },
  explain: (status) => (status === "met" ? "new_members.met" : status === "near" ? "new_members.near" : "new_members.notMet"),
  margin: countMarginOf("new_members"),
};
