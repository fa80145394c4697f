import type { PaneCatalogue } from "../catalogue";

export const pane: PaneCatalogue = {
  "app.loading": "Cargando…",
  "app.language": "Idioma",
  "language.en": "English",
  "language.fr": "Français",
  "language.es": "Español",
  "tabs.label": "Vistas",
  "tabs.results": "Resultados",
  "tabs.problems": "Problemas",
  "tabs.problemsCount": "Problemas ({count})",
  "tabs.settings": "Configuración",
  "tabs.whatIf": "Simulación",

  "evaluate.button": "Evaluar activadores",
  "evaluate.running": "Evaluando…",
  "evaluate.intro":
    "Lee los datos de este libro, evalúa los ocho indicadores de activación del MVSP y escribe las celdas de estado, la hoja de resumen y el registro.",
  "evaluate.notWritten": "Los resultados siguientes no se escribieron en el libro:",
  "evaluate.written": "Se actualizaron las celdas de estado, la hoja de resumen y el registro.",
  "evaluate.announce": "Evaluación terminada. {outcome}. {met} cumplido(s), {near} cerca, {noData} sin datos.",

  "banner.date": "Fecha de evaluación: {date}",
  "banner.counts": "Cumplidos: {met} · Cerca: {near} · Sin datos: {noData}",
  "banner.previous": "Evaluación anterior ({date}): {outcome}",

  "indicator.value": "Medido: {value}",
  "indicator.threshold": "Se cumple si {threshold}",
  "indicator.noValue": "—",
  "change.new": "Nuevo desde la última evaluación",
  "change.worse": "Más cerca de la activación: era {status}",
  "change.better": "Más lejos de la activación: era {status}",
  "change.other": "Cambió: era {status}",

  "problems.none": "No hay problemas en los datos.",
  "problems.evaluateFirst": "Evalúe para comprobar los datos del libro.",
  "problems.error": "Error",
  "problems.warning": "Advertencia",
  "problems.goTo": "Ir a la celda",
  "problems.goToLabel": "Ir a la celda {cell}",
  "problems.goToFailed": "No se pudo seleccionar {cell}: {message}",
  "problems.summary": "{errors} error(es), {warnings} advertencia(s)",

  "template.title": "Faltan datos",
  "template.body":
    "Este libro no define los nombres de datos que necesita la evaluación. Inserte una hoja Inputs con todos los datos, ejemplos y la tabla de configuración; no se modifica ninguna hoja existente.",
  "template.button": "Insertar plantilla",
  "template.inserting": "Insertando…",
  "template.done": "Se insertó la hoja Inputs. Sustituya los datos de ejemplo y luego evalúe.",
  "template.failed": "No se pudo insertar la plantilla: {message}",



  "whatIf.intro": "Pruebe un escenario: el resultado se recalcula solo aquí; no se escribe nada en el libro.",
  "whatIf.evaluateFirst": "Evalúe primero: el escenario parte de los datos actuales del libro.",
  "whatIf.tier1Lost": "Miembros de nivel 1 que se van ahora",
  "whatIf.otherLost": "Miembros de otros niveles que se van ahora",
  "whatIf.newMembers": "Miembros nuevos que se adhieren ahora",
  "whatIf.spendChange": "Variación del gasto previsto (%)",
  "whatIf.delayedQuarter": "Ingresos de un trimestre aplazados al siguiente",
  "whatIf.delayedNone": "Ninguno",
  "whatIf.service": "Servicio básico",
  "whatIf.serviceChange": "Variación de su costo (%)",
  "whatIf.noServices": "No se leyó ningún costo de servicio básico.",
  "whatIf.reset": "Borrar el escenario",
  "whatIf.result": "Resultado del escenario: {outcome}",
  "whatIf.unchanged": "El mismo resultado que el libro.",
  "whatIf.changed": "Resultado del libro: {outcome}",
  "whatIf.invalid": "Introduzca un número.",
  "whatIf.workbookStatus": "en el libro: {status}",

  "selfTest.open": "Comprobar este Excel",
};
