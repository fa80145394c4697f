import type { WhatIfKey } from "../en/what-if";

export const whatIf: Readonly<Record<WhatIfKey, string>> = {
  "whatIf.intro": "Essayez un scénario : il est évalué ici seulement ; rien n'est écrit dans le classeur.",
  "whatIf.evaluateFirst": "Lancez d'abord une évaluation : le scénario part des données actuelles du classeur.",
  "whatIf.resultLabel": "Résultat du scénario",
  "whatIf.outcomeLabel": "Résultat :",
  "whatIf.becomes": "devient",
  "whatIf.asInWorkbook": "(comme dans le classeur)",
  "whatIf.indicatorLabel": "{name} :",
  "whatIf.noChange":
    "{count, plural, one {Aucun changement de statut : # indicateur conserve le sien.} other {Aucun changement de statut : # indicateurs conservent le leur.}}",
  "whatIf.kept":
    "{count, plural, =0 {Aucun indicateur ne conserve son statut.} one {# autre indicateur conserve son statut.} other {# autres indicateurs conservent leur statut.}}",
  "whatIf.fixFields":
    "{count, plural, one {Corrigez le champ signalé ci-dessous pour voir le scénario.} other {Corrigez les # champs signalés ci-dessous pour voir le scénario.}}",
  "whatIf.tier1Lost": "Départs de membres de niveau 1",
  "whatIf.otherLost": "Départs d'autres niveaux",
  "whatIf.newMembers": "Nouvelles adhésions",
  "whatIf.spendChange": "Variation des dépenses prévues (%)",
  "whatIf.delayedQuarter": "Entrées d'un trimestre reportées au suivant",
  "whatIf.delayedNone": "Aucun",
  "whatIf.service": "Service de base",
  "whatIf.serviceChange": "Variation de son coût (%)",
  "whatIf.noServices": "Aucun coût de service de base n'a été lu.",
  "whatIf.rangeHint": "De {min} à {max}",
  "whatIf.rangeCount": "Saisissez un nombre entier de {min} à {max}.",
  "whatIf.rangePercent": "Saisissez un pourcentage de {min} à {max}.",
  "whatIf.factorsHint": "Appréciation du Conseil d'administration, Oui si activé.",
  "whatIf.factorWorkbook": "Dans le classeur : {answer}",
  "whatIf.factorNotAssessed": "Non apprécié dans le classeur",
  "whatIf.factorTried": "Non apprécié dans le classeur ; essai : {answer}",
  "whatIf.yes": "Oui",
  "whatIf.no": "Non",
  "whatIf.reset": "Effacer le scénario",
};
