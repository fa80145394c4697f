/**
 * What `workbook.xml` says about a package: its sheets (with their parts), defined names and
 * date system. The reader and the writer both start here.
 */
import { PackageError, relsPathOf, resolveTarget, type XlsxPackage } from "../package";
import { attribute, child, children, parseTree, readRelationships, relationshipId, STRICT_MAIN_NAMESPACE } from "./xml";

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly part: string /* e.g. "xl/worksheets/sheet1.xml" */;
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
  readonly workbookPart: string /* from _rels/.rels officeDocument */;
  readonly strict: boolean /* ISO strict namespaces */;
  readonly date1904: boolean;
  /**
   * `calcPr fullCalcOnLoad`: the writer of the file asks Excel to recalculate everything on
   * opening, so the cached formula values it wrote (XlsxWriter writes 0) are not results.
   */
  readonly fullCalcOnLoad: boolean;
  readonly sheets: readonly SheetEntry[];
  readonly names: readonly DefinedNameEntry[];
}

const SHEET_KINDS: Readonly<Record<string, SheetEntry["kind"]>> = {
  worksheet: "worksheet",
  chartsheet: "chartsheet",
  dialogsheet: "dialogsheet",
  xlMacrosheet: "macrosheet",
  xlIntlMacrosheet: "macrosheet",
};

/** xsd:boolean: `true`/`1` (Excel writes `1`, others `true`). */
export function xmlBoolean(value: string | null | undefined): boolean {
  return value === "1" || value === "true";
}

function sheetState(value: string | null): SheetEntry["state"] {
  return value === "hidden" || value === "veryHidden" ? value : "visible";
}

/** Reads `workbook.xml` through the package's officeDocument relationship (.xlsx and .xlsm alike). */
export function readWorkbookIndex(pkg: XlsxPackage): WorkbookIndex {
  const office = readRelationships(pkg, "_rels/.rels").find((rel) => rel.kind === "officeDocument" && !rel.external);
  if (!office) throw new PackageError("notWorkbook");
  const workbookPart = resolveTarget("", office.target);
  if (!pkg.has(workbookPart)) throw new PackageError("missingPart", workbookPart);
  const root = parseTree(pkg, workbookPart);
  if (!root || root.local !== "workbook") throw new PackageError("notWorkbook", workbookPart);

  const rels = new Map(readRelationships(pkg, relsPathOf(workbookPart)).map((rel) => [rel.id, rel]));
  const sheets: SheetEntry[] = [];
  const sheetList = child(root, "sheets");
  for (const sheet of sheetList ? children(sheetList, "sheet") : []) {
    const relId = relationshipId(sheet) ?? "";
    const rel = rels.get(relId);
    // A sheet without its part cannot be read or kept: the package is damaged.
    if (!rel || rel.external) throw new PackageError("corrupt", workbookPart);
    const part = resolveTarget(workbookPart, rel.target);
    if (!pkg.has(part)) throw new PackageError("missingPart", part);
    sheets.push({
      name: attribute(sheet, "name") ?? "",
      sheetId: Number(attribute(sheet, "sheetId") ?? 0),
      relId,
      part,
      state: sheetState(attribute(sheet, "state")),
      kind: SHEET_KINDS[rel.kind] ?? "worksheet",
    });
  }

  const names: DefinedNameEntry[] = [];
  const nameList = child(root, "definedNames");
  for (const entry of nameList ? children(nameList, "definedName") : []) {
    const local = attribute(entry, "localSheetId");
    names.push({
      name: attribute(entry, "name") ?? "",
      formula: entry.text,
      localSheetId: local === null || local === "" ? null : Number(local),
      hidden: xmlBoolean(attribute(entry, "hidden")),
    });
  }

  const properties = child(root, "workbookPr");
  const calc = child(root, "calcPr");
  return {
    fullCalcOnLoad: xmlBoolean(calc ? attribute(calc, "fullCalcOnLoad") : null),
    workbookPart,
    strict: root.uri === STRICT_MAIN_NAMESPACE,
    date1904: xmlBoolean(properties ? attribute(properties, "date1904") : null),
    sheets,
    names,
  };
}
