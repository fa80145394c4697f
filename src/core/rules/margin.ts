/**
 * Margin to the trigger (SPEC): for an indicator not met, the smallest change of its input that
 * would meet it, in the unit finance staff think in; for a met one, how far past the trigger it
 * is, as a negative number. Each is checked against the rule's own comparison, so a margin
 * never promises a status the rules would not give.
 */
import type { KeyOf } from "../i18n";
import type { Margin, MarginUnit, ServiceCost } from "../model";

type Params = Readonly<Record<string, string | number>>;

function margin(amount: number, unit: MarginUnit, key: KeyOf<"explanations">, params: Params = {}): Margin {
  // -0 reads as "−0" in some formats.
  return { amount: amount === 0 ? 0 : amount, unit, sentence: { key, params } };
}

/** Count-based keys have a singular twin (`.one`) so "1 more member" reads right. */
function countKey<K extends string>(key: K, count: number): K | `${K}.one` {
  return Math.abs(count) === 1 ? `${key}.one` : key;
}

/**
 * A count compared strictly with its trigger: met when `value < trigger` (`<`) or
 * `value > trigger` (`>`). Not met: how many must change; met: the distance past it, negative.
 */
export function countMargin(
  indicator: "active_members" | "new_members" | "cash_deficit_quarters",
  value: number,
  trigger: number,
  comparison: "<" | ">",
  unit: MarginUnit,
  met: boolean,
): Margin {
  const distance = comparison === "<" ? trigger - value : value - trigger;
  if (met) return margin(-distance, unit, countKey(`margin.${indicator}.met`, distance), { count: distance });
  const needed = Math.max(1, Math.floor(-distance) + 1);
  return margin(needed, unit, countKey(`margin.${indicator}.toMeet`, needed), { count: needed });
}

/**
 * The whole dollars to add to `current` so that `(current + a − base) / base > max`, as the
 * rules compare it (floating point included): the arithmetic gives the candidate, a bounded
 * search settles the last dollar. Steps double, so the search ends within a few thousand
 * comparisons even past 2^53 (where `a + 1 === a`) or on non-finite numbers; the read refuses
 * amounts that large, but the pane and the CLI run this same code and must never hang.
 */
export function usdToExceed(current: number, base: number, max: number): number {
  const exceeds = (a: number) => (current + a - base) / base > max;
  const gap = Math.round((base * (1 + max) - current) * 100) / 100;
  const candidate = Math.max(1, Math.floor(gap) + 1);
  let hi = Number.isFinite(candidate) ? candidate : 1;
  let lo = 0;
  // Upwards until it is met (`lo`: the last amount known not to meet it).
  for (let step = 1; !exceeds(hi); step *= 2) {
    if (!Number.isFinite(hi + step)) return Number.isFinite(candidate) ? candidate : Number.MAX_VALUE;
    lo = hi;
    hi += step;
  }
  // Downwards while one less still meets it.
  if (lo === 0) {
    for (let step = 1; hi > 1; step *= 2) {
      const below = Math.max(0, hi - step);
      if (below < 1 || !exceeds(below)) {
        lo = below;
        break;
      }
      hi = below;
    }
  }
  // Bisect to the dollar; stops when the floating-point grid is coarser than a dollar.
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (mid <= lo || mid >= hi) break;
    if (exceeds(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** How far past its trigger level an amount is, in whole dollars. */
function usdPast(current: number, base: number, max: number): number {
  return Math.round(current - base * (1 + max));
}

export function spendMargin(planned: number, envelope: number, max: number, met: boolean): Margin {
  if (met) {
    const past = usdPast(planned, envelope, max);
    return margin(-past, "usd", "margin.spend_vs_envelope.met", { amountUsd: past });
  }
  const add = usdToExceed(planned, envelope, max);
  return margin(add, "usd", "margin.spend_vs_envelope.toMeet", { amountUsd: add });
}

/** `any`: the service nearest its trigger (not met) or furthest past it (met), named in the sentence. */
export function costMarginAny(services: readonly ServiceCost[], max: number, met: boolean): Margin {
  if (met) {
    let best: { service: string; past: number } | null = null;
    for (const s of services) {
      if ((s.current - s.historical) / s.historical <= max) continue;
      const past = usdPast(s.current, s.historical, max);
      if (!best || past > best.past) best = { service: s.service, past };
    }
    const { service, past } = best ?? { service: "", past: 0 };
    return margin(-past, "usd", "margin.core_service_cost.any.met", { service, amountUsd: past });
  }
  let nearest: { service: string; add: number } | null = null;
  for (const s of services) {
    const add = usdToExceed(s.current, s.historical, max);
    if (!nearest || add < nearest.add) nearest = { service: s.service, add };
  }
  const { service, add } = nearest ?? { service: "", add: 0 };
  return margin(add, "usd", "margin.core_service_cost.any.toMeet", { service, amountUsd: add });
}

export function costMarginAggregate(current: number, historical: number, max: number, met: boolean): Margin {
  if (met) {
    const past = usdPast(current, historical, max);
    return margin(-past, "usd", "margin.core_service_cost.aggregate.met", { amountUsd: past });
  }
  const add = usdToExceed(current, historical, max);
  return margin(add, "usd", "margin.core_service_cost.aggregate.toMeet", { amountUsd: add });
}

/** Below the trigger already, but not every member lost was Tier 1: nothing to count, the sentence says why. */
export function tierFailsMargin(min: number): Margin {
  return margin(0, "members", "margin.active_members.tierFails", { min });
}
