/**
 * Small, targeted readers of the raw package XML, for what ExcelJS does not expose (defined
 * names it drops, sheet scope). Regular expressions are enough: the parts read here are flat
 * lists of elements written by spreadsheet programs, not arbitrary XML.
 */

/** A `<definedName>` of `xl/workbook.xml`, exactly as stored. */
export interface RawDefinedName {
  readonly name: string;
  /** The formula text (`'Budget 2026'!$B$7`, `0.25`, `OFFSET(...)`). */
  readonly formula: string;
  /** 0-based sheet index for a sheet-scoped name, null for workbook scope. */
  readonly localSheetId: number | null;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function xmlUnescape(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

export function xmlAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    attributes[m[1]] = xmlUnescape(m[3] ?? m[4] ?? "");
  }
  return attributes;
}

export function readDefinedNames(workbookXml: string): RawDefinedName[] {
  const names: RawDefinedName[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g)) {
    const attributes = xmlAttributes(m[1]);
    if (!attributes.name) continue;
    names.push({
      name: attributes.name,
      formula: xmlUnescape(m[2] ?? ""),
      localSheetId: attributes.localSheetId !== undefined ? Number(attributes.localSheetId) : null,
    });
  }
  return names;
}

/** Names Excel itself manages per sheet (print area, print titles, filters), not user names. */
export function isBuiltInName(name: string): boolean {
  return /^_xlnm\./i.test(name);
}
