/**
 * Every behaviour the Office.js fake (tests/support/office-fake) models that Microsoft does not
 * document, each with the "Check this Excel" row that checks it in a real Excel. The adapter is
 * tested against the fake only; these rows are how a deployer learns that Excel agrees.
 * tests/office/undocumented.test.ts keeps this list and the self-test's rows in step.
 *
 * Documented behaviours the fake also models (requirement sets from the typings, `isNullObject`
 * known after a sync, the 5 MB response limit of Excel on the web, `getItem` of something missing
 * failing with ItemNotFound, Workbook.readOnly, Manual calculation and Application.calculate)
 * are cited where the fake implements them, not listed here.
 */
import type { SelfTestId } from "./self-test";

export interface UndocumentedBehaviour {
  /** What the fake does, as a claim about Excel. */
  readonly behaviour: string;
  /** What the adapter does that depends on it (or "nothing: ..."). */
  readonly reliedOnBy: string;
  /** The self-test row that checks it in a real Excel. */
  readonly selfTest: SelfTestId;
}

export const UNDOCUMENTED: readonly UndocumentedBehaviour[] = [
  {
    behaviour: "A response over the 5 MB limit fails the sync with ResponsePayloadSizeLimitExceeded; no value comes back null.",
    reliedOnBy: "snapshot.ts reads only used ranges; errors.ts reports the code as tooLarge.",
    selfTest: "payloadLimit",
  },
  {
    behaviour: "A method or property chained on a null object fails the sync with InvalidObjectPath.",
    reliedOnBy: "nothing: the adapter tests isNullObject before using an ...OrNullObject result.",
    selfTest: "nullObjectPath",
  },
  {
    behaviour: "Writing to a locked cell of a protected sheet fails with AccessDenied.",
    reliedOnBy: "errors.ts: AccessDenied while writing means a protected sheet.",
    selfTest: "protectedWrite",
  },
  {
    behaviour: "protect() on a sheet already protected fails with AccessDenied.",
    reliedOnBy: "nothing: apply.ts unprotects before it protects again.",
    selfTest: "protection",
  },
  {
    behaviour: "unprotect() without the password of a sheet protected with one fails with AccessDenied (BadPassword accepted too).",
    reliedOnBy: "apply.ts: unprotect failures are reported as sheetPassword before anything is written.",
    selfTest: "unprotectPassword",
  },
  {
    behaviour: "While the user edits a cell, a sync fails with InvalidOperationInCellEditMode (delayForCellEdit makes it wait).",
    reliedOnBy: "errors.ts: cellEditMode; run.ts: delayForCellEdit from ExcelApi 1.11.",
    selfTest: "cellEditCode",
  },
  {
    behaviour: 'clear("All") removes values, formats and hyperlinks, and leaves charts and tables.',
    reliedOnBy: "plan-writer.ts clearSheet deletes charts and tables apart.",
    selfTest: "clearAll",
  },
  {
    behaviour: "Page layout reads back as set: zoom scale, paper size, print title rows, manual page breaks under a scale.",
    reliedOnBy: "plan-writer.ts pageSetup (a scale with breaks, or a fit without them).",
    selfTest: "printReadBack",
  },
  {
    behaviour: "Data bars accept Number bounds given as formula text, with a plain fill.",
    reliedOnBy: "plan-writer.ts decorateSheet (the history's data bars).",
    selfTest: "dataBars",
  },
  {
    behaviour: "A line chart can be built from a range whose first column holds dates.",
    reliedOnBy: "plan-writer.ts decorateSheet (the history chart).",
    selfTest: "dateChart",
  },
  {
    behaviour: "A name deleted and added again in one batch points at the new range.",
    reliedOnBy: "plan-writer.ts queueNames.",
    selfTest: "repointName",
  },
  {
    behaviour: "Table.delete() removes the table object, so a new table can be added over the same cells.",
    reliedOnBy: "plan-writer.ts clearSheet before the template's tables are added again.",
    selfTest: "tableDelete",
  },
  {
    behaviour: "A hyperlink's textToDisplay becomes the cell's value.",
    reliedOnBy: "plan-writer.ts writeLink (textToDisplay is the planned value).",
    selfTest: "textToDisplay",
  },
  {
    behaviour: "Text entered through values is parsed as typed: ISO dates and percentages become numbers with a number format.",
    reliedOnBy: "values.ts toExcelInput quotes such text.",
    selfTest: "formatOnEntry",
  },
  {
    behaviour: "getUsedRangeOrNullObject(true) starts at the first used cell (its rowIndex and columnIndex), not at A1.",
    reliedOnBy: "snapshot.ts usedCellsFromA1 (the log) and rangeSnapshot.",
    selfTest: "usedRangeCorner",
  },
  {
    behaviour: "getRowsBelow(n).getUsedRangeOrNullObject(true) finds what is typed below a named range.",
    reliedOnBy: "snapshot.ts queueArea (rows typed under a plain named table).",
    selfTest: "usedRangeBelow",
  },
  {
    behaviour: "Text written with a leading apostrophe is stored as text, the apostrophe hidden.",
    reliedOnBy: "values.ts toExcelInput.",
    selfTest: "values",
  },
  {
    behaviour: "workbook.functions.date(1904, 1, 2) is 1 in the 1904 date system and 1463 in the 1900 one.",
    reliedOnBy: "snapshot.ts date1904 probe.",
    selfTest: "date1904",
  },
  {
    behaviour: "The library's classes expose their members on Excel.<Class>.prototype.",
    reliedOnBy: "support.ts libraryHasMember (feature detection).",
    selfTest: "library",
  },
  {
    behaviour: "A read-only workbook reports readOnly = true and refuses every change with AccessDenied.",
    reliedOnBy: "apply.ts checkPlan refuses on readOnly before writing (the code is not relied on).",
    selfTest: "readOnlyFlag",
  },
  {
    behaviour: "Adding a sheet to a workbook whose structure is protected fails with AccessDenied.",
    reliedOnBy: "apply.ts checkPlan refuses before writing; errors.ts maps the code for sheet operations.",
    selfTest: "structureProtection",
  },
];
