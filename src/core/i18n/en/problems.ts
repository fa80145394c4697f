/**
 * English: problems, one sentence per ProblemCode. The reference catalogue: fr and es must have
 * the same keys. Each names the range ({name}) and cell ({cell}) and says what was expected.
 * Placeholders: {found} the offending value as shown in Excel; {header}/{expected} for headers;
 * {key}/{allowed}/{default} for settings; {id} an external factor; {joined} a date.
 */
export const problems = {
  nameMissing:
    "The workbook has no defined name {name}. Connect it to the cells that hold this input (the task pane's Inputs view, or mvsp-triggers connect), or add the template's Inputs sheet.",
  nameBroken: "The defined name {name} refers to cells that no longer exist ({found}). Point it at the cells that hold this input.",
  nameMultiArea: "The defined name {name} refers to several separate areas ({found}). It must refer to one block of cells.",
  nameNotRange: "The defined name {name} is not a range of cells ({found}). It must refer to cells of a worksheet in this workbook.",
  rangeEmpty: "{name} ({cell}) is empty: a value is required here.",
  expectedNumber: "{name} ({cell}): expected a whole number, 0 or more; found “{found}”.",
  expectedAmount:
    "{name} ({cell}): expected an amount in USD, such as 3080000 or 3,080,000; found “{found}”, which cannot be read without guessing.",
  amountTooLarge:
    "{name} ({cell}): “{found}” is more than any budget holds; amounts are read up to 1,000,000,000,000 USD (one trillion), positive or negative. Check the cell for extra digits or a wrong unit.",
  expectedNonNegative:
    "{name} ({cell}): expected an amount of 0 or more; found “{found}”. Enter inflows, outflows, costs and fees as positive amounts.",
  expectedPositive: "{name} ({cell}): expected a number greater than 0; found “{found}”.",
  expectedPercent: "{name} ({cell}): expected a percentage, such as 20% or 0.2; found “{found}”.",
  expectedDate: "{name} ({cell}): expected a date (a date cell, or text in the form 2026-03-31); found “{found}”.",
  expectedYesNo: "{name} ({cell}): expected Yes or No; found “{found}”.",
  expectedTier: "{name} ({cell}): expected a membership tier, a whole number from 1 (such as 1 or Tier 1); found “{found}”.",
  expectedText: "{name} ({cell}): this cell is blank but the rest of its row is filled in; enter a name here.",
  errorValue: "{name} ({cell}) holds the error value {found}. Correct the formula, or the cells it refers to.",
  uncalculated:
    "{name} ({cell}): calculated value missing: open and save the workbook in Excel. This formula has never been calculated (the file was written by a program), so its result is unknown.",
  headerMissing: "{name} ({cell}): no “{header}” column. Its first row must contain one of these headers: {expected}.",
  headerDuplicate: "{name} ({cell}): the “{header}” column appears twice (here as “{found}”). Keep only one.",
  expectedSingleCell: "{name} ({cell}) must refer to a single cell.",
  expectedSingleColumn: "{name} ({cell}) must refer to a single cell or a single column.",
  settingUnknown: "{name} ({cell}): “{found}” is not a known setting, so this row is ignored.",
  settingInvalid:
    "{name} ({cell}): “{found}” is not a valid value for {key} (allowed: {allowed}). The default, {default}, is used instead.",
  settingInconsistent:
    "{name} ({cell}): {key} ({found}) and {other} ({otherValue}, {otherCell}) contradict each other: the warning level must be reached before the trigger level. The trigger level written applies; the warning band is empty until they agree.",
  duplicateKey: "{name} ({cell}): “{found}” appears more than once. Keep only one row for it; until then it is not used.",
  factorMissing: "{name} ({cell}): there is no row for factor {found}. Its indicator has no data until the row is added.",
  factorUnknown: "{name} ({cell}): “{found}” is not a factor ID (E1, E2 or E3), so this row is ignored.",
  notAssessed: "{name} ({cell}): factor {id} has not been assessed yet (Yes or No), so its indicator has no data.",
  yesWithoutEvidence:
    "{name} ({cell}): factor {id} is assessed Yes but no evidence is recorded. It still counts as met; record the evidence for the Board.",
  tierNotChecked:
    "{name} is missing or blank, so whether every lost member was Tier 1 is not checked: the count of active members alone decides.",
  leftBeforeJoined: "{name} ({cell}): the leaving date {found} is before the joining date {joined}.",
  historicalNotPositive:
    "{name} ({cell}): the historical average must be greater than 0 to compare the current cost with it; found “{found}”.",
  envelopeNotPositive: "{name} ({cell}): the budget envelope must be an amount greater than 0; found “{found}”.",
  sheetNotOwned: "The sheet {name} exists but was not created by MVSP Trigger Monitor; rename or delete it, then evaluate again.",
  sheetExists: "A sheet named {name} already exists; rename or delete it, then insert the template again.",
  workbookUnsupported: "This workbook cannot be read. Save it as an Excel workbook (.xlsx) and try again.",
  moreProblems: "{name}: {count, plural, one {# more problem in this range is} other {# more problems in this range are}} not listed.",
  settingsTableBlocked:
    "The settings table {name} cannot grow: {rows, plural, one {the row below it, {cell}, is} other {the # rows below it, {cell}, are}} not empty. Move those cells or add the missing keys to the table yourself.",
  noEvaluationDate:
    "No evaluation date: evaluated as of {date}. Define EvaluationDate on the cell that holds the quarter-end date, so that the report says which day it describes.",
  exampleMembers:
    "{cell} still {count, plural, one {holds # of the template's example members} other {hold # of the template's example members}}: replace them with your own roster before reporting.",
  exampleEvidence: "{cell} still holds the template's example evidence: replace it with your own before reporting.",
  templateNotNeeded: "The workbook already has every input of the template: nothing was added.",
  rowsBelow:
    "Rows typed below {name} ({cell}) are not part of it: extend {name} (Formulas > Name Manager) over them, or make it an Excel table, so they are counted.",
  nameSheetScoped:
    "The name {name} is defined for the sheet {sheet} only. Define it for the whole workbook (Formulas > Name Manager, scope: Workbook) so that it can be read.",
  statusCellShared:
    "{name} ({cell}) refers to the same cell as {names}: no status was written there, since one would overwrite the other. Give each Status_ name a cell of its own.",
  statusCellHoldsData:
    "{name} ({cell}) refers to a cell that holds your data (“{found}”): no status was written there, so nothing of yours is overwritten. Point {name} at an empty cell.",
  logFull:
    "Nothing was written: the evaluation log is full, its last row ({cell}) is in use and Excel has no row below it. Move the log's older rows to another workbook (keep its header row), then evaluate again.",
};
