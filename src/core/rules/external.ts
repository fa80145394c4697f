import { EXTERNAL_FACTOR_IDS, type ExternalAssessment, type IndicatorResult } from "../model";
import { noData, result } from "./result";

type ExternalIndicator = keyof typeof EXTERNAL_FACTOR_IDS;

/** The Board's own judgment: Yes is met (even without evidence, which the reader flags), blank is no data. */
export function externalIndicator(
  id: ExternalIndicator,
  external: Readonly<Partial<Record<string, ExternalAssessment>>> | null,
): IndicatorResult {
  const inputs = ["ExternalFactors"];
  const factor = external?.[EXTERNAL_FACTOR_IDS[id]];
  if (!factor) return noData(id, "yesno", null, inputs);
  if (factor.assessment === null) {
    return result(id, "no_data", null, null, "yesno", "external.notAssessed", { factor: factor.id }, inputs);
  }
  if (!factor.assessment) return result(id, "not_met", 0, null, "yesno", "external.no", { factor: factor.id }, inputs);
  const evidence = factor.evidence.trim();
  return evidence
    ? result(id, "met", 1, null, "yesno", "external.yes", { factor: factor.id, evidence }, inputs)
    : result(id, "met", 1, null, "yesno", "external.yesNoEvidence", { factor: factor.id }, inputs);
}
