/**
 * English: connecting a workbook's own cells to the inputs (the CLI's `inputs`, `connect` and
 * `template --into`, and the task pane's Inputs view). Loaded only where used. The reference:
 * fr and es must have the same keys.
 */
export const connect = {
  "state.connected": "Connected: {address}",
  "state.table": "Connected: Excel table {table}, {address}",
  "state.missing": "Missing",
  "state.missingOptional": "Not connected (optional)",
  "state.notNeeded": "Not needed: {other} is connected",
  "state.problem": "Problem",
  "read.amount": "{amount}",
  "read.plannedSpend": "{cells, plural, one {# amount} other {# amounts}}, {amount} in all",
  "read.cashFlow": "{count, plural, one {# quarter} other {# quarters}}, {deficit} in deficit",
  "read.roster": "{rows, plural, one {# row} other {# rows}}, {active, plural, one {# active member} other {# active members}} on {date}",
  "read.services": "{count, plural, one {# service} other {# services}}",
  "read.factors": "{count, plural, one {# factor} other {# factors}}, {assessed} assessed",
  "read.date": "{date}",
  "read.value": "{value}",
  "read.settings": "{count, plural, =0 {no setting: the defaults apply} one {# setting} other {# settings}}",
  "shape.unknownInput": "{name} is not an input of the workbook; the inputs are {list}.",
  "shape.multiArea": "{address} has several separate areas: select one block of cells.",
  "shape.otherWorkbook": "{address} is in another workbook: select cells of this workbook.",
  "shape.badRange": "{address} is not a range of this workbook: write it as Sheet!A1:D80.",
  "shape.notWorksheet": "{sheet} is not a worksheet: select cells of a worksheet.",
  "shape.emptyColumn": "{address} is a whole column with nothing typed in it: select the cells that hold {name}.",
  "shape.wholeColumn":
    "{requested} is a whole column: {name} was set on its used cells, {address}. Extend the name if you add rows below them.",
  "shape.hiddenSheet": "{address} is on the hidden sheet {sheet}: readers of the workbook will not see the cells it reads.",
  "shape.sheetScoped":
    "The sheet {sheet} has a name {name} of its own ({formula}): its formulas read that one, not the workbook's. Rename or delete it in Name Manager.",
  "shape.overlap": "{address} overlaps {other} ({otherAddress}): the same cells cannot feed two inputs.",
  "shape.table": "{address} is the Excel table {table}: {name} refers to the table, so it grows with it.",
  "shape.unchanged": "{name} already refers to {address}.",
  "shape.repoint": "{name} refers to {old} today; it would refer to {new}.",
  "cli.inputs.header": "Inputs of {file}:",
  "cli.inputs.none":
    "None of the inputs is connected. Connect them with: mvsp-triggers connect {file} NAME=RANGE... --in-place, or add an Inputs sheet: mvsp-triggers template --into {file} --in-place.",
  "cli.connect.defined": "{name} → {address}",
  "cli.connect.repointed": "{name}: {old} → {new}",
  "cli.connect.nothing": "Nothing was written.",
  "cli.connect.noChange": "Every name already refers to those cells: nothing was written.",
  "cli.template.into": "Added the sheet {sheet} to {file}; it defines {names}.",
  "cli.template.kept": "Already connected, left as they are: {names}.",
  "cli.template.nothing": "{file} already has every input: nothing was added.",
  "cli.template.next":
    "Next: replace the example data with your own (the evaluation warns while any remains), then run: mvsp-triggers evaluate {file} --in-place",
  "cli.noInputs":
    "Nothing was written: {file} has none of the inputs. See them with mvsp-triggers inputs {file}; point them at your cells with mvsp-triggers connect {file} NAME=RANGE... --in-place; or add an Inputs sheet with mvsp-triggers template --into {file} --in-place.",
  "pane.title": "Inputs",
  "pane.intro": "Each input of the evaluation and the cells it reads. Select cells in the sheet, then use them for an input.",
  "pane.use": "Use selected cells",
  "pane.goTo": "Go to",
  "pane.confirmTitle": "Point {name} at other cells?",
  "pane.confirm": "Point it there",
  "pane.cancel": "Cancel",
  "pane.defined": "{name} now refers to {address}.",
  "pane.refused": "{name} was not changed: {reason}",
  "pane.noSelection": "Select the cells first.",
  "pane.evaluateAgain": "Evaluate again to use the new cells.",
};

export type ConnectKey = keyof typeof connect;
