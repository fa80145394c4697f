/** Building an indicator's result: one object in, one result out. */
import type { IndicatorResult, Problem } from "../model";
import { INPUT, type InputName } from "../read/input-names";
import { classify } from "./classify";
import type { AnyIndicatorDefinition, IndicatorContext, LevelValues, Measured, Unmeasured } from "./types";

/** Every field of a result but its category, which the definition gives. */
export type ResultFields = Omit<IndicatorResult, "category">;

export function indicatorResult(definition: AnyIndicatorDefinition, fields: ResultFields): IndicatorResult {
  return { ...fields, id: definition.id, category: definition.category };
}

/** Inputs read only when the workbook has no `MemberRoster` (the template never writes them). */
const COUNT_ALTERNATIVES: ReadonlySet<string> = new Set<InputName>([INPUT.activeMembers, INPUT.newMembers, INPUT.lostMembersAllTier1]);

/** Names listed in a sentence: a few, then an ellipsis, so a long column of bad rows stays one line. */
const MAX_NAMED = 3;

function namesParams(names: readonly string[]): Record<string, string | number> {
  const shown = names.slice(0, MAX_NAMED).join(", ");
  return { names: names.length > MAX_NAMED ? `${shown}, …` : shown, count: names.length };
}

/** The levels in force for this indicator, in its own unit; null for the Board's yes/no factors. */
export function levelValues(definition: AnyIndicatorDefinition, context: IndicatorContext): LevelValues | null {
  const levels = definition.levels;
  if (levels === null) return null;
  return { trigger: context.settings[levels.trigger] as number, warning: context.settings[levels.warning] as number };
}

function isUnmeasured(measured: Measured<unknown> | Unmeasured): measured is Unmeasured {
  return "noData" in measured;
}

/**
 * One indicator evaluated by its entry: measured, compared with its levels by `classify`, its
 * special condition applied, its margin counted. Without a value it is `no_data`, and the
 * explanation names what is missing (by default the inputs the template sets up, never the
 * alternatives a user may not know of) until `nameProblemCells` finds the offending cells.
 */
export function evaluateIndicator(definition: AnyIndicatorDefinition, context: IndicatorContext): IndicatorResult {
  const levels = levelValues(definition, context);
  const measured = definition.measure(context);
  const common = {
    id: definition.id,
    threshold: levels?.trigger ?? null,
    warning: levels?.warning ?? null,
    unit: definition.unit,
  };
  if (isUnmeasured(measured)) {
    const inputs = measured.inputs ?? definition.inputs;
    const missing = measured.missing ?? inputs.filter((name) => !COUNT_ALTERNATIVES.has(name));
    return indicatorResult(definition, {
      ...common,
      status: "no_data",
      value: null,
      margin: null,
      explanation: { key: measured.key ?? "noData", params: measured.params ?? namesParams(missing) },
      inputs,
    });
  }
  const status = classify(definition, measured.value, levels);
  const refined = definition.refine?.(status, measured, context) ?? null;
  const margin = refined
    ? refined.margin
    : definition.margin && levels
      ? definition.margin(measured, status === "met", levels, definition)
      : null;
  return indicatorResult(definition, {
    ...common,
    status: refined ? refined.status : status,
    value: measured.value,
    margin,
    explanation: { key: refined ? refined.key : definition.explain(status, measured, context), params: measured.params },
    inputs: definition.inputs,
  });
}

/**
 * A `noData` explanation names the cells the reader found wrong in this indicator's inputs
 * (`Inputs!C52`), or the missing name itself, rather than every input it could have used.
 */
export function nameProblemCells(indicator: IndicatorResult, problems: readonly Problem[]): IndicatorResult {
  if (indicator.status !== "no_data" || indicator.explanation.key !== "noData") return indicator;
  const cells: string[] = [];
  for (const p of problems) {
    if (p.severity !== "error" || !indicator.inputs.includes(p.name)) continue;
    const where = p.cell || p.name;
    if (!cells.includes(where)) cells.push(where);
  }
  if (cells.length === 0) return indicator;
  return { ...indicator, explanation: { key: "noData", params: namesParams(cells) } };
}
