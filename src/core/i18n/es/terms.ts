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
  "status.met": "Alcanzado",
  "status.near": "Cerca del umbral",
  "status.not_met": "No alcanzado",
  "status.no_data": "Sin datos",
  "outcome.consider_mvsp": "Considerar activar el MVSP",
  "outcome.monitor": "Vigilar",
  "outcome.no_trigger": "Sin activación",
  "outcome.consider_mvsp.sentence":
    "{met, plural, one {Se alcanza # de 8 indicadores} other {Se alcanzan # de 8 indicadores}}: el Consejo de Administración debería considerar activar el Producto de Servicio Mínimo Viable (MVSP).",
  "outcome.monitor.sentence":
    "{met, plural, one {# de 8 indicadores alcanzado} other {# de 8 indicadores alcanzados}} y {near} cerca del umbral: siga vigilando de cerca; aún no se indica la activación.",
  "outcome.no_trigger.sentence":
    "Sin activación: {met, plural, one {# de 8 indicadores alcanzado} other {# de 8 indicadores alcanzados}} y {near} cerca del umbral.",
  "outcome.incomplete": "Incompleto: sin conclusión",
  "outcome.boardDecides": "MVSP Trigger Monitor recomienda; la decisión corresponde al Consejo de Administración.",
  yes: "Sí",
  no: "No",
  /** The word the template's example evidence starts with: while it does, the evaluation warns. */
  "example.mark": "Ejemplo",
  "unit.members": "miembros",
  "unit.quarters": "trimestres",
  "amount.members": "{n, plural, one {{count}\u00a0miembro} other {{count}\u00a0miembros}}",
  "amount.quarters": "{n, plural, one {{count}\u00a0trimestre} other {{count}\u00a0trimestres}}",
  // Log headers and short names: every language always at hand, to recognise a log's language.
  "log.col.timestamp": "Evaluado el",
  "log.col.evaluationDate": "Fecha de evaluación",
  "log.col.outcome": "Resultado",
  "log.col.met": "Alcanzados",
  "log.col.near": "Cerca",
  "log.col.noData": "Sin datos",
  "log.col.value": "{indicator}: valor",
  "log.col.status": "{indicator}: estado",
  "log.col.settings": "Parámetros aplicados",
  "log.col.version": "Versión",
  "log.col.preparedBy": "Preparado por",
  "log.col.fingerprint": "Huella de los datos",
  "log.col.inputFingerprints": "Huella de cada dato",
  "log.col.settingsFingerprint": "Huella de la configuración",
  "short.active_members": "Miembros activos",
  "short.new_members": "Nuevos miembros",
  "short.spend_vs_envelope": "Gasto sobre la asignación",
  "short.cash_deficit_quarters": "Trimestres con déficit",
  "short.core_service_cost": "Costo de servicios básicos",
  "short.external_funding": "E1 Financiación externa",
  "short.policy_relevance": "E2 Pertinencia política",
  "short.stakeholder_prioritisation": "E3 Priorización",
  "outcome.incomplete.sentence":
    "No se puede concluir: {met, plural, one {se alcanza # de 8 indicadores} other {se alcanzan # de 8 indicadores}} y {noData, plural, one {# no tiene datos} other {# no tienen datos}} ({missing}); contándolos, podrían alcanzarse {needed} o más. No se extrae ninguna conclusión hasta que esos datos estén completos.",
  "outcome.incompleteNote":
    "La evaluación está incompleta: {noData, plural, one {# de 8 indicadores no tiene datos} other {# de 8 indicadores no tienen datos}} ({missing}).",
  /** A calendar quarter beside a date: 2026 Q3. */
  "quarter.label": "T{quarter} {year}",
  /** A label and its value: French puts a no-break space before the colon. */
  "punct.labelled": "{label}: {value}",
};
