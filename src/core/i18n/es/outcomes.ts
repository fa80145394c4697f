import type { Catalogue } from "../catalogue";

/** Español: el resultado en frases (el resumen, el párrafo para el Consejo, el panel). */
export const outcomes: Catalogue["outcomes"] = {
  consider_mvsp:
    "{met, plural, one {Se alcanza # de 8 indicadores} other {Se alcanzan # de 8 indicadores}}: el Consejo de Administración debería considerar activar el Producto de Servicio Mínimo Viable (MVSP).",
  monitor:
    "{met, plural, one {# de 8 indicadores alcanzado} other {# de 8 indicadores alcanzados}} y {near} cerca del umbral: siga vigilando de cerca; aún no se indica la activación.",
  no_trigger:
    "Sin activación: {met, plural, one {# de 8 indicadores alcanzado} other {# de 8 indicadores alcanzados}} y {near} cerca del umbral.",
  incomplete:
    "No se puede concluir: {met, plural, one {se alcanza # de 8 indicadores} other {se alcanzan # de 8 indicadores}} y {noData, plural, one {# no tiene datos} other {# no tienen datos}} ({missing}); contándolos, podrían alcanzarse {needed} o más. No se extrae ninguna conclusión hasta que esos datos estén completos.",
  incompleteNote:
    "La evaluación está incompleta: {noData, plural, one {# de 8 indicadores no tiene datos} other {# de 8 indicadores no tienen datos}} ({missing}).",
  boardDecides: "MVSP Trigger Monitor recomienda; la decisión corresponde al Consejo de Administración.",
};
