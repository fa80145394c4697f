/** Turns the core's data (statuses, problems, explanations) into sentences in one language. */
import {
  type Category,
  type Evaluation,
  type IndicatorId,
  type IndicatorResult,
  type Language,
  type Outcome,
  type Problem,
  type Status,
} from "./model";
import { translate, type KeyOf } from "./i18n";
import { metWhen, nearFrom } from "./indicators";
import { formatCount, formatPercent, formatUsd } from "./format";
import { quarterOf } from "./dates";

export function statusWord(status: Status, lang: Language): string {
  return translate(lang, "terms", `status.${status}`);
}

/** The four status words, as parameters of sentences that list them (legends, notes). */
export function statusWords(lang: Language): { met: string; near: string; notMet: string; noData: string } {
  return {
    met: statusWord("met", lang),
    near: statusWord("near", lang),
    notMet: statusWord("not_met", lang),
    noData: statusWord("no_data", lang),
  };
}

export function indicatorName(id: IndicatorId, lang: Language): string {
  return translate(lang, "indicatorNames", id);
}

export function categoryName(category: Category, lang: Language): string {
  return translate(lang, "terms", `category.${category}`);
}

export function outcomeLabel(outcome: Outcome, lang: Language): string {
  return translate(lang, "terms", `outcome.${outcome}`);
}

/**
 * The outcome in one sentence. When indicators lack data it names them, and says in words that
 * the evaluation is incomplete even when the outcome is decided.
 */
export function outcomeSentence(
  evaluation: Evaluation,
  lang: Language,
  nameOf: (id: IndicatorId) => string = (id) => translate(lang, "terms", `short.${id}`),
): string {
  const missing = evaluation.indicators
    .filter((i) => i.status === "no_data")
    .map((i) => nameOf(i.id))
    .join(", ");
  const params = {
    met: evaluation.metCount,
    near: evaluation.nearCount,
    noData: evaluation.noDataCount,
    missing,
    needed: evaluation.settings.IndicatorsToConsiderMVSP,
  };
  const main = translate(lang, "outcomes", evaluation.outcome, params);
  if (evaluation.outcome === "incomplete" || evaluation.noDataCount === 0) return main;
  return `${main} ${translate(lang, "outcomes", "incompleteNote", params)}`;
}

/** The margin to the trigger in one sentence ("3 more members leaving would meet it"); null when there is none. */
export function marginText(indicator: IndicatorResult, lang: Language): string | null {
  const margin = indicator.margin;
  if (!margin) return null;
  return translate(lang, "explanations", margin.sentence.key, localiseParams(margin.sentence.params, lang));
}

/**
 * The margin in a few words, never as a signed number ("3 more leaving", "met by 2",
 * "492,801 USD more"): the summary, the command line's table and the pane all show this.
 * Null when there is none (the Board's assessments, no data).
 */
export function marginWords(indicator: IndicatorResult, lang: Language): string | null {
  const margin = indicator.margin;
  if (!margin) return null;
  // Below the trigger already but not met (a member lost was not Tier 1): no distance to state.
  if (indicator.id === "active_members" && margin.amount === 0 && indicator.status !== "met") {
    return translate(lang, "page", "margin.active_members.tierFails");
  }
  const size = Math.abs(margin.amount);
  const key = `margin.${indicator.id}.${indicator.status === "met" ? "met" : "toMeet"}` as KeyOf<"page">;
  return translate(lang, "page", key, { n: size, count: formatCount(size, lang), amountUsd: formatUsd(size, lang) });
}

/** Where the warning band starts: `≤ 73`, `= 2`, `> 15.0%`; null for the Board's assessments. */
export function nearFromText(indicator: IndicatorResult, lang: Language): string | null {
  const comparison = nearFrom(indicator.id);
  if (!comparison || indicator.warning === null) return null;
  const symbol = comparison === "<=" ? "≤" : comparison;
  return `${symbol} ${valueText(indicator.warning, indicator.unit, lang)}`;
}

/**
 * Parameters are raw numbers; their name says how to show them: `...Pct` a fraction as a
 * percentage, `...Usd` an amount, any other number a count.
 */
export function localiseParams(params: Readonly<Record<string, string | number>>, lang: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== "number") out[key] = value;
    else if (key.endsWith("Pct")) out[key] = formatPercent(value, lang);
    else if (key.endsWith("Usd")) out[key] = formatUsd(value, lang);
    else out[key] = formatCount(value, lang);
  }
  return out;
}

export function explanationText(indicator: IndicatorResult, lang: Language): string {
  return translate(lang, "explanations", indicator.explanation.key, localiseParams(indicator.explanation.params, lang));
}

/** The problem's sentence, naming its cell. */
export function problemMessage(problem: Problem, lang: Language): string {
  return translate(lang, "problems", problem.code, { name: problem.name, cell: problem.cell, ...problem.params });
}

/** A measured value as a reader expects it: `68`, `25.3%`, `Yes`; null when there is none. */
export function valueText(value: number | null, unit: IndicatorResult["unit"], lang: Language): string | null {
  if (value === null) return null;
  if (unit === "percent") return formatPercent(value, lang);
  if (unit === "yesno") return translate(lang, "terms", value ? "yes" : "no");
  return formatCount(value, lang);
}

/** When the indicator is met: `< 70`, `> 20.0%`, or `Yes` for the Board's assessments. */
export function metWhenText(indicator: IndicatorResult, lang: Language): string {
  const comparison = metWhen(indicator.id);
  if (!comparison || indicator.threshold === null) return translate(lang, "terms", "yes");
  return `${comparison} ${valueText(indicator.threshold, indicator.unit, lang)}`;
}

/** `Warning: text` with the colon each language writes (`Avertissement\u00a0: text` in French). */
export function labelled(lang: Language, label: string, value: string): string {
  return translate(lang, "terms", "punct.labelled", { label, value });
}

/** The quarter of an ISO date in the report's words (`2026 Q3`, `T3 2026`); null when not a date. */
export function quarterText(iso: string | null, lang: Language): string | null {
  const q = iso === null ? null : quarterOf(iso);
  return q === null ? null : translate(lang, "terms", "quarter.label", { year: String(q.year), quarter: q.quarter });
}

/**
 * A date as the report language writes it, like the summary's date cells: ISO `2026-09-30` in
 * English (unambiguous for an international Board), `30/09/2026` in French and Spanish.
 */
export function dateText(iso: string, lang: Language): string {
  const q = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return q === null || lang === "en" ? iso : `${q[3]}/${q[2]}/${q[1]}`;
}
