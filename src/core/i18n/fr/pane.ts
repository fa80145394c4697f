import type { PaneCatalogue } from "../catalogue";

export const pane: PaneCatalogue = {
  "app.loading": "Chargement…",
  "app.language": "Langue du rapport et du volet",
  "language.saved": "Enregistrée dans ce classeur.",
  "language.savedNextEvaluation": "Enregistrée dans ce classeur : la prochaine évaluation rédigera la synthèse dans cette langue.",
  "language.refused": "La langue n'a pas été enregistrée, pour ne pas écraser :",
  "language.failed": "La langue n'a pas pu être enregistrée dans le classeur : {message}",
  "language.en": "English",
  "language.fr": "Français",
  "language.es": "Español",
  "tabs.label": "Vues",
  "tabs.results": "Résultats",
  "tabs.problems": "Problèmes",
  "tabs.problemsCount": "Problèmes ({count})",
  "tabs.settings": "Paramètres",
  "tabs.whatIf": "Simulation",
  "tabs.more": "Plus",
  "tabs.moreLabel": "Autres vues",

  "evaluate.button": "Évaluer les déclencheurs",
  "evaluate.running": "Évaluation…",
  "evaluate.intro":
    "Lit les données de ce classeur, évalue les huit indicateurs de déclenchement du MVSP et écrit les cellules de statut, la feuille de synthèse et le journal.",
  "evaluate.notWritten": "Les résultats ci-dessous n'ont pas été écrits dans le classeur :",
  "evaluate.written": "Écrit dans le classeur.",
  "evaluate.announce": "Évaluation terminée. {outcome}. {met, plural, one {# atteint} other {# atteints}}, {near, plural, one {# proche} other {# proches}}, {noData} sans données.",

  "banner.date": "Date d'évaluation\u00a0: {date}",
  "banner.dateQuarter": "Date d'évaluation\u00a0: {date} ({quarter})",
  "banner.counts": "Atteints\u00a0: {met} · Proches\u00a0: {near} · Non renseignés\u00a0: {noData}",
  "banner.previous": "Évaluation précédente ({date})\u00a0: {outcome}",
  "banner.details": "Détails",

  "indicator.value": "Mesuré\u00a0: {value}",
  "indicator.valueSince": "Mesuré\u00a0: {previous} → {value}",
  "indicator.threshold": "Atteint si {threshold}",
  "indicator.noValue": "—",
  "change.new": "Nouveau depuis la dernière évaluation",
  "change.worse": "Plus proche du seuil de déclenchement\u00a0: précédemment {status}",
  "change.better": "Plus éloigné du seuil de déclenchement\u00a0: précédemment {status}",
  "change.other": "Modifié\u00a0: précédemment {status}",
  "change.previous": "Dernière évaluation ({date})\u00a0: {value}, {status}",

  "problems.none": "Aucune anomalie dans les données saisies.",
  "problems.evaluateFirst": "Lancez une évaluation pour contrôler les données du classeur.",
  "problems.error": "Erreur",
  "problems.warning": "Avertissement",
  "problems.goTo": "Aller à la cellule",
  "problems.goToLabel": "Aller à la cellule {cell}",
  "problems.goToFailed": "Impossible de sélectionner {cell}\u00a0: {message}",
  "problems.summary": "{errors, plural, one {# erreur} other {# erreurs}}, {warnings, plural, one {# avertissement} other {# avertissements}}",
  "problems.errors": "{count, plural, one {# erreur} other {# erreurs}}",
  "problems.warnings": "{count, plural, one {# avertissement} other {# avertissements}}",

  "template.title": "Des données manquent",
  "template.body":
    "Ce classeur ne définit pas les noms de données dont l'évaluation a besoin. Insérez une feuille Inputs avec toutes les données, des exemples et le tableau des paramètres ; aucune feuille existante n'est modifiée.",
  "template.button": "Insérer le modèle",
  "template.inserting": "Insertion…",
  "template.done": "La feuille Inputs a été insérée. Remplacez les données d'exemple, puis lancez l'évaluation.",
  "template.failed": "Le modèle n'a pas pu être inséré : {message}",
  "template.refused": "Le modèle n'a pas été inséré, pour ne pas écraser :",
  "firstRun.title": "Ce classeur n'est pas encore préparé",
  "firstRun.body": "Il ne contient aucune des données nommées à partir desquelles les huit déclencheurs sont évalués. Le préparer ajoute une feuille Inputs avec toutes les données, des chiffres d'exemple à remplacer et la table des paramètres ; aucune feuille existante n'est modifiée.",
  "firstRun.button": "Préparer ce classeur",
  "firstRun.own": "Vos données figurent déjà ici sous d'autres noms ? Lancez l'évaluation pour voir les noms attendus.",
  "firstRun.evaluate": "Évaluer quand même",
  "board.copy": "Copier pour le rapport au Conseil",
  "board.copied": "Copié : collez-le dans le rapport trimestriel de mise en œuvre.",
  "board.copyFailed": "Cette fenêtre n'autorise pas la copie : le paragraphe est sélectionné ci-dessous, appuyez sur Ctrl+C.",
  "board.label": "Paragraphe pour le rapport au Conseil d'administration",




  "selfTest.open": "Vérifier cet Excel",
};
