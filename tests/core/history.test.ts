import { compareWithPrevious, previousEvaluation, trendPoints, TREND_LENGTH } from "../../src/core/history";
import { fillTemplate } from "../../src/core/i18n";
import { dateText, labelled, quarterText } from "../../src/core/text";
import { quarterOf } from "../../src/core/dates";
import type { Evaluation, IndicatorId } from "../../src/core/model";
import type { LogEntry } from "../../src/core/log";
import { evaluationWith as evaluated, logEntry as baseEntry } from "../taskpane/fixtures";

function evaluationWith(over: Partial<Evaluation>): Evaluation {
  return { ...evaluated({}), ...over };
}

function logEntry(over: { evaluationDate: string; metCount?: number; values?: Partial<Record<IndicatorId, number>> }): LogEntry {
  const base = baseEntry({});
  return {
    ...base,
    evaluationDate: over.evaluationDate,
    metCount: over.metCount ?? base.metCount,
    values: { ...base.values, ...over.values },
  };
}

describe("previous evaluation and trend", () => {
  it("compares with the last logged evaluation dated before today's, not a re-run of the same date", () => {
    const today = evaluationWith({ evaluationDate: "2026-09-30" });
    const history = [
      logEntry({ evaluationDate: "2026-03-31", values: { active_members: 75 } }),
      logEntry({ evaluationDate: "2026-06-30", values: { active_members: 72 } }),
      logEntry({ evaluationDate: "2026-09-30", values: { active_members: 68 } }),
    ];
    expect(previousEvaluation(history, today)?.evaluationDate).toBe("2026-06-30");
    const active = compareWithPrevious(history, today).indicators.find((c) => c.id === "active_members")!;
    expect(active.previousValue).toBe(72);
  });

  it("has no previous evaluation without a date or without an earlier log row", () => {
    expect(previousEvaluation([logEntry({ evaluationDate: "2026-06-30" })], evaluationWith({ evaluationDate: null }))).toBeNull();
    expect(
      compareWithPrevious([], evaluationWith({ evaluationDate: "2026-09-30" })).indicators.every(
        (c) => c.previousStatus === null && !c.statusChanged,
      ),
    ).toBe(true);
  });

  it("keeps the last eight evaluation dates, today's replacing a logged run of its own date", () => {
    const history = Array.from({ length: 10 }, (_, i) => logEntry({ evaluationDate: `20${16 + i}-09-30`, metCount: i % 3 }));
    const today = evaluationWith({ evaluationDate: "2025-09-30" });
    const points = trendPoints(history, today);
    expect(points).toHaveLength(TREND_LENGTH);
    expect(points[points.length - 1].date).toBe("2025-09-30");
    expect(points.find((p) => p.date === "2025-09-30")!.met).toBe(today.metCount);
    expect(points.map((p) => p.date)).toEqual([...points.map((p) => p.date)].sort());
  });
});

describe("plurals, colons and quarters", () => {
  const sentence = "{n, plural, one {# indicateur atteint} other {# indicateurs atteints}}";
  it("chooses the plural form by each language's rules", () => {
    expect(fillTemplate(sentence, { n: 0 }, "fr")).toBe("0 indicateur atteint");
    expect(fillTemplate(sentence, { n: 1 }, "fr")).toBe("1 indicateur atteint");
    expect(fillTemplate(sentence, { n: 3 }, "fr")).toBe("3 indicateurs atteints");
    expect(fillTemplate("{n, plural, one {# member} other {# members}}", { n: 0 }, "en")).toBe("0 members");
    expect(fillTemplate("{n, plural, =0 {none} one {# miembro} other {# miembros}}", { n: 0 }, "es")).toBe("none");
    expect(fillTemplate("{n, plural, one {# miembro} other {# miembros}} de {total}", { n: 2, total: 8 }, "es")).toBe("2 miembros de 8");
  });

  it("leaves a placeholder without its parameter as written", () => {
    expect(fillTemplate("{a} and {b}", { a: 1 }, "en")).toBe("1 and {b}");
  });

  it("writes a French colon after a no-break space", () => {
    expect(labelled("fr", "Avertissement", "x")).toBe("Avertissement\u00a0: x");
    expect(labelled("en", "Warning", "x")).toBe("Warning: x");
  });

  it("names the calendar quarter of a date", () => {
    expect(quarterOf("2026-09-30")).toEqual({ year: 2026, quarter: 3 });
    expect(quarterText("2026-01-01", "en")).toBe("2026 Q1");
    expect(quarterText("2026-12-31", "fr")).toBe("T4 2026");
    expect(quarterText(null, "es")).toBeNull();
  });
});

describe("dates in the report language", () => {
  it("keeps ISO in English and writes day/month/year in French and Spanish", () => {
    expect(dateText("2026-09-30", "en")).toBe("2026-09-30");
    expect(dateText("2026-09-30", "fr")).toBe("30/09/2026");
    expect(dateText("2026-01-05", "es")).toBe("05/01/2026");
  });
});
