import type { Catalogue } from "../catalogue";

/** Spanish: problems. */
export const problems: Catalogue["problems"] = {
  nameMissing:
    "El libro no tiene el nombre definido {name}. Vincúlelo a las celdas que contienen este dato (vista Datos del panel, o mvsp-triggers connect), o agregue la hoja Inputs de la plantilla.",
  nameBroken:
    "El nombre definido {name} remite a celdas que ya no existen ({found}). Haga que apunte a las celdas que contienen este dato.",
  nameMultiArea: "El nombre definido {name} remite a varias áreas separadas ({found}); debe remitir a un único bloque de celdas.",
  nameNotRange: "El nombre definido {name} no es un rango de celdas ({found}); debe remitir a celdas de una hoja de este libro.",
  rangeEmpty: "{name} ({cell}) está vacío: aquí se necesita un valor.",
  expectedNumber: "{name} ({cell}): se esperaba un número entero (0 o más), pero la celda contiene «{found}».",
  expectedAmount:
    "{name} ({cell}): se esperaba un importe en USD, como 3080000 o 3.080.000, pero la celda contiene «{found}», que no puede leerse sin adivinar.",
  amountTooLarge:
    "{name} ({cell}): «{found}» supera cualquier presupuesto; los importes se leen hasta 1.000.000.000.000 USD (un billón), positivos o negativos. Compruebe que no sobren cifras ni haya un error de unidad.",
  expectedNonNegative:
    "{name} ({cell}): se esperaba un importe de 0 o más, pero la celda contiene «{found}». Escriba los ingresos, egresos, costos y cuotas como importes positivos.",
  expectedPositive: "{name} ({cell}): se esperaba un número mayor que 0, pero la celda contiene «{found}».",
  expectedPercent: "{name} ({cell}): se esperaba un porcentaje, como 20 % o 0,2, pero la celda contiene «{found}».",
  expectedDate:
    "{name} ({cell}): se esperaba una fecha (una celda con formato de fecha o un texto con la forma 2026-03-31), pero la celda contiene «{found}».",
  expectedYesNo: "{name} ({cell}): se esperaba Sí o No, pero la celda contiene «{found}».",
  expectedTier:
    "{name} ({cell}): se esperaba un nivel de membresía, es decir, un número entero a partir de 1 (como 1 o Nivel 1), pero la celda contiene «{found}».",
  expectedText: "{name} ({cell}): esta celda está vacía, pero el resto de la fila tiene datos; escriba aquí un nombre.",
  errorValue: "{name} ({cell}) contiene el valor de error {found}. Corrija la fórmula o las celdas a las que remite.",
  uncalculated:
    "{name} ({cell}): falta el valor calculado: abra el libro en Excel y guárdelo. Esta fórmula nunca se ha calculado (el archivo lo generó un programa), por lo que su resultado se desconoce.",
  headerMissing: "{name} ({cell}): falta la columna «{header}». La primera fila debe contener uno de estos encabezados: {expected}.",
  headerDuplicate: "{name} ({cell}): la columna «{header}» aparece dos veces (aquí como «{found}»). Deje solo una.",
  expectedSingleCell: "{name} ({cell}) debe remitir a una sola celda.",
  expectedSingleColumn: "{name} ({cell}) debe remitir a una sola celda o a una sola columna.",
  settingUnknown: "{name} ({cell}): «{found}» no es un parámetro conocido, así que esta fila se omite.",
  settingInvalid:
    "{name} ({cell}): «{found}» no es un valor válido para {key} (valores admitidos: {allowed}). Se usa el valor predeterminado, {default}.",
  settingInconsistent:
    "{name} ({cell}): {key} ({found}) y {other} ({otherValue}, {otherCell}) se contradicen: el nivel de alerta debe alcanzarse antes que el de activación. Se aplica el nivel de activación escrito; la franja de alerta queda vacía hasta que concuerden.",
  duplicateKey: "{name} ({cell}): «{found}» aparece más de una vez. Deje una sola fila; mientras tanto, no se tiene en cuenta.",
  factorMissing: "{name} ({cell}): no hay ninguna fila para el factor {found}. Su indicador queda sin datos hasta que se añada la fila.",
  factorUnknown: "{name} ({cell}): «{found}» no es un identificador de factor (E1, E2 o E3), así que esta fila se omite.",
  notAssessed: "{name} ({cell}): el factor {id} aún no se ha evaluado (Sí o No), por lo que su indicador queda sin datos.",
  yesWithoutEvidence:
    "{name} ({cell}): el factor {id} está evaluado como Sí, pero no se ha registrado ninguna justificación. Aun así cuenta como alcanzado; registre la justificación para el Consejo de Administración.",
  tierNotChecked:
    "{name} falta o está vacío, así que no se comprueba si todos los miembros dados de baja eran de nivel 1: decide solo el número de miembros activos.",
  leftBeforeJoined: "{name} ({cell}): la fecha de baja {found} es anterior a la fecha de adhesión {joined}.",
  historicalNotPositive:
    "{name} ({cell}): el promedio histórico debe ser mayor que 0 para poder compararlo con el costo actual, pero la celda contiene «{found}».",
  envelopeNotPositive: "{name} ({cell}): la asignación presupuestaria debe ser un importe mayor que 0, pero la celda contiene «{found}».",
  sheetNotOwned: "La hoja {name} ya existe, pero no la creó MVSP Trigger Monitor; cámbiele el nombre o elimínela y vuelva a evaluar.",
  sheetExists: "Ya existe una hoja llamada {name}; cámbiele el nombre o elimínela y vuelva a insertar la plantilla.",
  workbookUnsupported: "No se puede leer este libro. Guárdelo como libro de Excel (.xlsx) e inténtelo de nuevo.",
  moreProblems:
    "{name}: {count, plural, one {no se muestra # problema más de este rango} other {no se muestran otros # problemas de este rango}}.",
  settingsTableBlocked:
    "La tabla de configuración {name} no puede ampliarse: {rows, plural, one {la fila de debajo, {cell}, no está vacía} other {las # filas de debajo, {cell}, no están vacías}}. Mueva esas celdas o añada usted mismo a la tabla las claves que faltan.",
  noEvaluationDate:
    "Sin fecha de evaluación: se evaluó al {date}. Defina EvaluationDate en la celda que contiene la fecha de cierre del trimestre, para que el informe indique a qué día se refiere.",
  exampleMembers:
    "{cell} {count, plural, one {contiene todavía # miembro de ejemplo de la plantilla} other {contiene todavía # miembros de ejemplo de la plantilla}}: reemplácelos por su propia lista antes de informar.",
  exampleEvidence: "{cell} contiene todavía la justificación de ejemplo de la plantilla: reemplácela por la suya antes de informar.",
  templateNotNeeded: "El libro ya tiene todos los datos de entrada de la plantilla: no se agregó nada.",
  rowsBelow:
    "Las filas escritas debajo de {name} ({cell}) no forman parte de él: amplíe {name} (Fórmulas > Administrador de nombres) a esas filas, o conviértalo en una tabla de Excel, para que se tengan en cuenta.",
  nameSheetScoped:
    "El nombre {name} solo está definido para la hoja {sheet}. Defínalo para todo el libro (Fórmulas > Administrador de nombres, ámbito: Libro) para que pueda leerse.",
  statusCellShared:
    "{name} ({cell}) apunta a la misma celda que {names}: no se escribió ningún estado en ella, porque uno borraría al otro. Asigne a cada nombre Status_ su propia celda.",
  statusCellHoldsData:
    "{name} ({cell}) apunta a una celda que contiene sus datos («{found}»): no se escribió ningún estado en ella, así que no se sobrescribe nada suyo. Haga que {name} apunte a una celda vacía.",
  logFull:
    "No se escribió nada: el registro de evaluaciones está lleno, su última fila ({cell}) está ocupada y Excel no tiene ninguna fila debajo. Mueva las filas más antiguas del registro a otro libro (conserve su fila de encabezado) y vuelva a evaluar.",
};
