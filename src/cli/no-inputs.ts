/** Writing an evaluation into a workbook with none of the inputs is refused, naming the commands that connect it. */
import type { WorkbookSnapshot } from "../core/cells";
import { definesNoInput } from "../core/connect";
import { connectText } from "../core/i18n/connect-catalogue";
import type { Language } from "../core/model";

export function noInputsRefusal(
  snapshot: WorkbookSnapshot,
  file: string,
  lang: Language,
): { readonly key: null; readonly text: string } | null {
  return definesNoInput(snapshot) ? { key: null, text: connectText(lang, "cli.noInputs", { file }) } : null;
}
