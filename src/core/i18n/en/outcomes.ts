/**
 * English: the outcome in sentences (the summary, the Board paragraph, the pane). Loaded with the
 * whole catalogue; the log reader needs only the outcome words, which stay in `terms`.
 */
export const outcomes = {
  consider_mvsp:
    "{met, plural, one {# of 8 indicators is met} other {# of 8 indicators are met}}: the Board should consider activating the Minimum Viable Service Product.",
  monitor: "{met} of 8 indicators met and {near} near the threshold: keep monitoring closely; no activation is indicated yet.",
  no_trigger: "No trigger: {met} of 8 indicators met and {near} near the threshold.",
  incomplete:
    "Cannot conclude: {met, plural, one {# of 8 indicators is met} other {# of 8 indicators are met}} and {noData, plural, one {# has no data} other {# have no data}} ({missing}); with them, {needed} or more could be met. No conclusion is drawn until their inputs are complete.",
  incompleteNote:
    "The evaluation is incomplete: {noData, plural, one {# of 8 indicators has no data} other {# of 8 indicators have no data}} ({missing}).",
  boardDecides: "The add-in recommends; the Board decides.",
};
