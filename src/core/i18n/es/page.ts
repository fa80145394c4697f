import type { Catalogue } from "../catalogue";

export const page: Catalogue["page"] = {
  "margin.active_members.toMeet": "{n, plural, one {#\u00a0baja más} other {#\u00a0bajas más}}",
  "margin.active_members.met": "{n, plural, one {#\u00a0miembro por debajo del umbral} other {#\u00a0miembros por debajo del umbral}}",
  "margin.active_members.tierFails": "por debajo; bajas no todas de nivel 1",
  "margin.new_members.toMeet": "{n, plural, one {#\u00a0adhesión menos} other {#\u00a0adhesiones menos}}",
  "margin.new_members.met": "{n, plural, one {#\u00a0adhesión por debajo del umbral} other {#\u00a0adhesiones por debajo del umbral}}",
  "margin.spend_vs_envelope.toMeet": "{amountUsd} más",
  "margin.spend_vs_envelope.met": "superado en {amountUsd}",
  "margin.cash_deficit_quarters.toMeet": "{n, plural, one {#\u00a0trimestre más} other {#\u00a0trimestres más}}",
  "margin.cash_deficit_quarters.met": "{n, plural, one {superado en #\u00a0trimestre} other {superado en #\u00a0trimestres}}",
  "margin.core_service_cost.toMeet": "{amountUsd} más",
  "margin.core_service_cost.met": "superado en {amountUsd}",

  "previous.unchanged": "sin cambios",
  "signoff.preparedBy": "Preparado por",
  "signoff.reviewedBy": "Revisado por",
  "signoff.date": "Fecha",
};
