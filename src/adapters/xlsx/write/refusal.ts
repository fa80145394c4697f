/** Why the writer will not edit a workbook: it refuses on doubt, before changing anything. */
export type RefusalCode =
  | "sheetExists"
  | "sheetMissing"
  | "notWorksheet"
  | "pivotTable"
  | "arrayFormula"
  | "dataTable"
  | "sharedFormula"
  | "tableHeader"
  | "tableTotals"
  | "mergedCell"
  | "appendOverlap"
  | "unreadablePart"
  | "implicitPosition"
  | "unknownStyle"
  | "invalidTable"
  | "tableNameTaken";

export class WriteRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    /** The cell (`'Budget 2026'!D7`), sheet or part concerned. */
    readonly where: string,
  ) {
    super(`${code}: ${where}`);
    this.name = "WriteRefusal";
  }
}
