import type { Catalogue } from "../catalogue";

export const terms: Catalogue["terms"] = {
  "category.membership": "Base de membres",
  "category.finance": "Situation financière",
  "category.external": "Facteurs externes",
  "indicator.active_members": "Organisations membres actives",
  "indicator.new_members": "Nouveaux membres au cours des 12 derniers mois",
  "indicator.spend_vs_envelope": "Dépenses prévues au-delà de l'enveloppe budgétaire disponible",
  "indicator.cash_deficit_quarters": "Trimestres en déficit de trésorerie prévisionnel",
  "indicator.core_service_cost": "Coût par service de base par rapport à la moyenne historique",
  "indicator.external_funding": "Perte ou retard de financements externes ou de partenariats importants",
  "indicator.policy_relevance": "Les évolutions politiques mondiales réduisent la pertinence des données de l'IITA",
  "indicator.stakeholder_prioritisation": "Évaluations ou parties prenantes appelant à hiérarchiser d'urgence les services",
  "status.met": "Atteint",
  "status.near": "Proche du seuil",
  "status.not_met": "Non atteint",
  "status.no_data": "Non renseigné",
  "outcome.consider_mvsp": "Envisager le recours au MVSP",
  "outcome.monitor": "Surveiller",
  "outcome.no_trigger": "Aucun déclenchement",
  "outcome.consider_mvsp.sentence":
    "{met, plural, one {# indicateur sur 8 est atteint} other {# indicateurs sur 8 sont atteints}} : le Conseil d'administration devrait envisager de recourir au produit de service minimum viable (MVSP).",
  "outcome.monitor.sentence":
    "{met, plural, one {# indicateur sur 8 atteint} other {# indicateurs sur 8 atteints}} et {near, plural, one {# proche du seuil} other {# proches du seuil}} : poursuivre une surveillance étroite ; le recours au MVSP n'est pas encore indiqué.",
  "outcome.no_trigger.sentence":
    "Aucun déclenchement : {met, plural, one {# indicateur sur 8 atteint} other {# indicateurs sur 8 atteints}} et {near, plural, one {# proche du seuil} other {# proches du seuil}}.",
  "outcome.incomplete": "Incomplet : aucune conclusion",
  "outcome.boardDecides": "MVSP Trigger Monitor recommande ; la décision revient au Conseil d'administration.",
  yes: "Oui",
  no: "Non",
  /** The word the template's example evidence starts with: while it does, the evaluation warns. */
  "example.mark": "Exemple",
  "unit.members": "membres",
  "unit.quarters": "trimestres",
  "amount.members": "{n, plural, one {{count}\u00a0membre} other {{count}\u00a0membres}}",
  "amount.quarters": "{n, plural, one {{count}\u00a0trimestre} other {{count}\u00a0trimestres}}",
  // Log headers and short names: every language always at hand, to recognise a log's language.
  "log.col.timestamp": "Évalué le",
  "log.col.evaluationDate": "Date d'évaluation",
  "log.col.outcome": "Résultat",
  "log.col.met": "Atteints",
  "log.col.near": "Proches",
  "log.col.noData": "Sans données",
  "log.col.value": "{indicator} : valeur",
  "log.col.status": "{indicator} : statut",
  "log.col.settings": "Paramètres appliqués",
  "log.col.version": "Version",
  "log.col.preparedBy": "Établi par",
  "log.col.fingerprint": "Empreinte des données",
  "log.col.inputFingerprints": "Empreinte de chaque donnée",
  "log.col.settingsFingerprint": "Empreinte des paramètres",
  "short.active_members": "Membres actifs",
  "short.new_members": "Nouveaux membres",
  "short.spend_vs_envelope": "Dépassement de l'enveloppe",
  "short.cash_deficit_quarters": "Trimestres en déficit",
  "short.core_service_cost": "Coût des services de base",
  "short.external_funding": "E1 Financements externes",
  "short.policy_relevance": "E2 Pertinence politique",
  "short.stakeholder_prioritisation": "E3 Hiérarchisation",
  "outcome.incomplete.sentence":
    "Impossible de conclure : {met, plural, one {# indicateur sur 8 atteint} other {# indicateurs sur 8 atteints}} et {noData, plural, one {# non renseigné} other {# non renseignés}} ({missing}) ; en les comptant, {needed} indicateurs ou plus pourraient être atteints. Aucune conclusion n'est tirée tant que ces données ne sont pas complètes.",
  "outcome.incompleteNote":
    "L'évaluation est incomplète : {noData, plural, one {# indicateur sur 8 non renseigné} other {# indicateurs sur 8 non renseignés}} ({missing}).",
  /** A calendar quarter beside a date: 2026 Q3. */
  "quarter.label": "T{quarter} {year}",
  /** A label and its value: French puts a no-break space before the colon. */
  "punct.labelled": "{label}\u00a0: {value}",
};
