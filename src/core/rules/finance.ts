/** The finance computations the indicators measure with: the cash projection and the cost variances. */
import type { CashFlowQuarter, ServiceCost, ServiceVariance } from "../model";

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

export function serviceVariances(services: readonly ServiceCost[]): ServiceVariance[] {
  return services.map((s) => ({ service: s.service, variance: (s.current - s.historical) / s.historical }));
}
