/**
 * The blocks below the indicator table of the `MVSP Triggers` sheet, each written from a given
 * row into its own columns of the grid (see summary-grid.ts) so that two or more sit side by
 * side. Each returns the rows it used; the band is as tall as its tallest block.
 */
import { TREND_LENGTH, trendPoints } from "../history";
import { translate } from "../i18n";
import { type Evaluation, type IndicatorId, type Language, type Problem, type SettingKey, type Settings } from "../model";
import { INDICATORS } from "../indicators";
import { settingLabel } from "../settings";
import { problemMessage } from "../text";
import { SheetBuilder, workbookDate } from "./layout";
import type { LogEntry } from "../log";
import { SETTING_KEYS, isDefaultSetting, settingCell, yesNo } from "./settings-text";
import { S, dateStyleKey, flaggedStyleKey, strongStyleKey } from "./styles";
import { COL, DASH, LAST_COL, put, spanText, type Cell, type T } from "./summary-grid";
import type { PlanChart, PlanDataBar, PlanRect } from "./types";

/**
 * Glued to a label's first word when estimating its lines: each indent level takes about three
 * characters (leading spaces would not count, the estimate splits on spaces).
 */
export function indentAllowance(levels: number): string {
  return "_".repeat(3 * levels + 1);
}

/** Rows the chart takes at least: enough to be legible. */
const CHART_ROWS = 7;

/** Columns of a key figure's value (B:C): wide enough for `3,203,200 USD`. */
const FIGURE_VALUE_COLS = 2;

/** Member, spend and cash figures behind the indicators, as label | value lines in A:C under a header. */
export function keyFigures(b: SheetBuilder, top: number, evaluation: Evaluation, lang: Language, t: T): number {
  const d = evaluation.details;
  const months = evaluation.settings.LookbackMonths;
  spanText(b, top, COL.label, 1 + FIGURE_VALUE_COLS, t("details.header"), S.header);
  let row = top + 1;
  const figure = (label: string, value: number | string | null, style: string) => {
    put(b, row, COL.label, { value: label, style: S.wrap });
    const cell = value === null ? { value: DASH, style: S.textRight } : { value, style };
    spanCell(b, row, COL.figureValue, FIGURE_VALUE_COLS, cell);
    b.fitText(row, COL.label, label);
    if (typeof value === "string") b.fitText(row, COL.figureValue, value, FIGURE_VALUE_COLS);
    row++;
  };
  figure(t("details.activeMembers"), d.activeMembers, S.count);
  figure(t("details.newMembers", { months }), d.newMembers, S.count);
  const lost = d.lostMembers;
  figure(t("details.lostMembers", { months }), lost ? lost.count : null, S.count);
  if (lost) {
    const tiers = Object.keys(lost.byTier)
      .map(Number)
      .sort((x, y) => x - y)
      .map((tier) => t("details.tierCount", { tier, count: lost.byTier[tier] }))
      .join("; ");
    figure(t("details.lostTiers"), tiers || t("details.noneLost"), S.textRight);
    figure(t(lost.feeIncomePartial ? "details.feeIncomeLostPartial" : "details.feeIncomeLost"), lost.feeIncomeLost, S.usd);
  }
  if (lost || d.lostAllTier1 !== null) {
    figure(t("details.lostAllTier1"), d.lostAllTier1 === null ? t("details.notChecked") : yesNo(d.lostAllTier1, lang), S.textRight);
  }
  figure(t("details.plannedSpend"), d.plannedSpend, S.usd);
  figure(t("details.budgetEnvelope"), d.budgetEnvelope, S.usd);
  figure(t("details.deficitQuarters"), d.deficitQuarters, S.count);
  figure(t("details.longestDeficitRun"), d.longestDeficitRun, S.count);
  return row - top;
}

/** A cell merged over `cols` columns, its style carried across so rules and fills run on. */
function spanCell(b: SheetBuilder, row: number, col: number, cols: number, cell: Cell): void {
  put(b, row, col, cell);
  for (let c = col + 1; c < col + cols; c++) put(b, row, c, { value: null, style: cell.style });
  if (cols > 1) b.merge(row, col, cols);
}

/**
 * A list under its own header, label | value (closing balance per quarter, cost variance per
 * core service), in A:C under the key figures. Quarter and service labels are the user's own
 * text: written verbatim, as text.
 */
export function labelledList(
  b: SheetBuilder,
  top: number,
  col: number,
  header: string,
  items: readonly { label: string; value: number; flag?: { status: "met" | "near"; word: string } }[],
  valueStyle: string,
): number {
  if (items.length === 0) return 0;
  spanText(b, top, col, 1 + FIGURE_VALUE_COLS, header, S.header);
  items.forEach((item, i) => {
    // A flagged item gets the status's fill AND a word after its label: never colour alone.
    const label = item.flag ? `${item.label} (${item.flag.word})` : item.label;
    put(b, top + 1 + i, col, { value: label, style: item.flag ? flaggedStyleKey(S.listLabel, item.flag.status) : S.listLabel });
    spanCell(b, top + 1 + i, col + 1, FIGURE_VALUE_COLS, {
      value: item.value,
      style: item.flag ? flaggedStyleKey(valueStyle, item.flag.status) : valueStyle,
    });
    // The indent takes about five characters (a flagged item has none).
    b.fitText(top + 1 + i, col, item.flag ? `${label} ` : `${indentAllowance(2)}${label}  `);
  });
  return items.length + 1;
}

/** Indicators with a number worth a trend (the Board's yes/no assessments have none). */
const TREND_INDICATORS: readonly IndicatorId[] = INDICATORS.filter((i) => i.category !== "external").map((i) => i.id);

/** Kept for callers that count the history's rows: the trend's length. */
export const HISTORY_LIMIT = TREND_LENGTH;

export interface HistoryBlock {
  readonly rows: number;
  readonly dataBars: PlanDataBar[];
  /**
   * Source and title; the anchor is set once the band's height is known. Absent when there is
   * nothing to chart (no logged evaluation and no readable date for this one): a line chart
   * needs at least one point, and an empty one would only draw its axes.
   */
  readonly chart?: Omit<PlanChart, "anchor">;
}

/**
 * Bounds of a column's data bars: from 0 (or the lowest negative) to a quarter above the larger
 * of the highest value and the trigger, so a bar's length compares a value with its trigger and
 * equal values give equal, not full-length, bars.
 */
export function trendBarBounds(values: readonly (number | null)[], trigger: number | null): { min: number; max: number } {
  const known = values.filter((v): v is number => v !== null);
  const min = Math.min(0, ...known);
  const top = Math.max(0, ...known, trigger ?? 0);
  return { min, max: top === 0 ? 1 : top * 1.25 };
}

/**
 * The last `TREND_LENGTH` evaluations (`trendPoints`), oldest first: date | met | each numeric
 * indicator, with data bars on a fixed scale per column; the chart of met counts goes beside it.
 */
export function historyTable(
  b: SheetBuilder,
  top: number,
  history: readonly LogEntry[],
  evaluation: Evaluation,
  date1904: boolean,
  lang: Language,
  t: T,
): HistoryBlock {
  const points = trendPoints(history, evaluation);
  const labels = [t("history.col.date"), t("history.col.met"), ...TREND_INDICATORS.map((id) => translate(lang, "terms", `short.${id}`))];
  labels.forEach((label, i) => {
    put(b, top, COL.trendDate + i, { value: label, style: S.header });
    // Bold text runs wider than the 11 pt estimate assumes.
    b.fitText(top, COL.trendDate + i, label + " ".repeat(Math.ceil(label.length / 5)));
  });
  points.forEach((p, i) => {
    const row = top + 1 + i;
    put(b, row, COL.trendDate, { value: workbookDate(p.date, date1904), style: dateStyleKey(lang) });
    put(b, row, COL.trendDate + 1, { value: p.met, style: S.count });
    TREND_INDICATORS.forEach((id, k) => {
      const value = p.values[id];
      const unit = evaluation.indicators.find((r) => r.id === id)?.unit;
      if (value !== null) put(b, row, COL.trendDate + 2 + k, { value, style: unit === "percent" ? S.percent : S.count });
    });
  });
  const body = (offset: number): PlanRect => ({ row: top + 1, col: COL.trendDate + offset, rows: Math.max(1, points.length), cols: 1 });
  const dataBars: PlanDataBar[] = [{ range: body(1), color: "#E06666", min: 0, max: INDICATORS.length }];
  TREND_INDICATORS.forEach((id, k) => {
    const trigger = evaluation.indicators.find((r) => r.id === id)?.threshold ?? null;
    dataBars.push({
      range: body(2 + k),
      color: "#5B9BD5",
      ...trendBarBounds(
        points.map((p) => p.values[id]),
        trigger,
      ),
    });
  });
  return {
    rows: points.length + 1,
    dataBars,
    ...(points.length > 0 && {
      chart: { title: t("history.chartTitle"), source: { row: top, col: COL.trendDate, rows: points.length + 1, cols: 2 } },
    }),
  };
}

/**
 * The chart's cells: beside the key figures and lists (D:G), from the band's first row, as tall
 * as they are and never shorter than legible.
 */
export function chartAnchor(top: number, leftRows: number): PlanRect {
  return { row: top, col: COL.chart, rows: Math.max(CHART_ROWS, leftRows), cols: COL.settingLabel - COL.chart };
}

/** Where a problem list goes: its first column (the cell link) and how many columns it spans. */
export interface ProblemArea {
  readonly col: number;
  readonly cols: number;
}

/** The whole width: problems printed after the page. */
export const FULL_WIDTH: ProblemArea = { col: COL.label, cols: LAST_COL + 1 };

/** Errors first: they are what made indicators `no_data`. */
export function problemsInOrder(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((x, y) => (x.severity === y.severity ? 0 : x.severity === "error" ? -1 : 1));
}

/**
 * One row per problem from `top`: cell (a link), severity, message across the rest of `area`.
 * The severity takes two columns: "Avertissement", "Advertencia" would wrap inside one.
 */
export function problemRows(
  b: SheetBuilder,
  top: number,
  problems: readonly Problem[],
  lang: Language,
  t: T,
  area: ProblemArea = FULL_WIDTH,
): void {
  const severityCols = 2;
  const messageCol = area.col + 1 + severityCols;
  const messageCols = area.col + area.cols - messageCol;
  problems.forEach((problem, i) => {
    const row = top + i;
    put(b, row, area.col, problem.cell ? { value: problem.cell, style: S.link, link: problem.cell } : { value: DASH, style: S.text });
    spanText(b, row, area.col + 1, severityCols, t(`severity.${problem.severity}`), S.label);
    spanText(b, row, messageCol, messageCols, problemMessage(problem, lang), S.wrap);
    b.fitText(row, area.col, problem.cell);
  });
}

/**
 * Every setting in force, one a row in G:L: its label in the report's language (G:J) and its
 * value as a reader expects it (Yes/No, a percentage, the cost rule in words) in K:L. A value
 * set in the workbook is bold and its label says so in words (never by colour alone); the
 * legend sits in the heading.
 */
export function settingsGrid(b: SheetBuilder, top: number, evaluation: Evaluation, lang: Language, t: T): number {
  const labelCols = COL.settingValue - COL.settingLabel;
  const valueCols = LAST_COL + 1 - COL.settingValue;
  // A header row level with the key figures' headers: the settings' rows then line up with theirs.
  spanText(b, top, COL.settingLabel, labelCols, t("settings.col.setting"), S.header);
  spanText(b, top, COL.settingValue, valueCols, t("settings.col.value"), S.header);
  SETTING_KEYS.forEach((key, i) => {
    const row = top + 1 + i;
    const cell = settingCell(key, evaluation.settings, lang);
    const value = settingValueText(key, evaluation.settings, lang) ?? cell.value ?? DASH;
    // Numbers keep their format; words sit at the left of the value cells, clear of the label.
    const valueStyle = typeof value === "string" ? S.settingWord : (SETTING_NUMBER_STYLES[cell.style] ?? S.settingCount);
    const label = settingLabel(key, lang);
    const set = !isDefaultSetting(key, evaluation.settings);
    const labelCell: Cell = set
      ? { value: t("settings.setKey", { key: label }), style: strongStyleKey(S.wrap) }
      : { value: label, style: S.wrap };
    put(b, row, COL.settingLabel, labelCell);
    for (let c = 1; c < labelCols; c++) put(b, row, COL.settingLabel + c, { value: null, style: labelCell.style });
    b.merge(row, COL.settingLabel, labelCols);
    put(b, row, COL.settingValue, { value, style: set ? strongStyleKey(valueStyle) : valueStyle });
    for (let c = 1; c < valueCols; c++) put(b, row, COL.settingValue + c, { value: null, style: valueStyle });
    b.merge(row, COL.settingValue, valueCols);
    b.fitText(row, COL.settingLabel, String(labelCell.value), labelCols);
  });
  return SETTING_KEYS.length + 1;
}

const SETTING_NUMBER_STYLES: Readonly<Record<string, string>> = {
  [S.count]: S.settingCount,
  [S.amount]: S.settingAmount,
  [S.percent]: S.settingPercent,
};

/** The settings whose value reads as words: the cost rule and the language, in the report's language. */
function settingValueText(key: SettingKey, settings: Settings, lang: Language): string | null {
  if (key === "CostRule")
    return translate(lang, "settings", settings.CostRule === "aggregate" ? "value.CostRule.aggregate" : "value.CostRule.any");
  if (key === "Language") return settings.Language === null ? translate(lang, "settings", "value.Language.auto") : settings.Language;
  return null;
}
