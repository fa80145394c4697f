/** The package reader: a workbook's index and the cells behind the core's names, without ExcelJS. */
export { readSnapshot, type ReadOptions } from "./read-snapshot";
export { readWorkbookIndex, type WorkbookIndex, type SheetEntry, type DefinedNameEntry } from "./workbook-index";
export { DEFAULT_READ_LIMITS, ReadLimitError, type ReadLimits } from "./errors";
export { readTables, type TableEntry } from "./tables";
export { readCells, type CellAt } from "./read-cells";
