/** English: the words of the review check ("is this page still true?"): summary, `verify`, task pane. The reference: fr and es carry the same keys. */
export const review = {
  "review.inputsChanged": "Inputs changed since this evaluation: evaluate again",
  "review.current": "Still true: the inputs, the status cells and the summary are as evaluated on {date}.",
  "review.notCurrent": "No longer true: the workbook has changed since the evaluation of {date}.",
  "review.changedInputs": "{count, plural, one {Input changed: {names}.} other {Inputs changed: {names}.}}",
  "review.unnamedChange": "The inputs changed; this log row is older than the per-input fingerprints, so the input cannot be named.",
  "review.editedCells": "{count, plural, one {Result cell edited by hand:} other {Result cells edited by hand:}}",
  "review.editedCell": "{cell}: written {written}, found {found}",
  "review.empty": "(empty)",
  "review.evaluateAgain": "Evaluate again to bring the results up to date.",
  "review.noEvaluation": "{file}: no evaluation to verify; evaluate the workbook first.",
  "review.loggedAt": "Evaluation logged on {timestamp}.",
  "review.usage": "Usage: mvsp-triggers verify BOOK.xlsx [--json]",
} as const;

export type ReviewKey = keyof typeof review;
