import fc from "fast-check";
import type { CellValue } from "../../src/core/cells";
import { DATE1904_OFFSET, dayFromIso } from "../../src/core/dates";
import { type Language } from "../../src/core/model";
import { INDICATORS } from "../../src/core/indicators";
import { buildEvaluationPlan, statusStyleKey, STYLES } from "../../src/core/plan";
import { LOG_COLUMNS, LOG_WIDTH, logLanguage, outcomeFromWord, readLogHistory, statusFromWord, type LogEntry } from "../../src/core/log";
import { translate } from "../../src/core/i18n";
import { inputFingerprints } from "../../src/core/review/fingerprints";
import { OWNERSHIP_NAMES, SUMMARY_AREA_NAMES, SHEET_NAMES, type WritePlan } from "../../src/core/plan/types";
import { outcomeLabel, statusWord } from "../../src/core/text";
import { cellAt, emptySnapshot, findCell, grid, makeEvaluation, rangeName, sheetOf } from "./plan-fixtures";

const ownedLog = (log: CellValue[][], date1904 = false) =>
  emptySnapshot({
    date1904,
    sheets: [{ name: SHEET_NAMES.log }],
    names: { [OWNERSHIP_NAMES.log]: rangeName(SHEET_NAMES.log, 0, 0) },
    log,
  });

function plan(args: Partial<Parameters<typeof buildEvaluationPlan>[0]> = {}): WritePlan {
  const result = buildEvaluationPlan({
    snapshot: emptySnapshot(),
    evaluation: makeEvaluation(),
    language: "en",
    timestamp: "2026-10-02 14:05",
    version: "1.2.3",
    history: [],
    ...args,
  });
  if (!("plan" in result)) throw new Error("conflicts");
  return result.plan;
}

/** Appends the plan's log cells to `log`, as the adapter would, and returns the new log. */
function applyLog(log: CellValue[][] | null, p: WritePlan): CellValue[][] {
  const written = grid(sheetOf(p, SHEET_NAMES.log));
  const out = (log ?? []).map((r) => [...r]);
  written.forEach((row, r) => {
    if (row.length === 0) return;
    while (out.length <= r) out.push([]);
    out[r] = row;
  });
  return out;
}

describe("the evaluation log", () => {
  it("starts a new log with its header row, then the evaluation on row 1", () => {
    const sheet = sheetOf(plan(), SHEET_NAMES.log);
    expect(sheet).toMatchObject({ mode: "append", protect: true, freezeRows: 1 });
    expect(cellAt(sheet, 0, LOG_COLUMNS.timestamp)!.value).toBe("Evaluated at");
    // A real date-time: a serial with a date-time format, so the log sorts and filters by time.
    const stamp = cellAt(sheet, 1, LOG_COLUMNS.timestamp)!;
    expect(stamp.value).toBeCloseTo(dayFromIso("2026-10-02")! + (14 * 60 + 5) / 1440, 9);
    expect(STYLES[stamp.style!].numberFormat).toBe("yyyy-mm-dd hh:mm");
    expect(Math.max(...sheet.cells.map((c) => c.row))).toBe(1);
    expect(Math.max(...sheet.cells.map((c) => c.col))).toBe(LOG_WIDTH - 1);
  });

  it("appends one row at the end of an existing log and touches nothing above it", () => {
    const existing: CellValue[][] = [["header"], ["a"], ["b"]];
    const sheet = sheetOf(plan({ snapshot: ownedLog(existing) }), SHEET_NAMES.log);
    expect(new Set(sheet.cells.map((c) => c.row))).toEqual(new Set([3]));
  });

  it("records each indicator's status word and style, the outcome, counts, version and fingerprint", () => {
    const evaluation = makeEvaluation();
    const sheet = sheetOf(plan({ evaluation, language: "fr" }), SHEET_NAMES.log);
    const row = 1;
    INDICATORS.forEach(({ id }, i) => {
      const result = evaluation.indicators.find((r) => r.id === id)!;
      expect(cellAt(sheet, row, LOG_COLUMNS.firstIndicator + 2 * i + 1)).toMatchObject({
        value: statusWord(result.status, "fr"),
        style: statusStyleKey(result.status),
      });
    });
    expect(cellAt(sheet, row, LOG_COLUMNS.outcome)!.value).toBe(outcomeLabel("consider_mvsp", "fr"));
    expect(cellAt(sheet, row, LOG_COLUMNS.metCount)!.value).toBe(3);
    expect(cellAt(sheet, row, LOG_COLUMNS.evaluationDate)!.value).toBe(dayFromIso("2026-09-30"));
    expect(cellAt(sheet, row, LOG_COLUMNS.version)!.value).toBe("1.2.3");
    expect(cellAt(sheet, row, LOG_COLUMNS.fingerprint)!.value).toBe("0A1B2C3D4E5F6071");
    expect(cellAt(sheet, row, LOG_COLUMNS.settings)!.value).toContain("MaxSpendOverEnvelope=20%; ");
  });

  it.each(["en", "fr", "es"] as Language[])("reads back its own rows, in %s", (language) => {
    const evaluation = makeEvaluation();
    const log = applyLog(null, plan({ evaluation, language }));
    const [entry] = readLogHistory(log);
    const expected: LogEntry = {
      timestamp: "2026-10-02 14:05",
      evaluationDate: "2026-09-30",
      outcome: "consider_mvsp",
      metCount: 3,
      nearCount: 2,
      noDataCount: 1,
      statuses: Object.fromEntries(evaluation.indicators.map((r) => [r.id, r.status])) as LogEntry["statuses"],
      values: Object.fromEntries(evaluation.indicators.map((r) => [r.id, r.value])) as LogEntry["values"],
      fingerprint: "0A1B2C3D4E5F6071",
      // Every input missing from the empty snapshot: each has the fingerprint of a missing name.
      inputFingerprints: inputFingerprints(emptySnapshot()).inputs,
      settingsFingerprint: inputFingerprints(emptySnapshot()).settings,
      version: "1.2.3",
    };
    expect(readLogHistory(log)).toHaveLength(1);
    expect(entry).toEqual(expected);
  });

  it("keeps every row in the language its header was written in, whatever the report's language", () => {
    let log: CellValue[][] | null = null;
    const runs: [Language, string, "monitor" | "no_trigger" | "consider_mvsp"][] = [
      ["es", "2026-03-31", "no_trigger"],
      ["fr", "2026-06-30", "monitor"],
      ["en", "2026-09-30", "consider_mvsp"],
    ];
    runs.forEach(([language, evaluationDate, outcome], i) => {
      const snapshot = log === null ? emptySnapshot({ date1904: true }) : ownedLog(log, true);
      const evaluation = makeEvaluation({ evaluationDate, outcome, fingerprint: `F${i}` });
      log = applyLog(log, plan({ snapshot, language, evaluation }));
    });
    const rows = log! as CellValue[][];
    expect(rows[0][LOG_COLUMNS.timestamp]).toBe(translate("es", "terms", "log.col.timestamp"));
    expect(rows.slice(1).map((r) => r[LOG_COLUMNS.outcome])).toEqual(runs.map(([, , o]) => outcomeLabel(o, "es")));
    expect(rows.slice(1).every((r) => r[LOG_COLUMNS.firstIndicator + 1] === statusWord("met", "es"))).toBe(true);
    expect(rows[1][LOG_COLUMNS.evaluationDate]).toBe(dayFromIso("2026-03-31")! - DATE1904_OFFSET);
    const entries = readLogHistory(log, true);
    expect(entries.map((e) => [e.evaluationDate, e.outcome])).toEqual(runs.map(([, d, o]) => [d, o]));
    expect(entries.every((e) => e.statuses.stakeholder_prioritisation === "no_data" && e.values.external_funding === 1)).toBe(true);
  });

  it.each(["en", "fr", "es"] as Language[])("recognises a log's language from its header, in %s", (language) => {
    const header = grid(sheetOf(plan({ language }), SHEET_NAMES.log))[0];
    for (const report of ["en", "fr", "es"] as Language[]) expect(logLanguage([header], report)).toBe(language);
    expect(logLanguage(null, "fr")).toBe("fr");
  });

  it("still reads an older log: mixed languages, old status words, text timestamps, another header", () => {
    const row = (timestamp: CellValue, date: string, outcome: string, status: string): CellValue[] => {
      const r: CellValue[] = new Array(LOG_WIDTH).fill(null);
      r[LOG_COLUMNS.timestamp] = timestamp;
      r[LOG_COLUMNS.evaluationDate] = date;
      r[LOG_COLUMNS.outcome] = outcome;
      r[LOG_COLUMNS.metCount] = 1;
      r[LOG_COLUMNS.nearCount] = 0;
      r[LOG_COLUMNS.noDataCount] = 0;
      r[LOG_COLUMNS.firstIndicator + 1] = status;
      r[LOG_COLUMNS.fingerprint] = `FP-${date}`;
      return r;
    };
    const log: CellValue[][] = [
      ["When", "Date", "Result"],
      row("2026-03-31 10:00", "2026-03-31", "Monitor", "Met"),
      row("2026-06-30 11:15", "2026-06-30", "Vigilar", "Cumplido"),
      row("2026-07-01 09:00", "2026-07-01", "Surveiller", "Proche"),
    ];
    const entries = readLogHistory(log);
    expect(entries.map((e) => [e.timestamp, e.outcome, e.statuses.active_members])).toEqual([
      ["2026-03-31 10:00", "monitor", "met"],
      ["2026-06-30 11:15", "monitor", "met"],
      ["2026-07-01 09:00", "monitor", "near"],
    ]);
    // No header to go by: the words of its rows say which language it is in.
    expect(logLanguage(log, "fr")).toBe("en");
    // The next row follows that language, and its timestamp is a date-time.
    const next = sheetOf(
      plan({ snapshot: ownedLog(log), language: "fr", evaluation: makeEvaluation({ fingerprint: "NEW" }) }),
      SHEET_NAMES.log,
    );
    expect(cellAt(next, 4, LOG_COLUMNS.outcome)!.value).toBe(outcomeLabel("consider_mvsp", "en"));
    expect(typeof cellAt(next, 4, LOG_COLUMNS.timestamp)!.value).toBe("number");
  });

  it("adds no row when the evaluation repeats the last logged one, and the summary says since when", () => {
    const first = plan({ evaluation: makeEvaluation({ fingerprint: "SAME" }) });
    const log = applyLog(null, first);
    const again = plan({ snapshot: ownedLog(log), evaluation: makeEvaluation({ fingerprint: "SAME" }), timestamp: "2026-10-03 08:00" });
    expect(again.sheets.map((s) => s.role)).toEqual(["summary"]);
    // No log name: the summary's names only (its mark, its page and its Notes box).
    expect(again.names.map((n) => n.name)).toEqual([OWNERSHIP_NAMES.summary, SUMMARY_AREA_NAMES.page, SUMMARY_AREA_NAMES.notes]);
    const unchanged = translate("en", "report", "summary.unchanged", { timestamp: "2026-10-02 14:05" });
    expect(findCell(sheetOf(again, SHEET_NAMES.summary), unchanged)).toBeDefined();
    // Anything changed (here the fingerprint): a new row, and no such sentence.
    const changed = plan({ snapshot: ownedLog(log), evaluation: makeEvaluation({ fingerprint: "OTHER" }) });
    expect(changed.sheets.map((s) => s.role)).toEqual(["summary", "log"]);
    expect(findCell(sheetOf(changed, SHEET_NAMES.summary), unchanged)).toBeUndefined();
  });

  it("tells every status and outcome word of every language apart", () => {
    for (const language of ["en", "fr", "es"] as Language[]) {
      for (const status of ["met", "near", "not_met", "no_data"] as const)
        expect(statusFromWord(statusWord(status, language))).toBe(status);
      for (const outcome of ["consider_mvsp", "monitor", "no_trigger"] as const)
        expect(outcomeFromWord(outcomeLabel(outcome, language))).toBe(outcome);
    }
    expect(statusFromWord("maybe")).toBeNull();
  });

  it("accepts what a person might type: ISO dates, ids, numbers as text, Yes/Oui/Sí", () => {
    const row: CellValue[] = new Array(LOG_WIDTH).fill(null);
    row[LOG_COLUMNS.evaluationDate] = "2025-12-31";
    row[LOG_COLUMNS.outcome] = "MONITOR";
    row[LOG_COLUMNS.metCount] = "1";
    row[LOG_COLUMNS.nearCount] = 2;
    row[LOG_COLUMNS.noDataCount] = 0;
    row[LOG_COLUMNS.firstIndicator] = "71";
    row[LOG_COLUMNS.firstIndicator + 1] = "not_met";
    row[LOG_COLUMNS.firstIndicator + 2 * 5] = "Sí";
    row[LOG_COLUMNS.firstIndicator + 2 * 5 + 1] = "cumplido";
    row[LOG_COLUMNS.firstIndicator + 2 * 6] = "Non";
    row[LOG_COLUMNS.firstIndicator + 2 * 2] = "12.5%";
    const [entry] = readLogHistory([row]);
    expect(entry).toMatchObject({ evaluationDate: "2025-12-31", outcome: "monitor", metCount: 1 });
    expect(entry.values).toMatchObject({ active_members: 71, external_funding: 1, policy_relevance: 0, spend_vs_envelope: 0.125 });
    expect(entry.statuses).toMatchObject({ active_members: "not_met", external_funding: "met", new_members: null });
  });

  it("skips the header and rows it cannot read, without throwing", () => {
    const good = applyLog(null, plan());
    const garbage: CellValue[][] = [
      [],
      ["note: the Board met on Tuesday"],
      [null, "2026-13-45", "monitor", 1, 1, 1],
      [null, 46000, "maybe", 1, 1, 1],
      [null, 46000, "monitor", 9, 1, 1],
      [null, 46000, "monitor", -1, 1, 1],
      [null, { error: "#REF!" }, { error: "#N/A" }, 1, 1, 1],
      [null, Number.NaN, "monitor", 1, 1, 1],
    ];
    expect(readLogHistory([...good, ...garbage])).toHaveLength(1);
    expect(readLogHistory(null)).toEqual([]);
  });

  it("never throws, whatever the cells hold", () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.double(),
      fc.integer({ min: -5, max: 3_000_000 }),
      fc.string(),
      fc.constantFrom("Met", "Oui", "monitor", "2026-09-30", "Sin datos", "%"),
      fc.record({ error: fc.constantFrom("#REF!", "#N/A") }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: LOG_WIDTH + 3 }), { maxLength: 6 }), (rows) => {
        const entries = readLogHistory(rows);
        for (const e of entries) expect(dayFromIso(e.evaluationDate)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
