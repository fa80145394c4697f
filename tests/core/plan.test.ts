import { dayFromIso, DATE1904_OFFSET } from "../../src/core/dates";
import { translate } from "../../src/core/i18n";
import type { IndicatorId, Status } from "../../src/core/model";
import { DEFAULT_SETTINGS, type Evaluation } from "../../src/core/model";
import { INDICATORS } from "../../src/core/indicators";
import {
  buildEvaluationPlan,
  HISTORY_LIMIT,
  statusCellProblems,
  statusStyleKey,
  STYLES,
  summaryFirstPageEnd,
  summaryPrintScale,
} from "../../src/core/plan";
import { readLogHistory, type LogEntry } from "../../src/core/log";
import { OWNERSHIP_NAMES, SHEET_NAMES, type WritePlan } from "../../src/core/plan/types";
import {
  explanationText,
  indicatorName,
  outcomeLabel,
  outcomeSentence,
  problemMessage,
  statusWord,
  statusWords,
} from "../../src/core/text";
import { settingLabel } from "../../src/core/settings";
import { cellAt, emptySnapshot, findCell, makeEvaluation, problem, rangeName, sheetOf } from "./plan-fixtures";

const base = { timestamp: "2026-10-02 14:05", version: "9.9.9", history: [] as LogEntry[] };

function planFor(args: Partial<Parameters<typeof buildEvaluationPlan>[0]> = {}): WritePlan {
  const result = buildEvaluationPlan({ snapshot: emptySnapshot(), evaluation: makeEvaluation(), language: "en", ...base, ...args });
  if (!("plan" in result)) throw new Error(`unexpected conflicts ${JSON.stringify(result.conflicts)}`);
  return result.plan;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe("styles", () => {
  it("name a font and a size on every style, so LibreOffice does not fall back to serif", () => {
    for (const [key, style] of Object.entries(STYLES)) {
      expect({ key, name: style.font?.name }).toEqual({ key, name: "Calibri" });
      expect(style.font?.size).toBeGreaterThan(0);
    }
  });

  it("colour statuses like Excel's Bad/Neutral/Good cell styles, grey for no data, all readable", () => {
    const expected: Record<Status, [string, string]> = {
      met: ["#FFC7CE", "#9C0006"],
      near: ["#FFEB9C", "#9C5700"],
      not_met: ["#C6EFCE", "#006100"],
      no_data: ["#EDEDED", "#3A3A3A"],
    };
    for (const [status, [fill, font]] of Object.entries(expected) as [Status, [string, string]][]) {
      const style = STYLES[statusStyleKey(status)];
      expect([style.fill, style.font?.color]).toEqual([fill, font]);
      expect(contrast(fill, font)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe("status cells", () => {
  const statuses: Record<string, Status> = {
    active_members: "met",
    new_members: "near",
    spend_vs_envelope: "not_met",
    stakeholder_prioritisation: "no_data",
  };
  const snapshot = emptySnapshot({
    names: {
      Status_active_members: rangeName("Budget 2026", 2, 5),
      Status_new_members: rangeName("Budget 2026", 3, 5),
      Status_spend_vs_envelope: rangeName("Budget 2026", 4, 5),
      Status_stakeholder_prioritisation: rangeName("Budget 2026", 5, 5),
      Status_core_service_cost: rangeName("Budget 2026", 6, 5, 2, 1),
      Status_policy_relevance: { kind: "missing" },
    },
  });

  it.each(["en", "fr", "es"] as const)("carry the status word and its style, in %s", (language) => {
    const plan = planFor({ snapshot, language, evaluation: makeEvaluation({ statuses }) });
    expect(plan.statusCells).toHaveLength(4);
    for (const [id, status] of Object.entries(statuses)) {
      const cell = plan.statusCells.find((c) => c.name === `Status_${id}`);
      expect(cell).toMatchObject({ sheet: "Budget 2026", col: 5, value: statusWord(status, language), style: statusStyleKey(status) });
      expect(plan.styles[cell!.style]).toBeDefined();
    }
  });

  it("skip a Status_ name that is not one cell, and say so as a warning", () => {
    const plan = planFor({ snapshot });
    expect(plan.statusCells.map((c) => c.name)).not.toContain("Status_core_service_cost");
    expect(statusCellProblems(snapshot)).toEqual([
      expect.objectContaining({
        severity: "warning",
        name: "Status_core_service_cost",
        cell: "'Budget 2026'!F7:F8",
        code: "expectedSingleCell",
      }),
    ]);
  });
});

describe("the summary sheet", () => {
  it.each(["en", "fr"] as const)("states the outcome in one sentence, in %s", (language) => {
    const evaluation = makeEvaluation();
    const sheet = sheetOf(planFor({ evaluation, language }), SHEET_NAMES.summary);
    const sentence = outcomeSentence(evaluation, language);
    expect(findCell(sheet, sentence)).toBeDefined();
    expect(findCell(sheet, translate(language, "report", "summary.title"))).toMatchObject({ row: 0, col: 0 });
    expect(findCell(sheet, translate(language, "outcomes", "boardDecides"))).toBeDefined();
  });

  it("writes the outcome sentence differently in English and French", () => {
    const evaluation = makeEvaluation();
    expect(outcomeSentence(evaluation, "en")).not.toEqual(outcomeSentence(evaluation, "fr"));
    const fr = sheetOf(planFor({ evaluation, language: "fr" }), SHEET_NAMES.summary);
    expect(findCell(fr, outcomeSentence(evaluation, "en"))).toBeUndefined();
  });

  it("writes every figure of the indicator table as the report language writes it, the margin in words", () => {
    const expected = {
      en: { members: ["68", "< 70", "≤ 73", "met by 2"], spend: ["4.0%", "> 20.0%", "> 15.0%", "492,801\u00a0USD more"] },
      fr: {
        members: ["68", "< 70", "≤ 73", "2\u00a0sous le seuil"],
        spend: ["4,0\u00a0%", "> 20,0\u00a0%", "> 15,0\u00a0%", "492\u202f801\u00a0USD de plus"],
      },
      es: {
        members: ["68", "< 70", "≤ 73", "2\u00a0bajo el umbral"],
        spend: ["4,0\u00a0%", "> 20,0\u00a0%", "> 15,0\u00a0%", "492.801\u00a0USD más"],
      },
    } as const;
    for (const language of ["en", "fr", "es"] as const) {
      const sheet = sheetOf(planFor({ language }), SHEET_NAMES.summary);
      const rowOf = (id: IndicatorId) => findCell(sheet, translate(language, "indicatorNames", id))!.row;
      const figures = (row: number) => [1, 2, 3, 5].map((col) => cellAt(sheet, row, col)!.value);
      expect(figures(rowOf("active_members"))).toEqual(expected[language].members);
      expect(figures(rowOf("spend_vs_envelope"))).toEqual(expected[language].spend);
      const funding = rowOf("external_funding");
      expect(figures(funding)).toEqual([translate(language, "terms", "yes"), translate(language, "terms", "yes"), "–", "–"]);
      expect(cellAt(sheet, rowOf("spend_vs_envelope"), 4)).toMatchObject({
        value: statusWord("not_met", language),
        style: statusStyleKey("not_met"),
      });
      // No signed figure anywhere on the Board's page.
      const firstPage = sheet.cells.filter((c) => c.row <= summaryFirstPageEnd(sheet));
      expect(firstPage.filter((c) => typeof c.value === "number" && c.value < 0)).toEqual([]);
      expect(firstPage.filter((c) => typeof c.value === "string" && /^[-−+]\s?\d/.test(c.value))).toEqual([]);
    }
  });

  it("carries a one-line legend of the status words and the margin under the indicator table", () => {
    for (const language of ["en", "fr", "es"] as const) {
      const sheet = sheetOf(planFor({ language }), SHEET_NAMES.summary);
      // The legend quotes the status words and the "Near from" header from their one definition.
      const words = { ...statusWords(language), nearFrom: translate(language, "report", "summary.col.nearFrom") };
      const legend = findCell(sheet, translate(language, "report", "summary.legend", words))!;
      expect(legend).toBeDefined();
      for (const status of ["met", "near", "not_met", "no_data"] as const)
        expect(String(legend.value)).toContain(statusWord(status, language));
      expect(String(legend.value)).toContain(translate(language, "report", "summary.col.nearFrom"));
      const last = findCell(sheet, indicatorName("stakeholder_prioritisation", language))!;
      expect(legend.row).toBe(last.row + 1);
      expect(legend.row).toBeLessThan(summaryFirstPageEnd(sheet));
    }
  });

  it("shows the lost members, their tiers and the fee income lost", () => {
    const sheet = sheetOf(planFor(), SHEET_NAMES.summary);
    const fee = findCell(sheet, translate("en", "report", "details.feeIncomeLost"))!;
    expect(cellAt(sheet, fee.row, 1)).toMatchObject({ value: 425000 });
    expect(STYLES[cellAt(sheet, fee.row, 1)!.style!].numberFormat).toContain("#,##0");
    expect(findCell(sheet, "Tier 1: 5")).toBeDefined();
  });

  it("lists input problems, errors first, with their severity, message and a link to their cell", () => {
    const problems = [problem({ severity: "warning", code: "nameMissing", name: "CashFlow", cell: "" }), problem()];
    const sheet = sheetOf(planFor({ evaluation: makeEvaluation({ problems }) }), SHEET_NAMES.summary);
    const linked = findCell(sheet, "Inputs!B7")!;
    expect(linked.link).toBe("Inputs!B7");
    expect(cellAt(sheet, linked.row, linked.col + 1)!.value).toBe("Error");
    // The severity spans two columns, so that a longer word ("Avertissement") does not wrap.
    expect(sheet.merges).toContainEqual({ row: linked.row, col: linked.col + 1, rows: 1, cols: 2 });
    expect(cellAt(sheet, linked.row, linked.col + 3)!.value).toBe(problemMessage(problems[1], "en"));
    const missing = findCell(sheet, problemMessage(problems[0], "en"))!;
    expect(missing.row).toBe(linked.row + 1);
    expect(cellAt(sheet, missing.row, linked.col)).toMatchObject({ value: "–" });
    expect(sheet.cells.filter((c) => c.row === missing.row && c.link)).toEqual([]);
  });

  it("lists every problem of a badly broken workbook after the first page, errors first, each with its link", () => {
    const problems = Array.from({ length: 20 }, (_, i) =>
      problem({ severity: i % 2 ? "error" : "warning", cell: `Inputs!C${i + 10}`, params: { found: `x${i}` } }),
    );
    const sheet = sheetOf(planFor({ evaluation: makeEvaluation({ problems }) }), SHEET_NAMES.summary);
    const links = sheet.cells.filter((c) => c.link).sort((x, y) => x.row - y.row);
    expect(links.map((c) => c.value).sort()).toEqual(problems.map((p) => p.cell).sort());
    for (const c of links) expect(c.link).toBe(c.value);
    // Errors first, and none on the Board's first page.
    expect(links.slice(0, 10).every((c) => Number(String(c.value).slice("Inputs!C".length)) % 2 === 1)).toBe(true);
    expect(links[0].row).toBeGreaterThan(summaryFirstPageEnd(sheet));
    // The first page keeps its scale; the problems run on over the next pages of the print area.
    expect(summaryPrintScale(sheet)).toBeGreaterThanOrEqual(0.82);
    const area = sheet.print!.printArea!;
    expect(Math.max(...sheet.cells.map((c) => c.row))).toBeLessThan(area.row + area.rows);
  });

  it("says when there is no input problem, and lists no count line then", () => {
    const sheet = sheetOf(planFor(), SHEET_NAMES.summary);
    expect(findCell(sheet, translate("en", "report", "problems.none"))).toBeDefined();
    expect(sheet.cells.filter((c) => c.link)).toEqual([]);
  });

  it("shows every setting in force by its label, marks the ones set in the workbook in bold and in words", () => {
    // The warning level follows its trigger (25 % → 20 %): in force, but not set.
    const settings = { ...DEFAULT_SETTINGS, MaxSpendOverEnvelope: 0.25, WarnSpendOverEnvelope: 0.2, CostRule: "aggregate" as const };
    for (const language of ["en", "fr"] as const) {
      const sheet = sheetOf(planFor({ language, evaluation: makeEvaluation({ settings }) }), SHEET_NAMES.summary);
      for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof typeof DEFAULT_SETTINGS)[]) {
        const changed = key === "MaxSpendOverEnvelope" || key === "CostRule";
        const label = settingLabel(key, language);
        const text = changed ? translate(language, "report", "settings.setKey", { key: label }) : label;
        const cell = findCell(sheet, text);
        expect({ key, found: cell !== undefined }).toEqual({ key, found: true });
        expect({ key, bold: STYLES[cell!.style!].font?.bold === true }).toEqual({ key, bold: changed });
        // No setting key of the rulebook is printed as such.
        expect(findCell(sheet, key)).toBeUndefined();
      }
      const spend = findCell(
        sheet,
        translate(language, "report", "settings.setKey", { key: settingLabel("MaxSpendOverEnvelope", language) }),
      )!;
      const value = sheet.cells.find((c) => c.row === spend.row && c.col > spend.col && c.value === 0.25)!;
      expect(STYLES[value.style!]).toMatchObject({ numberFormat: "0.0%;(0.0%)", font: { bold: true } });
      // Words in the report's language, never `aggregate`, `TRUE` or `any`.
      expect(findCell(sheet, translate(language, "settings", "value.CostRule.aggregate"))).toBeDefined();
      const tier1 = findCell(sheet, settingLabel("RequireLostMembersTier1", language))!;
      expect(cellAt(sheet, tier1.row, tier1.col + 3)!.value).toBe(translate(language, "terms", "yes"));
      expect(findCell(sheet, translate(language, "settings", "value.Language.auto"))).toBeDefined();
      for (const raw of ["aggregate", "any", "TRUE", true]) expect(sheet.cells.some((c) => c.value === raw)).toBe(false);
      expect(findCell(sheet, translate(language, "report", "settings.legend"))).toBeDefined();
    }
  });

  it("writes the settings one a row, each label and value on the same row with no row left empty between them", () => {
    const sheet = sheetOf(planFor(), SHEET_NAMES.summary);
    const rows = (Object.keys(DEFAULT_SETTINGS) as (keyof typeof DEFAULT_SETTINGS)[]).map(
      (key) => findCell(sheet, settingLabel(key, "en"))!.row,
    );
    rows.forEach((row, i) => expect(row).toBe(rows[0] + i));
  });

  it("keeps user text that looks like a formula as the very same string", () => {
    const formula = '=HYPERLINK("http://evil.example","click")';
    const evaluation = makeEvaluation({
      details: { ...makeEvaluation().details, serviceVariances: [{ service: formula, variance: 0.3 }] },
      problems: [problem({ params: { found: "+SUM(A1)" } })],
    });
    const sheet = sheetOf(planFor({ evaluation }), SHEET_NAMES.summary);
    // 30 % is past the trigger: the service is flagged, its own text first and unchanged.
    const cell = findCell(sheet, `${formula} (${translate("en", "report", "details.flag.overTrigger")})`);
    expect(cell).toBeDefined();
    expect(typeof cell!.value).toBe("string");
    expect(cellAt(sheet, cell!.row, cell!.col + 1)!.value).toBe(0.3);
  });

  describe.each(["en", "fr", "es"] as const)("printed, in %s", (language) => {
    const previous = logEntry({ active_members: "near" });
    const evaluation = makeEvaluation({ problems: [problem()] });
    const plan = planFor({ language, evaluation, history: [previous] });
    const sheet = sheetOf(plan, SHEET_NAMES.summary);

    it("prints its first page, the Board's, landscape at a scale that keeps 11 pt text at 9 pt or more", () => {
      expect(sheet.print).toMatchObject({ orientation: "landscape", paperSize: "A4" });
      expect(summaryPrintScale(sheet)).toBeGreaterThanOrEqual(0.82);
      expect(summaryPrintScale(sheet)).toBeLessThanOrEqual(0.85);
      // The columns fit the page's width at that scale (Excel's width: 7 px a character, 5 px padding).
      const width = sheet.columnWidths!.reduce((sum, w) => sum + (w * 7 + 5) * 0.75, 0);
      expect(width * summaryPrintScale(sheet)).toBeLessThanOrEqual(741);
      // The first page's rows fit its height at that scale.
      const heights = new Map(sheet.rowHeights!.map((h) => [h.row, h.height]));
      let height = 0;
      for (let r = 0; r <= summaryFirstPageEnd(sheet); r++) height += heights.get(r) ?? 15;
      expect(height * summaryPrintScale(sheet)).toBeLessThanOrEqual(475);
      // On it: the outcome, the eight indicators, the legend and the sign-off lines.
      const last = summaryFirstPageEnd(sheet);
      for (const text of [
        outcomeLabel(evaluation.outcome, language),
        ...INDICATORS.map(({ id }) => indicatorName(id, language)),
        translate(language, "report", "summary.legend", {
          ...statusWords(language),
          nearFrom: translate(language, "report", "summary.col.nearFrom"),
        }),
        translate(language, "page", "signoff.preparedBy"),
        translate(language, "page", "signoff.reviewedBy"),
      ]) {
        expect({ text, onFirstPage: findCell(sheet, text)!.row <= last }).toEqual({ text, onFirstPage: true });
      }
      // Key figures, settings, history and problems after it.
      for (const key of ["summary.details", "summary.settings", "summary.history", "summary.problems"] as const) {
        expect({ key, after: findCell(sheet, translate(language, "report", key))!.row > last }).toEqual({ key, after: true });
      }
      const area = sheet.print!.printArea!;
      expect(area).toMatchObject({ row: 0, col: 0, cols: sheet.columnWidths!.length });
      for (const c of sheet.cells) {
        expect({ cell: [c.row, c.col], inside: c.row < area.rows && c.col < area.cols }).toEqual({ cell: [c.row, c.col], inside: true });
      }
      expect(sheet.print!.headerCenter).toBe(translate(language, "report", "summary.title"));
      // The report language's date convention.
      expect(sheet.print!.footerLeft).toContain(language === "en" ? "2026-09-30" : "30/09/2026");
      expect(sheet.print!.footerRight).toBe(translate(language, "report", "print.page"));
    });

    it("holds every element the Board needs", () => {
      const texts = [
        translate(language, "report", "summary.title"),
        translate(language, "report", "summary.evaluationDate"),
        outcomeLabel(evaluation.outcome, language),
        outcomeSentence(evaluation, language),
        translate(language, "report", "summary.metCount"),
        translate(language, "report", "summary.nearCount"),
        translate(language, "report", "summary.noDataCount"),
        translate(language, "report", "summary.problems"),
        translate(language, "report", "summary.settings"),
        translate(language, "report", "summary.history"),
        translate(language, "outcomes", "boardDecides"),
        translate(language, "report", "summary.generatedBy", { version: "9.9.9", timestamp: "2026-10-02 14:05" }),
        problemMessage(problem(), language),
      ];
      for (const text of texts) expect({ text, found: findCell(sheet, text) !== undefined }).toEqual({ text, found: true });
      const counts = [evaluation.metCount, evaluation.nearCount, evaluation.noDataCount];
      (["summary.metCount", "summary.nearCount", "summary.noDataCount"] as const).forEach((key, i) => {
        const label = findCell(sheet, translate(language, "report", key))!;
        expect(cellAt(sheet, label.row, sheet.columnWidths!.length - 1)!.value).toBe(counts[i]);
      });
      for (const { id, category } of INDICATORS) {
        const result = evaluation.indicators.find((r) => r.id === id)!;
        const name = findCell(sheet, indicatorName(id, language))!;
        expect(cellAt(sheet, name.row, 4)).toMatchObject({
          value: statusWord(result.status, language),
          style: statusStyleKey(result.status),
        });
        expect(findCell(sheet, explanationText(result, language))!.row).toBe(name.row);
        // Under its category's row.
        const heading = findCell(sheet, translate(language, "terms", `category.${category}`))!;
        expect(heading.row).toBeLessThan(name.row);
      }
      expect(findCell(sheet, "Inputs!B7")!.link).toBe("Inputs!B7");
    });

    it("gives every wrapped text a row tall enough for its lines, and never writes a cell twice", () => {
      const seen = new Set<string>();
      for (const c of sheet.cells) {
        const at = `${c.row}:${c.col}`;
        expect({ at, duplicate: seen.has(at) }).toEqual({ at, duplicate: false });
        seen.add(at);
      }
      // A long explanation (the Board's own evidence text) gets a row tall enough for all its lines.
      const evidence = "The donor's letter of 15 May 2026 postpones the grant instalment. ".repeat(6);
      const long = makeEvaluation({
        indicators: makeEvaluation().indicators.map((r) =>
          r.id === "external_funding" ? { ...r, explanation: { key: "external.yes", params: { factor: "E1", evidence } } } : r,
        ),
      });
      const tall = sheetOf(planFor({ language, evaluation: long, history: [previous] }), SHEET_NAMES.summary);
      const row = findCell(tall, indicatorName("external_funding", language))!.row;
      // With a previous evaluation, "Previous → now" is G and the explanation H:L.
      const explanation = cellAt(tall, row, 7)!;
      expect(explanation.value).toContain(evidence.trim());
      expect(STYLES[explanation.style!].wrap).toBe(true);
      expect(tall.merges).toContainEqual({ row, col: 7, rows: 1, cols: tall.columnWidths!.length - 7 });
      expect(tall.rowHeights!.find((h) => h.row === row)!.height).toBeGreaterThanOrEqual(4 * 15);
    });
  });

  it("charts the met count over the history table, one point per evaluation date, beside it", () => {
    const previous = logEntry({ active_members: "near" });
    // The same date evaluated twice: only the latest run is a point.
    const history = [previous, { ...previous, metCount: 0 }];
    const sheet = sheetOf(planFor({ history }), SHEET_NAMES.summary);
    const chart = sheet.chart!;
    expect(chart.source.rows).toBe(3);
    expect(chart.source.cols).toBe(2);
    const rows = [1, 2].map((i) => chart.source.row + i);
    const col = chart.source.col;
    expect(rows.map((r) => cellAt(sheet, r, col)!.value)).toEqual([dayFromIso("2026-06-30"), dayFromIso("2026-09-30")]);
    expect(rows.map((r) => cellAt(sheet, r, col + 1)!.value)).toEqual([0, 3]);
    expect(sheet.dataBars!.map((d) => d.range)).toContainEqual({ row: rows[0], col: col + 1, rows: 2, cols: 1 });
    // Nothing is written under the chart, and the chart prints on the page.
    const { anchor } = chart;
    const under = (c: { row: number; col: number }) =>
      c.col >= anchor.col && c.col < anchor.col + anchor.cols && c.row >= anchor.row && c.row < anchor.row + anchor.rows;
    expect(sheet.cells.filter(under)).toEqual([]);
    // Beside the key figures and lists (D:G), above the history table it charts.
    expect(anchor).toMatchObject({ col: 3, cols: 4 });
    expect(anchor.row + anchor.rows).toBeLessThan(chart.source.row);
    expect(anchor.rows).toBeGreaterThanOrEqual(7);
    expect(anchor.row + anchor.rows).toBeLessThanOrEqual(sheet.print!.printArea!.rows);
    // What changed since then: active members went from Near to Met.
    const change = translate("en", "report", "changes.item", {
      indicator: "Active member organisations",
      before: "Near threshold",
      now: "Triggered",
    });
    expect(findCell(sheet, translate("en", "report", "changes.heading", { date: "2026-06-30", changes: change }))).toBeDefined();
  });

  it("keeps only the last evaluations in the history table", () => {
    const history = Array.from({ length: 12 }, (_, i) => ({
      ...logEntry({}),
      evaluationDate: `2024-0${(i % 9) + 1}-1${Math.floor(i / 9)}`,
    }));
    const sheet = sheetOf(planFor({ history }), SHEET_NAMES.summary);
    expect(sheet.chart!.source.rows).toBe(HISTORY_LIMIT + 1);
    expect(cellAt(sheet, sheet.chart!.source.row + HISTORY_LIMIT, sheet.chart!.source.col)!.value).toBe(dayFromIso("2026-09-30"));
  });

  it("writes dates as serials of the workbook's own date system", () => {
    const serial = (date1904: boolean) =>
      cellAt(sheetOf(planFor({ snapshot: emptySnapshot({ date1904 }) }), SHEET_NAMES.summary), 1, 1)!.value;
    expect(serial(false)).toBe(dayFromIso("2026-09-30"));
    expect(serial(true)).toBe(dayFromIso("2026-09-30")! - DATE1904_OFFSET);
  });

  it("marks its sheet as the add-in's", () => {
    const plan = planFor();
    const sheet = sheetOf(plan, SHEET_NAMES.summary);
    expect(plan.names).toContainEqual(
      expect.objectContaining({ name: OWNERSHIP_NAMES.summary, sheet: SHEET_NAMES.summary, range: { row: 0, col: 0, rows: 1, cols: 1 } }),
    );
    expect(sheet).toMatchObject({ mode: "replace", showGridLines: false, activate: true, freezeRows: 4 });
  });
});

function logEntry(statusOverrides: Partial<Record<string, Status>>): LogEntry {
  const evaluation: Evaluation = makeEvaluation();
  return {
    timestamp: "2026-07-01 09:00",
    evaluationDate: "2026-06-30",
    outcome: "monitor",
    metCount: 1,
    nearCount: 2,
    noDataCount: 0,
    statuses: { ...Object.fromEntries(evaluation.indicators.map((i) => [i.id, i.status])), ...statusOverrides } as LogEntry["statuses"],
    values: Object.fromEntries(evaluation.indicators.map((i) => [i.id, i.value])) as LogEntry["values"],
    fingerprint: "X",
    version: "1.0.0",
  };
}

describe("ownership conflicts", () => {
  it("refuse to write over a user's own MVSP Triggers sheet", () => {
    const result = buildEvaluationPlan({
      snapshot: emptySnapshot({ sheets: [{ name: "mvsp triggers" }] }),
      evaluation: makeEvaluation(),
      language: "en",
      ...base,
    });
    expect(result).toEqual({
      conflicts: [{ severity: "error", code: "sheetNotOwned", name: "MVSP Triggers", cell: "", params: { sheet: "MVSP Triggers" } }],
    });
  });

  it("refuse when the ownership name points at another sheet, accept when it points at the sheet", () => {
    const sheets = [{ name: SHEET_NAMES.summary }, { name: SHEET_NAMES.log }];
    const elsewhere = emptySnapshot({
      sheets,
      names: { [OWNERSHIP_NAMES.summary]: rangeName("Inputs", 0, 0), [OWNERSHIP_NAMES.log]: rangeName(SHEET_NAMES.log, 0, 0) },
      log: [],
    });
    const refused = buildEvaluationPlan({ snapshot: elsewhere, evaluation: makeEvaluation(), language: "en", ...base });
    expect("conflicts" in refused && refused.conflicts.map((c) => c.name)).toEqual([SHEET_NAMES.summary]);

    const owned = { ...elsewhere, names: { ...elsewhere.names, [OWNERSHIP_NAMES.summary]: rangeName(SHEET_NAMES.summary, 0, 0) } };
    expect("plan" in buildEvaluationPlan({ snapshot: owned, evaluation: makeEvaluation(), language: "en", ...base })).toBe(true);
  });

  it("refuse to append to a user's own MVSP Evaluation Log sheet", () => {
    const snapshot = emptySnapshot({
      sheets: [{ name: SHEET_NAMES.log }],
      names: { [OWNERSHIP_NAMES.log]: { kind: "broken", formula: "=#REF!" } },
    });
    const result = buildEvaluationPlan({ snapshot, evaluation: makeEvaluation(), language: "en", ...base });
    expect("conflicts" in result && result.conflicts).toEqual([expect.objectContaining({ code: "sheetNotOwned", name: SHEET_NAMES.log })]);
    expect(readLogHistory(snapshot.log)).toEqual([]);
  });
});
