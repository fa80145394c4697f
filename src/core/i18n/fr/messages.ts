import type { Catalogue } from "../catalogue";

export const messages: Catalogue["messages"] = {
  "app.title": "Suivi des déclencheurs MVSP",
  "evaluate.failed": "L'évaluation n'a pas pu être effectuée : {message}",
  "sheet.keyHeader": "Clé",
  "sheet.valueHeader": "Valeur",
  "sheet.nameComment": "Paramètres du suivi des déclencheurs MVSP (Clé | Valeur)",
  "error.cellEditMode": "Excel est en mode édition de cellule : appuyez sur Entrée ou Échap pour quitter la cellule, puis réessayez.",
  "error.sheetProtected": "Une feuille sur laquelle le complément doit écrire est protégée ({detail}) : ôtez la protection, ou placez les cellules Status_ sur une feuille non protégée.",
  "error.apiNotSupported": "Cette version d'Excel ne dispose pas d'une fonction nécessaire au complément ({detail}). Mettez Office à jour ou utilisez Excel pour le web.",
  "error.sheetExists": "Une feuille de ce nom existe déjà ({detail}) ; rien n'a été écrasé.",
  "error.sheetNotOwned": "La feuille {detail} existe mais n'a pas été créée par le suivi des déclencheurs MVSP ; renommez-la ou supprimez-la, puis relancez l'évaluation.",
  "error.unknown": "Excel a signalé une erreur inattendue : {detail}",
};
