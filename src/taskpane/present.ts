/** What changed for each indicator since the last evaluation. */
import type { IndicatorResult, Status } from "../core/model";
import type { LogEntry } from "../core";

/** How far a status is from triggering: a higher rank is closer. no_data has no rank. */
const RANK: Record<Status, number | null> = { not_met: 0, near: 1, met: 2, no_data: null };

export type Change =
  { readonly kind: "none" } | { readonly kind: "new" } | { readonly kind: "worse" | "better" | "other"; readonly previous: Status };

/** What changed for one indicator since `previous` (the last logged evaluation). */
export function changeSince(indicator: IndicatorResult, previous: LogEntry | undefined): Change {
  if (!previous) return { kind: "none" };
  const before: Status | null | undefined = previous.statuses[indicator.id];
  if (before === null || before === undefined) return { kind: "new" };
  if (before === indicator.status) return { kind: "none" };
  const [was, now] = [RANK[before], RANK[indicator.status]];
  if (was === null || now === null) return { kind: "other", previous: before };
  return { kind: now > was ? "worse" : "better", previous: before };
}
