/**
 * The `MVSP Triggers` sheet: what a Board treasurer reads, prints and pastes into the quarterly
 * report without retouching. Its first printed page (A4 landscape, `SUMMARY_SCALE`) holds the
 * outcome, what changed, the eight indicators, the legend and the sign-off lines; the key
 * figures, settings, history with its chart and the input problems follow on the next page(s).
 * Plain values with number formats, words beside every colour, and a native chart whose data
 * also stands in the sheet as a table with data bars (for readers whose tool cannot draw it).
 */
import { holdsExampleData } from "../connect/examples";
import { compareWithPrevious } from "../history";
import { translate } from "../i18n";
import type { Category, Language, Problem } from "../model";
import { INDICATORS } from "../indicators";
import {
  categoryName,
  explanationText,
  indicatorName,
  marginWords,
  metWhenText,
  nearFromText,
  outcomeLabel,
  outcomeSentence,
  quarterText,
  statusWord,
  statusWords,
  valueText,
} from "../text";
import { changesSince, dateText, previousText } from "./summary-changes";
import { SheetBuilder, blockPageBreaks, printedPageHeight, workbookDate } from "./layout";
import { placeLiveCheck } from "./live-check";
import { ownershipName } from "./ownership";
import { S, dateStyleKey, outcomeStyleKey, statusStyleKey } from "./styles";
import {
  COL,
  DASH,
  LAST_COL,
  SUMMARY_COLUMN_WIDTHS,
  SUMMARY_SCALE,
  fill,
  fitLoosely,
  bandHeadings,
  gap,
  heightOf,
  put,
  spanText,
  type Cell,
  type T,
} from "./summary-grid";
import {
  chartAnchor,
  historyTable,
  keyFigures,
  labelledList,
  problemRows,
  problemsInOrder,
  settingsGrid,
  indentAllowance,
} from "./summary-panels";
import { carriedNotes, notesBand, rewrittenArea, summaryAreaNames } from "./summary-notes";
import { SHEET_NAMES, type EvaluationPlanArgs, type PlanChart, type PlanName, type SheetPlan } from "./types";

/** Rows frozen on screen: title, evaluation date, outcome, outcome sentence. */
const FROZEN_ROWS = 4;

export type SummaryArgs = EvaluationPlanArgs & {
  /** The timestamp of the last logged row when this evaluation repeats it (same fingerprint): no new log row. */
  readonly unchangedSince?: string | null;
};

export function buildSummarySheet(args: SummaryArgs): { sheet: SheetPlan; name: PlanName; areaNames: PlanName[] } {
  const { evaluation, language: lang, timestamp } = args;
  const t: T = (key, params = {}) => translate(lang, "report", key, params);
  const b = new SheetBuilder(SUMMARY_COLUMN_WIDTHS, 0);

  // The first page: what the Board reads.
  titleBlock(b, args, t);
  changesSince(b, args, t);
  gap(b);
  indicatorTable(b, args, t);
  gap(b);
  signOff(b, args);
  const firstPageEnd = b.row;

  // The next page(s): the figures behind it, each band kept whole on a page where it fits.
  const figuresTop = b.row;
  const chartAt = figuresBand(b, args, t);
  gap(b);
  const historyTop = b.row;
  const history = historyBand(b, args, t);
  gap(b);
  // The user's notes for the Board, carried from the previous evaluation (`summary-notes.ts`).
  const notesTop = b.row;
  const carried = carriedNotes(args.snapshot, lang);
  const notesBox = notesBand(b, carried, lang);
  gap(b);
  const problemsTop = b.row;
  problemsBand(b, evaluation.problems, lang, t);
  const lastRow = b.row - 1;
  // No chart without a point to draw (no logged evaluation and no readable date).
  const chart: PlanChart | undefined = history.chart && { ...history.chart, anchor: chartAt };

  // The first page prints at the body scale unless its text is too long for the page's height.
  const scale = Math.min(SUMMARY_SCALE, Math.floor((100 * printedPageHeight("landscape")) / heightOf(b, 0, firstPageEnd - 1)));
  const pageHeight = (printedPageHeight("landscape") * 100) / scale;
  const later = blockPageBreaks([figuresTop, historyTop, notesTop, problemsTop], lastRow, (r) => b.heightOf(r), pageHeight);

  const page = { row: 0, col: 0, rows: b.row, cols: LAST_COL + 1 };
  const rewrites = rewrittenArea(args.snapshot, page, carried);
  return {
    sheet: {
      name: SHEET_NAMES.summary,
      role: "summary",
      mode: "replace",
      ...(rewrites && { rewrites }),
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
        // An explicit scale, not "fit to page": the text keeps its printed size (≥ 9 pt), and
        // Excel and LibreOffice honour the manual breaks only on a sheet printed at a scale.
        scale,
        fitToWidth: 1,
        fitToHeight: 0,
        headerCenter: t("summary.title"),
        footerLeft:
          evaluation.evaluationDate === null
            ? t("print.footerNoDate", { timestamp })
            : t("print.footerDate", { date: dateText(evaluation.evaluationDate, lang), timestamp }),
        footerRight: t("print.page"),
        printArea: page,
        rowBreaks: [firstPageEnd, ...later.breaks.filter((r) => r > firstPageEnd)],
      },
    },
    name: ownershipName("summary", SHEET_NAMES.summary, t("summary.ownershipComment")),
    areaNames: summaryAreaNames(page, notesBox, lang),
  };
}

/** The scale the summary prints at, as a fraction (0.85). */
export function summaryPrintScale(sheet: SheetPlan): number {
  return (sheet.print?.scale ?? 100) / 100;
}

/** The last row of the summary's first printed page. */
export function summaryFirstPageEnd(sheet: SheetPlan): number {
  return (sheet.print?.rowBreaks?.[0] ?? sheet.print?.printArea?.rows ?? 0) - 1;
}

/** Title and date, the outcome (larger) and its sentence; the met / near / no-data counts at the right. */
function titleBlock(b: SheetBuilder, args: SummaryArgs, t: T): void {
  const { evaluation, language: lang } = args;
  const outcomeStyle = outcomeStyleKey(evaluation.outcome);
  const outcomeCols = COL.side - COL.value;

  // Example data left from the template: the heading itself says so, so the page is not reported as is.
  const titleRow = b.line([{ value: t(holdsExampleData(evaluation.problems) ? "summary.titleExample" : "summary.title"), style: S.title }]);
  b.setHeight(0, 22);
  // The review's live check, on the page's first line (H:L, clear of the title's overflow): empty
  // while the inputs are as evaluated, "Inputs changed since this evaluation: evaluate again"
  // once a spreadsheet recalculates after a change.
  placeLiveCheck(b, { row: titleRow, col: COL.side, cols: LAST_COL + 1 - COL.side }, args.snapshot, lang);
  const date: Cell =
    evaluation.evaluationDate === null
      ? { value: t("summary.noEvaluationDate"), style: S.label }
      : { value: workbookDate(evaluation.evaluationDate, args.snapshot.date1904), style: dateStyleKey(lang) };
  const dateRow = b.row++;
  put(b, dateRow, COL.label, { value: t("summary.evaluationDate"), style: S.label });
  // A date needs two of the narrow columns, or it shows as ####.
  put(b, dateRow, COL.value, date);
  put(b, dateRow, COL.value + 1, { value: null, style: date.style });
  b.merge(dateRow, COL.value, 2);
  put(b, dateRow, COL.nearFrom, { value: quarterText(evaluation.evaluationDate, lang) ?? null, style: S.label });
  const outcomeRow = b.line([
    { value: t("summary.outcome"), style: S.label },
    { value: outcomeLabel(evaluation.outcome, lang), style: outcomeStyle },
    ...fill(outcomeCols - 1, outcomeStyle),
  ]);
  b.merge(outcomeRow, COL.value, outcomeCols);
  b.setHeight(outcomeRow, 22);
  const sentence = outcomeSentence(evaluation, lang);
  const sentenceRow = b.row++;
  // A:G, beside the last of the counts.
  spanText(b, sentenceRow, COL.label, COL.side, sentence, S.sentence);
  // 12 pt text: fewer characters per line than the 11 pt estimate assumes.
  fitLoosely(b, sentenceRow, COL.label, sentence, COL.side);

  const counts: [string, number][] = [
    [t("summary.metCount"), evaluation.metCount],
    [t("summary.nearCount"), evaluation.nearCount],
    [t("summary.noDataCount"), evaluation.noDataCount],
  ];
  // Beside the date, the outcome and its sentence.
  counts.forEach(([label, count], i) => {
    const row = titleRow + 1 + i;
    put(b, row, COL.side, { value: label, style: S.countLabel });
    for (let c = COL.side + 1; c < COL.sideValue; c++) put(b, row, c, { value: null, style: S.countLabel });
    b.merge(row, COL.side, COL.sideValue - COL.side);
    put(b, row, COL.sideValue, { value: count, style: S.count });
  });
}

/**
 * The heart of the page: every indicator by category. Its figures are written as the report
 * language writes them (`12,1 %`, `> 20,0 %`, `3 départs de plus`), so that no figure on the
 * page follows the reader's computer rather than the report.
 */
function indicatorTable(b: SheetBuilder, args: SummaryArgs, t: T): void {
  const { evaluation, language: lang } = args;
  const compared = compareWithPrevious(args.history, evaluation);
  // "Previous → now" only when there is a previous evaluation; else the explanation takes its place.
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
    ...(compared.since ? [t("summary.col.previous")] : []),
  ];
  labels.forEach((label, col) => {
    put(b, header, col, { value: label, style: col === 0 ? S.header : S.headerRight });
    // Bold text runs wider than the estimate assumes.
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
    const margin = marginWords(result, lang);
    const row = b.line([
      { value: name, style: S.indented },
      { value: valueText(result.value, result.unit, lang) ?? DASH, style: S.textRight },
      { value: metWhenText(result, lang), style: S.textRight },
      { value: nearFromText(result, lang) ?? DASH, style: S.textRight },
      { value: status, style: statusStyleKey(result.status) },
      // Words, set off from the figures before them and the explanation after them.
      margin === null ? { value: DASH, style: S.centered } : { value: margin, style: S.indented },
    ]);
    fitLoosely(b, row, COL.label, `${indentAllowance(1)}${name}`);
    fitLoosely(b, row, COL.status, status);
    if (margin) b.fitText(row, COL.margin, margin);
    if (compared.since) {
      const previous = previousText(
        compared.indicators.find((c) => c.id === id),
        result,
        lang,
      );
      // Quiet when unchanged: a muted word (a style the first evaluation uses too, so the
      // workbook's styles do not grow at the second), no "Yes → Yes".
      const cell: Cell =
        previous === null
          ? { value: translate(lang, "page", "previous.unchanged"), style: S.note }
          : { value: previous, style: S.textRight };
      put(b, row, COL.previous, cell);
      b.fitText(row, COL.previous, String(cell.value));
    }
    const explanation = explanationText(result, lang);
    spanText(b, row, explanationCol, explanationCols, explanation, S.indented);
  }
  // What the colours and words mean, and where "near" starts: a Board member needs no other key.
  const legend = t("summary.legend", { ...statusWords(lang), nearFrom: t("summary.col.nearFrom") });
  spanText(b, b.row++, COL.label, LAST_COL + 1, legend, S.note);
}

/**
 * "Prepared by" and "Reviewed by", each with its name (settings `PreparedBy`, `ReviewedBy`) or a
 * line to sign, and a line for the date: the page that goes into the Board pack is signed off.
 */
function signOff(b: SheetBuilder, args: SummaryArgs): void {
  const { settings } = args.evaluation;
  const lang = args.language;
  const p = (key: "signoff.preparedBy" | "signoff.reviewedBy" | "signoff.date") => translate(lang, "page", key);
  const row = b.row++;
  const field = (col: number, cols: number, label: string, labelCols: number, name: string | null) => {
    spanText(b, row, col, labelCols, label, S.signLabel);
    const lineCol = col + labelCols;
    put(b, row, lineCol, { value: name, style: S.signLine });
    for (let c = lineCol + 1; c < col + cols; c++) put(b, row, c, { value: null, style: S.signLine });
    if (cols - labelCols > 1) b.merge(row, lineCol, cols - labelCols);
  };
  // A: label; B:D name; E: "Date"; F: its line. G: label; H:J name; K: "Date"; L: its line.
  field(COL.label, 4, p("signoff.preparedBy"), 1, settings.PreparedBy);
  field(COL.status, 2, p("signoff.date"), 1, null);
  field(COL.previous, 4, p("signoff.reviewedBy"), 1, settings.ReviewedBy);
  field(COL.settingValue, 2, p("signoff.date"), 1, null);
  // Room to sign above the line.
  b.setHeight(row, 24);
}

/**
 * Key figures, closing balances and service costs (A:C) with the chart of met counts beside them
 * (D:G), and the settings in force (H:L). Returns where the chart goes.
 */
function figuresBand(b: SheetBuilder, args: SummaryArgs, t: T) {
  const { evaluation, language: lang } = args;
  bandHeadings(b, t("summary.details"), t("summary.settings"));
  const top = b.row;
  const d = evaluation.details;
  const s = evaluation.settings;
  const balances = d.closingBalances.map((q) => ({
    label: q.quarter,
    value: q.balance,
    ...(q.balance < s.MinCashReserve ? { flag: { status: "met" as const, word: t("details.flag.deficit") } } : {}),
  }));
  const services = d.serviceVariances.map((v) => {
    const status =
      v.variance > s.MaxCostOverHistorical ? ("met" as const) : v.variance > s.WarnCostOverHistorical ? ("near" as const) : null;
    const word = status === "met" ? t("details.flag.overTrigger") : t("details.flag.overWarning");
    return { label: v.service, value: v.variance, ...(status ? { flag: { status, word } } : {}) };
  });
  let left = keyFigures(b, top, evaluation, lang, t);
  const listed = (rows: number) => {
    if (rows > 0) left += rows + 1;
  };
  listed(labelledList(b, top + left + 1, COL.label, t("details.closingBalances"), balances, S.usd));
  listed(labelledList(b, top + left + 1, COL.label, t("details.serviceVariances"), services, S.signedPercent));
  const settingRows = settingsGrid(b, top, evaluation, lang, t);
  spanText(b, top + settingRows, COL.settingLabel, LAST_COL + 1 - COL.settingLabel, t("settings.legend"), S.note);
  const anchor = chartAnchor(top, left);
  b.row = top + Math.max(left, settingRows + 1, anchor.rows);
  return anchor;
}

/** The trend of the last evaluations (A:G), then the closing lines (the Board decides; product version and time). */
function historyBand(b: SheetBuilder, args: SummaryArgs, t: T) {
  const { evaluation, language: lang, version, timestamp } = args;
  bandHeadings(b, t("summary.history"));
  const top = b.row;
  const history = historyTable(b, top, args.history, evaluation, args.snapshot.date1904, lang, t);
  const closing = top + history.rows;
  spanText(b, closing, COL.label, COL.settingLabel, translate(lang, "outcomes", "boardDecides"), S.label);
  spanText(b, closing + 1, COL.label, COL.settingLabel, t("summary.generatedBy", { version, timestamp }), S.note);
  b.row = closing + 2;
  return history;
}

/** Every input problem, errors first, each linked to its cell, across the whole width. */
function problemsBand(b: SheetBuilder, problems: readonly Problem[], lang: Language, t: T): void {
  bandHeadings(b, t("summary.problems"));
  if (problems.length === 0) {
    spanText(b, b.row++, COL.label, LAST_COL + 1, t("problems.none"), S.wrap);
    return;
  }
  problemRows(b, b.row, problemsInOrder(problems), lang, t);
  b.row += problems.length;
}
