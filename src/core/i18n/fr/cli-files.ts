/** Français : ce que dit la ligne de commande des fichiers (lecture, écriture, refus). */
import type { cliFiles as en } from "../en/cli-files";

export const cliFiles: { readonly [K in keyof typeof en]: string } = {
  "usage.notWorkbookName": "{file} n'est pas un nom de classeur (.xlsx ou .xlsm).",
  "usage.outWithMany": "--out s'applique à un seul classeur\u00a0; avec plusieurs, utilisez --in-place ou aucune option.",
  "file.rangeTooLarge": "le nom {name} couvre {cells} cellules utilisées, plus que les {limit} que cette commande lit",
  "file.readOnly": "{file} est en lecture seule\u00a0: rien n'a été écrit. Retirez la lecture seule, ou écrivez une copie avec --out.",
  "file.locked":
    "{file} est en cours d'écriture par une autre exécution de mvsp-triggers\u00a0; rien n'a été écrit. Réessayez lorsqu'elle sera terminée.",
  "file.changedMeanwhile":
    "{file} a été modifié pendant l'évaluation (enregistré depuis Excel ou un autre programme\u00a0?)\u00a0; rien n'a été écrit. Relancez l'évaluation.",
  "verify.failed":
    "Le classeur écrit ne se relit pas comme prévu ({detail})\u00a0; {file} n'a donc pas été écrit. Merci de signaler ce problème.",
  "refuse.header": "{file} n'a pas été modifié\u00a0: {reason}.",
  "refuse.report":
    "La synthèse et le journal ont été écrits dans un rapport distinct\u00a0: {file} (son journal conserve chaque évaluation).",
  "refuse.reportIsInput":
    "Le rapport distinct serait {file}, c'est-à-dire le classeur lu lui-même\u00a0; rien n'a été écrit. Utilisez --out avec un autre nom.",
  "refuse.pivotTable": "la cellule de statut {where} se trouve dans un tableau croisé dynamique",
  "refuse.arrayFormula": "la cellule de statut {where} fait partie d'une formule matricielle",
  "refuse.dataTable": "la cellule de statut {where} fait partie d'une table de données (analyse de scénarios)",
  "refuse.tableHeader": "la cellule de statut {where} est un en-tête de tableau Excel",
  "refuse.mergedCell": "la cellule de statut {where} se trouve dans des cellules fusionnées sans en être la première",
  "refuse.notWorksheet": "{where} est une feuille de graphique, pas une feuille de calcul",
  "refuse.other": "écrire {where} pourrait modifier un élément qui n'appartient pas à MVSP Trigger Monitor",
  "many.header": "== {file} ==",
};
