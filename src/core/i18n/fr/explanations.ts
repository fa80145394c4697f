import type { Catalogue } from "../catalogue";

export const explanations: Catalogue["explanations"] = {
  noData:
    "Non évalué : {count, plural, one {donnée absente ou non valide} other {données absentes ou non valides}} ({names}) ; voir les problèmes de saisie.",
  "active_members.met":
    "{active, plural, one {# membre actif} other {# membres actifs}}, moins de {min} ; membres perdus au cours des {months} derniers mois : {lost}, tous de niveau 1 ({feeUsd} de cotisations par an).",
  "active_members.metCounts":
    "{active, plural, one {# membre actif} other {# membres actifs}}, moins de {min}, et les membres perdus étaient tous de niveau 1.",
  "active_members.metCountOnly":
    "{active, plural, one {# membre actif} other {# membres actifs}}, moins de {min} (la condition relative au niveau 1 est désactivée dans les paramètres).",
  "active_members.metUnchecked":
    "{active, plural, one {# membre actif} other {# membres actifs}}, moins de {min} ; il n'a pas été vérifié que les membres perdus étaient tous de niveau 1.",
  "active_members.nearTierFails":
    "{active, plural, one {# membre actif} other {# membres actifs}}, moins de {min}, mais les membres perdus n'étaient pas tous de niveau 1 : {lostTier1} sur {lost} au cours des {months} derniers mois.",
  "active_members.near":
    "{active, plural, one {# membre actif} other {# membres actifs}} : pas encore sous le minimum de {min}, mais au seuil d'alerte ({warn}) ou en dessous.",
  "active_members.notMet": "{active, plural, one {# membre actif} other {# membres actifs}}, au-dessus du seuil d'alerte de {warn}.",
  "new_members.met": "Nouveaux membres au cours des {months} derniers mois : {count}, moins que le minimum de {min}.",
  "new_members.near": "Nouveaux membres au cours des {months} derniers mois : {count}, exactement le minimum de {min}.",
  "new_members.notMet": "Nouveaux membres au cours des {months} derniers mois : {count}, plus que le minimum de {min}.",
  "spend_vs_envelope.met":
    "Les dépenses prévues ({spendUsd}) dépassent de {overPct} l'enveloppe budgétaire ({envelopeUsd}), au-delà du seuil de déclenchement de {maxPct}.",
  "spend_vs_envelope.near":
    "Les dépenses prévues ({spendUsd}) dépassent de {overPct} l'enveloppe budgétaire ({envelopeUsd}) : au-delà du seuil d'alerte de {warnPct}, sans dépasser le seuil de déclenchement de {maxPct}.",
  "spend_vs_envelope.notMet":
    "Les dépenses prévues ({spendUsd}) dépassent de {overPct} l'enveloppe budgétaire ({envelopeUsd}), en deçà du seuil d'alerte de {warnPct}.",
  "spend_vs_envelope.atWarning":
    "Les dépenses prévues ({spendUsd}) dépassent de {overPct} l'enveloppe budgétaire ({envelopeUsd}), soit exactement le seuil d'alerte de {warnPct}, sans le franchir.",
  "spend_vs_envelope.withinEnvelope": "Les dépenses prévues ({spendUsd}) restent dans l'enveloppe budgétaire ({envelopeUsd}).",
  "cash_deficit_quarters.met":
    "Trimestres prévus clôturant sous la réserve minimale de {reserveUsd} : {count} sur {total} (plus longue série : {run}), soit plus de {max}.",
  "cash_deficit_quarters.near":
    "Trimestres prévus clôturant sous la réserve minimale de {reserveUsd} : {count} sur {total}, soit exactement la limite de {max}.",
  "cash_deficit_quarters.notMet": "Trimestres prévus clôturant sous la réserve minimale de {reserveUsd} : {count} sur {total}.",
  "core_service_cost.any.met":
    "Le coût du service {service} dépasse sa moyenne historique de {variancePct}, au-delà du seuil de déclenchement de {maxPct}.",
  "core_service_cost.any.near":
    "Le coût du service {service} dépasse sa moyenne historique de {variancePct} : au-delà du seuil d'alerte de {warnPct}, sans dépasser le seuil de déclenchement de {maxPct}.",
  "core_service_cost.any.notMet":
    "Aucun service de base ne dépasse sa moyenne historique de plus de {warnPct} (écart le plus élevé : {service}, {variancePct}).",
  "core_service_cost.aggregate.met":
    "{count, plural, one {Le service de base dépasse sa moyenne historique} other {Ensemble, les # services de base dépassent leur moyenne historique}} de {variancePct}, au-delà du seuil de déclenchement de {maxPct}.",
  "core_service_cost.aggregate.near":
    "{count, plural, one {Le service de base dépasse sa moyenne historique} other {Ensemble, les # services de base dépassent leur moyenne historique}} de {variancePct} : au-delà du seuil d'alerte de {warnPct}, sans dépasser le seuil de déclenchement de {maxPct}.",
  "core_service_cost.aggregate.notMet":
    "{count, plural, one {Le service de base s'écarte de sa moyenne historique} other {Ensemble, les # services de base s'écartent de leur moyenne historique}} de {variancePct}, sans dépasser le seuil d'alerte de {warnPct}.",
  "external.yes": "Le Conseil d'administration a répondu Oui pour le facteur {factor} : {evidence}",
  "external.yesNoEvidence": "Le Conseil d'administration a répondu Oui pour le facteur {factor}, sans justification consignée.",
  "external.no": "Le Conseil d'administration a répondu Non pour le facteur {factor}.",
  "external.notAssessed": "Le Conseil d'administration ne s'est pas encore prononcé sur le facteur {factor}.",
  noDataDate: "Non évalué : la date d'évaluation (EvaluationDate) est illisible, et cet indicateur n'est jamais évalué à une autre date.",
  "margin.active_members.toMeet": "{count, plural, one {# départ de plus suffirait} other {# départs de plus suffiraient}} à l'atteindre.",
  "margin.active_members.toMeet.one": "1 départ de plus suffirait à l'atteindre.",
  "margin.active_members.met": "Atteint : {count, plural, one {# membre} other {# membres}} sous le seuil.",
  "margin.active_members.met.one": "Atteint : 1 membre sous le seuil.",
  "margin.active_members.tierFails":
    "Déjà sous le seuil de {min} ; il n'est atteint que si tous les membres perdus sur la période étaient de niveau 1.",
  "margin.new_members.toMeet":
    "{count, plural, one {# nouveau membre de moins suffirait} other {# nouveaux membres de moins suffiraient}} à l'atteindre.",
  "margin.new_members.toMeet.one": "1 nouveau membre de moins suffirait à l'atteindre.",
  "margin.new_members.met": "Atteint : {count, plural, one {# nouveau membre} other {# nouveaux membres}} sous le seuil.",
  "margin.new_members.met.one": "Atteint : 1 nouveau membre sous le seuil.",
  "margin.spend_vs_envelope.toMeet": "Un supplément de dépenses prévues de {amountUsd} suffirait à l'atteindre.",
  "margin.spend_vs_envelope.met": "Atteint : les dépenses prévues excèdent de {amountUsd} le montant qui déclenche l'indicateur.",
  "margin.cash_deficit_quarters.toMeet":
    "{count, plural, one {# trimestre en déficit de plus suffirait} other {# trimestres en déficit de plus suffiraient}} à l'atteindre.",
  "margin.cash_deficit_quarters.toMeet.one": "1 trimestre en déficit de plus suffirait à l'atteindre.",
  "margin.cash_deficit_quarters.met": "Atteint : {count, plural, one {# trimestre} other {# trimestres}} en déficit au-delà du seuil.",
  "margin.cash_deficit_quarters.met.one": "Atteint : 1 trimestre en déficit au-delà du seuil.",
  "margin.core_service_cost.any.toMeet": "Un coût de {service} supérieur de {amountUsd} suffirait à l'atteindre.",
  "margin.core_service_cost.any.met": "Atteint : le coût de {service} excède de {amountUsd} le montant qui déclenche l'indicateur.",
  "margin.core_service_cost.aggregate.toMeet": "Un coût total des services de base supérieur de {amountUsd} suffirait à l'atteindre.",
  "margin.core_service_cost.aggregate.met":
    "Atteint : le coût total des services de base excède de {amountUsd} le montant qui déclenche l'indicateur.",
};
