/** English: the What-if view's words, loaded with that view. The reference: fr and es must have the same keys. */
export const whatIf = {
  "whatIf.intro": "Try a scenario: it is evaluated here only; nothing is written to the workbook.",
  "whatIf.evaluateFirst": "Evaluate first: the scenario starts from the workbook's current inputs.",
  "whatIf.resultLabel": "Scenario result",
  "whatIf.outcomeLabel": "Outcome:",
  "whatIf.becomes": "becomes",
  "whatIf.asInWorkbook": "(as in the workbook)",
  "whatIf.indicatorLabel": "{name}:",
  "whatIf.noChange":
    "{count, plural, one {No status changes: # indicator keeps its status.} other {No status changes: # indicators keep their status.}}",
  "whatIf.kept":
    "{count, plural, =0 {No indicator keeps its status.} one {# other indicator keeps its status.} other {# other indicators keep their status.}}",
  "whatIf.fixFields":
    "{count, plural, one {Fix the field marked below to see the scenario.} other {Fix the # fields marked below to see the scenario.}}",
  "whatIf.tier1Lost": "Tier 1 members leaving now",
  "whatIf.otherLost": "Other-tier members leaving now",
  "whatIf.newMembers": "New members joining now",
  "whatIf.spendChange": "Change in planned spend (%)",
  "whatIf.delayedQuarter": "Inflows of a quarter delayed to the next",
  "whatIf.delayedNone": "None",
  "whatIf.service": "Core service",
  "whatIf.serviceChange": "Change in its cost (%)",
  "whatIf.noServices": "No core service costs were read.",
  "whatIf.rangeHint": "From {min} to {max}",
  "whatIf.rangeCount": "Enter a whole number from {min} to {max}.",
  "whatIf.rangePercent": "Enter a percentage from {min} to {max}.",
  "whatIf.factorsHint": "The Board's assessment, Yes when on.",
  "whatIf.factorWorkbook": "In the workbook: {answer}",
  "whatIf.factorNotAssessed": "Not assessed in the workbook",
  "whatIf.factorTried": "Not assessed in the workbook; tried: {answer}",
  "whatIf.yes": "Yes",
  "whatIf.no": "No",
  "whatIf.reset": "Clear scenario",
};

export type WhatIfKey = keyof typeof whatIf;
