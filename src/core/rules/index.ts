/** The IATI MVSP 2026 rulebook: typed inputs in, eight statuses and an outcome out. */
import { isoFromDay } from "../dates";
import { Fingerprint } from "../fingerprint";
import type { Day, Evaluation, IndicatorResult, Outcome, Problem, Settings, TriggerInputs } from "../model";
import { INDICATOR_TABLE, evaluateIndicator, nameProblemCells, type IndicatorContext } from "../indicators";
import { projectCash, serviceVariances } from "./finance";
import { countMembers } from "./membership";

export { countMembers } from "./membership";
export { projectCash } from "./finance";

/**
 * Two or more met (setting): consider the MVSP. Fewer met, but enough could be among those
 * without data: incomplete, no conclusion (missing inputs must never look reassuring). Else at
 * least one met, or none met and two or more near: monitor. The add-in recommends; the Board decides.
 */
export function outcomeOf(indicators: readonly IndicatorResult[], settings: Settings): Outcome {
  const met = indicators.filter((i) => i.status === "met").length;
  const near = indicators.filter((i) => i.status === "near").length;
  const noData = indicators.filter((i) => i.status === "no_data").length;
  if (met >= settings.IndicatorsToConsiderMVSP) return "consider_mvsp";
  if (met + noData >= settings.IndicatorsToConsiderMVSP) return "incomplete";
  if (met >= 1 || near >= 2) return "monitor";
  return "no_trigger";
}

/**
 * `today` is used when the workbook has no EvaluationDate; never when it has one that cannot be
 * read (the membership indicators are then `no_data` and the evaluation has no date).
 */
export function evaluate(inputs: TriggerInputs, problems: readonly Problem[], today: Day): Evaluation {
  const { settings } = inputs;
  const dateUnknown = inputs.evaluationDate === null && inputs.evaluationDateUnreadable === true;
  const date = inputs.evaluationDate ?? today;
  const membership = dateUnknown ? null : inputs.membership;
  const counts = membership?.kind === "roster" ? countMembers(membership.members, date, settings) : null;
  const cash =
    inputs.cashOpeningBalance !== null && inputs.cashFlow !== null
      ? projectCash(inputs.cashOpeningBalance, inputs.cashFlow, settings.MinCashReserve)
      : null;

  const context: IndicatorContext = { inputs, settings, date, dateUnknown, counts, cash };
  // Each indicator by its entry of the table, in the rulebook's order.
  const indicators: IndicatorResult[] = INDICATOR_TABLE.map((entry) => nameProblemCells(evaluateIndicator(entry, context), problems));

  const lostAllTier1 = counts ? counts.lostAllTier1 : membership?.kind === "counts" ? membership.lostAllTier1 : null;
  return {
    evaluationDate: dateUnknown ? null : isoFromDay(date),
    outcome: outcomeOf(indicators, settings),
    metCount: indicators.filter((i) => i.status === "met").length,
    nearCount: indicators.filter((i) => i.status === "near").length,
    noDataCount: indicators.filter((i) => i.status === "no_data").length,
    indicators,
    problems,
    settings,
    details: {
      activeMembers: indicators[0].value,
      newMembers: indicators[1].value,
      lostMembers: counts ? counts.lost : null,
      lostAllTier1,
      plannedSpend: inputs.plannedSpend,
      budgetEnvelope: inputs.budgetEnvelope,
      deficitQuarters: cash ? cash.deficitQuarters : null,
      longestDeficitRun: cash ? cash.longestRun : null,
      closingBalances: cash ? cash.closingBalances : [],
      serviceVariances: inputs.serviceCosts ? serviceVariances(inputs.serviceCosts) : [],
    },
    fingerprint: fingerprintInputs(inputs, dateUnknown ? null : date),
  };
}

/** Everything that decides the result, in a fixed order: inputs, settings and the date. */
export function fingerprintInputs(inputs: TriggerInputs, date: Day | null): string {
  const h = new Fingerprint();
  h.add(date).add(inputs.budgetEnvelope).add(inputs.plannedSpend).add(inputs.cashOpeningBalance);
  for (const q of inputs.cashFlow ?? []) h.add(q.quarter).add(q.inflows).add(q.outflows);
  const m = inputs.membership;
  if (m?.kind === "roster") {
    for (const r of m.members) h.add(r.organisation).add(r.tier).add(r.joined).add(r.left).add(r.annualFee);
  } else if (m) {
    h.add(m.active).add(m.newMembers).add(m.lostAllTier1);
  }
  for (const s of inputs.serviceCosts ?? []) h.add(s.service).add(s.current).add(s.historical);
  for (const id of ["E1", "E2", "E3"] as const) {
    const f = inputs.external?.[id];
    h.add(f ? f.assessment : null).add(f ? f.evidence : null);
  }
  for (const [key, value] of Object.entries(inputs.settings)) h.add(key).add(value);
  return h.digest();
}
