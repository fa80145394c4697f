import type { Catalogue } from "../catalogue";

export const explanations: Catalogue["explanations"] = {
  noData:
    "No evaluado: {count, plural, one {dato ausente o no válido} other {datos ausentes o no válidos}} ({names}); consulte los problemas de los datos de entrada.",
  "active_members.met":
    "{active, plural, one {# miembro activo} other {# miembros activos}}, menos de {min}; miembros dados de baja en los últimos {months} meses: {lost}, todos de nivel 1 ({feeUsd} anuales en cuotas).",
  "active_members.metCounts":
    "{active, plural, one {# miembro activo} other {# miembros activos}}, menos de {min}, y los miembros dados de baja eran todos de nivel 1.",
  "active_members.metCountOnly":
    "{active, plural, one {# miembro activo} other {# miembros activos}}, menos de {min} (la condición de nivel 1 está desactivada en la configuración).",
  "active_members.metUnchecked":
    "{active, plural, one {# miembro activo} other {# miembros activos}}, menos de {min}; no se comprobó si los miembros dados de baja eran todos de nivel 1.",
  "active_members.nearTierFails":
    "{active, plural, one {# miembro activo} other {# miembros activos}}, menos de {min}, pero no todos los miembros dados de baja eran de nivel 1: {lostTier1} de {lost} en los últimos {months} meses.",
  "active_members.near":
    "{active, plural, one {# miembro activo} other {# miembros activos}}: aún no por debajo de {min}, pero en el nivel de alerta ({warn}) o por debajo.",
  "active_members.notMet": "{active, plural, one {# miembro activo} other {# miembros activos}}, por encima del nivel de alerta de {warn}.",
  "new_members.met": "Miembros nuevos en los últimos {months} meses: {count}, menos que el mínimo de {min}.",
  "new_members.near": "Miembros nuevos en los últimos {months} meses: {count}, exactamente el mínimo de {min}.",
  "new_members.notMet": "Miembros nuevos en los últimos {months} meses: {count}, más que el mínimo de {min}.",
  "spend_vs_envelope.met":
    "El gasto previsto de {spendUsd} supera en {overPct} la asignación de {envelopeUsd}, por encima del umbral de activación de {maxPct}.",
  "spend_vs_envelope.near":
    "El gasto previsto de {spendUsd} supera en {overPct} la asignación de {envelopeUsd}: por encima del nivel de alerta de {warnPct}, sin superar el umbral de activación de {maxPct}.",
  "spend_vs_envelope.notMet":
    "El gasto previsto de {spendUsd} supera en {overPct} la asignación de {envelopeUsd}, por debajo del nivel de alerta de {warnPct}.",
  "spend_vs_envelope.atWarning":
    "El gasto previsto de {spendUsd} supera en {overPct} la asignación de {envelopeUsd}, justo en el nivel de alerta de {warnPct}, sin superarlo.",
  "spend_vs_envelope.withinEnvelope": "El gasto previsto de {spendUsd} se mantiene dentro de la asignación de {envelopeUsd}.",
  "cash_deficit_quarters.met":
    "Trimestres previstos que cierran por debajo de la reserva mínima de {reserveUsd}: {count} de {total} (racha más larga: {run}), más de {max}.",
  "cash_deficit_quarters.near":
    "Trimestres previstos que cierran por debajo de la reserva mínima de {reserveUsd}: {count} de {total}, exactamente el límite de {max}.",
  "cash_deficit_quarters.notMet": "Trimestres previstos que cierran por debajo de la reserva mínima de {reserveUsd}: {count} de {total}.",
  "core_service_cost.any.met":
    "{service} cuesta {variancePct} más que su promedio histórico, por encima del umbral de activación de {maxPct}.",
  "core_service_cost.any.near":
    "{service} cuesta {variancePct} más que su promedio histórico: por encima del nivel de alerta de {warnPct}, sin superar el umbral de activación de {maxPct}.",
  "core_service_cost.any.notMet":
    "Ningún servicio básico supera su promedio histórico en más de {warnPct} (el más alto: {service}, {variancePct}).",
  "core_service_cost.aggregate.met":
    "{count, plural, one {El servicio básico cuesta} other {Los # servicios básicos cuestan en conjunto}} {variancePct} más que su promedio histórico, por encima del umbral de activación de {maxPct}.",
  "core_service_cost.aggregate.near":
    "{count, plural, one {El servicio básico cuesta} other {Los # servicios básicos cuestan en conjunto}} {variancePct} más que su promedio histórico: por encima del nivel de alerta de {warnPct}, sin superar el umbral de activación de {maxPct}.",
  "core_service_cost.aggregate.notMet":
    "{count, plural, one {El servicio básico se desvía} other {Los # servicios básicos se desvían en conjunto}} {variancePct} respecto de su promedio histórico, sin superar el nivel de alerta de {warnPct}.",
  "external.yes": "El Consejo de Administración evaluó el factor {factor} como Sí: {evidence}",
  "external.yesNoEvidence": "El Consejo de Administración evaluó el factor {factor} como Sí, sin justificación registrada.",
  "external.no": "El Consejo de Administración evaluó el factor {factor} como No.",
  "external.notAssessed": "El Consejo de Administración aún no ha evaluado el factor {factor}.",
  noDataDate: "No evaluado: la fecha de evaluación (EvaluationDate) no se puede leer, y este indicador nunca se evalúa en otra fecha.",
  "margin.active_members.toMeet": "La salida de {count, plural, one {# miembro más} other {# miembros más}} lo alcanzaría.",
  "margin.active_members.toMeet.one": "La salida de 1 miembro más lo alcanzaría.",
  "margin.active_members.met": "Alcanzado: {count, plural, one {# miembro} other {# miembros}} por debajo del umbral.",
  "margin.active_members.met.one": "Alcanzado: 1 miembro por debajo del umbral.",
  "margin.active_members.tierFails":
    "Ya por debajo del umbral de {min}; solo se alcanza si todos los miembros dados de baja en el periodo eran de nivel 1.",
  "margin.new_members.toMeet": "{count, plural, one {# miembro nuevo menos lo alcanzaría} other {# miembros nuevos menos lo alcanzarían}}.",
  "margin.new_members.toMeet.one": "1 miembro nuevo menos lo alcanzaría.",
  "margin.new_members.met": "Alcanzado: {count, plural, one {# miembro nuevo} other {# miembros nuevos}} por debajo del umbral.",
  "margin.new_members.met.one": "Alcanzado: 1 miembro nuevo por debajo del umbral.",
  "margin.spend_vs_envelope.toMeet": "{amountUsd} más de gasto previsto lo alcanzarían.",
  "margin.spend_vs_envelope.met": "Alcanzado: el gasto previsto supera en {amountUsd} el importe que activa el indicador.",
  "margin.cash_deficit_quarters.toMeet":
    "{count, plural, one {# trimestre más en déficit lo alcanzaría} other {# trimestres más en déficit lo alcanzarían}}.",
  "margin.cash_deficit_quarters.toMeet.one": "1 trimestre más en déficit lo alcanzaría.",
  "margin.cash_deficit_quarters.met":
    "Alcanzado: {count, plural, one {# trimestre} other {# trimestres}} en déficit por encima del umbral.",
  "margin.cash_deficit_quarters.met.one": "Alcanzado: 1 trimestre en déficit por encima del umbral.",
  "margin.core_service_cost.any.toMeet": "Un costo de {service} superior en {amountUsd} lo alcanzaría.",
  "margin.core_service_cost.any.met": "Alcanzado: {service} cuesta {amountUsd} más que el costo que activa el indicador.",
  "margin.core_service_cost.aggregate.toMeet": "Un costo total de los servicios básicos superior en {amountUsd} lo alcanzaría.",
  "margin.core_service_cost.aggregate.met":
    "Alcanzado: los servicios básicos cuestan en conjunto {amountUsd} más que el costo que activa el indicador.",
};
