/** The Office.js adapter: the only code (with the faces) that speaks Excel's JavaScript API. */
export { readSnapshot, readWorkbook, type WorkbookRead, type WorkbookState } from "./snapshot";
export { applyPlan, checkPlan, PAYLOAD_BUDGET, type ApplyOptions } from "./apply";
export { evaluateInExcel, insertTemplate, selectAddress, localClock, type EvaluateOptions, type ExcelEvaluationRun } from "./evaluate";
export { AdapterError, isAdapterError, toAdapterError, type AdapterErrorCode } from "./errors";
export { officeApiSupport, type ApiSupport } from "./support";
export { runInExcel } from "./run";
export { goToCell, insertTemplateForPane, inspectForPane, readSettingsForPane, saveSettings } from "./pane";
export { evaluateForPane, type EvaluationResult } from "./pane-evaluate";
export type { Failed, GatewayFailure, PaneEvaluation, WorkbookGateway, WorkbookInspection, WriteOutcome } from "./port";
export { reviewForPane, type ReviewResult } from "./review";
