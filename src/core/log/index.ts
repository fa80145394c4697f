/** The evaluation log: one row per evaluation, appended, never rewritten; and read back. */
export { LOG_COLUMNS, LOG_WIDTH, indicatorStatusColumn, indicatorValueColumn, type LogEntry } from "./columns";
export { readLogHistory, lastLoggedRun, logLanguage, type LoggedRun } from "./read";
export { RETIRED_WORDS, outcomeFromWord, statusFromWord } from "./words";
export { buildLogSheet, logPrintSetup, timestampSerial } from "./write";
