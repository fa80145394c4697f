/**
 * Français : notes (le cadre « Notes » de la feuille de synthèse, que chaque évaluation reprend).
 */
export const notes = {
  heading: "Notes (conservées à chaque évaluation)",
  guide:
    "Saisissez dans le cadre ci-dessous les notes destinées au Conseil (insérez-y des lignes pour plus de place) : chaque évaluation les reprend, ainsi que tout texte saisi sous la page. Le reste de la page (colonnes A à L) est réécrit à chaque évaluation ; les cellules situées à sa droite sont conservées.",
  /** Comments of the two names in the Name Manager. */
  pageComment: "La page que le complément réécrit à chaque évaluation : les cellules situées hors de celle-ci sont conservées.",
  boxComment: "Le cadre des notes de la synthèse : son texte est repris à l'évaluation suivante.",
  /** An Excel note that was on a cell of the page (rewritten), carried into the box: the cell and what its row was about. */
  "cellNote.full": "Note de {author} sur {cell} ({label}) : {text}",
  "cellNote.noAuthor": "Note sur {cell} ({label}) : {text}",
  "cellNote.noLabel": "Note de {author} sur {cell} : {text}",
  "cellNote.bare": "Note sur {cell} : {text}",
};
