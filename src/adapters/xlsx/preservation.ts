/**
 * Finds what ExcelJS would lose or damage if it rewrote a user's workbook. ExcelJS reads a fixed
 * set of parts and rewrites the package from its own model, so everything outside that set, and
 * a few things inside it that its model cannot hold, would vanish without a word. A workbook
 * with any of them is left alone; the evaluation goes to a separate report file instead.
 */
import type JSZip from "jszip";
import { isBuiltInName, type RawDefinedName } from "./workbook-xml";
import { parseReference } from "./references";
import { readRelationships, readSheetParts, readText, resolveTarget } from "./package-parts";

export type RiskKind =
  | "chart"
  | "chartsheet"
  | "pivotTable"
  | "slicer"
  | "timeline"
  | "macros"
  | "externalLink"
  | "formControl"
  | "activeX"
  | "shape"
  | "dataModel"
  | "query"
  | "embeddedObject"
  | "threadedComment"
  | "sparkline"
  | "extendedValidation"
  | "dynamicArray"
  | "richData"
  | "customProperties"
  | "definedName"
  | "sheetLayout"
  | "internalLink"
  | "drawing"
  | "otherPart";

export interface PreservationRisk {
  readonly kind: RiskKind;
  /** A sheet name, a defined name, or a package part path. */
  readonly where: string;
}

/** Parts ExcelJS reads and writes back faithfully (images, tables, comments, themes...). */
const KEPT_PARTS: readonly RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^docProps\/(app|core)\.xml$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/(sharedStrings|styles)\.xml$/,
  /^xl\/theme\/[^/]+\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/media\/[^/]+$/,
  /^xl\/drawings\/drawing\d+\.xml$/,
  /^xl\/drawings\/_rels\/drawing\d+\.xml\.rels$/,
  /^xl\/drawings\/vmlDrawing\d+\.vml$/,
  /^xl\/drawings\/_rels\/vmlDrawing\d+\.vml\.rels$/,
  /^xl\/comments\d+\.xml$/,
  /^xl\/tables\/table\d+\.xml$/,
  // Rebuilt by Excel on open; losing them loses nothing the user made.
  /^xl\/calcChain\.xml$/,
  /^xl\/printerSettings\/[^/]+$/,
  /^xl\/worksheets\/_rels\/.*$/,
];

/** Parts outside the kept set, by what a user would call them. */
const PART_KINDS: readonly [RegExp, RiskKind][] = [
  [/^xl\/charts\//, "chart"],
  [/^xl\/chartsheets\//, "chartsheet"],
  [/^xl\/(pivotTables|pivotCache)\//, "pivotTable"],
  [/^xl\/(slicers|slicerCaches)\//, "slicer"],
  [/^xl\/(timelines|timelineCaches)\//, "timeline"],
  [/vbaProject\.bin$|vbaProjectSignature/i, "macros"],
  [/^xl\/externalLinks\//, "externalLink"],
  [/^xl\/ctrlProps\//, "formControl"],
  [/^xl\/activeX\//, "activeX"],
  [/^xl\/model\/|^xl\/customData\//, "dataModel"],
  [/^xl\/(connections\.xml|queryTables\/)/, "query"],
  [/^xl\/embeddings\//, "embeddedObject"],
  [/^xl\/(threadedComments|persons)\//, "threadedComment"],
  [/^xl\/metadata\.xml$/, "dynamicArray"],
  [/^xl\/richData\//, "richData"],
  [/^docProps\/custom\.xml$/, "customProperties"],
];

function partRisks(paths: readonly string[]): PreservationRisk[] {
  const risks: PreservationRisk[] = [];
  for (const path of paths) {
    if (path.endsWith("/") || KEPT_PARTS.some((re) => re.test(path))) continue;
    const kind = PART_KINDS.find(([re]) => re.test(path))?.[1] ?? "otherPart";
    // Their relationship files and drawings say nothing more than the part itself.
    if (/\/_rels\//.test(path) && kind === "otherPart") continue;
    risks.push({ kind, where: path });
  }
  return risks;
}

/** Inside sheets and drawings: things ExcelJS's model has no place for. */
async function sheetRisks(zip: JSZip): Promise<PreservationRisk[]> {
  const risks: PreservationRisk[] = [];
  for (const sheet of await readSheetParts(zip)) {
    if (sheet.kind === "chartsheet") {
      risks.push({ kind: "chartsheet", where: sheet.name });
      continue;
    }
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(sheet.part)) {
      // ExcelJS only finds worksheets stored under its own naming scheme.
      risks.push({ kind: "sheetLayout", where: sheet.name });
      continue;
    }
    const xml = (await readText(zip, sheet.part)) ?? "";
    if (/<(\w+:)?sparklineGroups\b/.test(xml)) risks.push({ kind: "sparkline", where: sheet.name });
    if (/<x14:dataValidations\b/.test(xml)) risks.push({ kind: "extendedValidation", where: sheet.name });
    if (/<(\w+:)?controls\b/.test(xml)) risks.push({ kind: "formControl", where: sheet.name });
    if (/<(\w+:)?oleObjects\b/.test(xml)) risks.push({ kind: "embeddedObject", where: sheet.name });
    for (const rel of await readRelationships(zip, sheet.part)) {
      if (rel.external) continue;
      const target = resolveTarget(sheet.part, rel.target);
      if (/\/pivotTable$/.test(rel.type)) risks.push({ kind: "pivotTable", where: sheet.name });
      if (/\/threadedComment$/.test(rel.type)) risks.push({ kind: "threadedComment", where: sheet.name });
      if (/\/drawing$/.test(rel.type)) {
        const drawing = (await readText(zip, target)) ?? "";
        if (/<(\w+:)?graphicFrame\b/.test(drawing)) risks.push({ kind: "chart", where: sheet.name });
        if (/<(\w+:)?(sp|grpSp|cxnSp)\b/.test(drawing)) risks.push({ kind: "shape", where: sheet.name });
      }
    }
  }
  return risks;
}

/**
 * Names ExcelJS drops on writing: constants and formulas, relative or whole-column references,
 * broken ones, and any user name scoped to a sheet (ExcelJS keeps the name but loses its scope).
 */
function nameRisks(names: readonly RawDefinedName[], sheetExists: (sheet: string) => boolean): PreservationRisk[] {
  const risks: PreservationRisk[] = [];
  for (const name of names) {
    if (isBuiltInName(name.name)) {
      // Print areas and titles are kept; the filter name is rebuilt by Excel from the sheet's filter.
      if (/^_xlnm\.(Print_Area|Print_Titles|_FilterDatabase)$/i.test(name.name)) continue;
      risks.push({ kind: "definedName", where: name.name });
      continue;
    }
    const parsed = parseReference(name.formula, sheetExists);
    const keepable =
      name.localSheetId === null &&
      (parsed.kind === "area"
        ? !parsed.area.relative && !parsed.area.wholeLines
        : parsed.kind === "multiArea" && parsed.areas.every((a) => !a.relative && !a.wholeLines));
    if (!keepable) risks.push({ kind: "definedName", where: name.name });
  }
  return risks;
}

function unique(risks: readonly PreservationRisk[]): PreservationRisk[] {
  const seen = new Set<string>();
  return risks.filter((r) => {
    const key = `${r.kind}\u0000${r.where}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Everything in the package that rewriting it through ExcelJS would lose or change. */
export async function findPreservationRisks(zip: JSZip, names: readonly RawDefinedName[]): Promise<PreservationRisk[]> {
  const sheets = await readSheetParts(zip);
  const sheetExists = (name: string) => sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  const inSheets = await sheetRisks(zip);
  // A chart found on a sheet is named by its sheet; its parts would only repeat it.
  const byFolder = partRisks(Object.keys(zip.files))
    .filter((r) => !inSheets.some((s) => s.kind === r.kind))
    .map((r) => (r.kind === "otherPart" ? r : { kind: r.kind, where: r.where.replace(/^(xl\/[^/]+\/).*$/, "$1") }));
  return unique([...inSheets, ...byFolder, ...nameRisks(names, sheetExists)]);
}
