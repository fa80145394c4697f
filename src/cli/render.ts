/** What the command line prints: the SPEC's JSON shape, or a table for people. */
import type { Evaluation, Language } from "../core/model";
import { cliText } from "../core/i18n/cli-catalogue";
import {
  explanationText,
  indicatorName,
  marginAmountText,
  metWhenText,
  nearFromText,
  outcomeSentence,
  problemMessage,
  statusWord,
  valueText,
} from "../core/text";

export interface JsonResult {
  /** null when the workbook's `EvaluationDate` cannot be read (never today's date then). */
  readonly evaluationDate: string | null;
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
    /** Where the warning band starts (`near`), null for the Board's yes/no factors. */
    readonly warning: number | null;
    /** Margin to the trigger, negative when met; null for the Board's yes/no factors and without data. */
    readonly margin: { readonly amount: number; readonly unit: "members" | "usd" | "quarters" } | null;
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
      warning: indicator.warning,
      margin: indicator.margin ? { amount: indicator.margin.amount, unit: indicator.margin.unit } : null,
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
  const none = t("table.none");
  const header = [t("table.indicator"), t("table.value"), t("table.threshold"), t("table.nearFrom"), t("table.margin"), t("table.status")];
  const rows = evaluation.indicators.map((indicator) => [
    indicatorName(indicator.id, lang),
    valueText(indicator.value, indicator.unit, lang) ?? none,
    metWhenText(indicator, lang),
    nearFromText(indicator, lang) ?? none,
    marginAmountText(indicator, lang) ?? none,
    statusWord(indicator.status, lang),
  ]);
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((row) => width(row[c]))));
  // Figures right-aligned, the name and the status word left-aligned.
  const line = (row: string[]) =>
    row
      .map((cell, c) => (c === 0 ? pad(cell, widths[c]) : c === row.length - 1 ? cell : padStart(cell, widths[c])))
      .join("  ")
      .trimEnd();
  const lines = [
    evaluation.evaluationDate === null ? t("table.noEvaluationDate") : t("table.evaluationDate", { date: evaluation.evaluationDate }),
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
