/** What the command line prints: the SPEC's JSON shape, or a table for people. */
import type { Evaluation, IndicatorResult, Language } from "../core/model";
import type { LogEntry } from "../core/log";
import { compareWithPrevious } from "../core/history";
import { cliText, type CliKey } from "../core/i18n/cli-catalogue";
import {
  dateText,
  explanationText,
  indicatorName,
  labelled,
  marginWords,
  metWhenText,
  nearFromText,
  outcomeSentence,
  problemMessage,
  quarterText,
  statusWord,
  valueText,
} from "../core/text";
import { fitLine, textWidth, wrapWords } from "./wrap";

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

/** Figures right-aligned, the name and the status word left-aligned. */
type Align = "left" | "right";

interface Column {
  readonly key: "name" | "value" | "metWhen" | "nearFrom" | "margin" | "status";
  readonly header: string;
  readonly cells: readonly string[];
  readonly align: Align;
}

const GAP = "  ";
/** Indicator names narrower than this make the table unreadable: it becomes labelled blocks. */
const STACK_BELOW = 16;
const longestWord = (texts: readonly string[]): number => Math.max(0, ...texts.flatMap((t) => t.split(/ +/)).map(textWidth));
const longest = (texts: readonly string[]): number => Math.max(0, ...texts.map(textWidth));

/**
 * How wide each column may be, trying layouts from the roomiest down: every column on one line;
 * headers wrapped; status words wrapped; without "Near from"; without "Met when" either;
 * figures wrapped too. The first layout whose indicator names keep a readable width wins; the
 * names take what is left.
 */
function layoutColumns(columns: readonly Column[], width: number): { columns: Column[]; widths: number[] } {
  const name = columns.find((c) => c.key === "name")!;
  const nameNatural = longest([name.header, ...name.cells]);
  const natural = (c: Column) => longest([c.header, ...c.cells]);
  const headersWrapped = (c: Column) => Math.max(longest(c.cells), longestWord([c.header]));
  // Status words and margins in words wrap first: "492,801 USD / more".
  const statusWrapped = (c: Column) => (c.key === "status" || c.key === "margin" ? longestWord([c.header, ...c.cells]) : headersWrapped(c));
  const allWrapped = (c: Column) => longestWord([c.header, ...c.cells]);
  const without = (...keys: Column["key"][]) => columns.filter((c) => !keys.includes(c.key));
  const tries: { columns: Column[]; size: (c: Column) => number; nameAtLeast: number }[] = [
    { columns: [...columns], size: natural, nameAtLeast: 30 },
    { columns: [...columns], size: headersWrapped, nameAtLeast: 30 },
    { columns: [...columns], size: statusWrapped, nameAtLeast: 30 },
    { columns: without("nearFrom"), size: statusWrapped, nameAtLeast: 24 },
    { columns: without("nearFrom", "metWhen"), size: statusWrapped, nameAtLeast: 18 },
    { columns: without("nearFrom", "metWhen"), size: allWrapped, nameAtLeast: 0 },
  ];
  for (const [index, attempt] of tries.entries()) {
    const others = attempt.columns.filter((c) => c.key !== "name").map(attempt.size);
    const room = width - GAP.length * (attempt.columns.length - 1) - others.reduce((a, b) => a + b, 0);
    const last = index === tries.length - 1;
    if (room >= Math.min(nameNatural, attempt.nameAtLeast) || last) {
      const nameWidth = Math.max(1, Math.min(nameNatural, room));
      return { columns: attempt.columns, widths: attempt.columns.map((c) => (c.key === "name" ? nameWidth : attempt.size(c))) };
    }
  }
  throw new Error("unreachable");
}

/** One table row as lines: each cell wrapped in its column, a name's continuation indented. */
function rowLines(cells: readonly string[], columns: readonly Column[], widths: readonly number[], header: boolean): string[] {
  const wrapped = cells.map((cell, c) => {
    const indent = !header && columns[c].key === "name" && widths[c] >= 12 ? 2 : 0;
    return wrapWords(cell, widths[c], widths[c] - indent).map((line, i) => (i > 0 ? " ".repeat(indent) : "") + line);
  });
  const height = Math.max(...wrapped.map((lines) => lines.length));
  const lines: string[] = [];
  for (let i = 0; i < height; i++) {
    const parts = wrapped.map((cellLines, c) => {
      const text = cellLines[i] ?? "";
      const space = " ".repeat(Math.max(0, widths[c] - textWidth(text)));
      return columns[c].align === "right" ? space + text : text + space;
    });
    lines.push(parts.join(GAP).trimEnd());
  }
  return lines;
}

export interface TableOptions {
  /** The line width to fit (see `outputWidth`). */
  readonly width: number;
  /** The log before this evaluation: each value is shown beside the previous one (72 → 68). */
  readonly history?: readonly LogEntry[];
}

export function toTable(evaluation: Evaluation, lang: Language, options: TableOptions): string {
  const { width } = options;
  const t = (key: CliKey, params: Record<string, string | number> = {}) => cliText(lang, key, params);
  const none = t("table.none");
  const { since, indicators: compared } = compareWithPrevious(options.history ?? [], evaluation);
  const value = (indicator: IndicatorResult, i: number): string => {
    const now = valueText(indicator.value, indicator.unit, lang) ?? none;
    const before = valueText(compared[i].previousValue, indicator.unit, lang) ?? none;
    // Quiet when the value reads the same as before: no "Yes → Yes", no "– → –".
    if (since === null || before === now) return now;
    return `${before} → ${now}`;
  };
  const indicators = evaluation.indicators;
  const columns: Column[] = [
    { key: "name", header: t("table.indicator"), cells: indicators.map((i) => indicatorName(i.id, lang)), align: "left" },
    { key: "value", header: t("table.value"), cells: indicators.map(value), align: "right" },
    { key: "metWhen", header: t("table.threshold"), cells: indicators.map((i) => metWhenText(i, lang)), align: "right" },
    { key: "nearFrom", header: t("table.nearFrom"), cells: indicators.map((i) => nearFromText(i, lang) ?? none), align: "right" },
    { key: "margin", header: t("table.margin"), cells: indicators.map((i) => marginWords(i, lang) ?? none), align: "right" },
    { key: "status", header: t("table.status"), cells: indicators.map((i) => statusWord(i.status, lang)), align: "left" },
  ];
  const layout = layoutColumns(columns, width);
  const nameWidth = layout.widths[layout.columns.findIndex((c) => c.key === "name")];
  // Too narrow for a table that reads: each indicator as a block of labelled lines instead.
  const stacked = nameWidth < STACK_BELOW && nameWidth < longest(columns[0].cells);
  const body = stacked
    ? indicators.flatMap((_, r) => [
        ...fitLine(columns[0].cells[r], width, 0),
        ...columns.slice(1).flatMap((c) => fitLine(`  ${labelled(lang, c.header, c.cells[r])}`, width, 2)),
      ])
    : [
        ...rowLines(
          layout.columns.map((c) => c.header),
          layout.columns,
          layout.widths,
          true,
        ),
        layout.widths.map((w) => "-".repeat(w)).join(GAP),
        ...indicators.flatMap((_, r) =>
          rowLines(
            layout.columns.map((c) => c.cells[r]),
            layout.columns,
            layout.widths,
            false,
          ),
        ),
      ];
  // Sentences wrap flush left; problems hang under their own indent.
  const fit = (text: string): string[] => fitLine(text, width, 0);
  const date = evaluation.evaluationDate;
  const lines = [
    ...fit(
      date === null
        ? t("table.noEvaluationDate")
        : t("table.evaluationDate", { date: dateText(date, lang), quarter: quarterText(date, lang) ?? "" }),
    ),
    ...(since === null
      ? []
      : fit(t("table.previous", { date: dateText(since.evaluationDate, lang), quarter: quarterText(since.evaluationDate, lang) ?? "" }))),
    "",
    ...body,
    "",
    ...fit(outcomeSentence(evaluation, lang)),
    ...fit(t("table.counts", { met: evaluation.metCount, near: evaluation.nearCount, noData: evaluation.noDataCount })),
    "",
  ];
  if (evaluation.problems.length === 0) lines.push(...fit(t("table.noProblems")));
  else {
    lines.push(...fit(t("table.problems")));
    for (const problem of evaluation.problems) {
      // The message names its cell itself; a long one wraps under its own indent.
      lines.push(...fitLine(`  ${labelled(lang, t(`severity.${problem.severity}`), problemMessage(problem, lang))}`, width));
    }
  }
  return lines.join("\n");
}
