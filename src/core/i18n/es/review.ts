/** Español: las palabras de la comprobación «¿sigue siendo exacta esta página?». */
import type { ReviewKey } from "../en/review";

export const review: Readonly<Record<ReviewKey, string>> = {
  "review.inputsChanged": "Datos modificados desde esta evaluación: vuelva a evaluar",
  "review.current": "Sigue siendo exacta: los datos, las celdas de estado y el resumen son los de la evaluación del {date}.",
  "review.notCurrent": "Ya no está al día: el libro ha cambiado desde la evaluación del {date}.",
  "review.changedInputs": "{count, plural, one {Dato modificado: {names}.} other {Datos modificados: {names}.}}",
  "review.unnamedChange":
    "Los datos han cambiado; esta fila del registro es anterior a las huellas por dato, así que no se puede nombrar el dato modificado.",
  "review.editedCells": "{count, plural, one {Celda de resultado modificada a mano:} other {Celdas de resultado modificadas a mano:}}",
  "review.editedCell": "{cell}: escrito {written}, encontrado {found}",
  "review.empty": "(vacía)",
  "review.evaluateAgain": "Vuelva a evaluar para actualizar los resultados.",
  "review.noEvaluation": "{file}: no hay ninguna evaluación que verificar; evalúe primero el libro.",
  "review.loggedAt": "Evaluación registrada el {timestamp}.",
  "review.usage": "Uso: mvsp-triggers verify LIBRO.xlsx [--json]",
};
