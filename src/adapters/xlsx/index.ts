/** The ExcelJS adapter: workbook files in, `WorkbookSnapshot` out; `WritePlan` in, files out. */
export { readSnapshot, valueExtent } from "./read-snapshot";
export { applyPlan, PlanConflictError, type ApplyOptions } from "./apply-plan";
export { findPreservationRisks, type PreservationRisk, type RiskKind } from "./preservation";
export { loadWorkbook, loadWorkbookBuffer, saveWorkbook, workbookToBuffer, type LoadedWorkbook } from "./workbook-file";
export { serialFromDate, dateFromSerial } from "./cell-values";
export type { RawDefinedName } from "./workbook-xml";
export { XlsxPackage, PackageError } from "./package";
export {
  applyPlanToPackage,
  newWorkbookPackage,
  WriteRefusal,
  type ApplyOptions as PackageApplyOptions,
  type ApplyOutcome,
  type NewWorkbookOptions,
  type RefusalCode,
  type WrittenCell,
} from "./write";
