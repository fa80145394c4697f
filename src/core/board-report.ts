/**
 * The paragraph finance staff paste into the Board's quarterly implementation report: the
 * outcome, each met or near indicator with its value and margin, and what changed since the
 * last evaluation, in the report language. One function for the pane's "Copy for the Board
 * report" and `mvsp-triggers evaluate --format text`.
 */
import type { LogEntry } from "./log";
import type { Evaluation, IndicatorResult, Language, Status } from "./model";
import { translate, type KeyOf, type Params } from "./i18n";
import { compareWithPrevious, type IndicatorComparison } from "./history";
import { formatCount, formatUsd } from "./format";
import { quarterOf } from "./dates";
import { indicatorName, metWhenText, outcomeSentence, quarterText, statusWord, valueText } from "./text";

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

/** A margin's size with its unit, plural as counted: `2 members`, `1 quarter`, `7,751 USD`. */
function sizeText(amount: number, unit: "members" | "quarters" | "usd", lang: Language): string {
  return unit === "usd" ? formatUsd(amount, lang) : translate(lang, "terms", `amount.${unit}`, { n: amount, count: formatCount(amount, lang) });
}

function itemText(indicator: IndicatorResult, lang: Language): string {
  const name = indicatorName(indicator.id, lang);
  const value = valueText(indicator.value, indicator.unit, lang) ?? "";
  if (indicator.unit === "yesno") return say(lang, "item.yesNo", { name, value });
  const metWhen = metWhenText(indicator, lang);
  const margin = indicator.margin;
  // Below the trigger but not met (a lost member was not Tier 1): no distance to state.
  if (!margin || (margin.amount === 0 && indicator.status !== "met")) return say(lang, "item", { name, value, detail: say(lang, "detail.noMargin", { metWhen }) });
  const amount = sizeText(Math.abs(margin.amount), margin.unit, lang);
  // Under the "any" cost rule the margin is one service's: name it.
  const service = margin.sentence.params.service;
  const met = indicator.status === "met";
  const detail =
    typeof service === "string" && service !== ""
      ? say(lang, met ? "detail.met.service" : "detail.near.service", { metWhen, amount, service })
      : say(lang, met ? "detail.met" : "detail.near", { metWhen, amount });
  return say(lang, "item", { name, value, detail });
}

function listOf(evaluation: Evaluation, status: Status, key: "met.list" | "near.list", lang: Language): string | null {
  const items = evaluation.indicators.filter((i) => i.status === status).map((i) => itemText(i, lang));
  return items.length === 0 ? null : say(lang, key, { count: items.length, items: items.join(say(lang, "list.separator")) });
}

function changeText(change: IndicatorComparison, indicator: IndicatorResult, lang: Language): string | null {
  const name = indicatorName(change.id, lang);
  const before = valueText(change.previousValue, indicator.unit, lang);
  const after = valueText(change.value, indicator.unit, lang);
  const valueChanged = before !== null && after !== null && change.previousValue !== change.value;
  if (change.statusChanged && change.previousStatus !== null) {
    const words = { name, from: statusWord(change.previousStatus, lang), to: statusWord(change.status, lang) };
    // Yes/No factors say their change in the status words alone.
    return valueChanged && indicator.unit !== "yesno" ? say(lang, "change.statusValue", { ...words, before, after }) : say(lang, "change.status", words);
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
  return changes.length === 0 ? say(lang, "changes.none", when) : say(lang, "changes", { ...when, items: changes.join(say(lang, "list.separator")) });
}

export function boardParagraph(evaluation: Evaluation, history: readonly LogEntry[], lang: Language): string {
  const intro = evaluation.evaluationDate === null ? say(lang, "intro.noDate") : say(lang, "intro", dated(evaluation.evaluationDate, lang));
  // The outcome sentence names the indicators without data.
  return [
    intro,
    outcomeSentence(evaluation, lang),
    listOf(evaluation, "met", "met.list", lang),
    listOf(evaluation, "near", "near.list", lang),
    changesText(evaluation, history, lang),
  ]
    .filter((part): part is string => part !== null)
    .join(" ");
}
