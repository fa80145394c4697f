/**
 * The reader: a workbook snapshot (cells behind defined names) → typed `TriggerInputs` plus
 * cell-addressed problems. It never throws: whatever the cells hold becomes either a value or
 * a problem, and a field whose input cannot be read is null.
 */
import type { WorkbookSnapshot } from "../cells";
import type { Problem, Settings, TriggerInputs } from "../model";
import { ReadContext } from "./context";
import { readExternalFactors } from "./external";
import { readMembership } from "./membership";
import { INPUT, INPUT_NAMES } from "./names";
import { readSettings } from "./settings";
import { readBudgetEnvelope, readCashOpeningBalance, readEvaluationDate, readPlannedSpend } from "./single";
import { readCashFlow, readServiceCosts } from "./tables";

export { INPUT_NAMES, STATUS_NAMES } from "./names";

const ORDER: ReadonlyMap<string, number> = new Map(INPUT_NAMES.map((name, i) => [name, i]));

/** The settings alone, e.g. to know the report's language before anything else is read. */
export function readSettingsOf(snapshot: WorkbookSnapshot): Settings {
  return readSettings(new ReadContext(snapshot));
}

export function readInputs(snapshot: WorkbookSnapshot): { inputs: TriggerInputs; problems: Problem[] } {
  const ctx = new ReadContext(snapshot);
  // Settings first: whether the lost members' tier must be checked depends on them.
  const settings = readSettings(ctx);
  const evaluationDate = readEvaluationDate(ctx);
  const inputs: TriggerInputs = {
    evaluationDate,
    // A date cell with an error (or a broken name) is not "no date": today must not stand in for it.
    evaluationDateUnreadable: evaluationDate === null && ctx.log.errorCount(INPUT.evaluationDate) > 0,
    budgetEnvelope: readBudgetEnvelope(ctx),
    plannedSpend: readPlannedSpend(ctx),
    cashOpeningBalance: readCashOpeningBalance(ctx),
    cashFlow: readCashFlow(ctx),
    membership: readMembership(ctx, settings),
    serviceCosts: readServiceCosts(ctx),
    external: readExternalFactors(ctx),
    settings,
    sources: ctx.sources,
  };
  // Listed in the workbook contract's order, whatever order they were read in (sort is stable).
  const problems = [...ctx.log.problems, ...ctx.log.overflow()].sort((a, b) => (ORDER.get(a.name) ?? 99) - (ORDER.get(b.name) ?? 99));
  return { inputs, problems };
}
