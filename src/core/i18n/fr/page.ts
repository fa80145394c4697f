import type { Catalogue } from "../catalogue";

export const page: Catalogue["page"] = {
  "margin.active_members.toMeet": "{n, plural, one {#\u00a0départ de plus} other {#\u00a0départs de plus}}",
  "margin.active_members.met": "{n, plural, one {#\u00a0membre sous le seuil} other {#\u00a0membres sous le seuil}}",
  "margin.active_members.tierFails": "sous le seuil, départs pas tous de niveau 1",
  "margin.new_members.toMeet": "{n, plural, one {#\u00a0adhésion de moins} other {#\u00a0adhésions de moins}}",
  "margin.new_members.met": "{n, plural, one {#\u00a0adhésion sous le seuil} other {#\u00a0adhésions sous le seuil}}",
  "margin.spend_vs_envelope.toMeet": "{amountUsd} de plus",
  "margin.spend_vs_envelope.met": "dépassé de {amountUsd}",
  "margin.cash_deficit_quarters.toMeet": "{n, plural, one {#\u00a0trimestre de plus} other {#\u00a0trimestres de plus}}",
  "margin.cash_deficit_quarters.met": "{n, plural, one {dépassé de #\u00a0trimestre} other {dépassé de #\u00a0trimestres}}",
  "margin.core_service_cost.toMeet": "{amountUsd} de plus",
  "margin.core_service_cost.met": "dépassé de {amountUsd}",

  "previous.unchanged": "inchangé",
  "signoff.preparedBy": "Établi par",
  "signoff.reviewedBy": "Vérifié par",
  "signoff.date": "Date",
};
