/** The three finance indicators' entries. */
import type { ServiceCost } from "../model";
import { INPUT } from "../read/input-names";
import { serviceVariances } from "../rules/finance";
import { costMarginAggregate, costMarginAny, spendMargin } from "../rules/margin";
import { countMarginOf } from "./membership";
import type { Banded, IndicatorDefinition, LevelComparison } from "./types";

/** Key suffixes of the explanations, per status. */
const KEY = { met: "met", near: "near", not_met: "notMet" } as const satisfies Record<Banded, string>;

/** Strict comparisons, as each indicator is worded: exactly on the trigger is `near` (SPEC). */
const ABOVE_WARNING_OR_ON_TRIGGER: readonly [LevelComparison, LevelComparison] = [
  { comparison: ">", level: "warning" },
  { comparison: "=", level: "trigger" },
];

interface SpendDetail {
  readonly planned: number;
  readonly envelope: number;
}

export const spendEntry: IndicatorDefinition<SpendDetail> = {
  id: "spend_vs_envelope",
  category: "finance",
  unit: "percent",
  inputs: [INPUT.plannedSpend, INPUT.budgetEnvelope],
  levels: { trigger: "MaxSpendOverEnvelope", warning: "WarnSpendOverEnvelope", met: ">", near: ABOVE_WARNING_OR_ON_TRIGGER },
  marginUnit: "usd",
  measure({ inputs, settings }) {
    const { plannedSpend: planned, budgetEnvelope: envelope } = inputs;
    if (planned === null || envelope === null || envelope <= 0) {
      return {
        noData: true,
        missing: [...(planned === null ? [INPUT.plannedSpend] : []), ...(envelope === null || envelope <= 0 ? [INPUT.budgetEnvelope] : [])],
      };
    }
    const over = (planned - envelope) / envelope;
    const params = {
      spendUsd: planned,
      envelopeUsd: envelope,
      overPct: over,
      maxPct: settings.MaxSpendOverEnvelope,
      warnPct: settings.WarnSpendOverEnvelope,
    };
    return { value: over, params, detail: { planned, envelope } };
  },
  explain(status, { value }, { settings }) {
    if (status === "not_met" && value <= 0) return "spend_vs_envelope.withinEnvelope";
    // Exactly on the warning level is not "below" it: the sentence says so.
    if (status === "not_met" && value === settings.WarnSpendOverEnvelope) return "spend_vs_envelope.atWarning";
    return `spend_vs_envelope.${KEY[status]}`;
  },
  margin: (measured, met, levels) => spendMargin(measured.detail.planned, measured.detail.envelope, levels.trigger, met),
};

export const cashEntry: IndicatorDefinition<null> = {
  id: "cash_deficit_quarters",
  category: "finance",
  unit: "count",
  inputs: [INPUT.cashFlow, INPUT.cashOpeningBalance],
  // Near is exactly on the limit: the warning level is the limit itself.
  levels: { trigger: "MaxDeficitQuarters", warning: "MaxDeficitQuarters", met: ">", near: [{ comparison: "=", level: "warning" }] },
  marginUnit: "quarters",
  measure({ inputs, cash, settings }) {
    if (cash === null || cash.closingBalances.length === 0) {
      const missing = [
        ...(inputs.cashFlow === null || inputs.cashFlow.length === 0 ? [INPUT.cashFlow] : []),
        ...(inputs.cashOpeningBalance === null ? [INPUT.cashOpeningBalance] : []),
      ];
      return { noData: true, missing: missing.length > 0 ? missing : [INPUT.cashFlow, INPUT.cashOpeningBalance] };
    }
    const count = cash.deficitQuarters;
    const params = {
      count,
      total: cash.closingBalances.length,
      run: cash.longestRun,
      max: settings.MaxDeficitQuarters,
      reserveUsd: settings.MinCashReserve,
    };
    return { value: count, params, detail: null };
  },
  explain: (status) => `cash_deficit_quarters.${KEY[status]}`,
  margin: countMarginOf("cash_deficit_quarters"),
};

/**
 * `CostRule` (a hook of this entry): `any`, the worst service decides and the explanation names
 * it; `aggregate`, the total of all services against their total history.
 */
interface CostDetail {
  readonly rule: "any" | "aggregate";
  readonly services: readonly ServiceCost[];
  readonly current: number;
  readonly historical: number;
}

export const costEntry: IndicatorDefinition<CostDetail> = {
  id: "core_service_cost",
  category: "finance",
  unit: "percent",
  inputs: [INPUT.coreServiceCosts],
  levels: { trigger: "MaxCostOverHistorical", warning: "WarnCostOverHistorical", met: ">", near: ABOVE_WARNING_OR_ON_TRIGGER },
  marginUnit: "usd",
  measure({ inputs, settings }) {
    const services = inputs.serviceCosts;
    if (services === null || services.length === 0) return { noData: true };
    const max = settings.MaxCostOverHistorical;
    const warn = settings.WarnCostOverHistorical;
    let current = 0;
    let historical = 0;
    for (const s of services) {
      current += s.current;
      historical += s.historical;
    }
    if (settings.CostRule === "aggregate") {
      const variance = (current - historical) / historical;
      const params = { variancePct: variance, maxPct: max, warnPct: warn, count: services.length };
      return { value: variance, params, detail: { rule: "aggregate", services, current, historical } };
    }
    const variances = serviceVariances(services);
    let worst = variances[0];
    for (const v of variances) if (v.variance > worst.variance) worst = v;
    const above = variances.filter((v) => v.variance > max).length;
    const params = { service: worst.service, variancePct: worst.variance, maxPct: max, warnPct: warn, above, count: services.length };
    return { value: worst.variance, params, detail: { rule: "any", services, current, historical } };
  },
  explain: (status, measured) => `core_service_cost.${measured.detail.rule}.${KEY[status]}`,
  margin: ({ detail }, met, levels) =>
    detail.rule === "aggregate"
      ? costMarginAggregate(detail.current, detail.historical, levels.trigger, met)
      : costMarginAny(detail.services, levels.trigger, met),
};
