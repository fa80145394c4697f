/**
 * Input problems grouped by the input they concern, so that 22 problems read as a few inputs to
 * fix: groups with errors first, then in the workbook contract's order of inputs (SPEC), then
 * any other name (a status cell, an output sheet) in the order it first appears.
 */
import type { KeyOf } from "./i18n";
import { translate } from "./i18n";
import type { Language, Problem, Severity } from "./model";
import { INPUT_NAMES } from "./read/names";

export interface ProblemGroup {
  /** The defined name (or sheet name) the problems concern. */
  readonly name: string;
  /** Errors first, then warnings; otherwise in the order given. */
  readonly problems: readonly Problem[];
  readonly errors: number;
  readonly warnings: number;
  /** The group's worst severity. */
  readonly severity: Severity;
}

const CONTRACT_ORDER: ReadonlyMap<string, number> = new Map(INPUT_NAMES.map((name, i) => [name, i]));

const rank = (severity: Severity): number => (severity === "error" ? 0 : 1);

export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const byName = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = byName.get(problem.name);
    if (list) list.push(problem);
    else byName.set(problem.name, [problem]);
  }
  const firstSeen = [...byName.keys()];
  const groups = firstSeen.map((name, seen): ProblemGroup & { readonly order: number } => {
    const list = byName.get(name)!;
    const errors = list.filter((p) => p.severity === "error").length;
    return {
      name,
      // Stable sort: errors first, each severity in the order given.
      problems: [...list].sort((a, b) => rank(a.severity) - rank(b.severity)),
      errors,
      warnings: list.length - errors,
      severity: errors > 0 ? "error" : "warning",
      order: CONTRACT_ORDER.get(name) ?? INPUT_NAMES.length + seen,
    };
  });
  groups.sort((a, b) => rank(a.severity) - rank(b.severity) || a.order - b.order);
  return groups.map(({ order: _order, ...group }) => group);
}

/** Each input's label as the template writes it beside the input (report catalogue). */
const LABEL_KEYS: Readonly<Record<string, KeyOf<"report">>> = {
  EvaluationDate: "template.evaluationDate",
  BudgetEnvelope: "template.budgetEnvelope",
  PlannedSpend: "template.plannedSpend",
  CashOpeningBalance: "template.cashOpeningBalance",
  CashFlow: "template.cashFlow",
  MemberRoster: "template.roster",
  CoreServiceCosts: "template.coreServices",
  ExternalFactors: "template.external",
  TriggerSettings: "template.section.settings",
};

/**
 * The input's label in `lang` ("Budget envelope (USD)"), or its name when it has none (the count
 * cells the template never writes, a status cell, an output sheet).
 */
export function inputLabel(name: string, lang: Language): string {
  const key = Object.prototype.hasOwnProperty.call(LABEL_KEYS, name) ? LABEL_KEYS[name] : undefined;
  return key === undefined ? name : translate(lang, "report", key);
}
