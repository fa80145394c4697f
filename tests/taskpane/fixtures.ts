/** Hand-made inputs, evaluations and log entries for the task pane's tests. */
import type { KeyOf } from "../../src/core/i18n";
import { dayFromIso } from "../../src/core/dates";
import type { CellValue, WorkbookSnapshot } from "../../src/core/cells";
import { readStoredSettings, type WorkbookSettings } from "../../src/core/read/settings";
import {
  DEFAULT_SETTINGS,
  type Evaluation,
  type IndicatorId,
  type IndicatorResult,
  type Member,
  type Outcome,
  type Problem,
  type Status,
  type TriggerInputs,
} from "../../src/core/model";
import { INDICATORS } from "../../src/core/indicators";
import type { LogEntry } from "../../src/core/log";
import type { PaneEvaluation } from "../../src/taskpane/gateway";

export const day = (iso: string): number => {
  const d = dayFromIso(iso);
  if (d === null) throw new Error(iso);
  return d;
};

export const EVALUATION_DAY = day("2026-09-30");

function members(count: number, tier: number, joined: string, prefix: string): Member[] {
  return Array.from({ length: count }, (_, i) => ({
    organisation: `${prefix} ${i + 1}`,
    tier,
    joined: day(joined),
    left: null,
    annualFee: null,
  }));
}

/**
 * 74 active members (12 Tier 1), 3 of them joined within the year; spend on the envelope; cash
 * never below the reserve; costs at their average; no external factor: nothing near or met.
 */
export function rosterInputs(): TriggerInputs {
  return {
    evaluationDate: EVALUATION_DAY,
    budgetEnvelope: 3_080_000,
    plannedSpend: 3_080_000,
    cashOpeningBalance: 100_000,
    cashFlow: [
      { quarter: "2026 Q1", inflows: 400_000, outflows: 300_000 },
      { quarter: "2026 Q2", inflows: 300_000, outflows: 300_000 },
      { quarter: "2026 Q3", inflows: 300_000, outflows: 400_000 },
      { quarter: "2026 Q4", inflows: 300_000, outflows: 300_000 },
    ],
    membership: {
      kind: "roster",
      members: [
        ...members(12, 1, "2019-05-01", "Tier one"),
        ...members(59, 2, "2019-05-01", "Tier two"),
        ...members(3, 3, "2026-02-01", "Newcomer"),
      ],
    },
    serviceCosts: [
      { service: "Registry", current: 100_000, historical: 100_000 },
      { service: "Datastore", current: 200_000, historical: 200_000 },
    ],
    external: {
      E1: { id: "E1", factor: "Funding", assessment: false, evidence: "" },
      E2: { id: "E2", factor: "Politics", assessment: false, evidence: "" },
      E3: { id: "E3", factor: "Stakeholders", assessment: false, evidence: "" },
    },
    settings: DEFAULT_SETTINGS,
    sources: {},
  };
}

/** The same workbook without a roster: the three count cells instead. */
export function countsInputs(): TriggerInputs {
  return {
    ...rosterInputs(),
    membership: { kind: "counts", active: 72, newMembers: 3, lostAllTier1: true },
  };
}

const EXPLANATION_KEY: Record<Status, string> = {
  met: "met",
  near: "near",
  not_met: "notMet",
  no_data: "noData",
};

/** An evaluation with the given statuses (the rest not_met), its counts and outcome consistent. */
export function evaluationWith(statuses: Partial<Record<IndicatorId, Status>>, problems: readonly Problem[] = []): Evaluation {
  const indicators: IndicatorResult[] = INDICATORS.map(({ id, category }): IndicatorResult => {
    const status = statuses[id] ?? "not_met";
    const percent = id === "spend_vs_envelope" || id === "core_service_cost";
    const yesno = category === "external";
    return {
      id,
      category,
      status,
      value: status === "no_data" ? null : yesno ? (status === "met" ? 1 : 0) : percent ? 0.253 : 68,
      threshold: yesno ? null : percent ? 0.2 : 70,
      warning: yesno ? null : percent ? 0.15 : 73,
      margin:
        yesno || status === "no_data"
          ? null
          : percent
            ? {
                amount: status === "met" ? -16_000 : 16_000,
                unit: "usd",
                sentence: { key: "margin.spend_vs_envelope.toMeet", params: { amountUsd: 16_000 } },
              }
            : {
                amount: status === "met" ? -2 : 3,
                unit: "members",
                sentence: { key: "margin.active_members.toMeet", params: { count: 3 } },
              },
      unit: yesno ? "yesno" : percent ? "percent" : "count",
      explanation: { key: `${id}.${EXPLANATION_KEY[status]}` as KeyOf<"explanations">, params: {} },
      inputs: [],
    };
  });
  const count = (s: Status) => indicators.filter((i) => i.status === s).length;
  const met = count("met");
  const near = count("near");
  const noData = count("no_data");
  const outcome: Outcome =
    met >= 2 ? "consider_mvsp" : met + noData >= 2 ? "incomplete" : met === 1 || near >= 2 ? "monitor" : "no_trigger";
  return {
    evaluationDate: "2026-09-30",
    outcome,
    metCount: met,
    nearCount: near,
    noDataCount: count("no_data"),
    indicators,
    problems,
    settings: DEFAULT_SETTINGS,
    details: {
      activeMembers: 68,
      newMembers: 3,
      lostMembers: null,
      lostAllTier1: null,
      plannedSpend: null,
      budgetEnvelope: null,
      deficitQuarters: null,
      longestDeficitRun: null,
      closingBalances: [],
      serviceVariances: [],
    },
    fingerprint: "abc123",
  };
}

export function logEntry(statuses: Partial<Record<IndicatorId, Status | null>>, outcome: Outcome = "no_trigger"): LogEntry {
  const all = Object.fromEntries(INDICATORS.map(({ id }) => [id, id in statuses ? statuses[id] : "not_met"])) as Record<
    IndicatorId,
    Status | null
  >;
  const values = Object.fromEntries(INDICATORS.map(({ id }) => [id, null])) as Record<IndicatorId, number | null>;
  return {
    timestamp: "2026-06-30 10:00",
    evaluationDate: "2026-06-30",
    outcome,
    metCount: Object.values(all).filter((s) => s === "met").length,
    nearCount: Object.values(all).filter((s) => s === "near").length,
    noDataCount: Object.values(all).filter((s) => s === "no_data").length,
    statuses: all,
    values,
    fingerprint: "old",
    version: "1.0.0",
  };
}

export function paneEvaluation(evaluation: Evaluation, extra: Partial<PaneEvaluation> = {}): PaneEvaluation {
  return {
    evaluation,
    language: "en",
    history: [],
    conflicts: [],
    written: true,
    inputs: rosterInputs(),
    readerProblems: evaluation.problems,
    today: EVALUATION_DAY,
    ...extra,
  };
}

export const MISSING_ENVELOPE: Problem = {
  severity: "error",
  name: "BudgetEnvelope",
  cell: "",
  code: "nameMissing",
  params: {},
};

export const BAD_SPEND: Problem = {
  severity: "error",
  name: "PlannedSpend",
  cell: "Inputs!C7",
  code: "expectedAmount",
  params: { found: "lots" },
};

export const UNASSESSED: Problem = {
  severity: "warning",
  name: "ExternalFactors",
  cell: "Inputs!C20",
  code: "notAssessed",
  params: { id: "E2" },
};

/** The workbook's settings as the gateway reads them, from a Key | Value table whose top-left cell is `at`. */
export function storedSettings(
  rows: readonly (readonly CellValue[])[],
  at: { row: number; col: number } = { row: 0, col: 0 },
): WorkbookSettings {
  const values = [["Key", "Value"], ...rows];
  const snapshot: WorkbookSnapshot = {
    date1904: false,
    names: {
      TriggerSettings: {
        kind: "range",
        range: { sheet: "Inputs", row: at.row, col: at.col, values, formats: values.map((r) => r.map(() => "General")) },
      },
    },
    sheets: [{ name: "Inputs" }],
    log: null,
  };
  return readStoredSettings(snapshot);
}
