/** English: what the add-in says outside the task pane (ribbon dialog, adapter errors, the settings sheet it creates). */
export const messages = {
  "app.title": "MVSP Trigger Monitor",
  "evaluate.failed": "The evaluation could not run: {message}",
  "sheet.keyHeader": "Key",
  "sheet.valueHeader": "Value",
  "sheet.nameComment": "Settings of the MVSP Trigger Monitor (Key | Value)",
  "error.cellEditMode": "Excel is in cell-edit mode: press Enter or Esc to leave the cell, then try again.",
  "error.sheetProtected":
    "A sheet the add-in must write to is protected ({detail}): unprotect it, or move the Status_ cells to an unprotected sheet.",
  "error.apiNotSupported": "This version of Excel lacks a feature the add-in needs ({detail}). Update Office or use Excel on the web.",
  "error.sheetExists": "A sheet of that name already exists ({detail}); nothing was overwritten.",
  "error.sheetNotOwned": "The sheet {detail} exists but was not created by MVSP Trigger Monitor; rename or delete it, then evaluate again.",
  "error.unknown": "Excel reported an unexpected error: {detail}",
  "error.sheetPassword":
    "The sheet {detail} is protected with a password, so the add-in cannot update it; nothing was written. Remove the password (Review › Unprotect Sheet), then try again.",
  "error.readOnly":
    "This workbook is open read-only (view mode or a read-only file): nothing was written. Switch to Editing, or save a copy, then try again.",
  "error.structureProtected":
    "The workbook's structure is protected, so the add-in cannot add or replace its sheets; nothing was written. Unprotect the workbook (Review › Protect Workbook), then try again.",
  "error.notImplemented":
    "This version of Excel does not implement an operation the add-in needs ({detail}). Update Office or use Excel on the web.",
  "error.invalidOperation":
    "Excel refused the operation in its present state ({detail}). If a cell is being edited, press Enter or Esc; close any open Excel dialog; then try again.",
  "error.tooLarge":
    "A range is too large for Excel to send in one piece ({detail}). Limit the named range to the cells in use, then try again.",
  "error.notesFailed": "Everything was written except the notes on the inputs, which this Excel refused ({detail}).",
  "error.calculationManual":
    "Calculation is set to Manual and the add-in could not recalculate the workbook ({detail}). Press F9, or set Formulas › Calculation Options › Automatic, then evaluate again.",
  "write.written": "Already written: {parts}. Not written: {missing}. Evaluate again once the cause is fixed.",
  "write.nothing": "Nothing was written.",
  "write.part.log": "the log row",
  "write.part.statusCells": "the status cells",
  "write.part.names": "the defined names",
  "write.part.summary": "the summary sheet",
  "write.part.inputs": "the Inputs sheet",
  "write.part.settings": "the settings",
};
