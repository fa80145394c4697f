/** What the command line prints: the SPEC's JSON shape, or a table for people. */
import type { Evaluation, Language } from "../core/model";
import { cliText } from "../core/i18n/cli-catalogue";
import { explanationText, indicatorName, metWhenText, outcomeSentence, problemMessage, statusWord, valueText } from "../core/text";

export interface JsonResult {
  readonly evaluationDate: string;
  readonly outcome: Evaluation["outcome"];
  readonly metCount: number;
  readonly nearCount: number;
  readonly noDataCount: number;
  readonly indicators: readonly {
    readonly id: string;
    readonly category: string;
    readonly status: string;
    readonly value: number | null;
    readonly threshold: number | null;
    readonly explanation: string;
  }[];
  readonly problems: readonly {
    readonly severity: "error" | "warning";
    readonly name: string;
    readonly cell: string;
    readonly message: string;
  }[];
}

export function toJson(evaluation: Evaluation, lang: Language): JsonResult {
  return {
    evaluationDate: evaluation.evaluationDate,
    outcome: evaluation.outcome,
    metCount: evaluation.metCount,
    nearCount: evaluation.nearCount,
    noDataCount: evaluation.noDataCount,
    indicators: evaluation.indicators.map((indicator) => ({
      id: indicator.id,
      category: indicator.category,
      status: indicator.status,
      value: indicator.value,
      threshold: indicator.threshold,
      explanation: explanationText(indicator, lang),
    })),
    problems: evaluation.problems.map((problem) => ({
      severity: problem.severity,
      name: problem.name,
      cell: problem.cell,
      message: problemMessage(problem, lang),
    })),
  };
}


/** Code points, not UTF-16 units, so accented headers line up. */
const width = (text: string): number => [...text].length;
const pad = (text: string, size: number): string => text + " ".repeat(Math.max(0, size - width(text)));
const padStart = (text: string, size: number): string => " ".repeat(Math.max(0, size - width(text))) + text;

export function toTable(evaluation: Evaluation, lang: Language): string {
  const t = (key: string, params: Record<string, string | number> = {}) => cliText(lang, key, params);
  const header = [t("table.indicator"), t("table.value"), t("table.threshold"), t("table.status")];
  const rows = evaluation.indicators.map((indicator) => [
    indicatorName(indicator.id, lang),
    valueText(indicator.value, indicator.unit, lang) ?? t("table.none"),
    metWhenText(indicator, lang),
    statusWord(indicator.status, lang),
  ]);
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((row) => width(row[c]))));
  const line = (row: string[]) =>
    [pad(row[0], widths[0]), padStart(row[1], widths[1]), padStart(row[2], widths[2]), row[3]].join("  ").trimEnd();
  const lines = [
    t("table.evaluationDate", { date: evaluation.evaluationDate }),
    "",
    line(header),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map(line),
    "",
    outcomeSentence(evaluation, lang),
    t("table.counts", {
      met: evaluation.metCount,
      near: evaluation.nearCount,
      noData: evaluation.noDataCount,
    }),
    "",
  ];
  if (evaluation.problems.length === 0) lines.push(t("table.noProblems"));
  else {
    lines.push(t("table.problems"));
    for (const problem of evaluation.problems) {
      // The message names its cell itself.
      lines.push(`  ${t(`severity.${problem.severity}`)}: ${problemMessage(problem, lang)}`);
    }
  }
  return lines.join("\n");
}
