/** English: one sentence per indicator outcome. `...Pct` and `...Usd` parameters arrive formatted. */
export const explanations = {
  noData: "Not evaluated: the input it needs ({names}) is missing or invalid; see the input problems.",
  "active_members.met":
    "{active} active members, below {min}; members lost in the last {months} months: {lost}, all Tier 1 ({feeUsd} a year in fees).",
  "active_members.metCounts": "{active} active members, below {min}, and the members lost were all Tier 1.",
  "active_members.metCountOnly": "{active} active members, below {min} (the Tier 1 condition is turned off in the settings).",
  "active_members.metUnchecked": "{active} active members, below {min}; whether the members lost were all Tier 1 was not checked.",
  "active_members.nearTierFails":
    "{active} active members, below {min}, but not all members lost were Tier 1: {lostTier1} of {lost} in the last {months} months.",
  "active_members.near": "{active} active members: not below {min} yet, but within the warning level of {warn}.",
  "active_members.notMet": "{active} active members, above the warning level of {warn}.",
  "new_members.met": "New members in the last {months} months: {count}, fewer than the minimum of {min}.",
  "new_members.near": "New members in the last {months} months: {count}, exactly the minimum of {min}.",
  "new_members.notMet": "New members in the last {months} months: {count}, more than the minimum of {min}.",
  "spend_vs_envelope.met": "Planned spend of {spendUsd} exceeds the envelope of {envelopeUsd} by {overPct}, more than {maxPct}.",
  "spend_vs_envelope.near":
    "Planned spend of {spendUsd} exceeds the envelope of {envelopeUsd} by {overPct}: past the warning level of {warnPct}, not more than {maxPct}.",
  "spend_vs_envelope.notMet": "Planned spend of {spendUsd} exceeds the envelope of {envelopeUsd} by {overPct}, within the warning level of {warnPct}.",
  "spend_vs_envelope.withinEnvelope": "Planned spend of {spendUsd} stays within the envelope of {envelopeUsd}.",
  "cash_deficit_quarters.met":
    "Projected quarters closing below the minimum reserve of {reserveUsd}: {count} of {total} (longest run: {run}), more than {max}.",
  "cash_deficit_quarters.near": "Projected quarters closing below the minimum reserve of {reserveUsd}: {count} of {total}, exactly the limit of {max}.",
  "cash_deficit_quarters.notMet": "Projected quarters closing below the minimum reserve of {reserveUsd}: {count} of {total}.",
  "core_service_cost.any.met": "{service} costs {variancePct} more than its historical average, above the limit of {maxPct}.",
  "core_service_cost.any.near": "{service} costs {variancePct} more than its historical average: past the warning level of {warnPct}, not above {maxPct}.",
  "core_service_cost.any.notMet": "No core service costs more than {warnPct} above its historical average (highest: {service}, {variancePct}).",
  "core_service_cost.aggregate.met": "The {count} core services together cost {variancePct} more than their historical average, above the limit of {maxPct}.",
  "core_service_cost.aggregate.near":
    "The {count} core services together cost {variancePct} more than their historical average: past the warning level of {warnPct}, not above {maxPct}.",
  "core_service_cost.aggregate.notMet": "The {count} core services together cost {variancePct} compared with their historical average, within {warnPct}.",
  "external.yes": "The Board assessed factor {factor} as Yes: {evidence}",
  "external.yesNoEvidence": "The Board assessed factor {factor} as Yes, with no evidence recorded.",
  "external.no": "The Board assessed factor {factor} as No.",
  "external.notAssessed": "The Board has not yet assessed factor {factor}.",
};
