/**
 * The template as a write plan, in a module of its own: the task pane loads it only when the
 * user sets a workbook up, so its first paint does not carry it.
 */
import type { WorkbookSnapshot } from "../cells";
import type { Language, Problem } from "../model";
import { STYLES } from "./styles";
import { buildTemplateSheet } from "./template";
import type { WritePlan } from "./types";

/** The `Inputs` template; a conflict when the workbook already has an `Inputs` sheet. */
export function buildTemplatePlan(language: Language, snapshot?: WorkbookSnapshot | null): { plan: WritePlan } | { conflicts: Problem[] } {
  const built = buildTemplateSheet(language, snapshot ?? null);
  if ("conflicts" in built) return { conflicts: built.conflicts };
  return { plan: { styles: STYLES, sheets: [built.sheet], statusCells: [], names: built.names } };
}
