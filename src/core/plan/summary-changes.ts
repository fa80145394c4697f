/**
 * The summary's comparison with the previous logged evaluation: the line under the outcome
 * (which statuses changed, or that nothing did) and each indicator's "Previous → now".
 */
import { compareWithPrevious, type IndicatorComparison } from "../history";
import type { IndicatorResult, Language } from "../model";
import { indicatorName, statusWord, valueText } from "../text";
import type { SheetBuilder } from "./layout";
import { S } from "./styles";
import { COL, DASH, LAST_COL, spanText, type T } from "./summary-grid";
import type { EvaluationPlanArgs } from "./types";

type ChangeArgs = EvaluationPlanArgs & { readonly unchangedSince?: string | null };

/** Under the outcome: which statuses changed since the previous evaluation, or that nothing did. */
export function changesSince(b: SheetBuilder, args: ChangeArgs, t: T): void {
  const text = changesText(args, t);
  if (text === null) return;
  spanText(b, b.row++, COL.label, LAST_COL + 1, text, S.wrap);
}

function changesText(args: ChangeArgs, t: T): string | null {
  if (args.unchangedSince) return t("summary.unchanged", { timestamp: args.unchangedSince });
  const { since: previous, indicators } = compareWithPrevious(args.history, args.evaluation);
  if (!previous) return null;
  const lang = args.language;
  const changes = indicators
    .filter((c) => c.statusChanged)
    .map((c) => {
      const before = c.previousStatus;
      return t("changes.item", {
        indicator: indicatorName(c.id, lang),
        before: before ? statusWord(before, lang) : DASH,
        now: statusWord(c.status, lang),
      });
    });
  const date = dateText(previous.evaluationDate, lang);
  return changes.length === 0 ? t("changes.none", { date }) : t("changes.heading", { date, changes: changes.join("; ") });
}

/**
 * `72 → 68`: the value at the previous logged evaluation beside today's, compared as the page
 * shows them (a re-saved 12.1% is no change); "unchanged" when they read the same; null
 * without a previous evaluation.
 */
export function previousText(comparison: IndicatorComparison | undefined, result: IndicatorResult, lang: Language): string | null {
  if (!comparison) return null;
  const before = valueText(comparison.previousValue, result.unit, lang) ?? DASH;
  const now = valueText(result.value, result.unit, lang) ?? DASH;
  return before === now ? null : `${before} → ${now}`;
}

/** A date as text in the report language's convention (the same as the date cells' format). */
export function dateText(iso: string, lang: Language): string {
  return lang === "en" ? iso : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
