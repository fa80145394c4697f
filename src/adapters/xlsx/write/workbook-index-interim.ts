/**
 * Interim reader of the workbook part (sheets, names, date system), with exactly the interface of
 * helper H1's `read/workbook-index.ts`; the lead swaps the import for that module at merge.
 */
import { PackageError, relsPathOf, resolveTarget, type XlsxPackage } from "../package";
import type { Element } from "@xmldom/xmldom";
import { childElements, firstChild, parseXml, rootOf } from "./xml";

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly part: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly kind: "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet";
}
export interface DefinedNameEntry {
  readonly name: string;
  readonly formula: string;
  readonly localSheetId: number | null;
  readonly hidden: boolean;
}
export interface WorkbookIndex {
  readonly workbookPart: string;
  readonly strict: boolean;
  readonly date1904: boolean;
  readonly sheets: readonly SheetEntry[];
  readonly names: readonly DefinedNameEntry[];
}

const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** The relationships of a part (none when it has no rels part). */
export function readRelationships(pkg: XlsxPackage, part: string): Relationship[] {
  const relsPath = relsPathOf(part);
  const text = pkg.text(relsPath);
  if (text === undefined) return [];
  const doc = parseXml(text, relsPath);
  return childElements(rootOf(doc), "Relationship").map((el) => ({
    id: el.getAttribute("Id") ?? "",
    type: el.getAttribute("Type") ?? "",
    target: el.getAttribute("Target") ?? "",
    external: el.getAttribute("TargetMode") === "External",
  }));
}

/** Relationship types end alike in transitional and strict packages. */
export function relTypeIs(type: string, suffix: string): boolean {
  return type.endsWith(`/${suffix}`);
}

function isTrue(value: string | null): boolean {
  return value === "1" || value === "true";
}

export function readWorkbookIndex(pkg: XlsxPackage): WorkbookIndex {
  const office = readRelationships(pkg, "").find((r) => relTypeIs(r.type, "officeDocument") && !r.external);
  const workbookPart = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  const text = pkg.text(workbookPart);
  if (text === undefined) throw new PackageError("notWorkbook", workbookPart);
  const root = rootOf(parseXml(text, workbookPart));
  const rels = new Map(readRelationships(pkg, workbookPart).map((r) => [r.id, r]));
  const sheetsEl = firstChild(root, "sheets");
  const sheets: SheetEntry[] = (sheetsEl ? childElements(sheetsEl, "sheet") : []).map((el) => {
    const relId = relIdOf(el);
    const rel = rels.get(relId);
    const state = el.getAttribute("state");
    const type = rel?.type ?? "";
    return {
      name: el.getAttribute("name") ?? "",
      sheetId: Number(el.getAttribute("sheetId")),
      relId,
      part: rel ? resolveTarget(workbookPart, rel.target) : "",
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      kind: relTypeIs(type, "chartsheet")
        ? "chartsheet"
        : relTypeIs(type, "dialogsheet")
          ? "dialogsheet"
          : relTypeIs(type, "xlMacrosheet") || relTypeIs(type, "xlIntlMacrosheet")
            ? "macrosheet"
            : "worksheet",
    };
  });
  const namesEl = firstChild(root, "definedNames");
  const names: DefinedNameEntry[] = (namesEl ? childElements(namesEl, "definedName") : []).map((el) => {
    const local = el.getAttribute("localSheetId");
    return {
      name: el.getAttribute("name") ?? "",
      formula: el.textContent ?? "",
      localSheetId: local === null || local === "" ? null : Number(local),
      hidden: isTrue(el.getAttribute("hidden")),
    };
  });
  const pr = firstChild(root, "workbookPr");
  return { workbookPart, strict: root.namespaceURI === STRICT_MAIN, date1904: isTrue(pr?.getAttribute("date1904") ?? null), sheets, names };
}

/** The `id` attribute in the relationships namespace, whatever its prefix. */
export function relIdOf(el: Element): string {
  for (let i = 0; i < el.attributes.length; i++) {
    const attr = el.attributes.item(i);
    if (attr && attr.localName === "id" && attr.namespaceURI && /relationships$/.test(attr.namespaceURI)) return attr.value;
  }
  return "";
}
