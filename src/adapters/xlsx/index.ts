/** The ExcelJS adapter: workbook files in, `WorkbookSnapshot` out; `WritePlan` in, files out. */
export { readSnapshot, readWorkbookIndex, readTables, ReadLimitError, DEFAULT_READ_LIMITS } from "./read";
export type { ReadOptions, ReadLimits, WorkbookIndex, SheetEntry, DefinedNameEntry, TableEntry } from "./read";
export { XlsxPackage, PackageError } from "./package";
/** The ExcelJS reader, kept only until the CLI reads through the package (the writer still loads ExcelJS). */
export { readSnapshot as readSnapshotFromExcelJs, valueExtent } from "./read-snapshot";
export { applyPlan, PlanConflictError, type ApplyOptions } from "./apply-plan";
export { findPreservationRisks, type PreservationRisk, type RiskKind } from "./preservation";
export { loadWorkbook, loadWorkbookBuffer, saveWorkbook, workbookToBuffer, type LoadedWorkbook } from "./workbook-file";
export { serialFromDate, dateFromSerial } from "./cell-values";
export type { RawDefinedName } from "./workbook-xml";
