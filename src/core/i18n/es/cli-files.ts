/** Español: lo que dice la línea de comandos sobre los archivos (lectura, escritura, rechazos). */
import type { cliFiles as en } from "../en/cli-files";

export const cliFiles: { readonly [K in keyof typeof en]: string } = {
  "usage.notWorkbookName": "{file} no es un nombre de libro (.xlsx o .xlsm).",
  "usage.outWithMany": "--out admite un solo libro; con varios, use --in-place o ninguna opción.",
  "file.rangeTooLarge": "el nombre {name} abarca {cells} celdas usadas, más de las {limit} que lee este comando",
  "file.readOnly": "{file} es de solo lectura, así que no se escribió nada. Quite la marca de solo lectura o escriba una copia con --out.",
  "file.locked": "Otra ejecución de mvsp-triggers está escribiendo {file}; no se escribió nada. Vuelva a intentarlo cuando termine.",
  "file.changedMeanwhile":
    "{file} cambió durante la evaluación (¿se guardó desde Excel u otro programa?); no se escribió nada. Evalúelo de nuevo.",
  "verify.failed":
    "El libro escrito no se relee según lo previsto ({detail}), por lo que no se escribió {file}. Por favor, informe del problema.",
  "refuse.header": "{file} no se modificó: {reason}.",
  "refuse.report": "El resumen y el registro se escribieron en un informe aparte: {file} (su registro conserva cada evaluación).",
  "refuse.reportIsInput": "El informe aparte sería {file}, el propio libro leído; no se escribió nada. Use --out con otro nombre.",
  "refuse.pivotTable": "la celda de estado {where} está dentro de una tabla dinámica",
  "refuse.arrayFormula": "la celda de estado {where} forma parte de una fórmula matricial",
  "refuse.dataTable": "la celda de estado {where} forma parte de una tabla de datos (análisis de hipótesis)",
  "refuse.tableHeader": "la celda de estado {where} es un encabezado de una tabla de Excel",
  "refuse.mergedCell": "la celda de estado {where} está en celdas combinadas sin ser la primera",
  "refuse.notWorksheet": "{where} es una hoja de gráfico, no una hoja de cálculo",
  "refuse.other": "escribir {where} podría cambiar algo que no pertenece a MVSP Trigger Monitor",
  "many.header": "== {file} ==",
};
