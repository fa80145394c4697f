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
import { attribute, child, parseTree } from "../read/xml";
import { xmlEncodingOf } from "../xml-bytes";

export type ProtectionRefusal =
  | { readonly code: "sheetProtected"; readonly sheet: string; readonly cell: string }
  | { readonly code: "structureLocked"; readonly sheets: readonly string[] };

const SHEET_PROTECTION = Buffer.from("sheetProtection", "latin1");
const SHEET_ATTRIBUTE = /\ssheet\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/**
 * `<sheetProtection sheet="1">`: the sheet's cells are locked (ECMA-376 Part 1, 18.3.1.85).
 * Found by searching the part's bytes, not by parsing it: a `<` stands in a part only as markup
 * (text and attribute values escape it), so `<sheetProtection` or `<x:sheetProtection` is the
 * element. The part is inflated once and kept by the package for the writer, which needs it next;
 * a sheet of a million rows is not tokenized for one element after its rows.
 */
function sheetIsProtected(pkg: XlsxPackage, part: string): boolean {
  const bytes = pkg.bytes(part);
  if (bytes === undefined) return false;
  if (xmlEncodingOf(bytes) !== "utf8") return textIsProtected(pkg.text(part) ?? "");
  for (let at = bytes.indexOf(SHEET_PROTECTION); at >= 0; at = bytes.indexOf(SHEET_PROTECTION, at + 1)) {
    const after = bytes[at + SHEET_PROTECTION.length];
    if (!(after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d || after === 0x2f || after === 0x3e)) continue;
    let lt = at - 1;
    // A prefix (`x:`) between `<` and the local name.
    if (bytes[lt] === 0x3a) while (lt > 0 && lt > at - 64 && bytes[lt] !== 0x3c && bytes[lt] > 0x20) lt--;
    if (bytes[lt] !== 0x3c) continue;
    const close = bytes.indexOf(0x3e, at);
    return tagIsProtected(bytes.toString("latin1", at, close < 0 ? bytes.length : close));
  }
  return false;
}

function tagIsProtected(tag: string): boolean {
  const m = SHEET_ATTRIBUTE.exec(tag);
  return m !== null && xmlBoolean(m[1] ?? m[2]);
}

/** A UTF-16 part (rare), decoded by the package. */
function textIsProtected(text: string): boolean {
  const m = /<(?:[^\s<>/:]+:)?sheetProtection(?=[\s/>])([^>]*)>/.exec(text);
  return m !== null && tagIsProtected(m[1]);
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
