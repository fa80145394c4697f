/**
 * Which Excel JavaScript API members the host AND the loaded Office.js offer. The manifest asks
 * for ExcelApi 1.4 only, so every newer member the adapter uses is checked here at run time and
 * skipped (or degraded) where missing: older Excel 2016 builds, Mac and the web differ.
 *
 * Two questions, because either answer alone can lie: `isSetSupported` answers for the host,
 * while the library in the page may be older than the host (a stale copy of office.js lacks
 * `workbook.notes` on a host that advertises ExcelApi 1.18).
 */

/** An Office.js member, named as in `@types/office-js` (`Range.hyperlink`), and its set. */
export interface ApiFeature {
  /** The ExcelApi requirement set of `member` as the typings tag it (`[Api set: ExcelApi 1.7]`). */
  readonly set: string;
  /** `Class.member` in the `Excel` namespace. */
  readonly member: string;
}

export type ApiSupport = (feature: ApiFeature) => boolean;

/**
 * Whether the loaded library defines `member` on the class's prototype. Office.js defines its
 * proxy classes on the `Excel` namespace with accessors and methods on their prototypes (checked
 * in a real Excel by the self-test's "library" rows). Where the class itself cannot be found the
 * answer is yes: only a class seen without the member says the library lacks it.
 */
export function libraryHasMember(excel: unknown, member: string): boolean {
  const [className, name] = member.split(".");
  const namespace = excel as Record<string, { prototype?: object } | undefined> | undefined;
  const prototype = namespace?.[className]?.prototype;
  if (prototype === undefined || prototype === null) return true;
  return name in prototype;
}

/** The running host's answer; false outside Office (tests, plain browser). */
export function officeApiSupport(): ApiSupport {
  return ({ set, member }) => {
    if (typeof Office === "undefined" || typeof Excel === "undefined") return false;
    if (Office.context?.requirements?.isSetSupported("ExcelApi", set) !== true) return false;
    return libraryHasMember(Excel, member);
  };
}

/**
 * The API set each optional feature needs, in one place so the code reads by feature. Each set
 * is the one `@types/office-js` gives the member (tests/office/typings-gates.test.ts reads them).
 */
export const API = {
  namedItemFormula: { set: "1.7", member: "NamedItem.formula" },
  suspendCalculation: { set: "1.6", member: "Application.suspendApiCalculationUntilNextSync" },
  suspendScreenUpdating: { set: "1.9", member: "Application.suspendScreenUpdatingUntilNextSync" },
  conditionalFormats: { set: "1.6", member: "Range.conditionalFormats" },
  dataValidation: { set: "1.8", member: "Range.dataValidation" },
  hyperlinks: { set: "1.7", member: "Range.hyperlink" },
  notes: { set: "1.18", member: "Workbook.notes" },
  sheetNotes: { set: "1.18", member: "Worksheet.notes" },
  freezePanes: { set: "1.7", member: "Worksheet.freezePanes" },
  pageLayout: { set: "1.9", member: "Worksheet.pageLayout" },
  pageBreaks: { set: "1.9", member: "Worksheet.horizontalPageBreaks" },
  // Without a password unprotect() is the class's own set (the typings: "1.7 for password").
  unprotect: { set: "1.2", member: "WorksheetProtection.unprotect" },
  tabColor: { set: "1.7", member: "Worksheet.tabColor" },
  gridlines: { set: "1.8", member: "Worksheet.showGridlines" },
  indentLevel: { set: "1.9", member: "RangeFormat.indentLevel" },
  standardWidth: { set: "1.7", member: "RangeFormat.useStandardWidth" },
  standardHeight: { set: "1.7", member: "RangeFormat.useStandardHeight" },
  tableAdd: { set: "1.1", member: "TableCollection.add" },
  tableStyle: { set: "1.1", member: "Table.style" },
  tableLookup: { set: "1.4", member: "TableCollection.getItemOrNullObject" },
  readOnly: { set: "1.8", member: "Workbook.readOnly" },
  workbookProtection: { set: "1.7", member: "Workbook.protection" },
  // Not tagged in the typings: Microsoft's page on Excel.RunOptions gives ExcelApi 1.11.
  delayForCellEdit: { set: "1.11", member: "RunOptions.delayForCellEdit" },
} as const satisfies Record<string, ApiFeature>;
