/**
 * Setting a workbook up: in a module of its own so that the task pane loads the template's plan
 * only when the user asks for it (see `insertTemplateForPane`).
 */
import { namesToRead, type Language, type Problem } from "../../core";
import { buildTemplatePlan } from "../../core/plan/template-plan";
import { applyPlan } from "./apply";
import { readWorkbook } from "./snapshot";
import { officeApiSupport, type ApiSupport } from "./support";

/**
 * "Insert template": the Inputs sheet with every input name, example data and the settings
 * table. Two syncs: the read (so existing names and sheets are respected), then the write.
 */
export async function insertTemplate(
  context: Excel.RequestContext,
  language: Language,
  support: ApiSupport = officeApiSupport(),
): Promise<{ readonly written: boolean; readonly conflicts: readonly Problem[] }> {
  const { snapshot, state } = await readWorkbook(context, namesToRead(), support);
  const built = buildTemplatePlan(language, snapshot);
  if ("conflicts" in built) return { written: false, conflicts: built.conflicts };
  await applyPlan(context, built.plan, { state, support });
  return { written: true, conflicts: [] };
}
