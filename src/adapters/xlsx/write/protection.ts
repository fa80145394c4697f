/**
 * Protection the add-in respects: Excel refuses to change a cell of a protected sheet, and to add
 * a sheet to a workbook whose structure is locked, so the command line refuses the same writes
 * (the Office adapter gets `AccessDenied` / its own check for these). Read before anything is
 * changed; the add-in's own sheets, which it protects without a password itself, are not asked.
 */
import { cellAddress, sameSheetName } from "../../../core/address";
import type { WritePlan } from "../../../core/plan/types";
import type { XlsxPackage } from "../package";
import { readWorkbookIndex, xmlBoolean } from "../read/workbook-index";
import { attribute, child, localName, parseTree, scanPart } from "../read/xml";

export type ProtectionRefusal =
  | { readonly code: "sheetProtected"; readonly sheet: string; readonly cell: string }
  | { readonly code: "structureLocked"; readonly sheets: readonly string[] };

/** `<sheetProtection sheet="1">`: the sheet's cells are locked (ECMA-376 Part 1, 18.3.1.85). */
function sheetIsProtected(pkg: XlsxPackage, part: string): boolean {
  let found = false;
  scanPart(
    pkg,
    part,
    {
      open(tag) {
        if (localName(tag.name) !== "sheetProtection") return;
        const value = tag.attributes.sheet;
        found = xmlBoolean(typeof value === "string" ? value : null);
      },
      close() {},
      text() {},
    },
    () => found,
  );
  return found;
}

export function protectionRefusal(pkg: XlsxPackage, plan: WritePlan): ProtectionRefusal | null {
  const index = readWorkbookIndex(pkg);
  const root = parseTree(pkg, index.workbookPart);
  const protection = root ? child(root, "workbookProtection") : undefined;
  if (protection && xmlBoolean(attribute(protection, "lockStructure"))) {
    const added = plan.sheets.filter((s) => !index.sheets.some((e) => sameSheetName(e.name, s.name))).map((s) => s.name);
    if (added.length > 0) return { code: "structureLocked", sheets: added };
  }
  const checked = new Map<string, boolean>();
  for (const cell of plan.statusCells) {
    const entry = index.sheets.find((e) => sameSheetName(e.name, cell.sheet));
    if (!entry) continue;
    if (!checked.has(entry.part)) checked.set(entry.part, sheetIsProtected(pkg, entry.part));
    if (checked.get(entry.part)) return { code: "sheetProtected", sheet: entry.name, cell: cellAddress(entry.name, cell.row, cell.col) };
  }
  return null;
}
