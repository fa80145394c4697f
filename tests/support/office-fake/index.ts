/** A strict Office.js fake: Excel's object model in memory, for jest and the browser tests. */
export { FakeWorkbook, FakeOfficeError, enterValue, serialFromUtc } from "./model";
export type { FakeCell, FakeSheet, FakeName, FakeValue, FakeChart, FakeEvent, FakeTable } from "./model";
export { API_USAGE } from "./api";
export { ApiLevel, FakeRequestContext } from "./api";
export { installOfficeFake, type OfficeFake, type OfficeFakeOptions, type FakeDialog } from "./install";
export { fakeCells, type ParityCell } from "./cells";
export { parseRef, cellName, columnName } from "./address";

/** A fake context typed as the real one, for code under test. */
export function asExcelContext(context: import("./api").FakeRequestContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}
