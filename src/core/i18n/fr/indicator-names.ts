import type { Catalogue } from "../catalogue";

/** Français : les noms complets des huit indicateurs (la synthèse, le paragraphe pour le Conseil, le volet). */
export const indicatorNames: Catalogue["indicatorNames"] = {
  active_members: "Organisations membres actives",
  new_members: "Nouveaux membres au cours des 12 derniers mois",
  spend_vs_envelope: "Dépenses prévues au-delà de l'enveloppe budgétaire disponible",
  cash_deficit_quarters: "Trimestres en déficit de trésorerie prévisionnel",
  core_service_cost: "Coût par service de base par rapport à la moyenne historique",
  external_funding: "Perte ou retard de financements externes ou de partenariats importants",
  policy_relevance: "Les évolutions politiques mondiales réduisent la pertinence des données de l'IITA",
  stakeholder_prioritisation: "Évaluations ou parties prenantes appelant à hiérarchiser d'urgence les services",
};
