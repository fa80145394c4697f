/** Français : les mots du contrôle « cette page est-elle toujours exacte ? ». */
import type { ReviewKey } from "../en/review";

export const review: Readonly<Record<ReviewKey, string>> = {
  "review.inputsChanged": "Données modifiées depuis cette évaluation\u00a0: relancer l'évaluation",
  "review.current": "Toujours exact\u00a0: les données, les cellules de statut et la synthèse sont celles de l'évaluation du {date}.",
  "review.notCurrent": "Plus à jour\u00a0: le classeur a été modifié depuis l'évaluation du {date}.",
  "review.changedInputs": "{count, plural, one {Donnée modifiée\u00a0: {names}.} other {Données modifiées\u00a0: {names}.}}",
  "review.unnamedChange":
    "Les données ont changé\u00a0; cette ligne du journal est antérieure aux empreintes par donnée, la donnée modifiée ne peut donc pas être nommée.",
  "review.editedCells":
    "{count, plural, one {Cellule de résultat modifiée à la main\u00a0:} other {Cellules de résultat modifiées à la main\u00a0:}}",
  "review.editedCell": "{cell}\u00a0: écrit {written}, trouvé {found}",
  "review.empty": "(vide)",
  "review.evaluateAgain": "Relancez l'évaluation pour mettre les résultats à jour.",
  "review.noEvaluation": "{file}\u00a0: aucune évaluation à vérifier\u00a0; évaluez d'abord le classeur.",
  "review.loggedAt": "Évaluation enregistrée le {timestamp}.",
  "review.usage": "Utilisation\u00a0: mvsp-triggers verify CLASSEUR.xlsx [--json]",
};
