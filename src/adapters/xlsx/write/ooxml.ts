/**
 * The package's vocabulary in one place: namespaces, relationship types and content types, in
 * both conformance classes. The writer generates its parts in transitional spelling; a Strict
 * Open XML workbook (ISO/IEC 29500 Strict, `conformance="strict"`) gets them translated here, so
 * a strict package is never left mixing the two (a reader such as openpyxl then fails on it).
 */

/** Transitional namespaces of the parts the writer generates. */
export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingml: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  vml: "urn:schemas-microsoft-com:vml",
  office: "urn:schemas-microsoft-com:office:office",
  excel: "urn:schemas-microsoft-com:office:excel",
} as const;

export type Conformance = "transitional" | "strict";

/** Transitional → Strict (ECMA-376 Part 1, 2016, annex A); VML has no strict spelling. */
const STRICT: readonly (readonly [string, string])[] = [
  [NS.main, "http://purl.oclc.org/ooxml/spreadsheetml/main"],
  [NS.rel, "http://purl.oclc.org/ooxml/officeDocument/relationships"],
  [NS.chart, "http://purl.oclc.org/ooxml/drawingml/chart"],
  [NS.drawingml, "http://purl.oclc.org/ooxml/drawingml/main"],
  [NS.spreadsheetDrawing, "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing"],
];

/** The main SpreadsheetML namespace of a conformance class. */
export function mainNamespace(conformance: Conformance): string {
  return conformance === "strict" ? STRICT[0][1] : NS.main;
}

/** The relationships namespace (for `r:id`) of a conformance class. */
export function relationshipsNamespace(conformance: Conformance): string {
  return conformance === "strict" ? STRICT[1][1] : NS.rel;
}

/** The relationships the writer creates, by the last segment of their type. */
export type RelationshipKind = "worksheet" | "styles" | "chart" | "drawing" | "comments" | "vmlDrawing" | "table" | "hyperlink";

export function relationshipType(kind: RelationshipKind, conformance: Conformance): string {
  return `${relationshipsNamespace(conformance)}/${kind}`;
}

/** Relationship types end alike in transitional and strict packages. */
export function relTypeIs(type: string, kind: string): boolean {
  return type.endsWith(`/${kind}`);
}

/**
 * `[Content_Types].xml`: an `<Override>` per part, except VML which takes a
 * `<Default Extension="vml">`. Content types are the same in both conformance classes.
 */
export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vmlDrawing: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
} as const;

/** A generated part (written in transitional spelling) in the package's conformance class. */
export function inConformance(xml: string, conformance: Conformance): string {
  if (conformance === "transitional") return xml;
  let out = xml;
  for (const [transitional, strict] of STRICT) out = out.split(transitional).join(strict);
  return out;
}
