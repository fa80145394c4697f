/** English: what the command line says about files (reading, writing, refusing). */
export const cliFiles = {
  "usage.notWorkbookName": "{file} is not a workbook file name (.xlsx or .xlsm).",
  "usage.outWithMany": "--out takes one workbook; with several, use --in-place or no option.",
  "file.rangeTooLarge": "the name {name} covers {cells} used cells, more than the {limit} this command reads",
  "file.readOnly": "{file} is read-only, so nothing was written. Remove the read-only mark, or write a copy with --out.",
  "file.locked": "{file} is being written by another run of mvsp-triggers; nothing was written. Try again when it has finished.",
  "file.changedMeanwhile":
    "{file} changed while it was being evaluated (saved from Excel or another program?); nothing was written. Evaluate it again.",
  "verify.failed": "The workbook written did not read back as planned ({detail}), so {file} was not written. Please report this.",
  "refuse.header": "{file} was left unchanged: {reason}.",
  "refuse.report": "The summary and log were written to a separate report instead: {file} (its log keeps every evaluation).",
  "refuse.reportIsInput":
    "The separate report would be {file}, the input workbook itself; nothing was written. Use --out with another name.",
  "refuse.pivotTable": "the status cell {where} is inside a PivotTable",
  "refuse.arrayFormula": "the status cell {where} is part of an array formula",
  "refuse.dataTable": "the status cell {where} is part of a what-if data table",
  "refuse.tableHeader": "the status cell {where} is a header of an Excel table",
  "refuse.mergedCell": "the status cell {where} is inside merged cells but not their first cell",
  "refuse.notWorksheet": "{where} is a chart sheet, not a worksheet",
  "refuse.other": "writing {where} could change something the add-in does not own",
  "many.header": "== {file} ==",
};
