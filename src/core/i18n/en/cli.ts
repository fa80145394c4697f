/** English: cli. The reference catalogue: fr and es must have the same keys. */
export const cli = {
  help:
    "Usage:\n" +
    "  mvsp-triggers evaluate BOOK.xlsx [--out OUT.xlsx | --in-place]\n" +
    "      [--json | --format table|text] [--date YYYY-MM-DD] [--lang en|fr|es]\n" +
    "  mvsp-triggers inputs BOOK.xlsx [--json] [--lang en|fr|es]\n" +
    "  mvsp-triggers connect BOOK.xlsx NAME=RANGE... (--out OUT.xlsx | --in-place)\n" +
    "  mvsp-triggers template NEW.xlsx [--lang en|fr|es]\n" +
    "  mvsp-triggers template --into BOOK.xlsx (--out OUT.xlsx | --in-place)\n" +
    "  mvsp-triggers verify BOOK.xlsx [--json] [--lang en|fr|es]\n" +
    "  mvsp-triggers --help | --version\n" +
    "\n" +
    "evaluate  Evaluates the eight MVSP trigger indicators from the workbook's\n" +
    "          inputs. Without --out or --in-place nothing is written; BOOK is\n" +
    "          changed only with --in-place.\n" +
    "  --out OUT.xlsx  write a copy of BOOK with the status cells, summary and log\n" +
    "  --in-place      write them into BOOK itself\n" +
    "  --force         with --out, replace OUT even if it is not an earlier output\n" +
    "  --json          print the result as JSON\n" +
    "  --format table  print a table fitted to the terminal (COLUMNS); the default\n" +
    "  --format text   print the paragraph for the Board's quarterly report\n" +
    "  --date DATE     evaluate as of DATE instead of the workbook's EvaluationDate\n" +
    "                  (without either, as of today, with a warning)\n" +
    "  --lang LANG     language of the result and of new sheets when the workbook\n" +
    "                  sets none\n" +
    "inputs    Lists every input: connected (where, and what was read), missing,\n" +
    "          or its first problem with its cell.\n" +
    "connect   Points inputs at the workbook's own cells, checked first, e.g.\n" +
    "          MemberRoster='Members 2026'!A1:D80, or CashFlow=Table1 for a whole\n" +
    "          Excel table. Only the defined names change.\n" +
    "template  Writes a new workbook with an Inputs sheet of example data; with\n" +
    "          --into, adds that sheet to BOOK for the inputs it lacks.\n" +
    "  --force         (connect, template --into) with --out, replace OUT if it\n" +
    "                  already exists\n" +
    "verify    Checks that the written results still match the workbook: exit 0\n" +
    "          if so, 3 naming each input changed and each result cell edited by hand.\n" +
    "\n" +
    "Exit codes: 0 done, no input errors; 1 done, some inputs have errors;\n" +
    "2 unreadable file, bad usage, or nothing could be written (nothing written);\n" +
    "3 (verify) the written results no longer match the workbook.",
  "usage.unknownCommand": 'Unknown command "{command}". Run mvsp-triggers --help.',
  "usage.noCommand": "No command given. Run mvsp-triggers --help.",
  "usage.unknownOption": 'Unknown option "{option}" for {command}. Run mvsp-triggers --help.',
  "usage.missingValue": "The option {option} needs a value.",
  "usage.missingFile": "{command} needs a workbook file name.",
  "usage.extraArgument": 'Unexpected argument "{argument}".',
  "usage.badDate": '"{value}" is not a date: write it as YYYY-MM-DD, e.g. 2026-09-30.',
  "usage.badLanguage": '"{value}" is not a supported language: use en, fr or es.',
  "usage.outAndInPlace": "Use either --out or --in-place, not both.",
  "usage.outIsInput": "--out names the input workbook itself; use --in-place to write into it.",
  "usage.notXlsx": "{file} is not an .xlsx file name.",
  "usage.connectArgument": "\"{argument}\" is not NAME=RANGE, such as MemberRoster='Members 2026'!A1:D80.",
  "usage.connectNothing": "connect needs at least one NAME=RANGE, such as BudgetEnvelope=Budget!B4.",
  "usage.connectTarget": "connect needs --out OUT.xlsx or --in-place.",
  "usage.forceWithoutOut": "--force goes with --out: it lets an existing OUT.xlsx be replaced.",
  "usage.templateTarget": "template --into needs --out OUT.xlsx or --in-place; template NEW.xlsx takes neither.",
  "usage.badFormat": '"{value}" is not an output format: use table or text.',
  "usage.formatAndJson": "Use either --json or --format, not both.",
  "file.cannotRead": "Could not read {file}: {reason}",
  "file.cannotWrite": "Could not write {file}: {reason}. Nothing was written.",
  "file.exists": "{file} already exists; choose another name or delete it first.",
  "file.written": "Wrote {file}.",
  "file.notFound": "the file does not exist",
  "file.notWorkbook": "it is not an Excel workbook (.xlsx)",
  "conflict.header": "Nothing was written: the add-in's outputs would overwrite sheets it did not create.",
  "preserve.header": "{file} holds parts this command line cannot keep when it rewrites a workbook, so it was left unchanged:",
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
