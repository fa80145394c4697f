import type { CashFlowQuarter, IndicatorResult, ServiceCost, ServiceVariance, Settings, Status } from "../model";
import { costMarginAggregate, costMarginAny, countMargin, spendMargin } from "./margin";
import { noData, result } from "./result";

/** Strict comparisons, as each indicator is worded: exactly on the threshold is `near`. */
type Banded = Exclude<Status, "no_data">;

function band(value: number, max: number, warn: number): Banded {
  return value > max ? "met" : value > warn || value === max ? "near" : "not_met";
}

const KEY = { met: "met", near: "near", not_met: "notMet" } as const satisfies Record<Banded, string>;

export function spendIndicator(
  plannedSpend: number | null,
  envelope: number | null,
  settings: Settings,
): IndicatorResult {
  const id = "spend_vs_envelope";
  const inputs = ["PlannedSpend", "BudgetEnvelope"];
  if (plannedSpend === null || envelope === null || envelope <= 0) {
    const missing = inputs.filter((name) => (name === "PlannedSpend" ? plannedSpend === null : envelope === null || envelope <= 0));
    return noData(id, "percent", settings.MaxSpendOverEnvelope, inputs, settings.WarnSpendOverEnvelope, "noData", missing);
  }
  const over = (plannedSpend - envelope) / envelope;
  const status = band(over, settings.MaxSpendOverEnvelope, settings.WarnSpendOverEnvelope);
  // Exactly on the warning level is not "below" it: the sentence says so.
  const atWarning = status === "not_met" && over === settings.WarnSpendOverEnvelope;
  const key = status === "not_met" && over <= 0 ? "withinEnvelope" : atWarning ? "atWarning" : KEY[status];
  const params = {
    spendUsd: plannedSpend,
    envelopeUsd: envelope,
    overPct: over,
    maxPct: settings.MaxSpendOverEnvelope,
    warnPct: settings.WarnSpendOverEnvelope,
  };
  return result(id, status, over, settings.MaxSpendOverEnvelope, "percent", `spend_vs_envelope.${key}`, params, inputs, {
    warning: settings.WarnSpendOverEnvelope,
    margin: spendMargin(plannedSpend, envelope, settings.MaxSpendOverEnvelope, status === "met"),
  });
}

export interface CashProjection {
  readonly closingBalances: readonly { readonly quarter: string; readonly balance: number }[];
  readonly deficitQuarters: number;
  readonly longestRun: number;
}

/** Closing balances are cumulative from the opening balance; every quarter below the reserve counts. */
export function projectCash(opening: number, quarters: readonly CashFlowQuarter[], reserve: number): CashProjection {
  let balance = opening;
  let deficitQuarters = 0;
  let run = 0;
  let longestRun = 0;
  const closingBalances = quarters.map((q) => {
    balance += q.inflows - q.outflows;
    if (balance < reserve) {
      deficitQuarters++;
      run++;
      longestRun = Math.max(longestRun, run);
    } else {
      run = 0;
    }
    return { quarter: q.quarter, balance };
  });
  return { closingBalances, deficitQuarters, longestRun };
}

/** `missing`: which of the two inputs is absent, when the caller knows (else both are named). */
export function cashIndicator(projection: CashProjection | null, settings: Settings, missing?: readonly string[]): IndicatorResult {
  const id = "cash_deficit_quarters";
  const inputs = ["CashFlow", "CashOpeningBalance"];
  if (projection === null || projection.closingBalances.length === 0) {
    return noData(id, "count", settings.MaxDeficitQuarters, inputs, settings.MaxDeficitQuarters, "noData", missing?.length ? missing : inputs);
  }
  const count = projection.deficitQuarters;
  const max = settings.MaxDeficitQuarters;
  const status: Status = count > max ? "met" : count === max ? "near" : "not_met";
  const params = {
    count,
    total: projection.closingBalances.length,
    run: projection.longestRun,
    max,
    reserveUsd: settings.MinCashReserve,
  };
  // Near is exactly on the limit: the warning level is the limit itself.
  return result(id, status, count, max, "count", `cash_deficit_quarters.${KEY[status]}`, params, inputs, {
    warning: max,
    margin: countMargin("cash_deficit_quarters", count, max, ">", "quarters", status === "met"),
  });
}

export function serviceVariances(services: readonly ServiceCost[]): ServiceVariance[] {
  return services.map((s) => ({ service: s.service, variance: (s.current - s.historical) / s.historical }));
}

export function costIndicator(services: readonly ServiceCost[] | null, settings: Settings): IndicatorResult {
  const id = "core_service_cost";
  const inputs = ["CoreServiceCosts"];
  if (services === null || services.length === 0) {
    return noData(id, "percent", settings.MaxCostOverHistorical, inputs, settings.WarnCostOverHistorical);
  }
  const max = settings.MaxCostOverHistorical;
  const warn = settings.WarnCostOverHistorical;
  if (settings.CostRule === "aggregate") {
    let current = 0;
    let historical = 0;
    for (const s of services) {
      current += s.current;
      historical += s.historical;
    }
    const variance = (current - historical) / historical;
    const status = band(variance, max, warn);
    const params = { variancePct: variance, maxPct: max, warnPct: warn, count: services.length };
    return result(id, status, variance, max, "percent", `core_service_cost.aggregate.${KEY[status]}`, params, inputs, {
      warning: warn,
      margin: costMarginAggregate(current, historical, max, status === "met"),
    });
  }
  // `any`: the worst service decides, and the explanation names it.
  const variances = serviceVariances(services);
  let worst = variances[0];
  for (const v of variances) if (v.variance > worst.variance) worst = v;
  const status = band(worst.variance, max, warn);
  const above = variances.filter((v) => v.variance > max).length;
  const params = { service: worst.service, variancePct: worst.variance, maxPct: max, warnPct: warn, above, count: services.length };
  return result(id, status, worst.variance, max, "percent", `core_service_cost.any.${KEY[status]}`, params, inputs, {
    warning: warn,
    margin: costMarginAny(services, max, status === "met"),
  });
}
