/** Which sheet the Inputs template goes to: never a refusal because a sheet called `Inputs` exists. */
import type { WorkbookSnapshot } from "../cells";
import { sheetExists } from "./ownership";
import { SHEET_NAMES } from "./types";

/** Where the template goes when the workbook already has a sheet called `Inputs`: never a refusal. */
export const TEMPLATE_SHEET_ALTERNATIVES: readonly string[] = ["MVSP Inputs", ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `MVSP Inputs ${n}`)];

/** `Inputs`, else the first free of `MVSP Inputs`, `MVSP Inputs 2`...; null only when all are taken. */
export function templateSheetName(snapshot: WorkbookSnapshot | null): string | null {
  return [SHEET_NAMES.inputs, ...TEMPLATE_SHEET_ALTERNATIVES].find((name) => !snapshot || !sheetExists(snapshot, name)) ?? null;
}
