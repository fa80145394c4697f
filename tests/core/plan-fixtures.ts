/**
 * Test stand-ins for the plan tests: a hand-built `Evaluation` (the rules module is written in
 * parallel and the plan must not depend on it) and helpers to look into a plan.
 */
import type { KeyOf } from "../../src/core/i18n";
import type { CellValue, WorkbookSnapshot } from "../../src/core/cells";
import {
  DEFAULT_SETTINGS,
  type Evaluation,
  type IndicatorId,
  type IndicatorResult,
  type Margin,
  type Problem,
  type Status,
} from "../../src/core/model";
import { INDICATORS } from "../../src/core/indicators";
import type { PlanCell, SheetPlan, WritePlan } from "../../src/core/plan/types";

const UNITS: Record<IndicatorId, IndicatorResult["unit"]> = {
  active_members: "count",
  new_members: "count",
  spend_vs_envelope: "percent",
  cash_deficit_quarters: "count",
  core_service_cost: "percent",
  external_funding: "yesno",
  policy_relevance: "yesno",
  stakeholder_prioritisation: "yesno",
};

type Defaults = { status: Status; value: number | null; threshold: number | null; warning: number | null; margin: Margin | null };

const margin = (amount: number, unit: Margin["unit"], key: KeyOf<"explanations">, params: Record<string, string | number>): Margin => ({
  amount,
  unit,
  sentence: { key, params },
});

const DEFAULT_VALUES: Record<IndicatorId, Defaults> = {
  active_members: {
    status: "met",
    value: 68,
    threshold: 70,
    warning: 73,
    margin: margin(-2, "members", "margin.active_members.met", { count: 2 }),
  },
  new_members: {
    status: "met",
    value: 1,
    threshold: 2,
    warning: 2,
    margin: margin(-1, "members", "margin.new_members.met.one", { count: 1 }),
  },
  spend_vs_envelope: {
    status: "not_met",
    value: 0.04,
    threshold: 0.2,
    warning: 0.15,
    margin: margin(492801, "usd", "margin.spend_vs_envelope.toMeet", { amountUsd: 492801 }),
  },
  cash_deficit_quarters: {
    status: "near",
    value: 1,
    threshold: 1,
    warning: 1,
    margin: margin(1, "quarters", "margin.cash_deficit_quarters.toMeet.one", { count: 1 }),
  },
  core_service_cost: {
    status: "near",
    value: 0.1208,
    threshold: 0.15,
    warning: 0.1,
    margin: margin(8113, "usd", "margin.core_service_cost.any.toMeet", { service: "Datastore", amountUsd: 8113 }),
  },
  external_funding: { status: "met", value: 1, threshold: null, warning: null, margin: null },
  policy_relevance: { status: "not_met", value: 0, threshold: null, warning: null, margin: null },
  stakeholder_prioritisation: { status: "no_data", value: null, threshold: null, warning: null, margin: null },
};

const EXPLANATION_PARAMS = {
  active: 68,
  min: 70,
  warn: 73,
  months: 12,
  lost: 5,
  lostTier1: 5,
  feeUsd: "425,000 USD",
  count: 1,
  names: "Inputs!C52",
};

export function indicator(id: IndicatorId, over: Partial<IndicatorResult> = {}): IndicatorResult {
  const d = DEFAULT_VALUES[id];
  return {
    id,
    category: INDICATORS.find((i) => i.id === id)!.category,
    status: d.status,
    value: d.value,
    threshold: d.threshold,
    warning: d.warning,
    margin: d.margin,
    unit: UNITS[id],
    // Some of these are catalogue keys, some not (the text is then the key): plan tests look for
    // the explanation cell by its text. The parameters fill those that are, as the rules would.
    explanation: { key: `${id}.${d.status}` as KeyOf<"explanations">, params: EXPLANATION_PARAMS },
    inputs: [],
    ...over,
  };
}

/** The 2026-paper picture: 3 met, 2 near, 1 no data. Override anything. */
export function makeEvaluation(over: Partial<Evaluation> & { statuses?: Partial<Record<IndicatorId, Status>> } = {}): Evaluation {
  const { statuses = {}, ...rest } = over;
  const indicators = INDICATORS.map(({ id }) => indicator(id, statuses[id] ? { status: statuses[id] } : {}));
  const count = (s: Status) => indicators.filter((i) => i.status === s).length;
  return {
    evaluationDate: "2026-09-30",
    outcome: "consider_mvsp",
    metCount: count("met"),
    nearCount: count("near"),
    noDataCount: count("no_data"),
    indicators,
    problems: [],
    settings: DEFAULT_SETTINGS,
    details: {
      activeMembers: 68,
      newMembers: 1,
      lostMembers: { count: 5, byTier: { 1: 5 }, feeIncomeLost: 425000, feeIncomePartial: false },
      lostAllTier1: true,
      plannedSpend: 3203200,
      budgetEnvelope: 3080000,
      deficitQuarters: 1,
      longestDeficitRun: 1,
      closingBalances: [
        { quarter: "2026 Q1", balance: 500000 },
        { quarter: "2026 Q3", balance: -160000 },
      ],
      serviceVariances: [{ service: "Datastore", variance: 0.1208 }],
    },
    fingerprint: "0A1B2C3D4E5F6071",
    ...rest,
  };
}

export function problem(over: Partial<Problem> = {}): Problem {
  return { severity: "error", name: "BudgetEnvelope", cell: "Inputs!B7", code: "expectedAmount", params: { found: "abc" }, ...over };
}

export function emptySnapshot(over: Partial<WorkbookSnapshot> = {}): WorkbookSnapshot {
  return { date1904: false, names: {}, sheets: [{ name: "Inputs" }], log: null, ...over };
}

export function rangeName(sheet: string, row: number, col: number, rows = 1, cols = 1) {
  return {
    kind: "range" as const,
    range: {
      sheet,
      row,
      col,
      values: Array.from({ length: rows }, () => Array.from({ length: cols }, () => null as CellValue)),
      formats: Array.from({ length: rows }, () => Array.from({ length: cols }, () => "General")),
    },
  };
}

export function sheetOf(plan: WritePlan, name: string): SheetPlan {
  const sheet = plan.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in the plan`);
  return sheet;
}

export function cellAt(sheet: SheetPlan, row: number, col: number): PlanCell | undefined {
  return sheet.cells.find((c) => c.row === row && c.col === col);
}

/** The sheet as an adapter would read it back: a matrix of values from row 0. */
export function grid(sheet: SheetPlan): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const c of sheet.cells) {
    while (rows.length <= c.row) rows.push([]);
    const row = rows[c.row];
    while (row.length <= c.col) row.push(null);
    row[c.col] = c.value;
  }
  return rows;
}

export function findCell(sheet: SheetPlan, value: unknown): PlanCell | undefined {
  return sheet.cells.find((c) => c.value === value);
}
