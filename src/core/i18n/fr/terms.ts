import type { Catalogue } from "../catalogue";

export const terms: Catalogue["terms"] = {
  "category.membership": "Base de membres",
  "category.finance": "Situation financière",
  "category.external": "Facteurs externes",
  "indicator.active_members": "Organisations membres actives",
  "indicator.new_members": "Nouveaux membres au cours des 12 derniers mois",
  "indicator.spend_vs_envelope": "Dépassement de l'enveloppe budgétaire par les dépenses prévues",
  "indicator.cash_deficit_quarters": "Trimestres prévus en déficit de trésorerie",
  "indicator.core_service_cost": "Coût des services de base par rapport à la moyenne historique",
  "indicator.external_funding": "Perte ou retard de financements externes ou de partenariats importants",
  "indicator.policy_relevance": "Les évolutions politiques mondiales réduisent la pertinence des données de l'IITA",
  "indicator.stakeholder_prioritisation": "Évaluations ou parties prenantes demandant une hiérarchisation urgente",
  "status.met": "Atteint",
  "status.near": "Proche",
  "status.not_met": "Non atteint",
  "status.no_data": "Sans données",
  "outcome.consider_mvsp": "Envisager le recours au MVSP",
  "outcome.monitor": "Surveiller",
  "outcome.no_trigger": "Aucun déclenchement",
  "outcome.consider_mvsp.sentence":
    "{met} indicateurs sur 8 sont atteints : le Conseil d'administration devrait envisager de recourir au produit de service minimum viable.",
  "outcome.monitor.sentence":
    "{met} indicateur(s) sur 8 atteint(s) et {near} proche(s) du seuil : poursuivre une surveillance étroite ; aucun recours n'est encore indiqué.",
  "outcome.no_trigger.sentence": "Aucun déclenchement : {met} indicateur(s) sur 8 atteint(s) et {near} proche(s) du seuil.",
  "outcome.incomplete": "L'évaluation est incomplète : {noData} indicateur(s) sur 8 sans données.",
  "outcome.boardDecides": "Le complément recommande ; le Conseil d'administration décide.",
  "yes": "Oui",
  "no": "Non",
  "unit.members": "membres",
  "unit.quarters": "trimestres",
};
