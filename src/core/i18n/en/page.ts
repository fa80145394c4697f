/**
 * English: page (the Board's printed page and every face that shows a margin). A margin is
 * always said in words, never as a signed number: a treasurer reads "−2" as a shortfall.
 * `{count}` and `{amountUsd}` arrive formatted.
 */
export const page = {
  "margin.active_members.toMeet": "{n, plural, one {# more leaving} other {# more leaving}}",
  "margin.active_members.met": "{n, plural, one {met by #} other {met by #}}",
  "margin.active_members.tierFails": "below it; not all Tier 1",
  "margin.new_members.toMeet": "{n, plural, one {# fewer joining} other {# fewer joining}}",
  "margin.new_members.met": "{n, plural, one {met by #} other {met by #}}",
  "margin.spend_vs_envelope.toMeet": "{amountUsd} more",
  "margin.spend_vs_envelope.met": "met by {amountUsd}",
  "margin.cash_deficit_quarters.toMeet": "{n, plural, one {# more quarter} other {# more quarters}}",
  "margin.cash_deficit_quarters.met": "met by {n, plural, one {# quarter} other {# quarters}}",
  "margin.core_service_cost.toMeet": "{amountUsd} more",
  "margin.core_service_cost.met": "met by {amountUsd}",

  /** "Previous → now" when the value shows the same as at the previous evaluation. */
  "previous.unchanged": "unchanged",
  "signoff.preparedBy": "Prepared by",
  "signoff.reviewedBy": "Reviewed by",
  "signoff.date": "Date",
};
