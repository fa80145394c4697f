import type { CliCatalogue } from "../catalogue";

export const cli: CliCatalogue = {
  help:
    "Utilisation\u00a0:\n" +
    "  mvsp-triggers evaluate CLASSEUR.xlsx [--out SORTIE.xlsx | --in-place]\n" +
    "      [--json | --format table|text] [--date AAAA-MM-JJ] [--lang en|fr|es]\n" +
    "  mvsp-triggers inputs CLASSEUR.xlsx [--json] [--lang en|fr|es]\n" +
    "  mvsp-triggers connect CLASSEUR.xlsx NOM=PLAGE...\n" +
    "      (--out SORTIE.xlsx | --in-place)\n" +
    "  mvsp-triggers template NOUVEAU.xlsx [--lang en|fr|es]\n" +
    "  mvsp-triggers template --into CLASSEUR.xlsx (--out SORTIE.xlsx | --in-place)\n" +
    "  mvsp-triggers verify CLASSEUR.xlsx [--json] [--lang en|fr|es]\n" +
    "  mvsp-triggers --help | --version\n" +
    "\n" +
    "evaluate  Évalue les huit indicateurs déclencheurs du MVSP à partir des\n" +
    "          données d'entrée du classeur. Sans --out ni --in-place, rien n'est\n" +
    "          écrit\u00a0; CLASSEUR n'est modifié qu'avec --in-place.\n" +
    "  --out SORTIE.xlsx  écrit une copie de CLASSEUR avec les cellules de statut,\n" +
    "                     la synthèse et le journal\n" +
    "  --in-place         les écrit dans CLASSEUR lui-même\n" +
    "  --force            avec --out, remplace SORTIE même si ce n'est pas une\n" +
    "                     sortie antérieure de CLASSEUR\n" +
    "  --json             affiche le résultat en JSON\n" +
    "  --format table     affiche un tableau à la largeur du terminal (COLUMNS),\n" +
    "                     le format par défaut\n" +
    "  --format text      affiche le paragraphe du rapport trimestriel destiné\n" +
    "                     au Conseil d'administration\n" +
    "  --date DATE        évalue à cette date au lieu de la date EvaluationDate\n" +
    "                     du classeur (à défaut, aujourd'hui, avec un avertissement)\n" +
    "  --lang LANGUE      langue du résultat et des nouvelles feuilles si le\n" +
    "                     classeur n'en fixe pas\n" +
    "inputs    Liste chaque donnée d'entrée\u00a0: reliée (où, et ce qui a été lu),\n" +
    "          absente, ou son premier problème avec sa cellule.\n" +
    "connect   Relie des données d'entrée aux cellules du classeur, après\n" +
    "          vérification, par exemple MemberRoster='Membres 2026'!A1:D80, ou\n" +
    "          CashFlow=Tableau1 pour un tableau Excel entier. Seuls les noms\n" +
    "          définis changent.\n" +
    "template  Écrit un nouveau classeur avec une feuille Inputs de données\n" +
    "          d'exemple\u00a0; avec --into, ajoute cette feuille à CLASSEUR pour les\n" +
    "          données d'entrée qui lui manquent.\n" +
    "  --force         (connect, template --into) avec --out, remplace SORTIE si\n" +
    "                  le fichier existe déjà\n" +
    "verify    Vérifie que les résultats écrits correspondent toujours au classeur\u00a0:\n" +
    "          code 0 si oui, 3 en nommant chaque donnée modifiée et chaque cellule de\n" +
    "          résultat modifiée à la main.\n" +
    "\n" +
    "Codes de sortie\u00a0: 0 fait, sans erreur de saisie\u00a0; 1 fait, certaines\n" +
    "données ont des erreurs\u00a0; 2 fichier illisible, utilisation incorrecte ou\n" +
    "écriture impossible (rien n'est écrit)\u00a0; 3 (verify) les résultats écrits ne\n" +
    "correspondent plus au classeur.",
  "usage.unknownCommand": "Commande inconnue «\u00a0{command}\u00a0». Lancez mvsp-triggers --help.",
  "usage.noCommand": "Aucune commande indiquée. Lancez mvsp-triggers --help.",
  "usage.unknownOption": "Option inconnue «\u00a0{option}\u00a0» pour {command}. Lancez mvsp-triggers --help.",
  "usage.missingValue": "L'option {option} attend une valeur.",
  "usage.missingFile": "{command} attend un nom de classeur.",
  "usage.extraArgument": "Argument inattendu «\u00a0{argument}\u00a0».",
  "usage.badDate": "«\u00a0{value}\u00a0» n'est pas une date\u00a0: écrivez-la AAAA-MM-JJ, par ex. 2026-09-30.",
  "usage.badLanguage": "«\u00a0{value}\u00a0» n'est pas une langue prise en charge\u00a0: utilisez en, fr ou es.",
  "usage.outAndInPlace": "Utilisez soit --out, soit --in-place, pas les deux.",
  "usage.outIsInput": "--out désigne le classeur d'entrée lui-même\u00a0; utilisez --in-place pour écrire dedans.",
  "usage.notXlsx": "{file} n'est pas un nom de fichier .xlsx.",
  "usage.connectArgument": "«\u00a0{argument}\u00a0» n'est pas de la forme NOM=PLAGE, par exemple MemberRoster='Membres 2026'!A1:D80.",
  "usage.connectNothing": "connect attend au moins un NOM=PLAGE, par exemple BudgetEnvelope=Budget!B4.",
  "usage.connectTarget": "connect attend --out SORTIE.xlsx ou --in-place.",
  "usage.forceWithoutOut": "--force s'emploie avec --out\u00a0: il permet de remplacer un fichier SORTIE.xlsx existant.",
  "usage.templateTarget":
    "template --into attend --out SORTIE.xlsx ou --in-place\u00a0; template NOUVEAU.xlsx n'accepte ni l'un ni l'autre.",
  "usage.badFormat": "«\u00a0{value}\u00a0» n'est pas un format de sortie\u00a0: utilisez table ou text.",
  "usage.formatAndJson": "Utilisez soit --json, soit --format, pas les deux.",
  "file.cannotRead": "Impossible de lire {file}\u00a0: {reason}",
  "file.cannotWrite": "Impossible d'écrire {file}\u00a0: {reason}. Rien n'a été écrit.",
  "file.exists": "{file} existe déjà\u00a0; choisissez un autre nom ou supprimez-le d'abord.",
  "file.written": "{file} a été écrit.",
  "file.notFound": "le fichier n'existe pas",
  "file.notWorkbook": "ce n'est pas un classeur Excel (.xlsx)",
  "conflict.header": "Rien n'a été écrit\u00a0: les sorties de MVSP Trigger Monitor écraseraient des feuilles qu'il n'a pas créées.",
  "preserve.header":
    "{file} contient des éléments que cette ligne de commande ne sait pas conserver en réécrivant un classeur\u00a0; il n'a donc pas été modifié\u00a0:",
  "preserve.item": "  - {kind}\u00a0: {where}",
  "preserve.report": "La synthèse et le journal ont été écrits dans un rapport séparé\u00a0: {file}",
  "preserve.kind.chart": "graphique",
  "preserve.kind.chartsheet": "feuille graphique",
  "preserve.kind.pivotTable": "tableau croisé dynamique",
  "preserve.kind.slicer": "segment",
  "preserve.kind.timeline": "chronologie",
  "preserve.kind.macros": "macros (VBA)",
  "preserve.kind.externalLink": "liaison vers un autre classeur",
  "preserve.kind.formControl": "contrôle de formulaire",
  "preserve.kind.activeX": "contrôle ActiveX",
  "preserve.kind.shape": "forme ou zone de texte",
  "preserve.kind.dataModel": "modèle de données",
  "preserve.kind.query": "requête ou connexion de données",
  "preserve.kind.embeddedObject": "objet incorporé",
  "preserve.kind.threadedComment": "commentaire en fil de discussion",
  "preserve.kind.sparkline": "graphiques sparkline",
  "preserve.kind.extendedValidation": "validation des données renvoyant à une autre feuille",
  "preserve.kind.dynamicArray": "formules matricielles dynamiques",
  "preserve.kind.richData": "types de données ou images dans les cellules",
  "preserve.kind.customProperties": "propriétés personnalisées du document (par ex. une étiquette de confidentialité)",
  "preserve.kind.definedName": "nom défini qui n'est pas une simple plage",
  "preserve.kind.sheetLayout": "feuille enregistrée de façon inhabituelle",
  "preserve.kind.internalLink": "lien vers un emplacement du classeur sur une cellule non textuelle",
  "preserve.kind.drawing": "images ou dessins illisibles",
  "preserve.kind.otherPart": "autre élément du classeur",
  "table.evaluationDate": "Date d'évaluation\u00a0: {date} ({quarter})",
  "table.previous": "Valeurs\u00a0: à l'évaluation précédente ({date}, {quarter}) → aujourd'hui.",
  "table.indicator": "Indicateur",
  "table.value": "Valeur",
  "table.threshold": "Atteint si",
  "table.status": "Statut",
  "table.nearFrom": "Alerte si",
  "table.margin": "Marge au seuil",
  "table.noEvaluationDate":
    "Date d'évaluation\u00a0: illisible (voir les problèmes de saisie)\u00a0; les indicateurs de la base de membres ne sont pas évalués.",
  "table.counts": "Atteints\u00a0: {met}   Proches du seuil\u00a0: {near}   Non renseignés\u00a0: {noData}",
  "table.problems": "Problèmes de saisie\u00a0:",
  "table.noProblems": "Aucun problème de saisie.",
  "table.none": "–",
  "severity.error": "Erreur",
  "severity.warning": "Avertissement",
  "error.unexpected": "Erreur inattendue\u00a0: {message}",
};
