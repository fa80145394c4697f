/**
 * Defining workbook-scope names, and nothing else: `connect` changes `workbook.xml`'s
 * `definedNames` only; every other part of the package keeps its exact bytes.
 */
import type { XlsxPackage } from "../package";
import { readWorkbookIndex } from "../read/workbook-index";
import type { ApplyOutcome } from "./apply";
import { WorkbookPart } from "./package-xml";
import { Staged } from "./staged";
import { relationshipsNamespace } from "./ooxml";

export interface NameDefinition {
  readonly name: string;
  /** Without `=`: `'Membres 2026'!$A$1:$D$80` or `Membres[#All]`. */
  readonly formula: string;
}

/** Adds each name at workbook scope, or re-points the one that exists (its comment and flags stay). */
export function defineNames(pkg: XlsxPackage, names: readonly NameDefinition[]): ApplyOutcome {
  const staged = new Staged(pkg);
  const index = readWorkbookIndex(pkg);
  const workbook = new WorkbookPart(staged, index.workbookPart, relationshipsNamespace(index.strict ? "strict" : "transitional"));
  for (const n of names) workbook.setName(n.name, n.formula, null);
  workbook.save();
  return { parts: staged.flush(), cells: [] };
}
