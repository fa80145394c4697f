import type { Catalogue } from "../catalogue";

export const messages: Catalogue["messages"] = {
  "app.title": "MVSP Trigger Monitor",
  "evaluate.failed": "No se pudo realizar la evaluación: {message}",
  "sheet.keyHeader": "Clave",
  "sheet.valueHeader": "Valor",
  "sheet.nameComment": "Configuración de MVSP Trigger Monitor (Clave | Valor)",
  "error.cellEditMode": "Excel está en modo de edición de celda: pulse Intro o Esc para salir de la celda y vuelva a intentarlo.",
  "error.sheetProtected": "Una hoja en la que MVSP Trigger Monitor debe escribir está protegida ({detail}): desprotéjala o mueva las celdas Status_ a una hoja sin protección.",
  "error.apiNotSupported": "Esta versión de Excel no tiene una función que MVSP Trigger Monitor necesita ({detail}). Actualice Office o use Excel para la web.",
  "error.sheetExists": "Ya existe una hoja con ese nombre ({detail}); no se sobrescribió nada.",
  "error.sheetNotOwned": "La hoja {detail} existe, pero no la creó MVSP Trigger Monitor; cámbiele el nombre o elimínela y vuelva a evaluar.",
  "error.unknown": "Excel informó de un error inesperado: {detail}",
};
