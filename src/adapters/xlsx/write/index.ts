/** The package writer: a `WritePlan` applied to an .xlsx package in place. */
export { applyPlanToPackage, type ApplyOptions, type ApplyOutcome, type WrittenCell } from "./apply";
export { WriteRefusal, type RefusalCode } from "./refusal";
export { newWorkbookPackage, type NewWorkbookOptions } from "./new-package";
export { defineNames, type NameDefinition } from "./names";
export { protectionRefusal, type ProtectionRefusal } from "./protection";
