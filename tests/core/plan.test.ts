import { dayFromIso, DATE1904_OFFSET } from "../../src/core/dates";
import { translate } from "../../src/core/i18n";
import type { Status } from "../../src/core/model";
import { buildEvaluationPlan, readLogHistory, statusCellProblems, statusStyleKey, STYLES, type LogEntry } from "../../src/core/plan";
import { OWNERSHIP_NAMES, SHEET_NAMES, type WritePlan } from "../../src/core/plan/types";
import { outcomeSentence, problemMessage, statusWord } from "../../src/core/text";
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
  const statuses: Record<string, Status> = { active_members: "met", new_members: "near", spend_vs_envelope: "not_met", stakeholder_prioritisation: "no_data" };
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
      expect.objectContaining({ severity: "warning", name: "Status_core_service_cost", cell: "'Budget 2026'!F7:F8", code: "expectedSingleCell" }),
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
    expect(findCell(sheet, translate(language, "terms", "outcome.boardDecides"))).toBeDefined();
  });

  it("writes the outcome sentence differently in English and French", () => {
    const evaluation = makeEvaluation();
    expect(outcomeSentence(evaluation, "en")).not.toEqual(outcomeSentence(evaluation, "fr"));
    const fr = sheetOf(planFor({ evaluation, language: "fr" }), SHEET_NAMES.summary);
    expect(findCell(fr, outcomeSentence(evaluation, "en"))).toBeUndefined();
  });

  it("gives each measured value and threshold the number format of its unit", () => {
    const sheet = sheetOf(planFor(), SHEET_NAMES.summary);
    const rowOf = (id: string) => findCell(sheet, translate("en", "terms", `indicator.${id}`))!.row;
    const format = (row: number, col: number) => STYLES[cellAt(sheet, row, col)!.style!].numberFormat;

    const members = rowOf("active_members");
    expect(cellAt(sheet, members, 1)!.value).toBe(68);
    expect(format(members, 1)).toBe("0");
    expect(cellAt(sheet, members, 2)!.value).toBe(70);
    expect(format(members, 2)).toBe('"< "0');

    const spend = rowOf("spend_vs_envelope");
    expect(cellAt(sheet, spend, 1)!.value).toBe(0.04);
    expect(format(spend, 1)).toBe("0.0%");
    expect(cellAt(sheet, spend, 2)!.value).toBe(0.2);
    expect(format(spend, 2)).toBe('"> "0.0%');

    const funding = rowOf("external_funding");
    expect(cellAt(sheet, funding, 1)!.value).toBe("Yes");
    expect(cellAt(sheet, rowOf("policy_relevance"), 1)!.value).toBe("No");

    const status = cellAt(sheet, spend, 3)!;
    expect(status).toMatchObject({ value: "Not met", style: statusStyleKey("not_met") });
  });

  it("shows the lost members, their tiers and the fee income lost", () => {
    const sheet = sheetOf(planFor(), SHEET_NAMES.summary);
    const fee = findCell(sheet, translate("en", "report", "details.feeIncomeLost"))!;
    expect(cellAt(sheet, fee.row, 1)).toMatchObject({ value: 425000 });
    expect(STYLES[cellAt(sheet, fee.row, 1)!.style!].numberFormat).toContain("#,##0");
    expect(findCell(sheet, "Tier 1: 5")).toBeDefined();
  });

  it("lists input problems with their message and a link to their cell", () => {
    const problems = [problem(), problem({ severity: "warning", code: "nameMissing", name: "CashFlow", cell: "" })];
    const sheet = sheetOf(planFor({ evaluation: makeEvaluation({ problems }) }), SHEET_NAMES.summary);
    const linked = findCell(sheet, "Inputs!B7")!;
    expect(linked.link).toBe("Inputs!B7");
    expect(cellAt(sheet, linked.row, 0)!.value).toBe("BudgetEnvelope");
    expect(cellAt(sheet, linked.row, 1)!.value).toBe("Error");
    expect(cellAt(sheet, linked.row, 3)!.value).toBe(problemMessage(problems[0], "en"));
    const missing = sheet.cells.find((c) => c.value === "CashFlow")!;
    expect(sheet.cells.filter((c) => c.row === missing.row && c.link)).toEqual([]);
  });

  it("keeps user text that looks like a formula as the very same string", () => {
    const formula = '=HYPERLINK("http://evil.example","click")';
    const evaluation = makeEvaluation({
      details: { ...makeEvaluation().details, serviceVariances: [{ service: formula, variance: 0.3 }] },
      problems: [problem({ params: { found: "+SUM(A1)" } })],
    });
    const sheet = sheetOf(planFor({ evaluation }), SHEET_NAMES.summary);
    const cell = findCell(sheet, formula);
    expect(cell).toBeDefined();
    expect(typeof cell!.value).toBe("string");
    expect(cellAt(sheet, cell!.row, 1)!.value).toBe(0.3);
  });

  it("marks its sheet as the add-in's and is laid out for print", () => {
    const plan = planFor();
    const sheet = sheetOf(plan, SHEET_NAMES.summary);
    expect(plan.names).toContainEqual(expect.objectContaining({ name: OWNERSHIP_NAMES.summary, sheet: SHEET_NAMES.summary, range: { row: 0, col: 0, rows: 1, cols: 1 } }));
    expect(sheet).toMatchObject({ mode: "replace", showGridLines: false, activate: true, freezeRows: 4 });
    expect(sheet.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: 1, footerRight: "Page {page} of {pages}" });
    expect(sheet.print!.fitToHeight).toBeGreaterThanOrEqual(1);
    const widest = Math.max(...sheet.cells.map((c) => c.col));
    expect(sheet.columnWidths!.length).toBeGreaterThan(widest);
  });

  it("charts the met count over the history table, one point per evaluation date", () => {
    const previous: LogEntry = {
      timestamp: "2026-07-01 09:00",
      evaluationDate: "2026-06-30",
      outcome: "monitor",
      metCount: 1,
      nearCount: 2,
      noDataCount: 0,
      statuses: { ...Object.fromEntries(makeEvaluation().indicators.map((i) => [i.id, i.status])), active_members: "near" } as LogEntry["statuses"],
      values: Object.fromEntries(makeEvaluation().indicators.map((i) => [i.id, i.value])) as LogEntry["values"],
      fingerprint: "X",
      version: "1.0.0",
    };
    // The same date evaluated twice: only the latest run is a point.
    const history = [previous, { ...previous, metCount: 0 }];
    const sheet = sheetOf(planFor({ history }), SHEET_NAMES.summary);
    const chart = sheet.chart!;
    expect(chart.source.rows).toBe(3);
    expect(chart.source.cols).toBe(2);
    const rows = [1, 2].map((i) => chart.source.row + i);
    expect(rows.map((r) => cellAt(sheet, r, 0)!.value)).toEqual([dayFromIso("2026-06-30"), dayFromIso("2026-09-30")]);
    expect(rows.map((r) => cellAt(sheet, r, 1)!.value)).toEqual([0, 3]);
    expect(sheet.dataBars!.map((d) => d.range)).toContainEqual({ row: rows[0], col: 1, rows: 2, cols: 1 });
    // Nothing is written under the chart.
    const { anchor } = chart;
    expect(sheet.cells.filter((c) => c.col >= anchor.col && c.row >= anchor.row && c.row < anchor.row + anchor.rows)).toEqual([]);
    // What changed since then: active members went from Near to Met.
    expect(findCell(sheet, "Changes since the evaluation of 2026-06-30")).toBeDefined();
  });

  it("writes dates as serials of the workbook's own date system", () => {
    const serial = (date1904: boolean) =>
      cellAt(sheetOf(planFor({ snapshot: emptySnapshot({ date1904 }) }), SHEET_NAMES.summary), 1, 1)!.value;
    expect(serial(false)).toBe(dayFromIso("2026-09-30"));
    expect(serial(true)).toBe(dayFromIso("2026-09-30")! - DATE1904_OFFSET);
  });
});

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
    const snapshot = emptySnapshot({ sheets: [{ name: SHEET_NAMES.log }], names: { [OWNERSHIP_NAMES.log]: { kind: "broken", formula: "=#REF!" } } });
    const result = buildEvaluationPlan({ snapshot, evaluation: makeEvaluation(), language: "en", ...base });
    expect("conflicts" in result && result.conflicts).toEqual([expect.objectContaining({ code: "sheetNotOwned", name: SHEET_NAMES.log })]);
    expect(readLogHistory(snapshot.log)).toEqual([]);
  });
});
