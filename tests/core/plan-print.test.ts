/**
 * How the sheets print (issue 11): the log's page setup, the Inputs sheet's breaks between
 * sections, and what the summary shows a reader comparing quarters: red negatives, flagged
 * deficit quarters and services, the previous value beside today's, the trend of the last
 * evaluations and dates in the report language's convention.
 */
import { dayFromIso } from "../../src/core/dates";
import { translate } from "../../src/core/i18n";
import { DEFAULT_SETTINGS, type Evaluation, type IndicatorId, type Language } from "../../src/core/model";
import { INDICATORS } from "../../src/core/indicators";
import { buildEvaluationPlan, buildTemplatePlan, trendBarBounds } from "../../src/core/plan";
import { blockPageBreaks } from "../../src/core/plan/layout";
import type { LogEntry } from "../../src/core/log";
import { STYLES } from "../../src/core/plan/styles";
import { SHEET_NAMES, type SheetPlan, type WritePlan } from "../../src/core/plan/types";
import { categoryName, indicatorName } from "../../src/core/text";
import { cellAt, emptySnapshot, findCell, makeEvaluation, sheetOf } from "./plan-fixtures";

const base = { timestamp: "2026-10-02 14:05", version: "9.9.9", history: [] as LogEntry[] };

function planFor(args: { evaluation?: Evaluation; language?: Language; history?: LogEntry[] } = {}): WritePlan {
  const result = buildEvaluationPlan({ snapshot: emptySnapshot(), evaluation: makeEvaluation(), language: "en", ...base, ...args });
  if (!("plan" in result)) throw new Error("unexpected conflicts");
  return result.plan;
}

function entry(date: string, values: Partial<Record<IndicatorId, number>>, metCount = 1): LogEntry {
  const evaluation = makeEvaluation();
  return {
    timestamp: `${date} 09:00`,
    evaluationDate: date,
    outcome: "monitor",
    metCount,
    nearCount: 0,
    noDataCount: 0,
    statuses: Object.fromEntries(evaluation.indicators.map((i) => [i.id, i.status])) as LogEntry["statuses"],
    values: { ...(Object.fromEntries(evaluation.indicators.map((i) => [i.id, i.value])) as LogEntry["values"]), ...values },
    fingerprint: date,
    version: "1.0.0",
  };
}

const format = (sheet: SheetPlan, row: number, col: number) => STYLES[cellAt(sheet, row, col)!.style!].numberFormat;

describe("the log, printed", () => {
  const log = sheetOf(planFor(), SHEET_NAMES.log);

  it("prints landscape at a scale that keeps 11 pt text at 8 pt or more, its header row on every page", () => {
    expect(log.print).toMatchObject({ orientation: "landscape", paperSize: "A4", repeatRows: { first: 0, last: 0 } });
    expect(log.print!.scale! * 11).toBeGreaterThanOrEqual(800);
    expect(log.print!.headerCenter).toBe(translate("en", "report", "log.printTitle"));
  });

  it("prints the columns a reader needs: date-time, evaluation date, outcome, counts, each value and status", () => {
    const header = log.cells.filter((c) => c.row === 0);
    const area = log.print!.printArea!;
    const printed = header.filter((c) => c.col < area.col + area.cols).map((c) => c.value);
    expect(printed.slice(0, 4)).toEqual(
      ["log.col.timestamp", "log.col.evaluationDate", "log.col.outcome", "log.col.met"].map((k) => translate("en", "terms", k as never)),
    );
    for (const { id } of INDICATORS)
      expect(printed).toContain(translate("en", "terms", "log.col.status", { indicator: translate("en", "terms", `short.${id}`) }));
    // The settings line, version and fingerprint are for the record, not for the page.
    expect(printed).not.toContain(translate("en", "terms", "log.col.settings"));
    expect(area.rows).toBe(2);
  });

  it("keeps the settings line whole on one line: no row many lines tall", () => {
    const settings = log.cells.find((c) => typeof c.value === "string" && c.value.startsWith("MinActiveMembers="))!;
    expect(STYLES[settings.style!].wrap).toBeFalsy();
    // At most the outcome's two lines.
    expect(log.rowHeights!.find((h) => h.row === settings.row)?.height ?? 15).toBeLessThanOrEqual(2 * 15 + 3);
  });

  it("records who prepared the evaluation, in a column appended after the others", () => {
    const named = sheetOf(
      planFor({ evaluation: makeEvaluation({ settings: { ...DEFAULT_SETTINGS, PreparedBy: "A. Treasurer" } }) }),
      SHEET_NAMES.log,
    );
    const header = findCell(named, translate("en", "terms", "log.col.preparedBy"))!;
    expect(header.col).toBe(Math.max(...named.cells.map((c) => c.col)));
    expect(cellAt(named, 1, header.col)!.value).toBe("A. Treasurer");
  });
});

describe("the Inputs sheet, printed", () => {
  const built = buildTemplatePlan("en", null);
  if (!("plan" in built)) throw new Error("template refused");
  const sheet = built.plan.sheets[0];
  const print = sheet.print!;

  it("breaks only before a section heading, never leaving a heading alone at a page's foot", () => {
    expect(print.rowBreaks!.length).toBeGreaterThan(0);
    for (const row of print.rowBreaks!) expect(STYLES[cellAt(sheet, row, 0)!.style!]).toBe(STYLES.subtitle);
    // The member roster (the table that grows) starts a page, with its section.
    expect(print.rowBreaks!.map((row) => cellAt(sheet, row, 0)!.value)).toContain(categoryName("membership", "en"));
  });

  it("prints landscape at a fixed scale (11 pt at 8 pt or more) so the breaks hold, and repeats the roster's header row", () => {
    expect(print.orientation).toBe("landscape");
    expect(print.scale! * 11).toBeGreaterThanOrEqual(800);
    expect(print.scale).toBeLessThanOrEqual(100);
    expect(print.fitToHeight).toBeGreaterThanOrEqual(print.rowBreaks!.length + 1);
    expect(cellAt(sheet, print.repeatRows!.first, 0)!.value).toBe(translate("en", "report", "header.organisation"));
  });
});

describe("page breaks between blocks", () => {
  const height = () => 15;

  it("starts a block on a new page when it would not fit on what is left of the page", () => {
    // Blocks of 10, 10 and 30 rows on pages of 40 rows' height.
    expect(blockPageBreaks([0, 10, 20], 49, height, 600)).toEqual({ breaks: [20], pages: 2 });
  });

  it("lets a block taller than a page run on over the next pages", () => {
    expect(blockPageBreaks([0, 5], 104, height, 600)).toEqual({ breaks: [5], pages: 4 });
  });
});

describe("the summary, for a reader comparing quarters", () => {
  it("prints negative amounts red and in brackets, keeping the number", () => {
    const sheet = sheetOf(planFor(), SHEET_NAMES.summary);
    const balance = sheet.cells.find((c) => c.value === -160000)!;
    expect(format(sheet, balance.row, balance.col)).toBe('#,##0 "USD";[Red](#,##0 "USD")');
  });

  it("flags the deficit quarter with a fill and a word, and leaves the others plain", () => {
    for (const language of ["en", "fr", "es"] as const) {
      const sheet = sheetOf(planFor({ language }), SHEET_NAMES.summary);
      const word = translate(language, "report", "details.flag.deficit");
      const flagged = findCell(sheet, `2026 Q3 (${word})`)!;
      expect(STYLES[flagged.style!].fill).toBe("#FFC7CE");
      expect(STYLES[cellAt(sheet, flagged.row, flagged.col + 1)!.style!].fill).toBe("#FFC7CE");
      const plain = findCell(sheet, "2026 Q1")!;
      expect(STYLES[plain.style!].fill).toBeUndefined();
    }
  });

  it("flags a service past the warning level or the trigger, each with its own word", () => {
    const details = {
      ...makeEvaluation().details,
      serviceVariances: [
        { service: "Registry", variance: 0.05 },
        { service: "Datastore", variance: 0.12 },
        { service: "Validator", variance: 0.2 },
      ],
    };
    const sheet = sheetOf(planFor({ evaluation: makeEvaluation({ details }) }), SHEET_NAMES.summary);
    expect(STYLES[findCell(sheet, "Registry")!.style!].fill).toBeUndefined();
    const near = findCell(sheet, `Datastore (${translate("en", "report", "details.flag.overWarning")})`)!;
    expect(STYLES[near.style!].fill).toBe("#FFEB9C");
    const met = findCell(sheet, `Validator (${translate("en", "report", "details.flag.overTrigger")})`)!;
    expect(STYLES[met.style!].fill).toBe("#FFC7CE");
  });

  it("shows each indicator's value at the previous logged evaluation beside today's", () => {
    const history = [entry("2026-03-31", { active_members: 80 }), entry("2026-06-30", { active_members: 72, spend_vs_envelope: 0.02 })];
    const sheet = sheetOf(planFor({ history }), SHEET_NAMES.summary);
    const row = findCell(sheet, indicatorName("active_members", "en"))!.row;
    expect(cellAt(sheet, row, 6)!.value).toBe("72 → 68");
    const spend = findCell(sheet, indicatorName("spend_vs_envelope", "en"))!.row;
    expect(cellAt(sheet, spend, 6)!.value).toBe("2.0% → 4.0%");
    expect(findCell(sheet, translate("en", "report", "summary.col.previous"))).toBeDefined();
    // In French, the figures in French.
    const fr = sheetOf(planFor({ history, language: "fr" }), SHEET_NAMES.summary);
    const frSpend = findCell(fr, indicatorName("spend_vs_envelope", "fr"))!.row;
    expect(cellAt(fr, frSpend, 6)!.value).toBe("2,0\u00a0% → 4,0\u00a0%");
  });

  it("has no previous column without a previous evaluation: the explanation takes its place", () => {
    const sheet = sheetOf(planFor(), SHEET_NAMES.summary);
    expect(findCell(sheet, translate("en", "report", "summary.col.previous"))).toBeUndefined();
    expect(findCell(sheet, translate("en", "report", "summary.col.explanation"))!.col).toBe(6);
  });

  it("writes the trend of the last eight evaluations: the met count and every numeric indicator", () => {
    const history = Array.from({ length: 10 }, (_, i) =>
      entry(`2024-0${(i % 9) + 1}-1${Math.floor(i / 9)}`, { active_members: 70 + i }, i % 4),
    );
    const sheet = sheetOf(planFor({ history }), SHEET_NAMES.summary);
    const { source } = sheet.chart!;
    expect(source.rows).toBe(9);
    const header = (col: number) => cellAt(sheet, source.row, col)!.value;
    const numeric = INDICATORS.filter((i) => i.category !== "external").map((i) => translate("en", "terms", `short.${i.id}`));
    expect([2, 3, 4, 5, 6].map((offset) => header(source.col + offset))).toEqual(numeric);
    // The last row is today's evaluation.
    expect(cellAt(sheet, source.row + 8, source.col)!.value).toBe(dayFromIso("2026-09-30"));
    expect(cellAt(sheet, source.row + 8, source.col + 2)!.value).toBe(68);
    // One data bar per series, each on a fixed scale.
    expect(sheet.dataBars!.length).toBe(6);
    expect(sheet.dataBars![0]).toMatchObject({ min: 0, max: INDICATORS.length });
  });

  it("gives equal trend values bars shorter than full length, measured against the trigger", () => {
    const bounds = trendBarBounds([68, 68, 68], 70);
    expect(bounds.min).toBe(0);
    expect(68 / bounds.max).toBeLessThan(0.9);
    // A negative value (spend under the envelope) keeps its place on the scale.
    expect(trendBarBounds([-0.05, 0.04], 0.2)).toEqual({ min: -0.05, max: 0.25 });
  });

  it("writes dates as real dates in the report language's convention, with the quarter beside them", () => {
    const expected: Record<Language, { format: string; quarter: string }> = {
      en: { format: "yyyy-mm-dd", quarter: "2026 Q3" },
      fr: { format: "dd/mm/yyyy", quarter: "T3 2026" },
      es: { format: "dd/mm/yyyy", quarter: translate("es", "terms", "quarter.label", { year: "2026", quarter: 3 }) },
    };
    for (const language of ["en", "fr", "es"] as const) {
      const sheet = sheetOf(planFor({ language }), SHEET_NAMES.summary);
      const date = cellAt(sheet, 1, 1)!;
      expect(date.value).toBe(dayFromIso("2026-09-30"));
      expect(STYLES[date.style!].numberFormat).toBe(expected[language].format);
      expect(cellAt(sheet, 1, 3)!.value).toBe(expected[language].quarter);
    }
  });

  it("shows settings by their French labels with French values", () => {
    const settings = { ...DEFAULT_SETTINGS, RequireLostMembersTier1: false };
    const sheet = sheetOf(planFor({ language: "fr", evaluation: makeEvaluation({ settings }) }), SHEET_NAMES.summary);
    const label = findCell(
      sheet,
      translate("fr", "report", "settings.setKey", { key: translate("fr", "settings", "label.RequireLostMembersTier1") }),
    )!;
    expect(cellAt(sheet, label.row, label.col + 3)!.value).toBe("Non");
    expect(findCell(sheet, translate("fr", "settings", "value.CostRule.any"))).toBeDefined();
  });
});
