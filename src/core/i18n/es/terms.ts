import type { Catalogue } from "../catalogue";

export const terms: Catalogue["terms"] = {
  "category.membership": "Base de miembros",
  "category.finance": "Situación financiera",
  "category.external": "Factores externos",
  "indicator.active_members": "Organizaciones miembro activas",
  "indicator.new_members": "Nuevos miembros en los últimos 12 meses",
  "indicator.spend_vs_envelope": "Gasto previsto por encima de la asignación presupuestaria",
  "indicator.cash_deficit_quarters": "Trimestres previstos con déficit de tesorería",
  "indicator.core_service_cost": "Costo de los servicios básicos frente al promedio histórico",
  "indicator.external_funding": "Pérdida o retraso de financiación externa o alianzas importantes",
  "indicator.policy_relevance": "Los cambios políticos mundiales reducen la pertinencia de los datos de la IATI",
  "indicator.stakeholder_prioritisation": "Evaluaciones o partes interesadas piden priorizar servicios con urgencia",
  "status.met": "Cumplido",
  "status.near": "Cerca",
  "status.not_met": "No cumplido",
  "status.no_data": "Sin datos",
  "outcome.consider_mvsp": "Considerar activar el MVSP",
  "outcome.monitor": "Vigilar",
  "outcome.no_trigger": "Sin activación",
  "outcome.consider_mvsp.sentence":
    "Se cumplen {met} de 8 indicadores: la Junta debería considerar activar el Producto de Servicio Mínimo Viable.",
  "outcome.monitor.sentence":
    "{met} de 8 indicadores cumplidos y {near} cerca del umbral: seguir vigilando de cerca; aún no se indica la activación.",
  "outcome.no_trigger.sentence": "Sin activación: {met} de 8 indicadores cumplidos y {near} cerca del umbral.",
  "outcome.incomplete": "La evaluación está incompleta: {noData} de 8 indicadores sin datos.",
  "outcome.boardDecides": "El complemento recomienda; la Junta decide.",
  "yes": "Sí",
  "no": "No",
  "unit.members": "miembros",
  "unit.quarters": "trimestres",
};
