import type { KeyOf } from "../i18n";
import { INDICATORS, type IndicatorId, type IndicatorResult, type Margin, type Problem, type Status } from "../model";

const CATEGORY_OF = new Map(INDICATORS.map((i) => [i.id, i.category]));

/** The warning level and the margin to the trigger, where the indicator has them. */
export interface Band {
  readonly warning?: number | null;
  readonly margin?: Margin | null;
}

export function result(
  id: IndicatorId,
  status: Status,
  value: number | null,
  threshold: number | null,
  unit: IndicatorResult["unit"],
  key: KeyOf<"explanations">,
  params: Readonly<Record<string, string | number>>,
  inputs: readonly string[],
  band: Band = {},
): IndicatorResult {
  return {
    id,
    category: CATEGORY_OF.get(id)!,
    status,
    value,
    threshold,
    warning: band.warning ?? null,
    margin: band.margin ?? null,
    unit,
    explanation: { key, params },
    inputs,
  };
}

/** Inputs read only when the workbook has no `MemberRoster` (the template never writes them). */
const COUNT_ALTERNATIVES: ReadonlySet<string> = new Set(["ActiveMembers", "NewMembers12M", "LostMembersAllTier1"]);

/**
 * The indicator could not be evaluated: its inputs are missing or invalid (the problems say which).
 * `missing` is what the explanation names until `nameProblemCells` finds the offending cells:
 * by default the inputs the template sets up, never the alternatives a user may not know of.
 */
export function noData(
  id: IndicatorId,
  unit: IndicatorResult["unit"],
  threshold: number | null,
  inputs: readonly string[],
  warning: number | null = null,
  key: KeyOf<"explanations"> = "noData",
  missing: readonly string[] = inputs.filter((name) => !COUNT_ALTERNATIVES.has(name)),
): IndicatorResult {
  return result(id, "no_data", null, threshold, unit, key, namesParams(missing), inputs, { warning });
}

/** Names listed in a sentence: a few, then an ellipsis, so a long column of bad rows stays one line. */
const MAX_NAMED = 3;

function namesParams(names: readonly string[]): Record<string, string | number> {
  const shown = names.slice(0, MAX_NAMED).join(", ");
  return { names: names.length > MAX_NAMED ? `${shown}, …` : shown, count: names.length };
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
