import type { KeyOf } from "../i18n";
import { INDICATORS, type IndicatorId, type IndicatorResult, type Margin, type Status } from "../model";

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

/** The indicator could not be evaluated: its inputs are missing or invalid (the problems say which). */
export function noData(
  id: IndicatorId,
  unit: IndicatorResult["unit"],
  threshold: number | null,
  inputs: readonly string[],
  warning: number | null = null,
  key: KeyOf<"explanations"> = "noData",
): IndicatorResult {
  return result(id, "no_data", null, threshold, unit, key, { names: inputs.join(", ") }, inputs, { warning });
}
