/**
 * The .xlsx package adapter: a workbook file is opened as a package, read part by part into a
 * `WorkbookSnapshot`, and a `WritePlan` is applied to it in place; parts the evaluation does not
 * have to change keep their exact bytes.
 */
export { XlsxPackage, PackageError } from "./package";
export type { PackageFailure } from "./package";
export { readSnapshot, readWorkbookIndex, readTables, readCells, ReadLimitError, DEFAULT_READ_LIMITS } from "./read";
export type { ReadOptions, ReadLimits, WorkbookIndex, SheetEntry, DefinedNameEntry, TableEntry } from "./read";
export { applyPlanToPackage, WriteRefusal, newWorkbookPackage, defineNames, protectionRefusal } from "./write";
export type { NameDefinition, ProtectionRefusal } from "./write";
export type { ApplyOptions, ApplyOutcome, WrittenCell, RefusalCode, NewWorkbookOptions } from "./write";
export { verifySavedPackage } from "./verify";
export { readCandidate } from "./candidate";
export { XmlPartError } from "./write/dom";
