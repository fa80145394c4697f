import type { WhatIfKey } from "../en/what-if";

export const whatIf: Readonly<Record<WhatIfKey, string>> = {
  "whatIf.intro": "Pruebe un escenario: se evalúa solo aquí; no se escribe nada en el libro.",
  "whatIf.evaluateFirst": "Evalúe primero: el escenario parte de los datos actuales del libro.",
  "whatIf.resultLabel": "Resultado del escenario",
  "whatIf.outcomeLabel": "Resultado:",
  "whatIf.becomes": "pasa a",
  "whatIf.asInWorkbook": "(como en el libro)",
  "whatIf.indicatorLabel": "{name}:",
  "whatIf.noChange":
    "{count, plural, one {Ningún cambio de estado: # indicador conserva el suyo.} other {Ningún cambio de estado: # indicadores conservan el suyo.}}",
  "whatIf.kept":
    "{count, plural, =0 {Ningún indicador conserva su estado.} one {# indicador más conserva su estado.} other {# indicadores más conservan su estado.}}",
  "whatIf.fixFields":
    "{count, plural, one {Corrija el campo señalado abajo para ver el escenario.} other {Corrija los # campos señalados abajo para ver el escenario.}}",
  "whatIf.tier1Lost": "Bajas de miembros de nivel 1",
  "whatIf.otherLost": "Bajas de otros niveles",
  "whatIf.newMembers": "Nuevas adhesiones",
  "whatIf.spendChange": "Variación del gasto previsto (%)",
  "whatIf.delayedQuarter": "Ingresos de un trimestre aplazados al siguiente",
  "whatIf.delayedNone": "Ninguno",
  "whatIf.service": "Servicio básico",
  "whatIf.serviceChange": "Variación de su costo (%)",
  "whatIf.noServices": "No se leyó ningún costo de servicio básico.",
  "whatIf.rangeHint": "De {min} a {max}",
  "whatIf.rangeCount": "Introduzca un número entero de {min} a {max}.",
  "whatIf.rangePercent": "Introduzca un porcentaje de {min} a {max}.",
  "whatIf.factorsHint": "Evaluación del Consejo de Administración, Sí cuando está activado.",
  "whatIf.factorWorkbook": "En el libro: {answer}",
  "whatIf.factorNotAssessed": "Aún no valorado por el Consejo",
  "whatIf.factorTried": "Aún no valorado por el Consejo; prueba: {answer}",
  "whatIf.yes": "Sí",
  "whatIf.no": "No",
  "whatIf.reset": "Borrar el escenario",
};
