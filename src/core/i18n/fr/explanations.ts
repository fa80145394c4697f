import type { Catalogue } from "../catalogue";

export const explanations: Catalogue["explanations"] = {
  noData: "Non évalué : {count, plural, one {donnée absente ou non valide} other {données absentes ou non valides}} ({names}) ; voir les problèmes de saisie.",
  "active_members.met":
    "{active} membres actifs, moins de {min} ; membres perdus au cours des {months} derniers mois : {lost}, tous de niveau 1 ({feeUsd} de cotisations par an).",
  "active_members.metCounts": "{active} membres actifs, moins de {min}, et les membres perdus étaient tous de niveau 1.",
  "active_members.metCountOnly": "{active} membres actifs, moins de {min} (la condition de niveau 1 est désactivée dans les paramètres).",
  "active_members.metUnchecked": "{active} membres actifs, moins de {min} ; il n'a pas été vérifié que les membres perdus étaient tous de niveau 1.",
  "active_members.nearTierFails":
    "{active} membres actifs, moins de {min}, mais les membres perdus n'étaient pas tous de niveau 1 : {lostTier1} sur {lost} au cours des {months} derniers mois.",
  "active_members.near": "{active} membres actifs : pas encore moins de {min}, mais dans la zone d'alerte de {warn}.",
  "active_members.notMet": "{active} membres actifs, au-dessus du seuil d'alerte de {warn}.",
  "new_members.met": "Nouveaux membres au cours des {months} derniers mois : {count}, moins que le minimum de {min}.",
  "new_members.near": "Nouveaux membres au cours des {months} derniers mois : {count}, exactement le minimum de {min}.",
  "new_members.notMet": "Nouveaux membres au cours des {months} derniers mois : {count}, plus que le minimum de {min}.",
  "spend_vs_envelope.met": "Les dépenses prévues de {spendUsd} dépassent l'enveloppe de {envelopeUsd} de {overPct}, soit plus de {maxPct}.",
  "spend_vs_envelope.near":
    "Les dépenses prévues de {spendUsd} dépassent l'enveloppe de {envelopeUsd} de {overPct} : au-delà du seuil d'alerte de {warnPct}, sans dépasser {maxPct}.",
  "spend_vs_envelope.notMet": "Les dépenses prévues de {spendUsd} dépassent l'enveloppe de {envelopeUsd} de {overPct}, sous le seuil d'alerte de {warnPct}.",
  "spend_vs_envelope.withinEnvelope": "Les dépenses prévues de {spendUsd} restent dans l'enveloppe de {envelopeUsd}.",
  "cash_deficit_quarters.met":
    "Trimestres prévus se terminant sous la réserve minimale de {reserveUsd} : {count} sur {total} (plus longue série : {run}), soit plus de {max}.",
  "cash_deficit_quarters.near": "Trimestres prévus se terminant sous la réserve minimale de {reserveUsd} : {count} sur {total}, exactement la limite de {max}.",
  "cash_deficit_quarters.notMet": "Trimestres prévus se terminant sous la réserve minimale de {reserveUsd} : {count} sur {total}.",
  "core_service_cost.any.met": "Le service {service} coûte {variancePct} de plus que sa moyenne historique, au-delà de la limite de {maxPct}.",
  "core_service_cost.any.near":
    "Le service {service} coûte {variancePct} de plus que sa moyenne historique : au-delà du seuil d'alerte de {warnPct}, sans dépasser {maxPct}.",
  "core_service_cost.any.notMet": "Aucun service de base ne dépasse sa moyenne historique de plus de {warnPct} (le plus élevé : {service}, {variancePct}).",
  "core_service_cost.aggregate.met":
    "Les {count} services de base coûtent ensemble {variancePct} de plus que leur moyenne historique, au-delà de la limite de {maxPct}.",
  "core_service_cost.aggregate.near":
    "Les {count} services de base coûtent ensemble {variancePct} de plus que leur moyenne historique : au-delà du seuil d'alerte de {warnPct}, sans dépasser {maxPct}.",
  "core_service_cost.aggregate.notMet":
    "Les {count} services de base coûtent ensemble {variancePct} par rapport à leur moyenne historique, dans la limite de {warnPct}.",
  "external.yes": "Le Conseil d'administration a évalué le facteur {factor} à Oui : {evidence}",
  "external.yesNoEvidence": "Le Conseil d'administration a évalué le facteur {factor} à Oui, sans justification enregistrée.",
  "external.no": "Le Conseil d'administration a évalué le facteur {factor} à Non.",
  "external.notAssessed": "Le Conseil d'administration n'a pas encore évalué le facteur {factor}.",
  "noDataDate": "Non évalué : la date d'évaluation (EvaluationDate) est illisible, et cet indicateur n'est jamais évalué à une autre date.",
  "margin.active_members.toMeet": "Le départ de {count} membres de plus l'atteindrait.",
  "margin.active_members.toMeet.one": "Le départ d'1 membre de plus l'atteindrait.",
  "margin.active_members.met": "Atteint : {count} membres sous le seuil.",
  "margin.active_members.met.one": "Atteint : 1 membre sous le seuil.",
  "margin.active_members.tierFails": "Déjà sous le seuil de {min} ; il n'est atteint que si tous les membres perdus sur la période étaient de niveau 1.",
  "margin.new_members.toMeet": "{count} nouveaux membres de moins l'atteindraient.",
  "margin.new_members.toMeet.one": "1 nouveau membre de moins l'atteindrait.",
  "margin.new_members.met": "Atteint : {count} nouveaux membres sous le seuil.",
  "margin.new_members.met.one": "Atteint : 1 nouveau membre sous le seuil.",
  "margin.spend_vs_envelope.toMeet": "{amountUsd} de dépenses prévues en plus l'atteindraient.",
  "margin.spend_vs_envelope.met": "Atteint : les dépenses prévues dépassent le seuil de {amountUsd}.",
  "margin.cash_deficit_quarters.toMeet": "{count} trimestres en déficit de plus l'atteindraient.",
  "margin.cash_deficit_quarters.toMeet.one": "1 trimestre en déficit de plus l'atteindrait.",
  "margin.cash_deficit_quarters.met": "Atteint : {count} trimestres en déficit au-delà du seuil.",
  "margin.cash_deficit_quarters.met.one": "Atteint : 1 trimestre en déficit au-delà du seuil.",
  "margin.core_service_cost.any.toMeet": "Un coût de {service} supérieur de {amountUsd} l'atteindrait.",
  "margin.core_service_cost.any.met": "Atteint : {service} coûte {amountUsd} de plus que son seuil.",
  "margin.core_service_cost.aggregate.toMeet": "Un coût total des services de base supérieur de {amountUsd} l'atteindrait.",
  "margin.core_service_cost.aggregate.met": "Atteint : les services de base coûtent ensemble {amountUsd} de plus que le seuil.",
};
