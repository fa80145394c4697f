import type { PaneCatalogue } from "../catalogue";

export const pane: PaneCatalogue = {
  "app.loading": "Chargement…",
  "app.language": "Langue",
  "language.en": "English",
  "language.fr": "Français",
  "language.es": "Español",
  "tabs.label": "Vues",
  "tabs.results": "Résultats",
  "tabs.problems": "Problèmes",
  "tabs.problemsCount": "Problèmes ({count})",
  "tabs.settings": "Paramètres",
  "tabs.whatIf": "Simulation",

  "evaluate.button": "Évaluer les déclencheurs",
  "evaluate.running": "Évaluation…",
  "evaluate.intro":
    "Lit les données de ce classeur, évalue les huit indicateurs de déclenchement du MVSP et écrit les cellules de statut, la feuille de synthèse et le journal.",
  "evaluate.notWritten": "Les résultats ci-dessous n'ont pas été écrits dans le classeur :",
  "evaluate.written": "Les cellules de statut, la feuille de synthèse et le journal ont été mis à jour.",
  "evaluate.announce": "Évaluation terminée. {outcome}. {met} atteint(s), {near} proche(s), {noData} sans données.",

  "banner.date": "Date d'évaluation : {date}",
  "banner.counts": "Atteints : {met} · Proches : {near} · Sans données : {noData}",
  "banner.previous": "Évaluation précédente ({date}) : {outcome}",

  "indicator.value": "Mesuré : {value}",
  "indicator.threshold": "Atteint si {threshold}",
  "indicator.noValue": "—",
  "change.new": "Nouveau depuis la dernière évaluation",
  "change.worse": "Plus proche du déclenchement : était {status}",
  "change.better": "Plus éloigné du déclenchement : était {status}",
  "change.other": "Modifié : était {status}",

  "problems.none": "Aucun problème dans les données.",
  "problems.evaluateFirst": "Lancez une évaluation pour vérifier les données du classeur.",
  "problems.error": "Erreur",
  "problems.warning": "Avertissement",
  "problems.goTo": "Aller à la cellule",
  "problems.goToLabel": "Aller à la cellule {cell}",
  "problems.goToFailed": "Impossible de sélectionner {cell} : {message}",
  "problems.summary": "{errors} erreur(s), {warnings} avertissement(s)",

  "template.title": "Des données manquent",
  "template.body":
    "Ce classeur ne définit pas les noms de données dont l'évaluation a besoin. Insérez une feuille Inputs avec toutes les données, des exemples et le tableau des paramètres ; aucune feuille existante n'est modifiée.",
  "template.button": "Insérer le modèle",
  "template.inserting": "Insertion…",
  "template.done": "La feuille Inputs a été insérée. Remplacez les données d'exemple, puis lancez l'évaluation.",
  "template.failed": "Le modèle n'a pas pu être inséré : {message}",



  "whatIf.intro": "Essayez un scénario : le résultat est recalculé ici seulement ; rien n'est écrit dans le classeur.",
  "whatIf.evaluateFirst": "Lancez d'abord une évaluation : le scénario part des données actuelles du classeur.",
  "whatIf.tier1Lost": "Membres de niveau 1 qui partent maintenant",
  "whatIf.otherLost": "Membres d'autres niveaux qui partent maintenant",
  "whatIf.newMembers": "Nouveaux membres qui adhèrent maintenant",
  "whatIf.spendChange": "Variation des dépenses prévues (%)",
  "whatIf.delayedQuarter": "Entrées d'un trimestre reportées au suivant",
  "whatIf.delayedNone": "Aucun",
  "whatIf.service": "Service de base",
  "whatIf.serviceChange": "Variation de son coût (%)",
  "whatIf.noServices": "Aucun coût de service de base n'a été lu.",
  "whatIf.reset": "Effacer le scénario",
  "whatIf.result": "Résultat du scénario : {outcome}",
  "whatIf.unchanged": "Même résultat que le classeur.",
  "whatIf.changed": "Résultat du classeur : {outcome}",
  "whatIf.invalid": "Saisissez un nombre.",
  "whatIf.workbookStatus": "dans le classeur : {status}",

  "selfTest.open": "Vérifier cet Excel",
};
