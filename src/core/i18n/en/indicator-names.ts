/** English: the eight indicators' full names (the summary, the Board paragraph, the pane). Loaded with
 * the whole catalogue; the log reader needs only the short names, which stay in `terms`. */
export const indicatorNames = {
  active_members: "Active member organisations",
  new_members: "New members in the last 12 months",
  spend_vs_envelope: "Planned spend over the budget envelope",
  cash_deficit_quarters: "Projected quarters in cash deficit",
  core_service_cost: "Core service cost over historical average",
  external_funding: "Significant external funding or partnership lost or delayed",
  policy_relevance: "Global political shifts reduce the relevance of IATI data",
  stakeholder_prioritisation: "Evaluations or stakeholders call for urgent prioritisation",
};
