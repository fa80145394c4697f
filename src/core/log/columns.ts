/**
 * The evaluation log's shape: columns at FIXED positions whatever the language, so a log written
 * in any language reads back (headers are translated, positions are not), and the parsed row.
 */
import { translate, type KeyOf } from "../i18n";
import { type IndicatorId, type Language, type Outcome, type Status } from "../model";
import { INDICATORS } from "../indicators";

/** Column positions (0-based). Indicator i's value is at `indicatorValue(i)`, its status one to the right. */
export const LOG_COLUMNS = {
  timestamp: 0,
  evaluationDate: 1,
  outcome: 2,
  metCount: 3,
  nearCount: 4,
  noDataCount: 5,
  firstIndicator: 6,
  settings: 6 + 2 * INDICATORS.length,
  version: 7 + 2 * INDICATORS.length,
  fingerprint: 8 + 2 * INDICATORS.length,
  /** One short fingerprint per input (`BudgetEnvelope=1A2B3C4D …`), so a later check can name what changed. */
  inputFingerprints: 9 + 2 * INDICATORS.length,
  /** The settings table's own short fingerprint. */
  settingsFingerprint: 10 + 2 * INDICATORS.length,
  /** Who evaluated (the `PreparedBy` setting): appended, so that older logs still read. */
  preparedBy: 11 + 2 * INDICATORS.length,
} as const;

export const LOG_WIDTH = LOG_COLUMNS.preparedBy + 1;

export function indicatorValueColumn(index: number): number {
  return LOG_COLUMNS.firstIndicator + 2 * index;
}

export function indicatorStatusColumn(index: number): number {
  return indicatorValueColumn(index) + 1;
}

/** One parsed log row. */
export interface LogEntry {
  readonly timestamp: string;
  /** ISO `YYYY-MM-DD`. */
  readonly evaluationDate: string;
  readonly outcome: Outcome;
  readonly metCount: number;
  readonly nearCount: number;
  readonly noDataCount: number;
  readonly statuses: Readonly<Record<IndicatorId, Status | null>>;
  readonly values: Readonly<Record<IndicatorId, number | null>>;
  readonly fingerprint: string;
  /** By input name; empty in rows logged before per-input fingerprints (absent in entries made by hand). */
  readonly inputFingerprints?: Readonly<Record<string, string>>;
  /** Empty in rows logged before per-input fingerprints. */
  readonly settingsFingerprint?: string;
  readonly version: string;
}

export function headerRow(lang: Language): string[] {
  // Log headers are terms: every language is always at hand to recognise a log's language.
  const t = (key: KeyOf<"terms">, params: Record<string, string> = {}) => translate(lang, "terms", key, params);
  const header = new Array<string>(LOG_WIDTH).fill("");
  header[LOG_COLUMNS.timestamp] = t("log.col.timestamp");
  header[LOG_COLUMNS.evaluationDate] = t("log.col.evaluationDate");
  header[LOG_COLUMNS.outcome] = t("log.col.outcome");
  header[LOG_COLUMNS.metCount] = t("log.col.met");
  header[LOG_COLUMNS.nearCount] = t("log.col.near");
  header[LOG_COLUMNS.noDataCount] = t("log.col.noData");
  INDICATORS.forEach(({ id }, i) => {
    const indicator = t(`short.${id}`);
    header[indicatorValueColumn(i)] = t("log.col.value", { indicator });
    header[indicatorStatusColumn(i)] = t("log.col.status", { indicator });
  });
  header[LOG_COLUMNS.settings] = t("log.col.settings");
  header[LOG_COLUMNS.version] = t("log.col.version");
  header[LOG_COLUMNS.fingerprint] = t("log.col.fingerprint");
  header[LOG_COLUMNS.inputFingerprints] = t("log.col.inputFingerprints");
  header[LOG_COLUMNS.settingsFingerprint] = t("log.col.settingsFingerprint");
  header[LOG_COLUMNS.preparedBy] = t("log.col.preparedBy");
  return header;
}
