import type { CliCatalogue } from "../catalogue";

export const cli: CliCatalogue = {
  help:
    "Uso:\n" +
    "  mvsp-triggers evaluate LIBRO.xlsx [--out SALIDA.xlsx | --in-place]\n" +
    "      [--json | --format table|text] [--date AAAA-MM-DD] [--lang en|fr|es]\n" +
    "  mvsp-triggers inputs LIBRO.xlsx [--json] [--lang en|fr|es]\n" +
    "  mvsp-triggers connect LIBRO.xlsx NOMBRE=RANGO...\n" +
    "      (--out SALIDA.xlsx | --in-place)\n" +
    "  mvsp-triggers template NUEVO.xlsx [--lang en|fr|es]\n" +
    "  mvsp-triggers template --into LIBRO.xlsx (--out SALIDA.xlsx | --in-place)\n" +
    "  mvsp-triggers verify LIBRO.xlsx [--json] [--lang en|fr|es]\n" +
    "  mvsp-triggers --help | --version\n" +
    "\n" +
    "evaluate  Evalúa los ocho indicadores de activación del MVSP a partir de los\n" +
    "          datos de entrada del libro. Sin --out ni --in-place no se escribe\n" +
    "          nada; LIBRO solo cambia con --in-place.\n" +
    "  --out SALIDA.xlsx  escribe una copia de LIBRO con las celdas de estado,\n" +
    "                     el resumen y el registro\n" +
    "  --in-place         los escribe en el propio LIBRO\n" +
    "  --force            con --out, reemplaza SALIDA aunque no sea una salida\n" +
    "                     anterior de LIBRO\n" +
    "  --json             muestra el resultado en JSON\n" +
    "  --format table     muestra una tabla ajustada al ancho del terminal\n" +
    "                     (COLUMNS), el formato predeterminado\n" +
    "  --format text      muestra el párrafo del informe trimestral para el\n" +
    "                     Consejo de Administración\n" +
    "  --date FECHA       evalúa en esta fecha en lugar de la EvaluationDate del\n" +
    "                     libro (si no hay, hoy, con una advertencia)\n" +
    "  --lang IDIOMA      idioma del resultado y de las hojas nuevas si el libro\n" +
    "                     no fija ninguno\n" +
    "inputs    Enumera cada dato de entrada: vinculado (dónde, y qué se leyó),\n" +
    "          ausente, o su primer problema con su celda.\n" +
    "connect   Vincula datos de entrada a las celdas del propio libro, tras\n" +
    "          comprobarlas, por ejemplo MemberRoster='Miembros 2026'!A1:D80, o\n" +
    "          CashFlow=Tabla1 para una tabla de Excel entera. Solo cambian los\n" +
    "          nombres definidos.\n" +
    "template  Escribe un libro nuevo con una hoja Inputs de datos de ejemplo; con\n" +
    "          --into, agrega esa hoja a LIBRO para los datos de entrada que le\n" +
    "          faltan.\n" +
    "  --force         (connect, template --into) con --out, reemplaza SALIDA si\n" +
    "                  ya existe\n" +
    "verify    Comprueba que los resultados escritos siguen coincidiendo con el\n" +
    "          libro: código 0 si es así, 3 nombrando cada dato modificado y cada\n" +
    "          celda de resultado modificada a mano.\n" +
    "\n" +
    "Códigos de salida: 0 hecho, sin errores de entrada; 1 hecho, algunos datos\n" +
    "tienen errores; 2 archivo ilegible, uso incorrecto o escritura imposible\n" +
    "(no se escribe nada); 3 (verify) los resultados escritos ya no coinciden con el\n" +
    "libro.",
  "usage.unknownCommand": "Comando desconocido «{command}». Ejecute mvsp-triggers --help.",
  "usage.noCommand": "No se indicó ningún comando. Ejecute mvsp-triggers --help.",
  "usage.unknownOption": "Opción desconocida «{option}» para {command}. Ejecute mvsp-triggers --help.",
  "usage.missingValue": "La opción {option} necesita un valor.",
  "usage.missingFile": "{command} necesita el nombre de un libro.",
  "usage.extraArgument": "Argumento inesperado «{argument}».",
  "usage.badDate": "«{value}» no es una fecha: escríbala como AAAA-MM-DD, p. ej. 2026-09-30.",
  "usage.badLanguage": "«{value}» no es un idioma admitido: use en, fr o es.",
  "usage.outAndInPlace": "Use --out o --in-place, no ambos.",
  "usage.outIsInput": "--out designa el propio libro de entrada; use --in-place para escribir en él.",
  "usage.notXlsx": "{file} no es un nombre de archivo .xlsx.",
  "usage.connectArgument": "«{argument}» no tiene la forma NOMBRE=RANGO, por ejemplo MemberRoster='Miembros 2026'!A1:D80.",
  "usage.connectNothing": "connect necesita al menos un NOMBRE=RANGO, por ejemplo BudgetEnvelope=Presupuesto!B4.",
  "usage.connectTarget": "connect necesita --out SALIDA.xlsx o --in-place.",
  "usage.forceWithoutOut": "--force se usa con --out: permite reemplazar un archivo SALIDA.xlsx existente.",
  "usage.templateTarget": "template --into necesita --out SALIDA.xlsx o --in-place; template NUEVO.xlsx no admite ninguno de los dos.",
  "usage.badFormat": "«{value}» no es un formato de salida: use table o text.",
  "usage.formatAndJson": "Use --json o --format, no ambos.",
  "file.cannotRead": "No se pudo leer {file}: {reason}",
  "file.cannotWrite": "No se pudo escribir {file}: {reason}. No se escribió nada.",
  "file.exists": "{file} ya existe; elija otro nombre o elimínelo primero.",
  "file.written": "Se escribió {file}.",
  "file.notFound": "el archivo no existe",
  "file.notWorkbook": "no es un libro de Excel (.xlsx)",
  "conflict.header": "No se escribió nada: las salidas de MVSP Trigger Monitor sobrescribirían hojas que no creó.",
  "preserve.header":
    "{file} contiene elementos que esta línea de comandos no puede conservar al reescribir un libro, por lo que no se modificó:",
  "preserve.item": "  - {kind}: {where}",
  "preserve.report": "El resumen y el registro se escribieron en un informe aparte: {file}",
  "preserve.kind.chart": "gráfico",
  "preserve.kind.chartsheet": "hoja de gráfico",
  "preserve.kind.pivotTable": "tabla dinámica",
  "preserve.kind.slicer": "segmentación de datos",
  "preserve.kind.timeline": "escala de tiempo",
  "preserve.kind.macros": "macros (VBA)",
  "preserve.kind.externalLink": "vínculo a otro libro",
  "preserve.kind.formControl": "control de formulario",
  "preserve.kind.activeX": "control ActiveX",
  "preserve.kind.shape": "forma o cuadro de texto",
  "preserve.kind.dataModel": "modelo de datos",
  "preserve.kind.query": "consulta o conexión de datos",
  "preserve.kind.embeddedObject": "objeto incrustado",
  "preserve.kind.threadedComment": "comentario encadenado",
  "preserve.kind.sparkline": "minigráficos",
  "preserve.kind.extendedValidation": "validación de datos que remite a otra hoja",
  "preserve.kind.dynamicArray": "fórmulas de matriz dinámica",
  "preserve.kind.richData": "tipos de datos o imágenes en celdas",
  "preserve.kind.customProperties": "propiedades personalizadas del documento (p. ej. una etiqueta de confidencialidad)",
  "preserve.kind.definedName": "nombre definido que no es un rango simple",
  "preserve.kind.sheetLayout": "hoja guardada de forma inusual",
  "preserve.kind.internalLink": "vínculo a un lugar del libro en una celda que no es de texto",
  "preserve.kind.drawing": "imágenes o dibujos ilegibles",
  "preserve.kind.otherPart": "otro elemento del libro",
  "table.evaluationDate": "Fecha de evaluación: {date} ({quarter})",
  "table.previous": "Valores: en la evaluación anterior ({date}, {quarter}) → hoy.",
  "table.indicator": "Indicador",
  "table.value": "Valor",
  "table.threshold": "Se alcanza si",
  "table.status": "Estado",
  "table.nearFrom": "Alerta si",
  "table.margin": "Margen al umbral",
  "table.noEvaluationDate":
    "Fecha de evaluación: no se puede leer (vea los problemas de datos); los indicadores de la base de miembros no se evalúan.",
  "table.counts": "Alcanzados: {met}   Cerca del umbral: {near}   Sin datos: {noData}",
  "table.problems": "Problemas de entrada:",
  "table.noProblems": "Sin problemas de entrada.",
  "table.none": "–",
  "severity.error": "Error",
  "severity.warning": "Advertencia",
  "error.unexpected": "Error inesperado: {message}",
};
