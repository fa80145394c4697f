/**
 * The evaluation log: one row per evaluation, appended, never rewritten. Columns sit at FIXED
 * positions whatever the language, so `readLogHistory` can read a log written in any language
 * (headers are translated, positions are not). A log keeps the language its header was written
 * in, so that filtering a column on one word finds every row; an evaluation that repeats the
 * last logged one (same fingerprint) adds no row.
 */
import type { WorkbookSnapshot } from "../cells";
import { DATE1904_OFFSET, dayFromIso } from "../dates";
import { translate } from "../i18n";
import { type Evaluation, type IndicatorResult, type Language } from "../model";
import { INDICATORS } from "../indicators";
import { outcomeLabel, statusWord } from "../text";
import { SheetBuilder, workbookDate } from "../plan/layout";
import { ownershipName } from "../plan/ownership";
import { settingsLine, yesNo } from "../plan/settings-text";
import { S, statusStyleKey } from "../plan/styles";
import { SHEET_NAMES, type PlanName, type PlanValue, type PrintSetup, type SheetPlan } from "../plan/types";
import { LOG_COLUMNS, LOG_WIDTH, headerRow, indicatorStatusColumn, indicatorValueColumn } from "./columns";
import { logLanguage } from "./read";
import { inputFingerprints, inputFingerprintsText } from "../review/fingerprints";

/** Column widths: each value narrow beside its status word, whose column fits the longest one. */
const COLUMN_WIDTHS: readonly number[] = [
  16,
  11,
  22,
  10,
  10,
  10,
  ...INDICATORS.flatMap(() => [12, 16]),
  44,
  8,
  17,
  // Per-input fingerprints: for the checks, not for reading; the long text is cut at the column's edge.
  14,
  12,
  // Who prepared the evaluation.
  16,
];

/**
 * The log prints at this scale: 11 pt text at 8.25 pt, never smaller, whatever the number of
 * rows (fitting the 29 columns on one page would print them at about 3.8 pt).
 */
export const LOG_PRINT_SCALE = 75;

/** The columns a reader needs on paper: date-time, evaluation date, outcome, counts, each value and status. */
const PRINTED_COLUMNS = LOG_COLUMNS.settings;

/**
 * The log's page setup: landscape at `LOG_PRINT_SCALE`, the columns a reader needs (not the
 * settings line, version and fingerprint, which are for the record), two pages wide, as many
 * tall as the rows need, the header row and the two date columns on every page.
 */
export function logPrintSetup(lang: Language, rows: number): PrintSetup {
  return {
    orientation: "landscape",
    paperSize: "A4",
    scale: LOG_PRINT_SCALE,
    fitToWidth: 0,
    fitToHeight: 0,
    headerCenter: translate(lang, "report", "log.printTitle"),
    footerLeft: SHEET_NAMES.log,
    footerRight: translate(lang, "report", "print.page"),
    repeatRows: { first: 0, last: 0 },
    // The second page (the later indicators) would otherwise not say which evaluation a row is.
    repeatColumns: { first: LOG_COLUMNS.timestamp, last: LOG_COLUMNS.evaluationDate },
    printArea: { row: 0, col: 0, rows: Math.max(1, rows), cols: PRINTED_COLUMNS },
  };
}

/** `YYYY-MM-DD HH:MM` as a date-time serial of the workbook's date system, or null if it is not one. */
export function timestampSerial(timestamp: string, date1904: boolean): number | null {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})/.exec(timestamp.trim());
  if (!match) return null;
  const day = dayFromIso(match[1]);
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (day === null || hours > 23 || minutes > 59) return null;
  // Through Unix milliseconds, as readers that turn date cells into dates do: the value then
  // reads back as the very same number, not one differing in its last digit.
  const ms = (day - UNIX_EPOCH_DAY) * MS_PER_DAY + (hours * 60 + minutes) * 60_000;
  return ms / MS_PER_DAY + UNIX_EPOCH_DAY - (date1904 ? DATE1904_OFFSET : 0);
}

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as a 1900-system serial. */
const UNIX_EPOCH_DAY = 25569;

function indicatorValueCell(result: IndicatorResult | undefined, lang: Language): { value: PlanValue; style?: string } {
  if (!result || result.value === null) return { value: null };
  switch (result.unit) {
    case "percent":
      return { value: result.value, style: S.percent };
    case "yesno":
      return { value: yesNo(result.value !== 0, lang), style: S.centered };
    default:
      return { value: result.value, style: S.count };
  }
}

export function buildLogSheet(args: {
  snapshot: WorkbookSnapshot;
  evaluation: Evaluation;
  language: Language;
  timestamp: string;
  version: string;
}): { sheet: SheetPlan; name: PlanName } {
  const { snapshot, evaluation, timestamp, version } = args;
  // Every row in the language of the log's header, whatever the report's language.
  const lang = logLanguage(snapshot.log, args.language);
  const builder = new SheetBuilder(COLUMN_WIDTHS);
  // A new (or emptied) log starts with its header; an existing one grows below its last row.
  if (snapshot.log === null || snapshot.log.length === 0) {
    const header = headerRow(lang);
    const row = builder.line(header, S.header);
    header.forEach((text, col) => builder.fitText(row, col, text));
  } else {
    builder.row = snapshot.log.length;
  }

  const row = new Array<PlanValue | { value: PlanValue; style?: string }>(LOG_WIDTH);
  const serial = timestampSerial(timestamp, snapshot.date1904);
  row[LOG_COLUMNS.timestamp] = serial === null ? timestamp : { value: serial, style: S.dateTime };
  row[LOG_COLUMNS.evaluationDate] =
    evaluation.evaluationDate === null
      ? { value: "–", style: S.textRight }
      : { value: workbookDate(evaluation.evaluationDate, snapshot.date1904), style: S.date };
  const outcome = outcomeLabel(evaluation.outcome, lang);
  row[LOG_COLUMNS.outcome] = { value: outcome, style: S.wrap };
  row[LOG_COLUMNS.metCount] = { value: evaluation.metCount, style: S.count };
  row[LOG_COLUMNS.nearCount] = { value: evaluation.nearCount, style: S.count };
  row[LOG_COLUMNS.noDataCount] = { value: evaluation.noDataCount, style: S.count };
  INDICATORS.forEach(({ id }, i) => {
    const result = evaluation.indicators.find((r) => r.id === id);
    row[indicatorValueColumn(i)] = indicatorValueCell(result, lang);
    row[indicatorStatusColumn(i)] = result ? { value: statusWord(result.status, lang), style: statusStyleKey(result.status) } : null;
  });
  // The settings line stays on one line (the whole of it in the cell): wrapped, it would make
  // every row of the log many lines tall on screen and on paper.
  row[LOG_COLUMNS.settings] = { value: settingsLine(evaluation.settings), style: S.text };
  row[LOG_COLUMNS.version] = version;
  row[LOG_COLUMNS.fingerprint] = evaluation.fingerprint;
  const fingerprints = inputFingerprints(snapshot);
  row[LOG_COLUMNS.inputFingerprints] = inputFingerprintsText(fingerprints);
  row[LOG_COLUMNS.settingsFingerprint] = fingerprints.settings;
  row[LOG_COLUMNS.preparedBy] = evaluation.settings.PreparedBy;
  const logged = builder.line(row, S.text);
  builder.fitText(logged, LOG_COLUMNS.outcome, outcome);

  return {
    sheet: {
      name: SHEET_NAMES.log,
      role: "log",
      mode: "append",
      cells: builder.cells,
      columnWidths: COLUMN_WIDTHS,
      rowHeights: builder.rowHeights(),
      freezeRows: 1,
      protect: true,
      showGridLines: true,
      print: logPrintSetup(lang, builder.row),
    },
    name: ownershipName("log", SHEET_NAMES.log, translate(lang, "report", "log.ownershipComment")),
  };
}
