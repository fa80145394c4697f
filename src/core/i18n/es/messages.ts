import type { Catalogue } from "../catalogue";

export const messages: Catalogue["messages"] = {
  "app.title": "MVSP Trigger Monitor",
  "evaluate.failed": "No se pudo realizar la evaluación: {message}",
  "sheet.keyHeader": "Clave",
  "sheet.valueHeader": "Valor",
  "sheet.nameComment": "Configuración de MVSP Trigger Monitor (Clave | Valor)",
  "error.cellEditMode": "Excel está en modo de edición de celda: pulse Intro o Esc para salir de la celda y vuelva a intentarlo.",
  "error.sheetProtected":
    "Una hoja en la que MVSP Trigger Monitor debe escribir está protegida ({detail}): desprotéjala o mueva las celdas Status_ a una hoja sin protección.",
  "error.apiNotSupported":
    "Esta versión de Excel no tiene una función que MVSP Trigger Monitor necesita ({detail}). Actualice Office o use Excel para la web.",
  "error.sheetExists": "Ya existe una hoja con ese nombre ({detail}); no se sobrescribió nada.",
  "error.sheetNotOwned":
    "La hoja {detail} existe, pero no la creó MVSP Trigger Monitor; cámbiele el nombre o elimínela y vuelva a evaluar.",
  "error.unknown": "Excel informó de un error inesperado: {detail}",
  "error.sheetPassword":
    "La hoja {detail} está protegida con contraseña, por lo que el complemento no puede actualizarla; no se ha escrito nada. Quite la contraseña (Revisar › Desproteger hoja) y vuelva a intentarlo.",
  "error.readOnly":
    "Este libro está abierto en solo lectura (modo de visualización o archivo de solo lectura): no se ha escrito nada. Pase al modo Edición, o guarde una copia, y vuelva a intentarlo.",
  "error.structureProtected":
    "La estructura del libro está protegida, por lo que el complemento no puede añadir ni sustituir sus hojas; no se ha escrito nada. Desproteja el libro (Revisar › Proteger libro) y vuelva a intentarlo.",
  "error.notImplemented":
    "Esta versión de Excel no admite una operación que el complemento necesita ({detail}). Actualice Office o use Excel para la Web.",
  "error.invalidOperation":
    "Excel ha rechazado la operación en su estado actual ({detail}). Si se está editando una celda, pulse Intro o Esc; cierre cualquier cuadro de diálogo de Excel abierto; y vuelva a intentarlo.",
  "error.tooLarge":
    "Un rango es demasiado grande para que Excel lo envíe de una sola vez ({detail}). Limite el rango con nombre a las celdas en uso y vuelva a intentarlo.",
  "error.notesFailed": "Se ha escrito todo salvo las notas sobre los datos de entrada, que este Excel ha rechazado ({detail}).",
  "error.calculationManual":
    "El cálculo está en modo manual y el complemento no ha podido recalcular el libro ({detail}). Pulse F9, o elija Fórmulas › Opciones para el cálculo › Automático, y vuelva a evaluar.",
  "write.written": "Ya escrito: {parts}. No escrito: {missing}. Vuelva a evaluar cuando se haya corregido la causa.",
  "write.nothing": "No se ha escrito nada.",
  "write.part.log": "la fila del registro",
  "write.part.statusCells": "las celdas de estado",
  "write.part.names": "los nombres definidos",
  "write.part.summary": "la hoja de resumen",
  "write.part.inputs": "la hoja Inputs",
  "write.part.settings": "la configuración",
};
