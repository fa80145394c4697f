/**
 * ExternalFactors: the Board's Yes/No judgments E1..E3. Each factor feeds its own indicator, so
 * a problem on one factor's row leaves only that factor out; the others are still evaluated.
 */
import { isCellError } from "../cells";
import { type ExternalAssessment, type ExternalFactorId } from "../model";
import { EXTERNAL_FACTORS } from "../indicators";
import type { ReadContext } from "./context";
import { INPUT } from "./names";
import { HEADERS, isBlankRow } from "./columns";
import { fault, label, openTable } from "./tables";
import { isBlank } from "./text";
import { errorFault, isFault, parseYesNo } from "./values";

const FACTOR_IDS: readonly ExternalFactorId[] = EXTERNAL_FACTORS;

type Assessments = Partial<Record<ExternalFactorId, ExternalAssessment>>;

export function readExternalFactors(ctx: ReadContext): Readonly<Assessments> | null {
  const table = openTable(ctx, INPUT.externalFactors, HEADERS.external);
  if (!table) return null;
  const { area, columns, used } = table;
  const name = area.name;
  const found: Assessments = {};
  /** Factors seen twice: which row is meant is unknown, so neither is used. */
  const repeated = new Set<ExternalFactorId>();
  const seen = new Set<ExternalFactorId>();

  for (let r = 1; r < area.rows; r++) {
    if (isBlankRow(area, r, used)) continue;
    const rawId = area.value(r, columns.id);
    if (rawId !== null && isCellError(rawId)) {
      fault(ctx, area, r, columns.id, errorFault(rawId));
      continue;
    }
    const id = FACTOR_IDS.find((known) => typeof rawId === "string" && rawId.trim().toUpperCase() === known);
    if (id === undefined) {
      ctx.log.warning(name, area.cell(r, columns.id), "factorUnknown", { found: area.shown(r, columns.id) });
      continue;
    }
    if (seen.has(id)) {
      ctx.log.error(name, area.cell(r, columns.id), "duplicateKey", { found: id });
      repeated.add(id);
      continue;
    }
    seen.add(id);

    const factor = columns.factor >= 0 && !isBlank(area.value(r, columns.factor)) ? label(ctx, area, r, columns.factor) : "";
    const evidenceBlank = isBlank(area.value(r, columns.evidence));
    const evidence = evidenceBlank ? "" : label(ctx, area, r, columns.evidence);
    if (factor === null || evidence === null) continue;

    const rawAssessment = area.value(r, columns.assessment);
    let assessment: boolean | null = null;
    if (isBlank(rawAssessment)) {
      ctx.log.warning(name, area.cell(r, columns.assessment), "notAssessed", { id });
    } else {
      const parsed = parseYesNo(rawAssessment);
      if (isFault(parsed)) {
        fault(ctx, area, r, columns.assessment, parsed);
        continue;
      }
      assessment = parsed;
      if (assessment && evidenceBlank) {
        ctx.log.warning(name, area.cell(r, columns.evidence), "yesWithoutEvidence", { id });
      }
    }
    found[id] = { id, factor, assessment, evidence };
  }

  for (const id of repeated) delete found[id];
  for (const id of FACTOR_IDS) {
    if (!seen.has(id)) ctx.log.error(name, area.address, "factorMissing", { found: id });
  }
  return found;
}
