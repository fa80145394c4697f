/** The ExcelJS adapter: workbook files in, `WorkbookSnapshot` out; `WritePlan` in, files out. */
export { readSnapshot, valueExtent } from "./read-snapshot";
export { applyPlan, PlanConflictError, type ApplyOptions } from "./apply-plan";
export { findPreservationRisks, type PreservationRisk, type RiskKind } from "./preservation";
export { loadWorkbook, loadWorkbookBuffer, saveWorkbook, workbookToBuffer, type LoadedWorkbook } from "./workbook-file";
export { serialFromDate, dateFromSerial } from "./cell-values";
export type { RawDefinedName } from "./workbook-xml";
