/** English: cli. The reference catalogue: fr and es must have the same keys. */
export const cli = {
  "help":
    "Usage:\n" +
    "  mvsp-triggers evaluate IN.xlsx [--out OUT.xlsx | --in-place]\n" +
    "      [--json | --format table|text] [--date YYYY-MM-DD] [--lang en|fr|es]\n" +
    "  mvsp-triggers template OUT.xlsx [--lang en|fr|es]\n" +
    "  mvsp-triggers verify BOOK.xlsx [--json] [--lang en|fr|es]\n" +
    "  mvsp-triggers --help | --version\n" +
    "\n" +
    "evaluate  Evaluates the eight MVSP trigger indicators from the workbook's named\n" +
    "          ranges. Without --out or --in-place nothing is written; IN is changed\n" +
    "          only with --in-place.\n" +
    "  --out OUT.xlsx   write a copy of IN with the status cells, summary and log added\n" +
    "  --in-place       write them into IN itself\n" +
    "  --json           print the result as JSON\n" +
    "  --format table   print a table fitted to the terminal's width (COLUMNS); the default\n" +
    "  --format text    print the paragraph for the Board's quarterly implementation report\n" +
    "  --date DATE      evaluate as of this date instead of the workbook's EvaluationDate\n" +
    "                   or today\n" +
    "  --lang LANG      language of the printed result and new sheets when the workbook\n" +
    "                   sets none\n" +
    "template  Writes a new workbook with an Inputs sheet holding every input, with\n" +
    "          example data.\n" +
    "verify    Checks that the written results still match the workbook: exit 0\n" +
    "          if so, 3 naming each input changed and each result cell edited by hand.\n" +
    "\n" +
    "Exit codes: 0 evaluated without input errors; 1 evaluated, some inputs have errors;\n" +
    "2 unreadable file, bad usage, or outputs that could not be written (nothing written);\n" +
    "3 (verify) the written results no longer match the workbook.",
  "usage.unknownCommand": "Unknown command \"{command}\". Run mvsp-triggers --help.",
  "usage.noCommand": "No command given. Run mvsp-triggers --help.",
  "usage.unknownOption": "Unknown option \"{option}\" for {command}. Run mvsp-triggers --help.",
  "usage.missingValue": "The option {option} needs a value.",
  "usage.missingFile": "{command} needs a workbook file name.",
  "usage.extraArgument": "Unexpected argument \"{argument}\".",
  "usage.badDate": "\"{value}\" is not a date: write it as YYYY-MM-DD, e.g. 2026-09-30.",
  "usage.badLanguage": "\"{value}\" is not a supported language: use en, fr or es.",
  "usage.outAndInPlace": "Use either --out or --in-place, not both.",
  "usage.outIsInput": "--out names the input workbook itself; use --in-place to write into it.",
  "usage.notXlsx": "{file} is not an .xlsx file name.",
  "usage.badFormat": "\"{value}\" is not an output format: use table or text.",
  "usage.formatAndJson": "Use either --json or --format, not both.",
  "file.cannotRead": "Could not read {file}: {reason}",
  "file.cannotWrite": "Could not write {file}: {reason}. Nothing was written.",
  "file.exists": "{file} already exists; choose another name or delete it first.",
  "file.written": "Wrote {file}.",
  "file.notFound": "the file does not exist",
  "file.notWorkbook": "it is not an Excel workbook (.xlsx)",
  "conflict.header": "Nothing was written: the add-in's outputs would overwrite sheets it did not create.",
  "preserve.header":
    "{file} holds parts this command line cannot keep when it rewrites a workbook, so it was left unchanged:",
  "preserve.item": "  - {kind}: {where}",
  "preserve.report": "The summary and log were written to a separate report instead: {file}",
  "preserve.kind.chart": "chart",
  "preserve.kind.chartsheet": "chart sheet",
  "preserve.kind.pivotTable": "PivotTable",
  "preserve.kind.slicer": "slicer",
  "preserve.kind.timeline": "timeline",
  "preserve.kind.macros": "macros (VBA)",
  "preserve.kind.externalLink": "link to another workbook",
  "preserve.kind.formControl": "form control",
  "preserve.kind.activeX": "ActiveX control",
  "preserve.kind.shape": "shape or text box",
  "preserve.kind.dataModel": "data model",
  "preserve.kind.query": "query or data connection",
  "preserve.kind.embeddedObject": "embedded object",
  "preserve.kind.threadedComment": "threaded comment",
  "preserve.kind.sparkline": "sparklines",
  "preserve.kind.extendedValidation": "data validation referring to another sheet",
  "preserve.kind.dynamicArray": "dynamic array formulas",
  "preserve.kind.richData": "data types or pictures in cells",
  "preserve.kind.customProperties": "custom document properties (e.g. a sensitivity label)",
  "preserve.kind.definedName": "defined name that is not a plain range",
  "preserve.kind.sheetLayout": "sheet stored in an unusual way",
  "preserve.kind.internalLink": "link to a place in the workbook on a non-text cell",
  "preserve.kind.drawing": "pictures or drawings that cannot be read",
  "preserve.kind.otherPart": "other workbook part",
  "table.evaluationDate": "Evaluation date: {date} ({quarter})",
  "table.previous": "Values: at the previous evaluation ({date}, {quarter}) → today.",
  "table.indicator": "Indicator",
  "table.value": "Value",
  "table.threshold": "Met when",
  "table.status": "Status",
  "table.nearFrom": "Near from",
  "table.margin": "Margin to trigger",
  "table.noEvaluationDate": "Evaluation date: cannot be read (see the input problems); the membership indicators are not evaluated.",
  "table.counts": "Met: {met}   Near: {near}   No data: {noData}",
  "table.problems": "Input problems:",
  "table.noProblems": "No input problems.",
  "table.none": "–",
  "severity.error": "Error",
  "severity.warning": "Warning",
  "error.unexpected": "Unexpected error: {message}",
};
