import type { PaneCatalogue } from "../catalogue";

export const pane: PaneCatalogue = {
  "app.loading": "Cargando…",
  "app.language": "Idioma del informe y del panel",
  "language.saved": "Guardado en este libro.",
  "language.savedNextEvaluation": "Guardado en este libro: la próxima evaluación redactará el resumen en este idioma.",
  "language.refused": "El idioma no se guardó, para no sobrescribir:",
  "language.failed": "No se pudo guardar el idioma en el libro: {message}",
  "language.en": "English",
  "language.fr": "Français",
  "language.es": "Español",
  "tabs.label": "Vistas",
  "tabs.results": "Resultados",
  "tabs.problems": "Problemas",
  "tabs.problemsCount": "Problemas ({count})",
  "tabs.settings": "Configuración",
  "tabs.whatIf": "Simulación",
  "tabs.more": "Más",
  "tabs.moreLabel": "Más vistas",

  "evaluate.button": "Evaluar activadores",
  "evaluate.running": "Evaluando…",
  "evaluate.intro":
    "Lee los datos de este libro, evalúa los ocho indicadores de activación del MVSP y escribe las celdas de estado, la hoja de resumen y el registro.",
  "evaluate.notWritten": "Los resultados siguientes no se escribieron en el libro:",
  "evaluate.written": "Escrito en el libro.",
  "evaluate.announce": "Evaluación terminada. {outcome}. {met, plural, one {# cumplido} other {# cumplidos}}, {near, plural, one {# cercano} other {# cercanos}}, {noData} sin datos.",

  "banner.date": "Fecha de evaluación: {date}",
  "banner.dateQuarter": "Fecha de evaluación: {date} ({quarter})",
  "banner.counts": "Alcanzados: {met} · Cerca: {near} · Sin datos: {noData}",
  "banner.previous": "Evaluación anterior ({date}): {outcome}",
  "banner.details": "Detalles",

  "indicator.value": "Medido: {value}",
  "indicator.valueSince": "Medido: {previous} → {value}",
  "indicator.threshold": "Se alcanza si {threshold}",
  "indicator.noValue": "—",
  "change.new": "Nuevo desde la última evaluación",
  "change.worse": "Más cerca del umbral de activación: antes {status}",
  "change.better": "Más lejos del umbral de activación: antes {status}",
  "change.other": "Cambió: antes {status}",
  "change.previous": "Última evaluación ({date}): {value}, {status}",

  "problems.none": "No hay problemas en los datos.",
  "problems.evaluateFirst": "Evalúe para comprobar los datos del libro.",
  "problems.error": "Error",
  "problems.warning": "Advertencia",
  "problems.goTo": "Ir a la celda",
  "problems.goToLabel": "Ir a la celda {cell}",
  "problems.goToFailed": "No se pudo seleccionar {cell}: {message}",
  "problems.summary": "{errors, plural, one {# error} other {# errores}}, {warnings, plural, one {# advertencia} other {# advertencias}}",
  "problems.errors": "{count, plural, one {# error} other {# errores}}",
  "problems.warnings": "{count, plural, one {# advertencia} other {# advertencias}}",

  "template.title": "Faltan datos",
  "template.body":
    "Este libro no define los nombres de datos que necesita la evaluación. Inserte una hoja Inputs con todos los datos, ejemplos y la tabla de configuración; no se modifica ninguna hoja existente.",
  "template.button": "Insertar plantilla",
  "template.inserting": "Insertando…",
  "template.done": "Se insertó la hoja Inputs. Sustituya los datos de ejemplo y luego evalúe.",
  "template.failed": "No se pudo insertar la plantilla: {message}",
  "template.refused": "No se insertó la plantilla, para no sobrescribir:",
  "firstRun.title": "Este libro aún no está preparado",
  "firstRun.body": "No contiene ninguno de los datos con nombre a partir de los cuales se evalúan los ocho activadores. Prepararlo añade una hoja Inputs con todos los datos, cifras de ejemplo para sustituir y la tabla de parámetros; no se modifica ninguna hoja existente.",
  "firstRun.button": "Preparar este libro",
  "firstRun.own": "¿Sus datos ya están aquí con otros nombres? Evalúe para ver los nombres esperados.",
  "firstRun.evaluate": "Evaluar de todos modos",
  "board.copy": "Copiar para el informe al Consejo",
  "board.copied": "Copiado: péguelo en el informe trimestral de ejecución.",
  "board.copyFailed": "Esta ventana no permite copiar: el párrafo está seleccionado abajo; pulse Ctrl+C.",
  "board.label": "Párrafo para el informe al Consejo de Administración",




  "selfTest.open": "Comprobar este Excel",
};
