/**
 * Issue 10, "What was seen", through the core: each case as finance staff met it, now fixed.
 * (The settings cases are tested with the settings.)
 */
import type { CellValue, NameSnapshot, WorkbookSnapshot } from "../../src/core/cells";
import { dayFromIso } from "../../src/core/dates";
import { runEvaluation, type EvaluationRun } from "../../src/core";
import { translate } from "../../src/core/i18n";
import { DEFAULT_SETTINGS, type IndicatorId, type IndicatorResult, type Member, type TriggerInputs } from "../../src/core/model";
import { STYLES, outcomeStyleKey } from "../../src/core/plan";
import { LOG_COLUMNS } from "../../src/core/log";
import { clipText, MAX_CELL_TEXT } from "../../src/core/plan/layout";
import { OWNERSHIP_NAMES, SHEET_NAMES, type SheetPlan } from "../../src/core/plan/types";
import { readInputs } from "../../src/core/read";
import { evaluate } from "../../src/core/rules";
import { usdToExceed } from "../../src/core/rules/margin";
import { marginText, marginWords, nearFromText, outcomeLabel, outcomeSentence, problemMessage, statusWord } from "../../src/core/text";
import { cellAt, findCell, grid } from "./plan-fixtures";
import { DAY, cell, range, validNames, workbook } from "./read-helpers";

const TODAY = dayFromIso("2026-11-22")!;
const CLOCK = { today: TODAY, timestamp: "2026-11-22 10:15" };

function run(snapshot: WorkbookSnapshot, displayLanguage = "en-GB"): EvaluationRun {
  return runEvaluation(snapshot, CLOCK, { displayLanguage });
}

function sheet(result: EvaluationRun, name: string): SheetPlan {
  const found = result.plan!.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

const indicator = (result: EvaluationRun, id: IndicatorId): IndicatorResult => result.evaluation.indicators.find((i) => i.id === id)!;

/** The log as an adapter would read it back after applying `result`'s plan. */
function logAfter(result: EvaluationRun, before: CellValue[][] | null): CellValue[][] {
  const log = result.plan!.sheets.find((s) => s.role === "log");
  const out = (before ?? []).map((r) => [...r]);
  if (!log) return out;
  grid(log).forEach((row, r) => {
    if (row.length > 0) out[r] = row;
  });
  return out;
}

function withLog(snapshot: WorkbookSnapshot, log: CellValue[][]): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: [...snapshot.sheets, { name: SHEET_NAMES.log }],
    names: { ...snapshot.names, [OWNERSHIP_NAMES.log]: range(SHEET_NAMES.log, "A1", [[null]]) },
    log,
  };
}

describe("an evaluation whose inputs are missing never looks reassuring", () => {
  /** A roster date typed as 15/06/2021, a typo in the envelope and the cash flow, E1–E3 blank. */
  function sevenWithoutData(): Record<string, NameSnapshot> {
    const names = validNames();
    const roster = (names.MemberRoster as Extract<NameSnapshot, { kind: "range" }>).range;
    names.MemberRoster = range("Inputs", "A20", [roster.values[0], ["Alpha Org", 1, "15/06/2021", null], ...roster.values.slice(2)]);
    names.BudgetEnvelope = cell("Inputs", "B2", "3.080.000,5x");
    names.CashOpeningBalance = cell("Inputs", "B6", "four hundred");
    names.CoreServiceCosts = range("Inputs", "F10", [
      ["Service", "Current cost", "Historical average"],
      ["Datastore", "n/a", 400000],
    ]);
    names.ExternalFactors = range("Inputs", "F20", [
      ["ID", "Factor", "Assessment", "Evidence"],
      ["E1", "Funding", null, null],
      ["E2", "Politics", null, null],
      ["E3", "Prioritisation", "No", null],
    ]);
    return names;
  }

  it("7 of 8 without data: 'incomplete', grey, naming what is missing, never 'no trigger'", () => {
    const result = run(workbook(sevenWithoutData()));
    const e = result.evaluation;
    expect([e.metCount, e.noDataCount]).toEqual([0, 7]);
    expect(e.outcome).toBe("incomplete");
    const sentence = outcomeSentence(e, "en");
    expect(sentence).toMatch(/^Cannot conclude: 0 of 8 indicators are met and 7 have no data \(Active members, New members, /);
    expect(sentence).toContain("2 or more could be met");
    expect(sentence).toContain("No conclusion is drawn");

    const summary = sheet(result, SHEET_NAMES.summary);
    const label = findCell(summary, outcomeLabel("incomplete", "en"))!;
    expect(label.style).toBe(outcomeStyleKey("incomplete"));
    // Grey, never Excel's green "Good".
    expect(STYLES[label.style!].fill).toBe("#EDEDED");
    expect(STYLES[label.style!].fill).not.toBe(STYLES[outcomeStyleKey("no_trigger")].fill);
    expect(findCell(summary, sentence)).toBeDefined();

    const log = sheet(result, SHEET_NAMES.log);
    expect(cellAt(log, 1, LOG_COLUMNS.outcome)!.value).toBe(outcomeLabel("incomplete", "en"));
    expect(cellAt(log, 1, LOG_COLUMNS.noDataCount)!.value).toBe(7);
  });

  it("an empty workbook is incomplete too, in every language", () => {
    for (const [locale, lang] of [
      ["en-US", "en"],
      ["fr-FR", "fr"],
      ["es-ES", "es"],
    ] as const) {
      const result = run(workbook({}), locale);
      expect(result.evaluation.outcome).toBe("incomplete");
      expect(result.evaluation.noDataCount).toBe(8);
      expect(findCell(sheet(result, SHEET_NAMES.summary), outcomeLabel("incomplete", lang))).toBeDefined();
    }
  });

  it("with the data corrected, the same workbook recommends considering the MVSP", () => {
    const names = validNames();
    names.ExternalFactors = range("Inputs", "F20", [
      ["ID", "Factor", "Assessment", "Evidence"],
      ["E1", "Funding", "Yes", "Donor letter"],
      ["E2", "Politics", "Yes", "Board minutes"],
      ["E3", "Prioritisation", "No", null],
    ]);
    const result = run(workbook(names));
    expect(result.evaluation.noDataCount).toBe(0);
    expect(result.evaluation.outcome).toBe("consider_mvsp");
  });

  it("says in words that the evaluation is incomplete when some indicators lack data, even once decided", () => {
    const names = validNames();
    names.ExternalFactors = range("Inputs", "F20", [
      ["ID", "Factor", "Assessment", "Evidence"],
      ["E1", "Funding", "Yes", "Donor letter"],
      ["E2", "Politics", "Yes", "Board minutes"],
      ["E3", "Prioritisation", null, null],
    ]);
    const e = run(workbook(names)).evaluation;
    expect(e.outcome).toBe("consider_mvsp");
    expect(e.noDataCount).toBe(1);
    expect(outcomeSentence(e, "en")).toContain("The evaluation is incomplete: 1 of 8 indicators has no data (E3 Prioritisation).");
    expect(outcomeSentence(e, "fr")).toContain("L'évaluation est incomplète");
  });
});

describe("an EvaluationDate that cannot be read", () => {
  const names = () => ({ ...validNames(), EvaluationDate: cell("Inputs", "B7", "31/09/2026") });

  it("makes the membership indicators no_data instead of evaluating them as of today", () => {
    const result = run(workbook(names()));
    expect(indicator(result, "active_members").status).toBe("no_data");
    expect(indicator(result, "new_members").status).toBe("no_data");
    expect(indicator(result, "active_members").inputs).toContain("EvaluationDate");
    // The rest is still evaluated.
    expect(indicator(result, "spend_vs_envelope").status).not.toBe("no_data");
    expect(result.evaluation.problems.map((p) => [p.code, p.cell])).toContainEqual(["expectedDate", "Inputs!B7"]);
  });

  it("leaves the evaluation, its summary and its log row undated, never dated today", () => {
    const result = run(workbook(names()));
    expect(result.evaluation.evaluationDate).toBeNull();
    const summary = sheet(result, SHEET_NAMES.summary);
    const label = findCell(summary, translate("en", "report", "summary.evaluationDate"))!;
    expect(cellAt(summary, label.row, label.col + 1)!.value).toBe(translate("en", "report", "summary.noEvaluationDate"));
    expect(summary.cells.some((c) => c.value === TODAY)).toBe(false);
    expect(summary.print!.footerLeft).not.toContain("2026-11-22 (");
    const log = sheet(result, SHEET_NAMES.log);
    expect(cellAt(log, 1, LOG_COLUMNS.evaluationDate)!.value).toBe("–");
  });

  it("is not the same as no EvaluationDate at all, which still means today", () => {
    const { EvaluationDate: _omitted, ...rest } = names();
    const result = run(workbook(rest));
    expect(result.evaluation.evaluationDate).toBe("2026-11-22");
    expect(indicator(result, "active_members").status).not.toBe("no_data");
  });
});

describe("rows typed below a plain named table input", () => {
  it("are a warning naming the cells, so 'New members: 1, Met' is not silently kept", () => {
    const names = validNames();
    const roster = names.MemberRoster as Extract<NameSnapshot, { kind: "range" }>;
    // MemberRoster is A20:D23; six members typed in A24:D29.
    const typed = Array.from({ length: 6 }, (_, i) => [`Late Org ${i}`, 2, DAY["2025-11-20"], null]);
    names.MemberRoster = { ...roster, range: { ...roster.range, below: [...typed, [null, null, null, null]] } };
    const { problems } = readInputs(workbook(names));
    const warning = problems.find((p) => p.code === "rowsBelow")!;
    expect(warning).toMatchObject({ severity: "warning", name: "MemberRoster", cell: "Inputs!A24:D29" });
    expect(translate("en", "problems", "rowsBelow", { name: warning.name, cell: warning.cell })).toMatch(
      /^Rows typed below MemberRoster \(Inputs!A24:D29\) are not part of it/,
    );
    for (const lang of ["fr", "es"] as const) expect(translate(lang, "problems", "rowsBelow", { name: "X", cell: "Y" })).toContain("X (Y)");
  });

  it("apply to cash-flow quarters, budget lines, services; never to Excel tables, nor past a blank row", () => {
    const names = validNames();
    const withBelow = (name: string, below: CellValue[][], source?: "table") => {
      const found = names[name] as Extract<NameSnapshot, { kind: "range" }>;
      names[name] = { ...found, ...(source ? { source } : {}), range: { ...found.range, below } };
    };
    // The run of filled rows right below counts; past a blank row lies the sheet's next block.
    withBelow("CashFlow", [
      ["Q4 2026", 100, 200],
      [null, null, null],
      ["Next block", 1, 2],
    ]);
    withBelow("CoreServiceCosts", [
      [null, null, null],
      ["Next block", 1, 2],
    ]);
    withBelow("PlannedSpend", [[125000]]);
    withBelow("MemberRoster", [["Late Org", 2, 46000, null]], "table");
    withBelow("ExternalFactors", [[null, null, "", null]]);
    const warned = readInputs(workbook(names)).problems.filter((p) => p.code === "rowsBelow");
    expect(warned.map((p) => [p.name, p.cell])).toEqual([
      ["PlannedSpend", "Inputs!B6"],
      ["CashFlow", "Inputs!A15:C15"],
    ]);
  });
});

describe("the evaluation log", () => {
  it("adds no row for a rerun with nothing changed, and a row as soon as something changes", () => {
    const snapshot = workbook(validNames());
    const first = run(snapshot);
    const log = logAfter(first, null);
    const again = run(withLog(snapshot, log));
    expect(again.plan!.sheets.map((s) => s.role)).toEqual(["summary"]);
    expect(
      findCell(sheet(again, SHEET_NAMES.summary), translate("en", "report", "summary.unchanged", { timestamp: "2026-11-22 10:15" })),
    ).toBeDefined();

    const changed = withLog(workbook({ ...validNames(), BudgetEnvelope: cell("Inputs", "B2", 3_000_000) }), log);
    expect(run(changed).plan!.sheets.map((s) => s.role)).toEqual(["summary", "log"]);
  });

  it("an empty workbook is logged once, not at every click", () => {
    const first = run(workbook({}));
    const log = logAfter(first, null);
    expect(run(withLog(workbook({}), log)).plan!.sheets.some((s) => s.role === "log")).toBe(false);
  });

  it("a run in French under English headers appends English words, so filtering on one word finds every row", () => {
    const names = validNames();
    const first = run(workbook(names), "en-US");
    const log = logAfter(first, null);
    const french = run(withLog(workbook({ ...names, BudgetEnvelope: cell("Inputs", "B2", 3_000_000) }), log), "fr-FR");
    expect(french.language).toBe("fr");
    const rows = logAfter(french, log);
    expect(rows).toHaveLength(3);
    const statuses = rows.slice(1).map((r) => r[LOG_COLUMNS.firstIndicator + 1]);
    for (const status of statuses) expect(["met", "near", "not_met", "no_data"].map((s) => statusWord(s as never, "en"))).toContain(status);
    expect(rows[2][LOG_COLUMNS.outcome]).toBe(outcomeLabel(french.evaluation.outcome, "en"));
    // "Evaluated at" is a date-time.
    expect(typeof rows[2][LOG_COLUMNS.timestamp]).toBe("number");
  });
});

describe("status words, legend and warning levels", () => {
  it("uses the SPEC's trigger words in each language", () => {
    const words = (lang: "en" | "fr" | "es") => (["met", "near", "not_met", "no_data"] as const).map((s) => statusWord(s, lang));
    expect(words("en")).toEqual(["Triggered", "Near threshold", "Not triggered", "No data"]);
    expect(words("fr")).toEqual(["Atteint", "Proche du seuil", "Non atteint", "Non renseigné"]);
    expect(words("es")).toEqual(["Alcanzado", "Cerca del umbral", "No alcanzado", "Sin datos"]);
  });

  it("shows where 'near' starts beside 'met when'", () => {
    const result = run(workbook(validNames()));
    expect(nearFromText(indicator(result, "active_members"), "en")).toBe("≤ 73");
    expect(nearFromText(indicator(result, "new_members"), "en")).toBe("= 2");
    expect(nearFromText(indicator(result, "spend_vs_envelope"), "en")).toBe("> 15.0%");
    expect(nearFromText(indicator(result, "cash_deficit_quarters"), "en")).toBe("= 1");
    expect(nearFromText(indicator(result, "core_service_cost"), "fr")).toBe("> 10,0\u00a0%");
    expect(nearFromText(indicator(result, "external_funding"), "en")).toBeNull();
  });

  it("lists every input problem in the workbook, each linked to its cell", () => {
    const names = validNames();
    const rows = Array.from({ length: 14 }, (_, i) => [`Org ${i}`, 1, `${i + 10}/06/2021`, null]);
    names.MemberRoster = range("Inputs", "A20", [["Organisation", "Tier", "Joined", "Left"], ...rows]);
    const result = run(workbook(names));
    const summary = sheet(result, SHEET_NAMES.summary);
    const problems = result.evaluation.problems;
    expect(problems.length).toBeGreaterThan(10);
    for (const p of problems) {
      const message = findCell(summary, problemMessage(p, "en"))!;
      expect({ message: p.cell, found: message !== undefined }).toEqual({ message: p.cell, found: true });
      // The cell address on its row is a link to the cell.
      expect(summary.cells.find((c) => c.row === message.row && c.value === p.cell)).toMatchObject({ value: p.cell, link: p.cell });
    }
    expect(summary.cells.some((c) => typeof c.value === "string" && c.value.includes("see the task pane"))).toBe(false);
  });
});

describe("the margin to the trigger", () => {
  const D = (iso: string) => dayFromIso(iso)!;
  const steady = (n: number, tier = 2): Member[] =>
    Array.from({ length: n }, (_, i) => ({ organisation: `Org ${i}`, tier, joined: D("2015-01-01"), left: null, annualFee: null }));
  const base = (over: Partial<TriggerInputs> = {}): TriggerInputs => ({
    evaluationDate: D("2026-09-30"),
    budgetEnvelope: 3_080_000,
    plannedSpend: 3_203_200,
    cashOpeningBalance: 100,
    cashFlow: [
      { quarter: "Q1", inflows: 0, outflows: 200 },
      { quarter: "Q2", inflows: 300, outflows: 0 },
    ],
    membership: { kind: "counts", active: 72, newMembers: 3, lostAllTier1: true },
    serviceCosts: [
      { service: "Registry", current: 105_000, historical: 100_000 },
      { service: "Datastore", current: 110_000, historical: 100_000 },
    ],
    external: { E1: { id: "E1", factor: "F", assessment: true, evidence: "x" } },
    settings: DEFAULT_SETTINGS,
    sources: {},
    ...over,
  });
  const margin = (inputs: TriggerInputs, id: IndicatorId) => evaluate(inputs, [], D("2026-09-30")).indicators.find((i) => i.id === id)!;

  it("gives the SPEC's examples, in the unit finance staff think in", () => {
    const inputs = base();
    expect(margin(inputs, "active_members").margin).toMatchObject({ amount: 3, unit: "members" });
    expect(margin(inputs, "new_members").margin).toMatchObject({ amount: 2, unit: "members" });
    expect(margin(inputs, "spend_vs_envelope").margin).toMatchObject({ amount: 492_801, unit: "usd" });
    expect(margin(inputs, "cash_deficit_quarters").margin).toMatchObject({ amount: 1, unit: "quarters" });
    expect(margin(inputs, "external_funding").margin).toBeNull();
    expect(marginText(margin(inputs, "active_members"), "en")).toBe("3 more members leaving would meet it.");
    expect(marginText(margin(inputs, "spend_vs_envelope"), "en")).toBe("492,801\u00a0USD more planned spend would meet it.");
    expect(marginText(margin(inputs, "cash_deficit_quarters"), "en")).toBe("1 more quarter in deficit would meet it.");
    expect(marginWords(margin(inputs, "active_members"), "fr")).toBe("3\u00a0départs de plus");
  });

  it("is negative when met: how far past the trigger", () => {
    const met = margin(base({ membership: { kind: "counts", active: 68, newMembers: 0, lostAllTier1: true } }), "active_members");
    expect(met.status).toBe("met");
    expect(met.margin).toMatchObject({ amount: -2, unit: "members" });
    expect(marginText(met, "en")).toBe("Met: 2 members below the trigger.");
    const spend = margin(base({ plannedSpend: 3_800_000 }), "spend_vs_envelope");
    expect(spend.status).toBe("met");
    expect(spend.margin!.amount).toBe(-104_000);
  });

  it("is 0 with a sentence saying why when the count is below the trigger but the tier condition fails", () => {
    const members = [...steady(60), { organisation: "Gone", tier: 3, joined: D("2015-01-01"), left: D("2026-03-31"), annualFee: null }];
    const result = margin(base({ membership: { kind: "roster", members } }), "active_members");
    expect(result.status).toBe("near");
    expect(result.margin!.amount).toBe(0);
    expect(marginText(result, "en")).toContain("met only when every member lost in the window was Tier 1");
  });

  it("names the service nearest its trigger (rule any), or counts the total (rule aggregate)", () => {
    const any = margin(base(), "core_service_cost");
    // Datastore needs 115,001 − 110,000; Registry 115,001 − 105,000.
    expect(any.margin).toMatchObject({ amount: 5_001, unit: "usd" });
    expect(marginText(any, "en")).toBe("Datastore costing 5,001\u00a0USD more would meet it.");
    const aggregate = margin(base({ settings: { ...DEFAULT_SETTINGS, CostRule: "aggregate" } }), "core_service_cost");
    expect(aggregate.margin!.amount).toBe(230_001 - 215_000);
  });

  it("is exactly what the rule needs: one dollar less does not meet it", () => {
    for (const [current, base_, max] of [
      [3_203_200, 3_080_000, 0.2],
      [110_000, 100_000, 0.15],
      [1, 3, 0.1],
      [999_999.99, 1_234_567, 0.17],
    ] as const) {
      const add = usdToExceed(current, base_, max);
      expect((current + add - base_) / base_ > max).toBe(true);
      expect((current + add - 1 - base_) / base_ > max).toBe(add === 1);
    }
  });

  it("reaches JSON-ready data: a warning level for every measured indicator", () => {
    const result = evaluate(base(), [], D("2026-09-30"));
    expect(result.indicators.map((i) => [i.id, i.warning])).toEqual([
      ["active_members", 73],
      ["new_members", 2],
      ["spend_vs_envelope", 0.15],
      ["cash_deficit_quarters", 1],
      ["core_service_cost", 0.1],
      ["external_funding", null],
      ["policy_relevance", null],
      ["stakeholder_prioritisation", null],
    ]);
  });
});

describe("user text longer than a cell holds", () => {
  it("is clipped to Excel's 32,767 characters in the plan, saying so", () => {
    const evidence = "x".repeat(40_000);
    const names = validNames();
    names.ExternalFactors = range("Inputs", "F20", [
      ["ID", "Factor", "Assessment", "Evidence"],
      ["E1", "Funding", "Yes", evidence],
      ["E2", "Politics", "No", null],
      ["E3", "Prioritisation", "No", null],
    ]);
    const result = run(workbook(names));
    for (const s of result.plan!.sheets) {
      for (const c of s.cells) if (typeof c.value === "string") expect(c.value.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    }
    const clipped = clipText(evidence) as string;
    expect(clipped).toHaveLength(MAX_CELL_TEXT);
    expect(clipped.endsWith("…")).toBe(true);
    expect(clipText("short")).toBe("short");
  });
});
