/**
 * What-if scenarios: the workbook's inputs changed by a few drivers, to be evaluated again by
 * the same rules. Pure and never written anywhere: the task pane shows the outcome only.
 */
import {
  type CashFlowQuarter,
  type Category,
  type Day,
  type Evaluation,
  type ExternalAssessment,
  type ExternalFactorId,
  type IndicatorId,
  type Language,
  type Member,
  type MembershipInput,
  type Outcome,
  type ServiceCost,
  type Status,
  type TriggerInputs,
} from "./model";
import { EXTERNAL_FACTORS, INDICATORS } from "./indicators";
import { evaluate } from "./rules";

export interface WhatIfDrivers {
  /** Active Tier 1 members that leave on the evaluation date. */
  readonly tier1Lost: number;
  /** Active members of any other tier that leave on the evaluation date. */
  readonly otherLost: number;
  /** Members that join on the evaluation date. */
  readonly newMembers: number;
  /** Planned spend changed by this percentage (10 = +10 %). */
  readonly spendChangePct: number;
  /** Index in the cash-flow projection of the quarter whose inflows slip to the next one; null: none. */
  readonly delayedQuarter: number | null;
  /** One core service whose current cost changes by `changePct` percent; null: none. */
  readonly serviceCost: { readonly service: string; readonly changePct: number } | null;
  /**
   * The Board's factors as the scenario assumes them: true (Yes), false (No), null (not
   * assessed, as a blank Assessment cell); a factor absent here stays as the workbook says.
   */
  readonly externalFactors: Readonly<Partial<Record<ExternalFactorId, boolean | null>>>;
}

export const NO_WHAT_IF: WhatIfDrivers = {
  tier1Lost: 0,
  otherLost: 0,
  newMembers: 0,
  spendChangePct: 0,
  delayedQuarter: null,
  serviceCost: null,
  externalFactors: {},
};

/** The Board's factors are drivers too: the indicator table says which there are. */
export { EXTERNAL_FACTORS } from "./indicators";

/** True when the drivers change nothing. */
export function isNeutral(drivers: WhatIfDrivers): boolean {
  return (
    drivers.tier1Lost === 0 &&
    drivers.otherLost === 0 &&
    drivers.newMembers === 0 &&
    drivers.spendChangePct === 0 &&
    drivers.delayedQuarter === null &&
    (drivers.serviceCost === null || drivers.serviceCost.changePct === 0) &&
    EXTERNAL_FACTORS.every((id) => drivers.externalFactors[id] === undefined)
  );
}

const count = (n: number) => (Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0);
const factor = (pct: number) => (Number.isFinite(pct) ? 1 + pct / 100 : 1);

function isActive(member: Member, day: Day): boolean {
  return member.joined <= day && (member.left === null || member.left > day);
}

/**
 * Members leave "now": the latest-joined active members of the tier leave on the evaluation
 * date, which both removes them from the active count and counts them as lost in the window.
 */
function rosterWhatIf(members: readonly Member[], drivers: WhatIfDrivers, day: Day): Member[] {
  const result = [...members];
  const leave = (wanted: number, ofTier: (tier: number) => boolean) => {
    const candidates = result
      .map((member, index) => ({ member, index }))
      .filter(({ member }) => isActive(member, day) && ofTier(member.tier))
      .sort((a, b) => b.member.joined - a.member.joined || b.index - a.index)
      .slice(0, count(wanted));
    for (const { member, index } of candidates) result[index] = { ...member, left: day };
  };
  leave(drivers.tier1Lost, (tier) => tier === 1);
  leave(drivers.otherLost, (tier) => tier !== 1);
  for (let i = 0; i < count(drivers.newMembers); i += 1) {
    // Joining members' tier does not matter to any rule; the lowest-fee tier is the usual case.
    result.push({ organisation: `what-if:${i + 1}`, tier: 2, joined: day, left: null, annualFee: null });
  }
  return result;
}

function countsWhatIf(counts: Extract<MembershipInput, { kind: "counts" }>, drivers: WhatIfDrivers): MembershipInput {
  const lost = count(drivers.tier1Lost) + count(drivers.otherLost);
  const joined = count(drivers.newMembers);
  return {
    kind: "counts",
    active: counts.active === null ? null : Math.max(0, counts.active - lost + joined),
    newMembers: counts.newMembers === null ? null : counts.newMembers + joined,
    // A non-Tier-1 departure settles the tier condition; Tier 1 departures leave it as it was.
    lostAllTier1: count(drivers.otherLost) > 0 ? false : counts.lostAllTier1,
  };
}

function cashFlowWhatIf(quarters: readonly CashFlowQuarter[], delayed: number | null): CashFlowQuarter[] {
  const result = [...quarters];
  if (delayed === null || delayed < 0 || delayed >= quarters.length) return result;
  const slipped = result[delayed].inflows;
  result[delayed] = { ...result[delayed], inflows: 0 };
  // Inflows delayed past the last projected quarter leave the projection altogether.
  if (delayed + 1 < result.length) {
    result[delayed + 1] = { ...result[delayed + 1], inflows: result[delayed + 1].inflows + slipped };
  }
  return result;
}

function serviceWhatIf(services: readonly ServiceCost[], change: WhatIfDrivers["serviceCost"]): ServiceCost[] {
  if (change === null) return [...services];
  return services.map((service) =>
    service.service === change.service ? { ...service, current: service.current * factor(change.changePct) } : service,
  );
}

/**
 * The factors as the reader would have set them from a Yes, a No or a blank typed in the
 * Assessment column: the row's factor name and evidence stay (a Yes without evidence is still
 * met), and a factor the table lacks is added as if its row had been filled in. "Not assessed"
 * is the reader's null, which the rules treat as no data, exactly as the workbook's blank.
 */
function externalWhatIf(external: TriggerInputs["external"], overrides: WhatIfDrivers["externalFactors"]): TriggerInputs["external"] {
  const changed = EXTERNAL_FACTORS.filter((id) => overrides[id] !== undefined);
  if (changed.length === 0) return external;
  const result: Partial<Record<ExternalFactorId, ExternalAssessment>> = { ...(external ?? {}) };
  for (const id of changed) {
    const assessment = overrides[id] ?? null;
    const row = result[id];
    result[id] = row ? { ...row, assessment } : { id, factor: "", assessment, evidence: "" };
  }
  return result;
}

/** The workbook's own assessment of a factor: true (Yes), false (No), null when not assessed or not read. */
export function workbookAssessment(inputs: TriggerInputs, id: ExternalFactorId): boolean | null {
  return inputs.external?.[id]?.assessment ?? null;
}

/**
 * The inputs as they would be under the drivers. `today` stands in for the evaluation date when
 * the workbook has none, exactly as the rules do. Inputs that are missing stay missing.
 */
export function applyWhatIf(inputs: TriggerInputs, drivers: WhatIfDrivers, today: Day): TriggerInputs {
  const day = inputs.evaluationDate ?? today;
  const membership: MembershipInput | null =
    inputs.membership === null
      ? null
      : inputs.membership.kind === "roster"
        ? { kind: "roster", members: rosterWhatIf(inputs.membership.members, drivers, day) }
        : countsWhatIf(inputs.membership, drivers);
  return {
    ...inputs,
    membership,
    plannedSpend: inputs.plannedSpend === null ? null : inputs.plannedSpend * factor(drivers.spendChangePct),
    cashFlow: inputs.cashFlow === null ? null : cashFlowWhatIf(inputs.cashFlow, drivers.delayedQuarter),
    serviceCosts: inputs.serviceCosts === null ? null : serviceWhatIf(inputs.serviceCosts, drivers.serviceCost),
    external: externalWhatIf(inputs.external, drivers.externalFactors),
  };
}

/** The scenario's evaluation: the drivers applied, then the very rules of the workbook's evaluation. */
export function evaluateWhatIf(
  inputs: TriggerInputs,
  problems: Parameters<typeof evaluate>[1],
  drivers: WhatIfDrivers,
  today: Day,
): Evaluation {
  return evaluate(applyWhatIf(inputs, drivers, today), problems, today);
}

// ---------------------------------------------------------------------------------------------
// Bounds and the text typed into the driver fields

/** The drivers typed as numbers (the quarter and the service are picked from lists). */
export type DriverField = "tier1Lost" | "otherLost" | "newMembers" | "spendChangePct" | "serviceChangePct";
export const DRIVER_FIELDS: readonly DriverField[] = ["tier1Lost", "otherLost", "newMembers", "spendChangePct", "serviceChangePct"];

/** `count`: whole numbers only; `percent`: any number, typed as percents (10 = +10 %). */
export interface DriverBounds {
  readonly kind: "count" | "percent";
  readonly min: number;
  readonly max: number;
}

/**
 * Joining members, and leavers when the workbook gives no active count: far more than the
 * Secretariat has ever had (the threshold is 70), yet a bound that catches a slipped key.
 */
export const MAX_MEMBER_COUNT = 999;
/** −100 %: no spend at all (less is meaningless); +200 %: three times the plan, ten times the 20 % trigger. */
export const SPEND_CHANGE_BOUNDS: DriverBounds = { kind: "percent", min: -100, max: 200 };
/** −100 %: the service costs nothing; +500 %: six times its cost, far past the 10 % trigger. */
export const SERVICE_CHANGE_BOUNDS: DriverBounds = { kind: "percent", min: -100, max: 500 };

/**
 * Each field's range for these inputs: no more members can leave than are active on the
 * evaluation date (per tier with a roster; in all with member counts, which have no tiers).
 */
export function driverBounds(inputs: TriggerInputs, today: Day): Readonly<Record<DriverField, DriverBounds>> {
  const day = inputs.evaluationDate ?? today;
  const membership = inputs.membership;
  let tier1 = MAX_MEMBER_COUNT;
  let other = MAX_MEMBER_COUNT;
  if (membership?.kind === "roster") {
    const active = membership.members.filter((member) => isActive(member, day));
    tier1 = active.filter((member) => member.tier === 1).length;
    other = active.length - tier1;
  } else if (membership?.kind === "counts" && membership.active !== null) {
    tier1 = other = Math.max(0, Math.floor(membership.active));
  }
  return {
    tier1Lost: { kind: "count", min: 0, max: tier1 },
    otherLost: { kind: "count", min: 0, max: other },
    newMembers: { kind: "count", min: 0, max: MAX_MEMBER_COUNT },
    spendChangePct: SPEND_CHANGE_BOUNDS,
    serviceChangePct: SERVICE_CHANGE_BOUNDS,
  };
}

/**
 * A number as a user of `lang` types it: English `1,234.5`, French `1 234,5`, Spanish
 * `1.234,5`. Spaces (ordinary, no-break, narrow) group digits; the other language's mark is
 * read as grouping only in groups of three (`1,500` in English, `1.500` in Spanish), otherwise
 * as the decimal mark when it is the only one (`2.5` in French is 2.5). A sign may be `-`, `+`
 * or the typographic minus `−`. Null when the text is not one number.
 */
export function parseDecimal(text: string, lang: Language): number | null {
  let compact = text.replace(/[\s\u00a0\u202f]/g, "");
  let sign = 1;
  if (/^[-\u2212+]/.test(compact)) {
    sign = compact[0] === "+" ? 1 : -1;
    compact = compact.slice(1);
  }
  const decimal = lang === "en" ? "." : ",";
  const grouping = lang === "en" ? "," : ".";
  const g = grouping === "." ? "\\." : ",";
  const d = decimal === "." ? "\\." : ",";
  let digits: string | null = null;
  if (/^\d+$/.test(compact)) digits = compact;
  else if (new RegExp(`^[1-9]\\d{0,2}(${g}\\d{3})+(${d}\\d+)?$`).test(compact)) {
    const [int, frac] = compact.split(decimal);
    digits = int.split(grouping).join("") + (frac === undefined ? "" : `.${frac}`);
  } else if (new RegExp(`^(\\d+(${d}\\d*)?|${d}\\d+)$`).test(compact)) digits = compact.replace(decimal, ".");
  else if (new RegExp(`^(\\d+${g}\\d+|${g}\\d+)$`).test(compact)) digits = compact.replace(grouping, ".");
  if (digits === null) return null;
  const value = Number(digits);
  return Number.isFinite(value) ? sign * value || 0 : null;
}

/** Why a field's text is refused; `limit` is the bound it passes. */
export type DriverIssue =
  { readonly reason: "notANumber" } | { readonly reason: "notWhole" } | { readonly reason: "below" | "above"; readonly limit: number };

export type DriverCheck = { readonly ok: true; readonly value: number } | ({ readonly ok: false } & DriverIssue);

/**
 * One field's text checked against its bounds. A blank field means no change (0); a percent
 * field may end with `%`.
 */
export function checkDriver(text: string, bounds: DriverBounds, lang: Language): DriverCheck {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: 0 };
  const number = bounds.kind === "percent" ? trimmed.replace(/[\s\u00a0\u202f]*%$/, "") : trimmed;
  const value = parseDecimal(number, lang);
  if (value === null) return { ok: false, reason: "notANumber" };
  if (bounds.kind === "count" && !Number.isInteger(value)) return { ok: false, reason: "notWhole" };
  if (value < bounds.min) return { ok: false, reason: "below", limit: bounds.min };
  if (value > bounds.max) return { ok: false, reason: "above", limit: bounds.max };
  return { ok: true, value };
}

/** What the user typed and picked, before it is checked. */
export interface WhatIfForm {
  readonly texts: Readonly<Record<DriverField, string>>;
  /** Index of the delayed quarter in the projection; null: none. */
  readonly delayedQuarter: number | null;
  /** The service whose cost changes; null: none (its change field is then not checked). */
  readonly service: string | null;
  readonly externalFactors: WhatIfDrivers["externalFactors"];
}

export const EMPTY_WHAT_IF_FORM: WhatIfForm = {
  texts: { tier1Lost: "0", otherLost: "0", newMembers: "0", spendChangePct: "0", serviceChangePct: "0" },
  delayedQuarter: null,
  service: null,
  externalFactors: {},
};

export type DriverReading =
  | { readonly ok: true; readonly drivers: WhatIfDrivers }
  | { readonly ok: false; readonly issues: Readonly<Partial<Record<DriverField, DriverIssue>>> };

/** The drivers, when every field that matters is valid; else each invalid field's issue. */
export function readDrivers(form: WhatIfForm, bounds: Readonly<Record<DriverField, DriverBounds>>, lang: Language): DriverReading {
  const issues: Partial<Record<DriverField, DriverIssue>> = {};
  const values: Partial<Record<DriverField, number>> = {};
  for (const field of DRIVER_FIELDS) {
    if (field === "serviceChangePct" && form.service === null) continue;
    const check = checkDriver(form.texts[field], bounds[field], lang);
    if (check.ok) values[field] = check.value;
    else
      issues[field] =
        check.reason === "below" || check.reason === "above" ? { reason: check.reason, limit: check.limit } : { reason: check.reason };
  }
  if (Object.keys(issues).length > 0) return { ok: false, issues };
  return {
    ok: true,
    drivers: {
      tier1Lost: values.tier1Lost ?? 0,
      otherLost: values.otherLost ?? 0,
      newMembers: values.newMembers ?? 0,
      spendChangePct: values.spendChangePct ?? 0,
      delayedQuarter: form.delayedQuarter,
      serviceCost: form.service === null ? null : { service: form.service, changePct: values.serviceChangePct ?? 0 },
      externalFactors: form.externalFactors,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The scenario against the workbook

export interface IndicatorComparison {
  readonly id: IndicatorId;
  readonly category: Category;
  readonly workbook: Status;
  readonly scenario: Status;
  readonly changed: boolean;
}

export interface WhatIfComparison {
  readonly outcome: { readonly workbook: Outcome; readonly scenario: Outcome; readonly changed: boolean };
  /** All eight indicators, in the rulebook's order. */
  readonly indicators: readonly IndicatorComparison[];
  /** Those whose status the scenario changes. */
  readonly changed: readonly IndicatorComparison[];
  /** How many keep their status. */
  readonly kept: number;
}

/** Each indicator's status in the workbook and in the scenario, and both outcomes. */
export function compareWhatIf(workbook: Evaluation, scenario: Evaluation): WhatIfComparison {
  const statusIn = (evaluation: Evaluation, id: IndicatorId): Status =>
    evaluation.indicators.find((indicator) => indicator.id === id)?.status ?? "no_data";
  const indicators = INDICATORS.map(({ id, category }): IndicatorComparison => {
    const before = statusIn(workbook, id);
    const after = statusIn(scenario, id);
    return { id, category, workbook: before, scenario: after, changed: before !== after };
  });
  const changed = indicators.filter((indicator) => indicator.changed);
  return {
    outcome: { workbook: workbook.outcome, scenario: scenario.outcome, changed: workbook.outcome !== scenario.outcome },
    indicators,
    changed,
    kept: indicators.length - changed.length,
  };
}
