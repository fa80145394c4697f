/**
 * The paragraph finance staff paste into the Board's quarterly implementation report: the
 * outcome, one short clause per indicator (all eight, in words: no `<`, `>` or ids) with the
 * tier reason where it decides the status, and what changed since the last evaluation, in the
 * report language. One function for the pane's "Copy for the Board
 * report" and `mvsp-triggers evaluate --format text`.
 */
import type { LogEntry } from "./log";
import type { Evaluation, IndicatorResult, Language, Status } from "./model";
import { metWhen, nearFrom } from "./indicators";
import { translate, type KeyOf, type Params } from "./i18n";
import { compareWithPrevious, type IndicatorComparison } from "./history";
import { quarterOf } from "./dates";
import { indicatorName, marginWords, outcomeSentence, quarterText, statusWord, valueText } from "./text";

const say = (lang: Language, key: KeyOf<"board">, params: Params = {}): string => translate(lang, "board", key, params);

/** `2026-09-30` → `30 September 2026`, `1er octobre 2026`, `30 de septiembre de 2026`. */
export function longDate(iso: string, lang: Language): string {
  const [year, month, day] = iso.split("-").map(Number);
  return say(lang, "date", {
    day: day === 1 ? say(lang, "day.first") : String(day),
    month: say(lang, `month.${month}` as KeyOf<"board">),
    year: String(year),
  });
}

/** A date and its quarter, as the intro and the changes name them. */
function dated(iso: string, lang: Language): Params {
  return { date: quarterOf(iso) ? longDate(iso, lang) : iso, quarter: quarterText(iso, lang) ?? "" };
}

/** The comparison clause of one indicator, in words: which side of which level its value stands. */
function detailText(indicator: IndicatorResult, lang: Language): string {
  const value = valueText(indicator.value, indicator.unit, lang) ?? "";
  if (indicator.unit === "yesno") {
    if (indicator.status === "no_data") return say(lang, "detail.notAssessed");
    return say(lang, indicator.value ? "detail.yes" : "detail.no");
  }
  if (indicator.status === "no_data" || indicator.threshold === null) return say(lang, "detail.noData");
  const params = {
    value,
    threshold: valueText(indicator.threshold, indicator.unit, lang) ?? "",
    warning: valueText(indicator.warning, indicator.unit, lang) ?? "",
  };
  const explained = indicator.explanation.params;
  const status = indicator.status;
  // "Exactly on the threshold" is the warning band of the counts compared with `=` (2 new members, 1 quarter).
  if (status === "near" && nearFrom(indicator.id) === "=") return say(lang, "detail.atLimit", params);
  if (metWhen(indicator.id) === "<") {
    // The tier condition decides the status: say so.
    if (indicator.explanation.key === "active_members.nearTierFails") {
      // Counts typed in without a roster say that the tier condition fails, not how many.
      if (typeof explained.lost !== "number") return say(lang, "detail.below.tierFailsCounts", params);
      return say(lang, "detail.below.tierFails", { ...params, lostTier1: Number(explained.lostTier1), lost: explained.lost });
    }
    if (indicator.explanation.key === "active_members.met")
      return say(lang, "detail.below.metTier", { ...params, lost: Number(explained.lost) });
    return say(lang, status === "met" ? "detail.below.met" : status === "near" ? "detail.below.near" : "detail.below.notMet", params);
  }
  if (status === "not_met" && indicator.value === indicator.warning) return say(lang, "detail.above.atWarning", params);
  return say(lang, status === "met" ? "detail.above.met" : status === "near" ? "detail.above.near" : "detail.above.notMet", params);
}

/** The cost margin names the service it is about (rule `any`), as the SPEC's margin sentence does. */
function marginWithService(indicator: IndicatorResult, words: string, lang: Language): string {
  const service = indicator.margin?.sentence.params.service;
  const met = indicator.status === "met";
  if (typeof service !== "string") return met ? words : say(lang, "margin.toMeet", { margin: words });
  return say(lang, met ? "margin.met.service" : "margin.toMeet.service", { margin: words, service });
}

/** One short clause: the indicator's name, its value against its levels, and the margin in words where it adds something. */
function clauseText(indicator: IndicatorResult, lang: Language): string {
  const name = indicatorName(indicator.id, lang);
  const detail = detailText(indicator, lang);
  const words = marginWords(indicator, lang);
  const below = metWhen(indicator.id) === "<";
  // A met "below" indicator already says how far below; below the trigger but not met (tier) has no distance.
  const margin =
    words === null || indicator.status === "no_data" || (below && indicator.status === "met") || indicator.margin?.amount === 0
      ? null
      : marginWithService(indicator, words, lang);
  return margin === null ? say(lang, "clause", { name, detail }) : say(lang, "clause.margin", { name, detail, margin });
}

/** Every indicator, all eight, grouped under its status word: met, near, not met, no data. */
function clausesText(evaluation: Evaluation, lang: Language): string[] {
  return STATUS_ORDER.flatMap((status) => {
    const items = evaluation.indicators.filter((i) => i.status === status).map((i) => clauseText(i, lang));
    return items.length === 0
      ? []
      : [say(lang, "group", { status: statusWord(status, lang), items: items.join(say(lang, "list.separator")) })];
  });
}

const STATUS_ORDER: readonly Status[] = ["met", "near", "not_met", "no_data"];

function changeText(change: IndicatorComparison, indicator: IndicatorResult, lang: Language): string | null {
  const name = indicatorName(change.id, lang);
  const before = valueText(change.previousValue, indicator.unit, lang);
  const after = valueText(change.value, indicator.unit, lang);
  // Compared as the page shows them: a workbook re-saved by another tool (12.1% stored as
  // 0.12100000000000001) has not changed.
  const valueChanged = before !== null && after !== null && before !== after;
  if (change.statusChanged && change.previousStatus !== null) {
    const words = { name, from: statusWord(change.previousStatus, lang), to: statusWord(change.status, lang) };
    // Yes/No factors say their change in the status words alone.
    return valueChanged && indicator.unit !== "yesno"
      ? say(lang, "change.statusValue", { ...words, before, after })
      : say(lang, "change.status", words);
  }
  return valueChanged ? say(lang, "change.value", { name, before, after }) : null;
}

/** What moved since the last logged evaluation before this one; null when there is none. */
function changesText(evaluation: Evaluation, history: readonly LogEntry[], lang: Language): string | null {
  const { since, indicators } = compareWithPrevious(history, evaluation);
  if (since === null) return null;
  const changes = indicators
    .map((change, i) => changeText(change, evaluation.indicators[i], lang))
    .filter((text): text is string => text !== null);
  const when = dated(since.evaluationDate, lang);
  return changes.length === 0
    ? say(lang, "changes.none", when)
    : say(lang, "changes", { ...when, items: changes.join(say(lang, "list.separator")) });
}

export function boardParagraph(evaluation: Evaluation, history: readonly LogEntry[], lang: Language): string {
  const intro = evaluation.evaluationDate === null ? say(lang, "intro.noDate") : say(lang, "intro", dated(evaluation.evaluationDate, lang));
  // The outcome sentence names the indicators without data, by their names (no ids).
  return [
    intro,
    outcomeSentence(evaluation, lang, (id) => indicatorName(id, lang)),
    ...clausesText(evaluation, lang),
    changesText(evaluation, history, lang),
  ]
    .filter((part): part is string => part !== null)
    .join(" ");
}
