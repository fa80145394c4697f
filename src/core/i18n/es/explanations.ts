import type { Catalogue } from "../catalogue";

export const explanations: Catalogue["explanations"] = {
  noData: "No evaluado: falta el dato necesario ({names}) o no es válido; consulte los problemas de entrada.",
  "active_members.met":
    "{active} miembros activos, menos de {min}; miembros perdidos en los últimos {months} meses: {lost}, todos de nivel 1 ({feeUsd} anuales en cuotas).",
  "active_members.metCounts": "{active} miembros activos, menos de {min}, y los miembros perdidos eran todos de nivel 1.",
  "active_members.metCountOnly": "{active} miembros activos, menos de {min} (la condición de nivel 1 está desactivada en la configuración).",
  "active_members.metUnchecked": "{active} miembros activos, menos de {min}; no se comprobó si los miembros perdidos eran todos de nivel 1.",
  "active_members.nearTierFails":
    "{active} miembros activos, menos de {min}, pero no todos los miembros perdidos eran de nivel 1: {lostTier1} de {lost} en los últimos {months} meses.",
  "active_members.near": "{active} miembros activos: aún no menos de {min}, pero dentro del nivel de alerta de {warn}.",
  "active_members.notMet": "{active} miembros activos, por encima del nivel de alerta de {warn}.",
  "new_members.met": "Miembros nuevos en los últimos {months} meses: {count}, menos que el mínimo de {min}.",
  "new_members.near": "Miembros nuevos en los últimos {months} meses: {count}, exactamente el mínimo de {min}.",
  "new_members.notMet": "Miembros nuevos en los últimos {months} meses: {count}, más que el mínimo de {min}.",
  "spend_vs_envelope.met": "El gasto previsto de {spendUsd} supera la asignación de {envelopeUsd} en {overPct}, más del {maxPct}.",
  "spend_vs_envelope.near":
    "El gasto previsto de {spendUsd} supera la asignación de {envelopeUsd} en {overPct}: por encima del nivel de alerta de {warnPct}, sin superar {maxPct}.",
  "spend_vs_envelope.notMet": "El gasto previsto de {spendUsd} supera la asignación de {envelopeUsd} en {overPct}, dentro del nivel de alerta de {warnPct}.",
  "spend_vs_envelope.withinEnvelope": "El gasto previsto de {spendUsd} se mantiene dentro de la asignación de {envelopeUsd}.",
  "cash_deficit_quarters.met":
    "Trimestres previstos que cierran por debajo de la reserva mínima de {reserveUsd}: {count} de {total} (racha más larga: {run}), más de {max}.",
  "cash_deficit_quarters.near": "Trimestres previstos que cierran por debajo de la reserva mínima de {reserveUsd}: {count} de {total}, exactamente el límite de {max}.",
  "cash_deficit_quarters.notMet": "Trimestres previstos que cierran por debajo de la reserva mínima de {reserveUsd}: {count} de {total}.",
  "core_service_cost.any.met": "{service} cuesta {variancePct} más que su promedio histórico, por encima del límite de {maxPct}.",
  "core_service_cost.any.near":
    "{service} cuesta {variancePct} más que su promedio histórico: por encima del nivel de alerta de {warnPct}, sin superar {maxPct}.",
  "core_service_cost.any.notMet": "Ningún servicio básico supera su promedio histórico en más de {warnPct} (el más alto: {service}, {variancePct}).",
  "core_service_cost.aggregate.met":
    "Los {count} servicios básicos cuestan en conjunto {variancePct} más que su promedio histórico, por encima del límite de {maxPct}.",
  "core_service_cost.aggregate.near":
    "Los {count} servicios básicos cuestan en conjunto {variancePct} más que su promedio histórico: por encima del nivel de alerta de {warnPct}, sin superar {maxPct}.",
  "core_service_cost.aggregate.notMet":
    "Los {count} servicios básicos cuestan en conjunto {variancePct} respecto de su promedio histórico, dentro de {warnPct}.",
  "external.yes": "La Junta evaluó el factor {factor} como Sí: {evidence}",
  "external.yesNoEvidence": "La Junta evaluó el factor {factor} como Sí, sin justificación registrada.",
  "external.no": "La Junta evaluó el factor {factor} como No.",
  "external.notAssessed": "La Junta aún no ha evaluado el factor {factor}.",
};
