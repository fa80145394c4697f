/**
 * Every input of the contract with its state, as both faces show it: connected (where, and what
 * was read: "75 rows, 62 active members on 2026-09-30"), missing, or its first problem with its
 * cell. Computed from the same reading as the evaluation.
 */
import type { WorkbookSnapshot } from "../cells";
import { isoFromDay } from "../dates";
import { formatCount, formatUsd } from "../format";
import type { ConnectKey } from "../i18n/connect-catalogue";
import { translate } from "../i18n";
import type { Evaluation, Language, Problem, TriggerInputs } from "../model";
import { INPUT } from "../read/names";
import { isBlank } from "../read/text";
import { dateText } from "../text";
import { CONTRACT_INPUTS, type InputShape } from "./contract";

export interface ReadSummary {
  readonly key: ConnectKey;
  /** Numbers stay numbers (plurals); amounts and dates arrive formatted per language by `readSummaryParams`. */
  readonly params: Readonly<Record<string, string | number>>;
}

interface StateBase {
  readonly name: string;
  readonly shape: InputShape;
}

export type InputState =
  | (StateBase & {
      readonly kind: "connected";
      readonly address: string;
      /** The Excel table of the input's name, when that is what the workbook has. */
      readonly table: string | null;
      readonly read: ReadSummary | null;
      /** Warnings about it (e.g. an assessment left blank): connected all the same. */
      readonly warnings: readonly Problem[];
    })
  | (StateBase & {
      readonly kind: "missing";
      readonly optional: boolean;
      /** Set when another connected input makes this one unnecessary (the roster for the counts). */
      readonly notNeededBecause: string | null;
    })
  | (StateBase & {
      readonly kind: "problem";
      readonly address: string | null;
      /** The first error; the rest are on the Problems tab. */
      readonly problem: Problem;
      readonly errors: number;
    });

function nonBlankRows(snapshot: WorkbookSnapshot, name: string, skipHeader: boolean): number {
  const found = snapshot.names[name];
  if (found?.kind !== "range") return 0;
  return found.range.values.filter((row, i) => !(skipHeader && i === 0) && row.some((v) => !isBlank(v))).length;
}

/** What was read, per input, in data; `readSummaryText` puts it into words. */
function summaryOf(name: string, snapshot: WorkbookSnapshot, inputs: TriggerInputs, evaluation: Evaluation): ReadSummary | null {
  switch (name) {
    case INPUT.evaluationDate:
      return inputs.evaluationDate === null ? null : { key: "read.date", params: { date: isoFromDay(inputs.evaluationDate) } };
    case INPUT.budgetEnvelope:
      return inputs.budgetEnvelope === null ? null : { key: "read.amount", params: { amount: inputs.budgetEnvelope } };
    case INPUT.cashOpeningBalance:
      return inputs.cashOpeningBalance === null ? null : { key: "read.amount", params: { amount: inputs.cashOpeningBalance } };
    case INPUT.plannedSpend:
      return inputs.plannedSpend === null
        ? null
        : { key: "read.plannedSpend", params: { cells: nonBlankRows(snapshot, name, false), amount: inputs.plannedSpend } };
    case INPUT.cashFlow:
      return inputs.cashFlow === null
        ? null
        : { key: "read.cashFlow", params: { count: inputs.cashFlow.length, deficit: evaluation.details.deficitQuarters ?? 0 } };
    case INPUT.memberRoster: {
      const m = inputs.membership;
      if (m?.kind !== "roster" || evaluation.details.activeMembers === null || evaluation.evaluationDate === null) return null;
      return {
        key: "read.roster",
        params: { rows: m.members.length, active: evaluation.details.activeMembers, date: evaluation.evaluationDate },
      };
    }
    case INPUT.activeMembers:
    case INPUT.newMembers: {
      const m = inputs.membership;
      if (m?.kind !== "counts") return null;
      const value = name === INPUT.activeMembers ? m.active : m.newMembers;
      return value === null ? null : { key: "read.value", params: { value } };
    }
    case INPUT.lostMembersAllTier1: {
      const m = inputs.membership;
      return m?.kind === "counts" && m.lostAllTier1 !== null
        ? { key: "read.value", params: { value: m.lostAllTier1 ? "yes" : "no" } }
        : null;
    }
    case INPUT.coreServiceCosts:
      return inputs.serviceCosts === null ? null : { key: "read.services", params: { count: inputs.serviceCosts.length } };
    case INPUT.externalFactors: {
      if (inputs.external === null) return null;
      const factors = Object.values(inputs.external);
      return { key: "read.factors", params: { count: factors.length, assessed: factors.filter((f) => f?.assessment !== null).length } };
    }
    case INPUT.triggerSettings:
      return { key: "read.settings", params: { count: nonBlankRows(snapshot, name, true) } };
    default:
      return null;
  }
}

/** Each input's state, in the contract's order. `evaluation` is the one made from `inputs`. */
export function inputStates(snapshot: WorkbookSnapshot, inputs: TriggerInputs, evaluation: Evaluation): InputState[] {
  const rosterConnected = snapshot.names[INPUT.memberRoster]?.kind === "range";
  return CONTRACT_INPUTS.map((input): InputState => {
    const base = { name: input.name, shape: input.shape };
    const mine = evaluation.problems.filter((p) => p.name === input.name);
    const errors = mine.filter((p) => p.severity === "error");
    const found = snapshot.names[input.name];
    const address = inputs.sources[input.name]?.address ?? null;
    if (!found || found.kind === "missing") {
      const notNeededBecause = input.replacedBy && rosterConnected ? input.replacedBy : null;
      return { ...base, kind: "missing", optional: input.optional, notNeededBecause };
    }
    if (errors.length > 0) return { ...base, kind: "problem", address, problem: errors[0], errors: errors.length };
    return {
      ...base,
      kind: "connected",
      address: address ?? "",
      table: found.kind === "range" && found.source === "table" ? input.name : null,
      read: summaryOf(input.name, snapshot, inputs, evaluation),
      warnings: mine.filter((p) => p.severity === "warning"),
    };
  });
}

/** True when the workbook defines none of the inputs (not even a broken one): nothing to evaluate into. */
export function definesNoInput(snapshot: WorkbookSnapshot): boolean {
  return CONTRACT_INPUTS.every((input) => (snapshot.names[input.name]?.kind ?? "missing") === "missing");
}

/** True when the workbook has none of the inputs: nothing to evaluate into. */
export function hasNoInputs(states: readonly InputState[]): boolean {
  return states.every((s) => s.kind === "missing");
}

/** The summary's parameters as `lang` writes them (amounts in USD, dates, Yes/No). */
export function readSummaryParams(summary: ReadSummary, lang: Language): Record<string, string | number> {
  const out: Record<string, string | number> = { ...summary.params };
  if (typeof out.amount === "number") out.amount = formatUsd(out.amount, lang);
  if (typeof out.date === "string") out.date = dateText(out.date, lang);
  if (out.value === "yes" || out.value === "no") out.value = translate(lang, "terms", out.value);
  else if (typeof out.value === "number") out.value = formatCount(out.value, lang);
  return out;
}
