/** English: what the add-in says outside the task pane (ribbon dialog, adapter errors, the settings sheet it creates). */
export const messages = {
  "app.title": "MVSP Trigger Monitor",
  "evaluate.failed": "The evaluation could not run: {message}",
  "sheet.keyHeader": "Key",
  "sheet.valueHeader": "Value",
  "sheet.nameComment": "Settings of the MVSP Trigger Monitor (Key | Value)",
  "error.cellEditMode": "Excel is in cell-edit mode: press Enter or Esc to leave the cell, then try again.",
  "error.sheetProtected": "A sheet the add-in must write to is protected ({detail}): unprotect it, or move the Status_ cells to an unprotected sheet.",
  "error.apiNotSupported": "This version of Excel lacks a feature the add-in needs ({detail}). Update Office or use Excel on the web.",
  "error.sheetExists": "A sheet of that name already exists ({detail}); nothing was overwritten.",
  "error.sheetNotOwned": "The sheet {detail} exists but was not created by MVSP Trigger Monitor; rename or delete it, then evaluate again.",
  "error.unknown": "Excel reported an unexpected error: {detail}",
};
