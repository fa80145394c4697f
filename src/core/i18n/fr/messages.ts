import type { Catalogue } from "../catalogue";

export const messages: Catalogue["messages"] = {
  "app.title": "MVSP Trigger Monitor",
  "evaluate.failed": "L'évaluation n'a pas pu être effectuée : {message}",
  "sheet.keyHeader": "Clé",
  "sheet.valueHeader": "Valeur",
  "sheet.nameComment": "Paramètres de MVSP Trigger Monitor (Clé | Valeur)",
  "error.cellEditMode": "Excel est en mode édition de cellule : appuyez sur Entrée ou Échap pour quitter la cellule, puis réessayez.",
  "error.sheetProtected": "Une feuille sur laquelle MVSP Trigger Monitor doit écrire est protégée ({detail}) : ôtez la protection, ou placez les cellules Status_ sur une feuille non protégée.",
  "error.apiNotSupported": "Cette version d'Excel ne dispose pas d'une fonction nécessaire à MVSP Trigger Monitor ({detail}). Mettez Office à jour ou utilisez Excel pour le web.",
  "error.sheetExists": "Une feuille de ce nom existe déjà ({detail}) ; rien n'a été écrasé.",
  "error.sheetNotOwned": "La feuille {detail} existe mais n'a pas été créée par MVSP Trigger Monitor ; renommez-la ou supprimez-la, puis relancez l'évaluation.",
  "error.unknown": "Excel a signalé une erreur inattendue : {detail}",
};
