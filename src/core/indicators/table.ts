/**
 * The indicator table: the eight indicators of the rulebook, in its order, one entry each.
 * Adding an indicator means one entry here, its words in each language's catalogue, and its
 * id in `IndicatorId`; the table-driven test then checks it at its levels.
 */
import type { Category, ExternalFactorId, IndicatorId } from "../model";
import { costEntry, cashEntry, spendEntry } from "./finance";
import { externalFundingEntry, policyRelevanceEntry, stakeholderPrioritisationEntry } from "./external";
import { activeMembersEntry, newMembersEntry } from "./membership";
import type { AnyIndicatorDefinition, Comparison } from "./types";

export const INDICATOR_TABLE: readonly AnyIndicatorDefinition[] = [
  activeMembersEntry,
  newMembersEntry,
  spendEntry,
  cashEntry,
  costEntry,
  externalFundingEntry,
  policyRelevanceEntry,
  stakeholderPrioritisationEntry,
];

/** Each indicator's id and category, in the rulebook's order. */
export const INDICATORS: readonly { readonly id: IndicatorId; readonly category: Category }[] = INDICATOR_TABLE;

const BY_ID: ReadonlyMap<IndicatorId, AnyIndicatorDefinition> = new Map(INDICATOR_TABLE.map((entry) => [entry.id, entry]));

/** The entry of one indicator. */
export function indicatorDefinition(id: IndicatorId): AnyIndicatorDefinition {
  const entry = BY_ID.get(id);
  if (!entry) throw new Error(`No indicator ${id} in the table`);
  return entry;
}

/** The Board's yes/no indicators with the factor (E1, E2, E3) of `ExternalFactors` each reads, in the Board's order. */
export const BOARD_FACTORS: readonly { readonly indicator: IndicatorId; readonly factor: ExternalFactorId }[] = INDICATOR_TABLE.flatMap(
  (entry) => (entry.factor ? [{ indicator: entry.id, factor: entry.factor }] : []),
);

/** The three factors in the order the Board reads them (E1, E2, E3). */
export const EXTERNAL_FACTORS: readonly ExternalFactorId[] = BOARD_FACTORS.map((f) => f.factor);

/** How the value compares with the trigger to be met ("Met when"); null for the Board's yes/no factors. */
export function metWhen(id: IndicatorId): "<" | ">" | null {
  return indicatorDefinition(id).levels?.met ?? null;
}

/** How the value compares with the warning level to be near ("Near from"): the entry's first warning condition. */
export function nearFrom(id: IndicatorId): Comparison | null {
  return indicatorDefinition(id).levels?.near[0].comparison ?? null;
}
