/**
 * The Board's three yes/no factors: no levels and no margin; Yes is met (even without evidence,
 * which the reader flags), No is not, a factor not yet assessed has no data.
 */
import type { ExternalFactorId, IndicatorId } from "../model";
import { INPUT } from "../read/input-names";
import type { IndicatorDefinition, Measured, Unmeasured } from "./types";

function boardFactor(id: IndicatorId, factor: ExternalFactorId): IndicatorDefinition<null> {
  return {
    id,
    category: "external",
    unit: "yesno",
    inputs: [INPUT.externalFactors],
    levels: null,
    factor,
    marginUnit: null,
    measure({ inputs }): Measured<null> | Unmeasured {
      const row = inputs.external?.[factor];
      if (!row) return { noData: true };
      if (row.assessment === null) return { noData: true, key: "external.notAssessed", params: { factor } };
      const evidence = row.evidence.trim();
      return { value: row.assessment ? 1 : 0, params: row.assessment && evidence ? { factor, evidence } : { factor }, detail: null };
    },
    explain: (status, measured) =>
      status !== "met" ? "external.no" : "evidence" in measured.params ? "external.yes" : "external.yesNoEvidence",
  };
}

export const externalFundingEntry = boardFactor("external_funding", "E1");
export const policyRelevanceEntry = boardFactor("policy_relevance", "E2");
export const stakeholderPrioritisationEntry = boardFactor("stakeholder_prioritisation", "E3");
