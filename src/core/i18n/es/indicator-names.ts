import type { Catalogue } from "../catalogue";

/** Español: los nombres completos de los ocho indicadores (el resumen, el párrafo para el Consejo, el panel). */
export const indicatorNames: Catalogue["indicatorNames"] = {
  active_members: "Organizaciones miembro activas",
  new_members: "Nuevos miembros en los últimos 12 meses",
  spend_vs_envelope: "Gasto previsto por encima de la asignación presupuestaria",
  cash_deficit_quarters: "Trimestres previstos con déficit de tesorería",
  core_service_cost: "Costo de los servicios básicos frente al promedio histórico",
  external_funding: "Pérdida o retraso de financiación externa o alianzas importantes",
  policy_relevance: "Los cambios políticos mundiales reducen la pertinencia de los datos de la IATI",
  stakeholder_prioritisation: "Evaluaciones o partes interesadas piden priorizar servicios con urgencia",
};
