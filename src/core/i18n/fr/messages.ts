import type { Catalogue } from "../catalogue";

export const messages: Catalogue["messages"] = {
  "app.title": "MVSP Trigger Monitor",
  "evaluate.failed": "L'évaluation n'a pas pu être effectuée : {message}",
  "sheet.keyHeader": "Clé",
  "sheet.valueHeader": "Valeur",
  "sheet.nameComment": "Paramètres de MVSP Trigger Monitor (Clé | Valeur)",
  "error.cellEditMode": "Excel est en mode édition de cellule : appuyez sur Entrée ou Échap pour quitter la cellule, puis réessayez.",
  "error.sheetProtected":
    "Une feuille sur laquelle MVSP Trigger Monitor doit écrire est protégée ({detail}) : ôtez la protection, ou placez les cellules Status_ sur une feuille non protégée.",
  "error.apiNotSupported":
    "Cette version d'Excel ne dispose pas d'une fonction nécessaire à MVSP Trigger Monitor ({detail}). Mettez Office à jour ou utilisez Excel pour le web.",
  "error.sheetExists": "Une feuille de ce nom existe déjà ({detail}) ; rien n'a été écrasé.",
  "error.sheetNotOwned":
    "La feuille {detail} existe mais n'a pas été créée par MVSP Trigger Monitor ; renommez-la ou supprimez-la, puis relancez l'évaluation.",
  "error.unknown": "Excel a signalé une erreur inattendue : {detail}",
  "error.sheetPassword":
    "La feuille {detail} est protégée par un mot de passe : le complément ne peut pas la mettre à jour et rien n’a été écrit. Retirez le mot de passe (Révision › Ôter la protection de la feuille), puis réessayez.",
  "error.readOnly":
    "Ce classeur est ouvert en lecture seule (mode lecture ou fichier en lecture seule) : rien n’a été écrit. Passez en mode Modification, ou enregistrez une copie, puis réessayez.",
  "error.structureProtected":
    "La structure du classeur est protégée : le complément ne peut ni ajouter ni remplacer ses feuilles, et rien n’a été écrit. Ôtez la protection du classeur (Révision › Protéger le classeur), puis réessayez.",
  "error.notImplemented":
    "Cette version d’Excel ne prend pas en charge une opération dont le complément a besoin ({detail}). Mettez Office à jour ou utilisez Excel pour le web.",
  "error.invalidOperation":
    "Excel a refusé l’opération dans son état actuel ({detail}). Si une cellule est en cours de modification, appuyez sur Entrée ou Échap ; fermez toute boîte de dialogue Excel ouverte ; puis réessayez.",
  "error.tooLarge":
    "Une plage est trop grande pour qu’Excel la transmette en une fois ({detail}). Limitez la plage nommée aux cellules utilisées, puis réessayez.",
  "error.notesFailed": "Tout a été écrit, sauf les notes sur les données d’entrée, que cet Excel a refusées ({detail}).",
  "error.calculationManual":
    "Le calcul est en mode manuel et le complément n’a pas pu recalculer le classeur ({detail}). Appuyez sur F9, ou choisissez Formules › Options de calcul › Automatique, puis relancez l’évaluation.",
  "write.written": "Déjà écrit : {parts}. Non écrit : {missing}. Relancez l’évaluation une fois la cause corrigée.",
  "write.nothing": "Rien n’a été écrit.",
  "write.part.log": "la ligne du journal",
  "write.part.statusCells": "les cellules d’état",
  "write.part.names": "les noms définis",
  "write.part.summary": "la feuille de synthèse",
  "write.part.inputs": "la feuille Inputs",
  "write.part.settings": "les paramètres",
};
