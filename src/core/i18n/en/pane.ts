/** English: pane. The reference catalogue: fr and es must have the same keys. */
export const pane = {
  "app.loading": "Loading…",
  "app.language": "Language",
  "language.en": "English",
  "language.fr": "Français",
  "language.es": "Español",
  "tabs.label": "Views",
  "tabs.results": "Results",
  "tabs.problems": "Problems",
  "tabs.problemsCount": "Problems ({count})",
  "tabs.settings": "Settings",
  "tabs.whatIf": "What-if",

  "evaluate.button": "Evaluate triggers",
  "evaluate.running": "Evaluating…",
  "evaluate.intro":
    "Reads the inputs of this workbook, evaluates the eight MVSP trigger indicators and writes the status cells, the summary sheet and the log.",
  "evaluate.notWritten": "The results below were not written to the workbook:",
  "evaluate.written": "Status cells, the summary sheet and the log were updated.",
  "evaluate.announce": "Evaluation finished. {outcome}. {met} met, {near} near, {noData} without data.",

  "banner.date": "Evaluation date: {date}",
  "banner.counts": "Met: {met} · Near: {near} · No data: {noData}",
  "banner.previous": "Previous evaluation ({date}): {outcome}",

  "indicator.value": "Measured: {value}",
  "indicator.threshold": "Met when {threshold}",
  "indicator.noValue": "—",
  "change.new": "New since the last evaluation",
  "change.worse": "Closer to the trigger: was {status}",
  "change.better": "Further from the trigger: was {status}",
  "change.other": "Changed: was {status}",

  "problems.none": "No input problems.",
  "problems.evaluateFirst": "Evaluate to check the workbook's inputs.",
  "problems.error": "Error",
  "problems.warning": "Warning",
  "problems.goTo": "Go to cell",
  "problems.goToLabel": "Go to cell {cell}",
  "problems.goToFailed": "Could not select {cell}: {message}",
  "problems.summary": "{errors} error(s), {warnings} warning(s)",

  "template.title": "Inputs are missing",
  "template.body":
    "This workbook does not define the named inputs the evaluation needs. Insert an Inputs sheet with every input, example data and the settings table; no existing sheet is changed.",
  "template.button": "Insert template",
  "template.inserting": "Inserting…",
  "template.done": "The Inputs sheet was inserted. Replace the example data, then evaluate.",
  "template.failed": "The template could not be inserted: {message}",



  "whatIf.intro": "Try a scenario: the outcome is recomputed here only; nothing is written to the workbook.",
  "whatIf.evaluateFirst": "Evaluate first: the scenario starts from the workbook's current inputs.",
  "whatIf.tier1Lost": "Tier 1 members leaving now",
  "whatIf.otherLost": "Other-tier members leaving now",
  "whatIf.newMembers": "New members joining now",
  "whatIf.spendChange": "Change in planned spend (%)",
  "whatIf.delayedQuarter": "Inflows of a quarter delayed to the next",
  "whatIf.delayedNone": "None",
  "whatIf.service": "Core service",
  "whatIf.serviceChange": "Change in its cost (%)",
  "whatIf.noServices": "No core service costs were read.",
  "whatIf.reset": "Clear scenario",
  "whatIf.result": "Scenario result: {outcome}",
  "whatIf.unchanged": "Same outcome as the workbook.",
  "whatIf.changed": "Workbook outcome: {outcome}",
  "whatIf.invalid": "Enter a number.",
  "whatIf.workbookStatus": "in the workbook: {status}",

  "selfTest.open": "Check this Excel",
};
