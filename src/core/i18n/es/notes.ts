/**
 * Español: notas (el recuadro «Notas» de la hoja de resumen, que cada evaluación conserva).
 */
export const notes = {
  heading: "Notas (se conservan en cada evaluación)",
  guide:
    "Escriba en el recuadro inferior las notas para el Consejo (inserte filas dentro de él si necesita más espacio): cada evaluación las conserva, junto con cualquier texto escrito debajo de la página. El resto de la página (columnas A a L) se reescribe en cada evaluación; las celdas situadas a su derecha se conservan.",
  /** Comments of the two names in the Name Manager. */
  pageComment: "La página que el complemento reescribe en cada evaluación: las celdas fuera de ella se conservan.",
  boxComment: "El recuadro de notas del resumen: su texto se conserva en la evaluación siguiente.",
  /** An Excel note that was on a cell of the page (rewritten), carried into the box: the cell and what its row was about. */
  "cellNote.full": "Nota de {author} en {cell} ({label}): {text}",
  "cellNote.noAuthor": "Nota en {cell} ({label}): {text}",
  "cellNote.noLabel": "Nota de {author} en {cell}: {text}",
  "cellNote.bare": "Nota en {cell}: {text}",
};
