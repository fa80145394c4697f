/**
 * The `MVSP Triggers` sheet: what a Board treasurer reads, prints and pastes into the quarterly
 * report without retouching. Plain values with number formats, words beside every colour, and a
 * native chart whose data also stands in the sheet as a table with data bars (for readers whose
 * tool cannot draw the chart).
 */
import type { WorkbookSnapshot } from "../cells";
import { translate } from "../i18n";
import {
  INDICATORS,
  type Category,
  type Evaluation,
  type IndicatorId,
  type IndicatorResult,
  type Language,
  type Problem,
} from "../model";
import { categoryName, explanationText, indicatorName, outcomeLabel, outcomeSentence, problemMessage, statusWord } from "../text";
import { SheetBuilder, pagesTall, workbookDate } from "./layout";
import type { LogEntry } from "./log";
import { ownershipName } from "./ownership";
import { SETTING_KEYS, isDefaultSetting, settingCell, yesNo } from "./settings-text";
import { S, outcomeStyleKey, statusStyleKey, thresholdStyleKey } from "./styles";
import { SHEET_NAMES, type PlanChart, type PlanName, type PlanRect, type PlanValue, type SheetPlan } from "./types";

/** Column A..E: label/indicator, measured value, threshold, status, explanation. */
const COL = { label: 0, value: 1, threshold: 2, status: 3, explanation: 4 } as const;
export const SUMMARY_COLUMN_WIDTHS: readonly number[] = [48, 16, 16, 16, 72];
const LAST_COL = SUMMARY_COLUMN_WIDTHS.length - 1;

/** Rows frozen on screen: title, evaluation date, outcome, outcome sentence. */
const FROZEN_ROWS = 4;

/** How each indicator compares its value with its threshold to be `met`. */
const COMPARISON: Readonly<Partial<Record<IndicatorId, "<" | ">">>> = {
  active_members: "<",
  new_members: "<",
  spend_vs_envelope: ">",
  cash_deficit_quarters: ">",
  core_service_cost: ">",
};

/** Evaluations shown in the history table and chart: three years of quarterly reports. */
export const HISTORY_LIMIT = 12;

const CHART_ROWS = 15;
const DASH = "–";

type Cell = { value: PlanValue; style?: string; link?: string; note?: string };

export interface SummaryArgs {
  readonly snapshot: WorkbookSnapshot;
  readonly evaluation: Evaluation;
  readonly language: Language;
  readonly timestamp: string;
  readonly version: string;
  readonly history: readonly LogEntry[];
}

export function buildSummarySheet(args: SummaryArgs): { sheet: SheetPlan; name: PlanName } {
  const { evaluation, language: lang, timestamp, version } = args;
  const t = (key: string, params: Readonly<Record<string, string | number>> = {}) => translate(lang, "report", key, params);
  const b = new SheetBuilder(SUMMARY_COLUMN_WIDTHS);
  const dateValue = workbookDate(evaluation.evaluationDate, args.snapshot.date1904);

  // Title block: frozen on screen so the outcome stays in sight while scrolling.
  b.line([{ value: t("summary.title"), style: S.title }]);
  b.setHeight(0, 24);
  b.line([{ value: t("summary.evaluationDate"), style: S.label }, { value: dateValue, style: S.date }]);
  const outcomeRow = b.line([
    { value: t("summary.outcome"), style: S.label },
    { value: outcomeLabel(evaluation.outcome, lang), style: outcomeStyleKey(evaluation.outcome) },
    ...fill(3, outcomeStyleKey(evaluation.outcome)),
  ]);
  b.merge(outcomeRow, COL.value, LAST_COL);
  b.setHeight(outcomeRow, 20);
  const sentence = outcomeSentence(evaluation, lang);
  const sentenceRow = b.line([{ value: sentence, style: S.sentence }]);
  b.merge(sentenceRow, 0, LAST_COL + 1);
  // 12 pt text: fewer characters per line than the 11 pt estimate assumes.
  b.fitText(sentenceRow, 0, sentence + " ".repeat(Math.ceil(sentence.length / 10)), LAST_COL + 1);
  b.line([{ value: t("summary.metCount"), style: S.label }, { value: evaluation.metCount, style: S.count }]);
  b.line([{ value: t("summary.nearCount"), style: S.label }, { value: evaluation.nearCount, style: S.count }]);
  b.line([{ value: t("summary.noDataCount"), style: S.label }, { value: evaluation.noDataCount, style: S.count }]);
  b.skip();

  indicatorTable(b, evaluation, lang, t);
  changesSection(b, args, t);
  detailsSection(b, evaluation, lang, t);
  problemsSection(b, evaluation.problems, lang, t);
  settingsSection(b, evaluation, lang, t);
  const chart = historySection(b, args, t);

  b.line([{ value: t("summary.generatedBy", { version, timestamp }), style: S.muted }]);
  const lastRow = b.line([{ value: translate(lang, "terms", "outcome.boardDecides"), style: S.label }]);

  const title = t("summary.title");
  return {
    sheet: {
      name: SHEET_NAMES.summary,
      role: "summary",
      mode: "replace",
      cells: b.cells,
      columnWidths: SUMMARY_COLUMN_WIDTHS,
      rowHeights: b.rowHeights(),
      merges: b.merges,
      freezeRows: FROZEN_ROWS,
      showGridLines: false,
      activate: true,
      tabColor: "#1F3864",
      dataBars: chart.dataBars,
      ...(chart.chart ? { chart: chart.chart } : {}),
      print: {
        orientation: "landscape",
        paperSize: "A4",
        fitToWidth: 1,
        fitToHeight: pagesTall(SUMMARY_COLUMN_WIDTHS, b.totalHeight(lastRow), "landscape"),
        headerCenter: title,
        footerLeft: t("print.footerDate", { date: evaluation.evaluationDate, timestamp }),
        footerRight: t("print.page"),
        repeatRows: { first: 0, last: 0 },
        printArea: { row: 0, col: 0, rows: lastRow + 1, cols: LAST_COL + 1 },
      },
    },
    name: ownershipName("summary", SHEET_NAMES.summary, t("summary.ownershipComment")),
  };
}

type T = (key: string, params?: Readonly<Record<string, string | number>>) => string;

function fill(count: number, style: string): Cell[] {
  return Array.from({ length: count }, () => ({ value: null, style }));
}

function heading(b: SheetBuilder, text: string): void {
  const row = b.line([{ value: text, style: S.subtitle }, ...fill(LAST_COL, S.subtitle)]);
  b.setHeight(row, 22);
}

function subLabel(b: SheetBuilder, text: string): void {
  const row = b.line([{ value: text, style: S.label }]);
  b.fitText(row, COL.label, text);
}

function headerLine(b: SheetBuilder, labels: readonly string[]): number {
  const row = b.line(labels.map((value) => ({ value, style: S.header })));
  labels.forEach((label, col) => b.fitText(row, col, label));
  return row;
}

function measuredValue(result: IndicatorResult, lang: Language): Cell {
  if (result.value === null) return { value: DASH, style: S.textRight };
  if (result.unit === "yesno") return { value: yesNo(result.value !== 0, lang), style: S.textRight };
  return { value: result.value, style: result.unit === "percent" ? S.percent : S.count };
}

function thresholdCell(result: IndicatorResult, lang: Language): Cell {
  if (result.unit === "yesno") return { value: yesNo(true, lang), style: S.textRight };
  const comparison = COMPARISON[result.id];
  if (result.threshold === null || !comparison) return { value: DASH, style: S.textRight };
  return { value: result.threshold, style: thresholdStyleKey(comparison, result.unit) };
}

function indicatorTable(b: SheetBuilder, evaluation: Evaluation, lang: Language, t: T): void {
  headerLine(b, [
    t("summary.col.indicator"),
    t("summary.col.value"),
    t("summary.col.threshold"),
    t("summary.col.status"),
    t("summary.col.explanation"),
  ]);
  let category: Category | null = null;
  for (const { id } of INDICATORS) {
    const result = evaluation.indicators.find((r) => r.id === id);
    if (!result) continue;
    if (result.category !== category) {
      category = result.category;
      b.line([{ value: categoryName(category, lang), style: S.category }, ...fill(LAST_COL, S.category)]);
    }
    const name = indicatorName(id, lang);
    const explanation = explanationText(result, lang);
    const row = b.line([
      { value: name, style: S.indented },
      measuredValue(result, lang),
      thresholdCell(result, lang),
      { value: statusWord(result.status, lang), style: statusStyleKey(result.status) },
      { value: explanation, style: S.wrap },
    ]);
    b.fitText(row, COL.label, name + "  ");
    b.fitText(row, COL.explanation, explanation);
  }
  b.skip();
}

/** The latest logged evaluation of an earlier date: "what changed since the last report". */
function previousEvaluation(args: SummaryArgs): LogEntry | null {
  for (let i = args.history.length - 1; i >= 0; i--) {
    if (args.history[i].evaluationDate < args.evaluation.evaluationDate) return args.history[i];
  }
  return null;
}

function changesSection(b: SheetBuilder, args: SummaryArgs, t: T): void {
  const previous = previousEvaluation(args);
  if (!previous) return;
  const lang = args.language;
  heading(b, t("changes.heading", { date: previous.evaluationDate }));
  const changed = args.evaluation.indicators.filter((r) => previous.statuses[r.id] !== r.status);
  if (changed.length === 0) {
    b.line([{ value: t("changes.none", { date: previous.evaluationDate }), style: S.text }]);
  } else {
    headerLine(b, [t("summary.col.indicator"), t("changes.col.before"), t("changes.col.now")]);
    for (const result of changed) {
      const before = previous.statuses[result.id];
      const name = indicatorName(result.id, lang);
      const row = b.line([
        { value: name, style: S.indented },
        before ? { value: statusWord(before, lang), style: statusStyleKey(before) } : { value: DASH, style: S.textRight },
        { value: statusWord(result.status, lang), style: statusStyleKey(result.status) },
      ]);
      b.fitText(row, COL.label, name + "  ");
    }
  }
  b.skip();
}

function detailsSection(b: SheetBuilder, evaluation: Evaluation, lang: Language, t: T): void {
  const d = evaluation.details;
  const months = evaluation.settings.LookbackMonths;
  heading(b, t("summary.details"));
  const row = (label: string, value: number | string | null, style: string) => {
    const r = b.line([{ value: label, style: S.wrap }, value === null ? { value: DASH, style: S.textRight } : { value, style }]);
    b.fitText(r, COL.label, label);
  };
  row(t("details.activeMembers"), d.activeMembers, S.count);
  row(t("details.newMembers", { months }), d.newMembers, S.count);
  const lost = d.lostMembers;
  row(t("details.lostMembers", { months }), lost ? lost.count : null, S.count);
  if (lost) {
    const tiers = Object.keys(lost.byTier)
      .map(Number)
      .sort((x, y) => x - y)
      .map((tier) => t("details.tierCount", { tier, count: lost.byTier[tier] }))
      .join("; ");
    row(t("details.lostTiers"), tiers || t("details.noneLost"), S.textRight);
    row(t(lost.feeIncomePartial ? "details.feeIncomeLostPartial" : "details.feeIncomeLost"), lost.feeIncomeLost, S.usd);
  }
  if (lost || d.lostAllTier1 !== null) {
    row(t("details.lostAllTier1"), d.lostAllTier1 === null ? t("details.notChecked") : yesNo(d.lostAllTier1, lang), S.textRight);
  }
  row(t("details.plannedSpend"), d.plannedSpend, S.usd);
  row(t("details.budgetEnvelope"), d.budgetEnvelope, S.usd);
  row(t("details.deficitQuarters"), d.deficitQuarters, S.count);
  row(t("details.longestDeficitRun"), d.longestDeficitRun, S.count);
  if (d.closingBalances.length > 0) {
    subLabel(b, t("details.closingBalances"));
    // Quarter and service labels are the user's own text: written verbatim, as text.
    for (const q of d.closingBalances) b.line([{ value: q.quarter, style: S.indented }, { value: q.balance, style: S.usd }]);
  }
  if (d.serviceVariances.length > 0) {
    subLabel(b, t("details.serviceVariances"));
    for (const s of d.serviceVariances) b.line([{ value: s.service, style: S.indented }, { value: s.variance, style: S.signedPercent }]);
  }
  b.skip();
}

function problemsSection(b: SheetBuilder, problems: readonly Problem[], lang: Language, t: T): void {
  heading(b, t("summary.problems"));
  if (problems.length === 0) {
    b.line([{ value: t("problems.none"), style: S.text }]);
    b.skip();
    return;
  }
  const header = headerLine(b, [t("problems.col.name"), t("problems.col.severity"), t("problems.col.cell"), t("problems.col.message"), ""]);
  b.merge(header, COL.status, 2);
  // Errors first: they are what made indicators `no_data`.
  const ordered = [...problems].sort((x, y) => (x.severity === y.severity ? 0 : x.severity === "error" ? -1 : 1));
  for (const problem of ordered) {
    const message = problemMessage(problem, lang);
    const row = b.line([
      { value: problem.name, style: S.text },
      { value: t(`severity.${problem.severity}`), style: S.label },
      problem.cell ? { value: problem.cell, style: S.link, link: problem.cell } : { value: DASH, style: S.text },
      { value: message, style: S.wrap },
      { value: null, style: S.wrap },
    ]);
    b.merge(row, COL.status, 2);
    b.fitText(row, COL.status, message, 2);
    b.fitText(row, COL.threshold, problem.cell);
    b.fitText(row, COL.label, problem.name);
  }
  b.skip();
}

function settingsSection(b: SheetBuilder, evaluation: Evaluation, lang: Language, t: T): void {
  heading(b, t("summary.settings"));
  headerLine(b, [t("settings.col.key"), t("settings.col.value"), t("settings.col.source")]);
  for (const key of SETTING_KEYS) {
    const cell = settingCell(key, evaluation.settings, lang);
    const value = cell.value ?? (key === "Language" ? t("settings.languageAuto") : DASH);
    const isDefault = isDefaultSetting(key, evaluation.settings);
    const row = b.line([
      { value: key, style: S.text },
      { value, style: typeof value === "string" ? S.textRight : cell.style },
      { value: t(isDefault ? "settings.default" : "settings.changed"), style: isDefault ? S.sourceDefault : S.sourceChanged },
    ]);
    b.fitText(row, COL.value, String(value));
    b.fitText(row, COL.threshold, t(isDefault ? "settings.default" : "settings.changed"));
  }
  b.skip();
}

interface HistoryPoint {
  readonly date: string;
  readonly met: number;
  readonly active: number | null;
  readonly newMembers: number | null;
}

/**
 * One point per evaluation date (the latest run of that date wins, this one over the log's),
 * oldest first, the last `HISTORY_LIMIT`.
 */
export function historyPoints(history: readonly LogEntry[], evaluation: Evaluation): HistoryPoint[] {
  const byDate = new Map<string, HistoryPoint>();
  for (const e of history) {
    byDate.set(e.evaluationDate, { date: e.evaluationDate, met: e.metCount, active: e.values.active_members, newMembers: e.values.new_members });
  }
  const value = (id: IndicatorId) => evaluation.indicators.find((r) => r.id === id)?.value ?? null;
  byDate.set(evaluation.evaluationDate, {
    date: evaluation.evaluationDate,
    met: evaluation.metCount,
    active: value("active_members"),
    newMembers: value("new_members"),
  });
  return [...byDate.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)).slice(-HISTORY_LIMIT);
}

function historySection(
  b: SheetBuilder,
  args: SummaryArgs,
  t: T,
): { chart: PlanChart | null; dataBars: { range: PlanRect; color: string }[] } {
  heading(b, t("summary.history"));
  const points = historyPoints(args.history, args.evaluation);
  const header = headerLine(b, [t("history.col.date"), t("history.col.met"), t("history.col.active"), t("history.col.new")]);
  for (const p of points) {
    b.line([
      { value: workbookDate(p.date, args.snapshot.date1904), style: S.date },
      { value: p.met, style: S.count },
      p.active === null ? { value: null } : { value: p.active, style: S.count },
      p.newMembers === null ? { value: null } : { value: p.newMembers, style: S.count },
    ]);
  }
  const body = (col: number): PlanRect => ({ row: header + 1, col, rows: points.length, cols: 1 });
  const dataBars = [
    { range: body(1), color: "#E06666" },
    { range: body(2), color: "#5B9BD5" },
    { range: body(3), color: "#5B9BD5" },
  ];
  // The chart sits beside the table, in the wide explanation column; rows below it stay clear.
  const chart: PlanChart = {
    title: t("history.chartTitle"),
    source: { row: header, col: 0, rows: points.length + 1, cols: 2 },
    anchor: { row: header, col: COL.explanation, rows: CHART_ROWS, cols: 1 },
  };
  b.row = Math.max(b.row, header + CHART_ROWS);
  b.skip();
  return { chart, dataBars };
}
