/**
 * The `MVSP Triggers` sheet: what a Board treasurer reads, prints and pastes into the quarterly
 * report without retouching. Plain values with number formats, words beside every colour, and a
 * native chart whose data also stands in the sheet as a table with data bars (for readers whose
 * tool cannot draw the chart).
 */
import { holdsExampleData } from "../connect/examples";
import { compareWithPrevious, type IndicatorComparison } from "../history";
import { translate } from "../i18n";
import { type Category, type IndicatorResult, type Language, type Problem } from "../model";
import { INDICATORS, metWhen, nearFrom } from "../indicators";
import { categoryName, explanationText, indicatorName, marginText, outcomeLabel, outcomeSentence, quarterText, statusWord, statusWords, valueText } from "../text";
import { SheetBuilder, onePageScale, pagesTall, workbookDate } from "./layout";
import { placeLiveCheck } from "./live-check";
import { ownershipName } from "./ownership";
import { yesNo } from "./settings-text";
import { S, dateStyleKey, marginStyleKey, outcomeStyleKey, statusStyleKey, thresholdStyleKey } from "./styles";
import { COL, DASH, LAST_COL, RIGHT, SUMMARY_COLUMN_WIDTHS, fill, gap, put, spanText, type Cell, type T } from "./summary-grid";
import { PROBLEM_LINES, chartAnchor, historyTable, keyFigures, labelledList, problemList, problemRows, settingsGrid, indentAllowance, type HistoryBlock } from "./summary-panels";
import { SHEET_NAMES, type EvaluationPlanArgs, type PlanChart, type PlanName, type PlanRect, type SheetPlan } from "./types";


/** Rows frozen on screen: title, evaluation date, outcome, outcome sentence. */
const FROZEN_ROWS = 4;

export type SummaryArgs = EvaluationPlanArgs & {
  /** The timestamp of the last logged row when this evaluation repeats it (same fingerprint): no new log row. */
  readonly unchangedSince?: string | null;
};

export function buildSummarySheet(args: SummaryArgs): { sheet: SheetPlan; name: PlanName } {
  const { evaluation, language: lang, timestamp } = args;
  const t: T = (key, params = {}) => translate(lang, "report", key, params);
  const b = new SheetBuilder(SUMMARY_COLUMN_WIDTHS, 0);

  titleBlock(b, args, t);
  gap(b);
  indicatorTable(b, args, t);
  gap(b);
  // The chart sits in the figures band; its data is the history table of the band below.
  const chartAnchor = figuresBand(b, args, t);
  gap(b);
  const { history, rest: overflow } = historyAndProblemsBand(b, args, t);
  const chart: PlanChart | undefined = history.chart && { ...history.chart, anchor: chartAnchor };
  const lastRow = b.row - 1;
  // Problems that do not fit the one-page summary print after it, each with its link.
  const pages = overflow.length > 0 ? 1 + continuedProblems(b, overflow, lang, t) : 1;

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
      dataBars: history.dataBars,
      ...(chart && { chart }),
      print: {
        orientation: "landscape",
        paperSize: "A4",
        // One page, always: the treasurer pastes it into the Board pack as it prints.
        fitToWidth: 1,
        fitToHeight: pages,
        headerCenter: t("summary.title"),
        footerLeft:
          evaluation.evaluationDate === null
            ? t("print.footerNoDate", { timestamp })
            : t("print.footerDate", { date: dateText(evaluation.evaluationDate, lang), timestamp }),
        footerRight: t("print.page"),
        printArea: { row: 0, col: 0, rows: b.row, cols: LAST_COL + 1 },
        ...(pages > 1 ? { rowBreaks: [lastRow + 1] } : {}),
      },
    },
    name: ownershipName("summary", SHEET_NAMES.summary, t("summary.ownershipComment")),
  };
}

/** The scale the summary prints at on its one page (an estimate, as Excel lays text out). */
export function summaryPrintScale(sheet: SheetPlan): number {
  const heights = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.height]));
  const area = sheet.print?.printArea;
  const rows = sheet.print?.rowBreaks?.[0] ?? (area ? area.row + area.rows : 0);
  let total = 0;
  for (let r = 0; r < rows; r++) total += heights.get(r) ?? 15;
  return onePageScale(sheet.columnWidths ?? [], total, sheet.print?.orientation ?? "landscape");
}

/** Title, date and outcome on the left; the met / near / no-data counts beside them on the right. */
function titleBlock(b: SheetBuilder, args: SummaryArgs, t: T): void {
  const { evaluation, language: lang } = args;
  const outcomeStyle = outcomeStyleKey(evaluation.outcome);
  const outcomeCols = COL.side - COL.value - 1;
  const sentenceCols = COL.side - 1;

  // Example data left from the template: the heading itself says so, so the page is not reported as is.
  const titleRow = b.line([{ value: t(holdsExampleData(evaluation.problems) ? "summary.titleExample" : "summary.title"), style: S.title }]);
  b.setHeight(0, 24);
  // Top right, clear of the title's overflow: the live check ("is this page still true?").
  placeLiveCheck(b, { row: titleRow, col: COL.side, cols: LAST_COL + 1 - COL.side }, args.snapshot, lang);
  const date: Cell =
    evaluation.evaluationDate === null
      ? { value: t("summary.noEvaluationDate"), style: S.label }
      : { value: workbookDate(evaluation.evaluationDate, args.snapshot.date1904), style: dateStyleKey(lang) };
  const quarter = quarterText(evaluation.evaluationDate, lang);
  const dateRow = b.line([
    { value: t("summary.evaluationDate"), style: S.label },
    date,
    { value: quarter ?? null, style: S.label },
  ]);
  const outcomeRow = b.line([
    { value: t("summary.outcome"), style: S.label },
    { value: outcomeLabel(evaluation.outcome, lang), style: outcomeStyle },
    ...fill(outcomeCols - 1, outcomeStyle),
  ]);
  b.merge(outcomeRow, COL.value, outcomeCols);
  b.setHeight(outcomeRow, 20);
  const sentence = outcomeSentence(evaluation, lang);
  const sentenceRow = b.row++;
  spanText(b, sentenceRow, COL.label, sentenceCols, sentence, S.sentence);
  // 12 pt text: fewer characters per line than the 11 pt estimate assumes.
  b.fitText(sentenceRow, COL.label, sentence + " ".repeat(Math.ceil(sentence.length / 10)), sentenceCols);

  changesSince(b, dateRow, args, t);

  const counts: [string, number][] = [
    [t("summary.metCount"), evaluation.metCount],
    [t("summary.nearCount"), evaluation.nearCount],
    [t("summary.noDataCount"), evaluation.noDataCount],
  ];
  counts.forEach(([label, count], i) => {
    put(b, dateRow + i, COL.side, { value: label, style: S.label });
    put(b, dateRow + i, COL.sideValue, { value: count, style: S.count });
    b.fitText(dateRow + i, COL.side, label);
  });
}

/**
 * Section headings of a band: one over the left-hand blocks (A:F), one over the right-hand ones
 * (G:L), with an optional note (a legend) at the right end of the right-hand heading.
 */
function bandHeadings(b: SheetBuilder, left: string, right: string, note?: string, split: number = RIGHT.col): number {
  // The right-hand heading's text overflows into the next two columns; a note takes the rest.
  const noteCol = split + 3;
  const rightCols = note ? noteCol - split : LAST_COL + 1 - split;
  const row = b.line([
    { value: left, style: S.subtitle },
    ...fill(split - 1, S.subtitle),
    { value: right === "" ? null : right, style: S.subtitle },
    ...fill(rightCols - 1, S.subtitle),
  ]);
  if (note) {
    put(b, row, noteCol, { value: note, style: S.headingNote });
    for (let col = noteCol + 1; col <= LAST_COL; col++) put(b, row, col, { value: null, style: S.headingNote });
    b.merge(row, noteCol, LAST_COL + 1 - noteCol);
  }
  b.setHeight(row, 19);
  return row;
}

function measuredValue(result: IndicatorResult, lang: Language): Cell {
  if (result.value === null) return { value: DASH, style: S.textRight };
  if (result.unit === "yesno") return { value: yesNo(result.value !== 0, lang), style: S.textRight };
  return { value: result.value, style: result.unit === "percent" ? S.percent : S.count };
}

function thresholdCell(result: IndicatorResult, lang: Language): Cell {
  if (result.unit === "yesno") return { value: yesNo(true, lang), style: S.textRight };
  const comparison = metWhen(result.id);
  if (result.threshold === null || !comparison) return { value: DASH, style: S.textRight };
  return { value: result.threshold, style: thresholdStyleKey(comparison, result.unit) };
}

/** The warning level with its comparison (`≤ 73`, `= 2`, `> 15.0%`), or a dash for the Board's assessments. */
function nearFromCell(result: IndicatorResult): Cell {
  const comparison = nearFrom(result.id);
  if (result.unit === "yesno" || result.warning === null || !comparison) return { value: DASH, style: S.textRight };
  return { value: result.warning, style: thresholdStyleKey(comparison, result.unit) };
}

/** The margin to the trigger as a number in its unit (`3 members`, `492,801 USD`), negative when met. */
function marginCell(result: IndicatorResult, lang: Language): Cell {
  if (!result.margin) return { value: DASH, style: S.textRight };
  return { value: result.margin.amount, style: marginStyleKey(result.margin.unit, lang, result.margin.amount) };
}

/** `72 → 68`: the value at the previous logged evaluation beside today's; a dash without one. */
export function previousText(comparison: IndicatorComparison | undefined, result: IndicatorResult, lang: Language): string {
  if (!comparison || comparison.previousValue === null) return DASH;
  const before = valueText(comparison.previousValue, result.unit, lang) ?? DASH;
  const now = valueText(result.value, result.unit, lang) ?? DASH;
  return `${before} → ${now}`;
}

/** A date as text in the report language's convention (the same as the date cells' format). */
function dateText(iso: string, lang: Language): string {
  return lang === "en" ? iso : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** The heart of the page: every indicator by category, its explanation and margin sentence across G:L. */
function indicatorTable(b: SheetBuilder, args: SummaryArgs, t: T): void {
  const { evaluation, language: lang } = args;
  const compared = compareWithPrevious(args.history, evaluation);
  // The "previous → now" column only when there is a previous evaluation; else the explanation takes its place.
  const explanationCol = compared.since ? COL.explanation : COL.previous;
  const explanationCols = LAST_COL + 1 - explanationCol;
  const header = b.row++;
  const labels = [
    t("summary.col.indicator"),
    t("summary.col.value"),
    t("summary.col.threshold"),
    t("summary.col.nearFrom"),
    t("summary.col.status"),
    t("summary.col.margin"),
    // The previous evaluation's date is in the changes line under the title.
    ...(compared.since ? [t("summary.col.previous")] : []),
  ];
  labels.forEach((label, col) => {
    put(b, header, col, { value: label, style: S.header });
    b.fitText(header, col, label);
  });
  spanText(b, header, explanationCol, explanationCols, t("summary.col.explanation"), S.header);

  let category: Category | null = null;
  for (const { id } of INDICATORS) {
    const result = evaluation.indicators.find((r) => r.id === id);
    if (!result) continue;
    if (result.category !== category) {
      category = result.category;
      b.line([{ value: categoryName(category, lang), style: S.category }, ...fill(LAST_COL, S.category)]);
    }
    const name = indicatorName(id, lang);
    const status = statusWord(result.status, lang);
    const row = b.line([
      { value: name, style: S.indented },
      measuredValue(result, lang),
      thresholdCell(result, lang),
      nearFromCell(result),
      { value: status, style: statusStyleKey(result.status) },
      marginCell(result, lang),
    ]);
    b.fitText(row, COL.label, `${indentAllowance(1)}${name}  `);
    b.fitText(row, COL.status, status);
    if (compared.since) {
      const previous = previousText(compared.indicators.find((c) => c.id === id), result, lang);
      put(b, row, COL.previous, { value: previous, style: S.textRight });
      b.fitText(row, COL.previous, previous);
    }
    // The margin's figure has its own column; its sentence is added where the figure alone
    // would mislead (0: below the trigger, but the tier condition fails).
    const margin = result.margin?.amount === 0 ? marginText(result, lang) : null;
    const explanation = margin ? `${explanationText(result, lang)} ${margin}` : explanationText(result, lang);
    spanText(b, row, explanationCol, explanationCols, explanation, S.wrap);
  }
  // What the colours and words mean, and where "near" starts: a Board member needs no other key.
  const legend = t("summary.legend", { ...statusWords(lang), nearFrom: t("summary.col.nearFrom") });
  spanText(b, b.row++, COL.label, LAST_COL + 1, legend, S.note);
}

/** Beside the evaluation date: which statuses changed since the previous evaluation date, if any. */
function changesSince(b: SheetBuilder, row: number, args: SummaryArgs, t: T): void {
  const first = COL.threshold + 1;
  const width = COL.side - first;
  if (args.unchangedSince) {
    spanText(b, row, first, width, t("summary.unchanged", { timestamp: args.unchangedSince }), S.wrap);
    return;
  }
  const { since: previous, indicators } = compareWithPrevious(args.history, args.evaluation);
  if (!previous) return;
  const lang = args.language;
  const changes = indicators
    .filter((c) => c.statusChanged)
    .map((c) => {
      const before = c.previousStatus;
      return t("changes.item", {
        indicator: translate(lang, "terms", `short.${c.id}`),
        before: before ? statusWord(before, lang) : DASH,
        now: statusWord(c.status, lang),
      });
    });
  const date = dateText(previous.evaluationDate, lang);
  const text = changes.length === 0 ? t("changes.none", { date }) : t("changes.heading", { date, changes: changes.join("; ") });
  spanText(b, row, first, width, text, S.wrap);
}

/**
 * Key figures (A:F: figures, closing balances, service costs, and the chart of met counts under
 * the two lists, which are the shorter blocks) beside the settings in force (G:L).
 */
function figuresBand(b: SheetBuilder, args: SummaryArgs, t: T): PlanRect {
  const { evaluation, language: lang } = args;
  bandHeadings(b, t("summary.details"), t("summary.settings"), t("settings.legend"));
  const top = b.row;
  const d = evaluation.details;
  const s = evaluation.settings;
  const balances = d.closingBalances.map((q) => ({
    label: q.quarter,
    value: q.balance,
    ...(q.balance < s.MinCashReserve ? { flag: { status: "met" as const, word: t("details.flag.deficit") } } : {}),
  }));
  const services = d.serviceVariances.map((v) => {
    const status = v.variance > s.MaxCostOverHistorical ? ("met" as const) : v.variance > s.WarnCostOverHistorical ? ("near" as const) : null;
    const word = status === "met" ? t("details.flag.overTrigger") : t("details.flag.overWarning");
    return { label: v.service, value: v.variance, ...(status ? { flag: { status, word } } : {}) };
  });
  const lists = Math.max(
    labelledList(b, top, COL.quarter, t("details.closingBalances"), balances, S.usd),
    labelledList(b, top, COL.service, t("details.serviceVariances"), services, S.signedPercent),
  );
  const beside = Math.max(keyFigures(b, top, evaluation, lang, t), settingsGrid(b, top, evaluation, lang, t));
  const anchor = chartAnchor(top + lists - 1, top + beside - 1);
  const rows = Math.max(beside, anchor.row + anchor.rows - top);
  b.row = top + rows;
  return anchor;
}

/**
 * The trend of the last evaluations (A:G) and the closing lines (the Board decides; product
 * version and time) beside the input problems (H:L). Returns the chart's source and data
 * bars, and the problems that did not fit.
 */
function historyAndProblemsBand(b: SheetBuilder, args: SummaryArgs, t: T): { history: HistoryBlock; rest: readonly Problem[] } {
  const { evaluation, language: lang, version, timestamp } = args;
  const split = COL.trendChart;
  bandHeadings(b, t("summary.history"), t("summary.problems"), undefined, split);
  const top = b.row;
  const history = historyTable(b, top, args.history, evaluation, args.snapshot.date1904, lang, t);
  const listed = problemList(b, top, evaluation.problems, lang, t, PROBLEM_LINES, { col: split, cols: LAST_COL + 1 - split });
  // The closing lines end the left-hand column, under the history table: they cost no row
  // when the problems beside it run longer.
  const closing = top + history.rows;
  spanText(b, closing, COL.label, split, translate(lang, "terms", "outcome.boardDecides"), S.label);
  spanText(b, closing + 1, COL.label, split, t("summary.generatedBy", { version, timestamp }), S.note);
  b.row = Math.max(closing + 2, top + listed.rows);
  return { history, rest: listed.rest };
}

/** The problems past the first page, under their own heading; returns the pages they print on. */
function continuedProblems(b: SheetBuilder, problems: readonly Problem[], lang: Language, t: T): number {
  const first = b.row;
  bandHeadings(b, t("problems.continued"), "");
  problemRows(b, b.row, problems, lang, t);
  b.row += problems.length;
  return pagesTall(SUMMARY_COLUMN_WIDTHS, heightOf(b, first, b.row - 1), "landscape");
}

function heightOf(b: SheetBuilder, first: number, last: number): number {
  let total = 0;
  for (let r = first; r <= last; r++) total += b.heightOf(r);
  return total;
}
