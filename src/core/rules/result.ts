import { INDICATORS, type IndicatorId, type IndicatorResult, type Status } from "../model";

const CATEGORY_OF = new Map(INDICATORS.map((i) => [i.id, i.category]));

export function result(
  id: IndicatorId,
  status: Status,
  value: number | null,
  threshold: number | null,
  unit: IndicatorResult["unit"],
  key: string,
  params: Readonly<Record<string, string | number>>,
  inputs: readonly string[],
): IndicatorResult {
  return { id, category: CATEGORY_OF.get(id)!, status, value, threshold, unit, explanation: { key, params }, inputs };
}

/** The indicator could not be evaluated: its inputs are missing or invalid (the problems say which). */
export function noData(
  id: IndicatorId,
  unit: IndicatorResult["unit"],
  threshold: number | null,
  inputs: readonly string[],
): IndicatorResult {
  return result(id, "no_data", null, threshold, unit, "noData", { names: inputs.join(", ") }, inputs);
}
