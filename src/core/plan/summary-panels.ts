/**
 * The blocks below the indicator table of the `MVSP Triggers` sheet, each written from a given
 * row into its own columns of the grid (see summary-grid.ts) so that two or more sit side by
 * side. Each returns the rows it used; the band is as tall as its tallest block.
 */
import type { Evaluation, IndicatorId, Language, Problem } from "../model";
import { problemMessage } from "../text";
import { SheetBuilder, workbookDate, wrappedLines } from "./layout";
import type { LogEntry } from "./log";
import { SETTING_KEYS, isDefaultSetting, settingCell, yesNo } from "./settings-text";
import { S, strongStyleKey } from "./styles";
import { COL, DASH, LEFT, RIGHT, SUMMARY_COLUMN_WIDTHS, put, spanText, type Cell, type T } from "./summary-grid";
import type { PlanChart, PlanRect } from "./types";

/** Evaluations shown in the history table and chart: the last two years of quarterly reports. */
export const HISTORY_LIMIT = 8;
/** Problems listed at most before "and N more": enough for a typical slip, short enough for one page. */
export const PROBLEMS_SHOWN = 8;
/** Printed lines the problem list may take (as many as the settings beside it), "and N more" included. */
export const PROBLEM_LINES = 8;
/** The chart needs some height to be legible even when the blocks beside it are short. */
const MIN_CHART_ROWS = 9;

/** Member, spend and cash figures behind the indicators, as label | value lines in A:B under a header. */
export function keyFigures(b: SheetBuilder, top: number, evaluation: Evaluation, lang: Language, t: T): number {
  const d = evaluation.details;
  const months = evaluation.settings.LookbackMonths;
  spanText(b, top, COL.label, 2, t("details.header"), S.header);
  let row = top + 1;
  const figure = (label: string, value: number | string | null, style: string) => {
    put(b, row, COL.label, { value: label, style: S.wrap });
    put(b, row, COL.value, value === null ? { value: DASH, style: S.textRight } : { value, style });
    b.fitText(row, COL.label, label);
    if (typeof value === "string") b.fitText(row, COL.value, value);
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

/**
 * A two-column list under its own header (closing balance per quarter in C:D, cost variance per
 * core service in E:F). Quarter and service labels are the user's own text: written verbatim, as text.
 */
export function labelledList(
  b: SheetBuilder,
  top: number,
  col: number,
  header: string,
  items: readonly { label: string; value: number }[],
  valueStyle: string,
): number {
  if (items.length === 0) return 0;
  spanText(b, top, col, 2, header, S.header);
  items.forEach((item, i) => {
    put(b, top + 1 + i, col, { value: item.label, style: S.listLabel });
    put(b, top + 1 + i, col + 1, { value: item.value, style: valueStyle });
    b.fitText(top + 1 + i, col, `${item.label}  `);
  });
  return items.length + 1;
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
  // An evaluation without a readable date has no place on the time line.
  if (evaluation.evaluationDate !== null) {
    byDate.set(evaluation.evaluationDate, {
      date: evaluation.evaluationDate,
      met: evaluation.metCount,
      active: value("active_members"),
      newMembers: value("new_members"),
    });
  }
  return [...byDate.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)).slice(-HISTORY_LIMIT);
}

export interface HistoryBlock {
  readonly rows: number;
  readonly dataBars: { range: PlanRect; color: string }[];
  /** Source and title; the anchor is set once the band's height is known. */
  readonly chart: Omit<PlanChart, "anchor">;
}

/** Date | met | active | new, with data bars, in G:J; the chart of met counts goes beside it. */
export function historyTable(
  b: SheetBuilder,
  top: number,
  history: readonly LogEntry[],
  evaluation: Evaluation,
  date1904: boolean,
  t: T,
): HistoryBlock {
  const points = historyPoints(history, evaluation);
  const labels = [t("history.col.date"), t("history.col.met"), t("history.col.active"), t("history.col.new")];
  labels.forEach((label, i) => {
    put(b, top, COL.history + i, { value: label, style: S.header });
    // Bold text runs wider than the 11 pt estimate assumes.
    b.fitText(top, COL.history + i, label + " ".repeat(Math.ceil(label.length / 5)));
  });
  points.forEach((p, i) => {
    const row = top + 1 + i;
    put(b, row, COL.history, { value: workbookDate(p.date, date1904), style: S.date });
    put(b, row, COL.history + 1, { value: p.met, style: S.count });
    if (p.active !== null) put(b, row, COL.history + 2, { value: p.active, style: S.count });
    if (p.newMembers !== null) put(b, row, COL.history + 3, { value: p.newMembers, style: S.count });
  });
  const body = (offset: number): PlanRect => ({ row: top + 1, col: COL.history + offset, rows: points.length, cols: 1 });
  return {
    rows: points.length + 1,
    dataBars: [
      { range: body(1), color: "#E06666" },
      { range: body(2), color: "#5B9BD5" },
      { range: body(3), color: "#5B9BD5" },
    ],
    chart: { title: t("history.chartTitle"), source: { row: top, col: COL.history, rows: points.length + 1, cols: 2 } },
  };
}

/** The chart's cells: K:L from `top`, as tall as the band (never shorter than legible). */
export function chartAnchor(top: number, bandRows: number): PlanRect {
  return { row: top, col: COL.side, rows: Math.max(bandRows, MIN_CHART_ROWS), cols: RIGHT.col + RIGHT.cols - COL.side };
}

/** Errors first: they are what made indicators `no_data`. */
function ordered(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((x, y) => (x.severity === y.severity ? 0 : x.severity === "error" ? -1 : 1));
}

/** One row per problem from `top`: cell (a link), severity, message across C:F. */
export function problemRows(b: SheetBuilder, top: number, problems: readonly Problem[], lang: Language, t: T): void {
  const messageCol = COL.value + 1;
  const messageCols = LEFT.cols - messageCol;
  problems.forEach((problem, i) => {
    const row = top + i;
    put(b, row, COL.label, problem.cell ? { value: problem.cell, style: S.link, link: problem.cell } : { value: DASH, style: S.text });
    put(b, row, COL.value, { value: t(`severity.${problem.severity}`), style: S.label });
    spanText(b, row, messageCol, messageCols, problemMessage(problem, lang), S.wrap);
    b.fitText(row, COL.label, problem.cell);
  });
}

/**
 * Input problems in A:F, errors first: cell (a link), severity, message. Every message names
 * its range already, so no separate name column. The list stops at `PROBLEMS_SHOWN` problems or
 * `maxLines` printed lines, whichever comes first, so that a badly broken workbook still prints
 * its summary on one page; the last line then says how many more there are, and those are
 * returned (`rest`) to be listed after the page.
 */
export function problemList(
  b: SheetBuilder,
  top: number,
  problems: readonly Problem[],
  lang: Language,
  t: T,
  maxLines: number,
): { rows: number; rest: Problem[] } {
  const messageCol = COL.value + 1;
  const messageCols = LEFT.cols - messageCol;
  const messageWidth = SUMMARY_COLUMN_WIDTHS.slice(messageCol, messageCol + messageCols).reduce((x, y) => x + y, 0);
  if (problems.length === 0) {
    spanText(b, top, LEFT.col, LEFT.cols, t("problems.none"), S.wrap);
    return { rows: 1, rest: [] };
  }
  const sorted = ordered(problems);
  let shown = 0;
  let lines = 0;
  while (shown < Math.min(sorted.length, PROBLEMS_SHOWN)) {
    const need = wrappedLines(problemMessage(sorted[shown], lang), messageWidth);
    // Room for the "and N more" line whenever some problems would stay unlisted.
    const reserve = shown + 1 < sorted.length ? 1 : 0;
    if (shown > 0 && lines + need + reserve > maxLines) break;
    lines += need;
    shown++;
  }
  problemRows(b, top, sorted.slice(0, shown), lang, t);
  const rest = sorted.slice(shown);
  if (rest.length === 0) return { rows: shown, rest };
  spanText(b, top + shown, LEFT.col, LEFT.cols, t("problems.more", { count: rest.length }), S.note);
  return { rows: shown + 1, rest };
}

/** Where each Key | Value pair of a settings row goes: key cells (merged when more than one), value cell. */
const SETTING_SLOTS = [
  { key: COL.history, keyCols: 3, value: COL.history + 3 },
  { key: COL.side, keyCols: 1, value: COL.sideValue },
] as const;

/**
 * Every setting in force, two Key | Value pairs a row in G:L. A value set in the workbook is
 * bold and its key says so in words (never by colour alone); the legend sits in the heading.
 */
export function settingsGrid(b: SheetBuilder, top: number, evaluation: Evaluation, lang: Language, t: T): number {
  const entries: Cell[][] = SETTING_KEYS.map((key) => {
    const cell = settingCell(key, evaluation.settings, lang);
    const value = cell.value ?? (key === "Language" ? t("settings.languageAuto", { lang }) : DASH);
    const valueStyle = typeof value === "string" ? S.textRight : cell.style;
    return isDefaultSetting(key, evaluation.settings)
      ? [{ value: key, style: S.text }, { value, style: valueStyle }]
      : [{ value: t("settings.setKey", { key }), style: strongStyleKey(S.text) }, { value, style: strongStyleKey(valueStyle) }];
  });
  entries.forEach(([key, value], i) => {
    const slot = SETTING_SLOTS[i % SETTING_SLOTS.length];
    const row = top + Math.floor(i / SETTING_SLOTS.length);
    put(b, row, slot.key, key);
    if (slot.keyCols > 1) b.merge(row, slot.key, slot.keyCols);
    put(b, row, slot.value, value);
    b.fitText(row, slot.key, String(key.value), slot.keyCols);
    b.fitText(row, slot.value, String(value.value));
  });
  return Math.ceil(entries.length / SETTING_SLOTS.length);
}
