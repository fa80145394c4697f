/** English: one sentence per indicator outcome. `...Pct` and `...Usd` parameters arrive formatted. */
export const explanations = {
  noData:
    "Not evaluated: {count, plural, one {input missing or invalid} other {inputs missing or invalid}} ({names}); see the input problems.",
  "active_members.met":
    "{active, plural, one {# active member} other {# active members}}, below {min}; members lost in the last {months} months: {lost}, all Tier 1 ({feeUsd} a year in fees).",
  "active_members.metCounts":
    "{active, plural, one {# active member} other {# active members}}, below {min}, and the members lost were all Tier 1.",
  "active_members.metCountOnly":
    "{active, plural, one {# active member} other {# active members}}, below {min} (the Tier 1 condition is turned off in the settings).",
  "active_members.metUnchecked":
    "{active, plural, one {# active member} other {# active members}}, below {min}; whether the members lost were all Tier 1 was not checked.",
  "active_members.nearTierFails":
    "{active, plural, one {# active member} other {# active members}}, below {min}, but not all members lost were Tier 1: {lostTier1} of {lost} in the last {months} months.",
  "active_members.near":
    "{active, plural, one {# active member} other {# active members}}: not below {min} yet, but within the warning level of {warn}.",
  "active_members.notMet": "{active, plural, one {# active member} other {# active members}}, above the warning level of {warn}.",
  "new_members.met": "New members in the last {months} months: {count}, fewer than the minimum of {min}.",
  "new_members.near": "New members in the last {months} months: {count}, exactly the minimum of {min}.",
  "new_members.notMet": "New members in the last {months} months: {count}, more than the minimum of {min}.",
  "spend_vs_envelope.met": "Planned spend of {spendUsd} is {overPct} over the envelope of {envelopeUsd}, above the trigger of {maxPct}.",
  "spend_vs_envelope.near":
    "Planned spend of {spendUsd} is {overPct} over the envelope of {envelopeUsd}: above the warning level of {warnPct}, not above the trigger of {maxPct}.",
  "spend_vs_envelope.notMet":
    "Planned spend of {spendUsd} is {overPct} over the envelope of {envelopeUsd}, below the warning level of {warnPct}.",
  "spend_vs_envelope.atWarning":
    "Planned spend of {spendUsd} is {overPct} over the envelope of {envelopeUsd}, at the warning level of {warnPct} but not above it.",
  "spend_vs_envelope.withinEnvelope": "Planned spend of {spendUsd} stays within the envelope of {envelopeUsd}.",
  "cash_deficit_quarters.met":
    "Projected quarters closing below the minimum reserve of {reserveUsd}: {count} of {total} (longest run: {run}), more than {max}.",
  "cash_deficit_quarters.near":
    "Projected quarters closing below the minimum reserve of {reserveUsd}: {count} of {total}, exactly the limit of {max}.",
  "cash_deficit_quarters.notMet": "Projected quarters closing below the minimum reserve of {reserveUsd}: {count} of {total}.",
  "core_service_cost.any.met": "{service} costs {variancePct} more than its historical average, above the trigger of {maxPct}.",
  "core_service_cost.any.near":
    "{service} costs {variancePct} more than its historical average: above the warning level of {warnPct}, not above the trigger of {maxPct}.",
  "core_service_cost.any.notMet":
    "No core service costs more than {warnPct} above its historical average (highest: {service}, {variancePct}).",
  "core_service_cost.aggregate.met":
    "{count, plural, one {The one core service costs} other {The # core services together cost}} {variancePct} more than {count, plural, one {its} other {their}} historical average, above the trigger of {maxPct}.",
  "core_service_cost.aggregate.near":
    "{count, plural, one {The one core service costs} other {The # core services together cost}} {variancePct} more than {count, plural, one {its} other {their}} historical average: above the warning level of {warnPct}, not above the trigger of {maxPct}.",
  "core_service_cost.aggregate.notMet":
    "{count, plural, one {The one core service costs} other {The # core services together cost}} {variancePct} compared with {count, plural, one {its} other {their}} historical average, not above the warning level of {warnPct}.",
  "external.yes": "The Board assessed factor {factor} as Yes: {evidence}",
  "external.yesNoEvidence": "The Board assessed factor {factor} as Yes, with no evidence recorded.",
  "external.no": "The Board assessed factor {factor} as No.",
  "external.notAssessed": "The Board has not yet assessed factor {factor}.",
  noDataDate:
    "Not evaluated: the evaluation date (EvaluationDate) cannot be read, and this indicator is never evaluated as of another day.",
  "margin.active_members.toMeet": "{count, plural, one {# more member leaving} other {# more members leaving}} would meet it.",
  "margin.active_members.toMeet.one": "1 more member leaving would meet it.",
  "margin.active_members.met": "Met: {count, plural, one {# member} other {# members}} below the trigger.",
  "margin.active_members.met.one": "Met: 1 member below the trigger.",
  "margin.active_members.tierFails": "Already below the trigger of {min}; it is met only when every member lost in the window was Tier 1.",
  "margin.new_members.toMeet": "{count, plural, one {# fewer new member} other {# fewer new members}} would meet it.",
  "margin.new_members.toMeet.one": "1 fewer new member would meet it.",
  "margin.new_members.met": "Met: {count, plural, one {# new member} other {# new members}} below the trigger.",
  "margin.new_members.met.one": "Met: 1 new member below the trigger.",
  "margin.spend_vs_envelope.toMeet": "{amountUsd} more planned spend would meet it.",
  "margin.spend_vs_envelope.met": "Met: planned spend is {amountUsd} above the amount that meets the trigger.",
  "margin.cash_deficit_quarters.toMeet": "{count, plural, one {# more quarter} other {# more quarters}} in deficit would meet it.",
  "margin.cash_deficit_quarters.toMeet.one": "1 more quarter in deficit would meet it.",
  "margin.cash_deficit_quarters.met": "Met: {count, plural, one {# quarter} other {# quarters}} in deficit past the trigger.",
  "margin.cash_deficit_quarters.met.one": "Met: 1 quarter in deficit past the trigger.",
  "margin.core_service_cost.any.toMeet": "{service} costing {amountUsd} more would meet it.",
  "margin.core_service_cost.any.met": "Met: {service} costs {amountUsd} more than the cost that meets the trigger.",
  "margin.core_service_cost.aggregate.toMeet": "The core services together costing {amountUsd} more would meet it.",
  "margin.core_service_cost.aggregate.met": "Met: the core services together cost {amountUsd} more than the cost that meets the trigger.",
};
