import type { Catalogue } from "../catalogue";

/** French: problems. Non-breaking spaces before : ; and inside « », as French typography wants. */
export const problems: Catalogue["problems"] = {
  nameMissing:
    "Le classeur ne contient pas de nom défini {name}. Reliez-le aux cellules qui contiennent cette donnée (vue Données du volet, ou mvsp-triggers connect), ou ajoutez la feuille Inputs du modèle.",
  nameBroken:
    "Le nom défini {name} renvoie à des cellules qui n'existent plus ({found}). Faites-le pointer vers les cellules qui contiennent cette donnée.",
  nameMultiArea: "Le nom défini {name} renvoie à plusieurs zones distinctes ({found}) ; il doit désigner un seul bloc de cellules.",
  nameNotRange:
    "Le nom défini {name} ne désigne pas une plage de cellules ({found}) ; il doit renvoyer à des cellules d'une feuille de ce classeur.",
  rangeEmpty: "{name} ({cell}) est vide : une valeur est attendue ici.",
  expectedNumber: "{name} ({cell}) : un nombre entier (0 ou plus) est attendu, mais la cellule contient « {found} ».",
  expectedAmount:
    "{name} ({cell}) : un montant en USD est attendu (par exemple 3080000 ou 3 080 000), mais la cellule contient « {found} », qu'on ne peut pas lire sans deviner.",
  amountTooLarge:
    "{name} ({cell})\u00a0: «\u00a0{found}\u00a0» dépasse tout budget\u00a0; les montants sont lus jusqu'à 1\u00a0000\u00a0000\u00a0000\u00a0000\u00a0USD (mille milliards), en positif comme en négatif. Vérifiez qu'il n'y a pas de chiffres en trop ni d'erreur d'unité.",
  expectedNonNegative:
    "{name} ({cell}) : un montant positif ou nul est attendu, mais la cellule contient « {found} ». Saisissez les entrées, sorties, coûts et cotisations en montants positifs.",
  expectedPositive: "{name} ({cell}) : un nombre supérieur à 0 est attendu, mais la cellule contient « {found} ».",
  expectedPercent: "{name} ({cell}) : un pourcentage est attendu (par exemple 20 % ou 0,2), mais la cellule contient « {found} ».",
  expectedDate:
    "{name} ({cell}) : une date est attendue (une cellule au format date, ou un texte de la forme 2026-03-31), mais la cellule contient « {found} ».",
  expectedYesNo: "{name} ({cell}) : Oui ou Non est attendu, mais la cellule contient « {found} ».",
  expectedTier:
    "{name} ({cell}) : un niveau d'adhésion est attendu, c'est-à-dire un nombre entier à partir de 1 (par exemple 1 ou Niveau 1), mais la cellule contient « {found} ».",
  expectedText: "{name} ({cell}) : cette cellule est vide alors que le reste de la ligne est rempli ; saisissez-y un nom.",
  errorValue: "{name} ({cell}) contient la valeur d'erreur {found}. Corrigez la formule ou les cellules auxquelles elle renvoie.",
  uncalculated:
    "{name} ({cell}) : valeur calculée absente : ouvrez le classeur dans Excel et enregistrez-le. Cette formule n'a jamais été calculée (le fichier a été produit par un programme) ; son résultat est donc inconnu.",
  headerMissing: "{name} ({cell}) : il manque la colonne « {header} ». La première ligne doit contenir l'un de ces en-têtes : {expected}.",
  headerDuplicate: "{name} ({cell}) : la colonne « {header} » apparaît deux fois (ici sous la forme « {found} »). N'en gardez qu'une.",
  expectedSingleCell: "{name} ({cell}) doit désigner une seule cellule.",
  expectedSingleColumn: "{name} ({cell}) doit désigner une seule cellule ou une seule colonne.",
  settingUnknown: "{name} ({cell}) : « {found} » n'est pas un paramètre connu ; cette ligne est ignorée.",
  settingInvalid:
    "{name} ({cell}) : « {found} » n'est pas une valeur valable pour {key} (valeurs admises : {allowed}). La valeur par défaut, {default}, est utilisée à la place.",
  settingInconsistent:
    "{name} ({cell}) : {key} ({found}) et {other} ({otherValue}, {otherCell}) se contredisent : le seuil d'alerte doit être atteint avant le seuil de déclenchement. Le seuil de déclenchement saisi s'applique ; la zone d'alerte reste vide tant qu'ils ne concordent pas.",
  duplicateKey:
    "{name} ({cell}) : « {found} » apparaît plusieurs fois. N'en gardez qu'une ligne ; d'ici là, elle n'est pas prise en compte.",
  factorMissing:
    "{name} ({cell}) : aucune ligne pour le facteur {found}. Son indicateur reste sans données tant que la ligne n'est pas ajoutée.",
  factorUnknown: "{name} ({cell}) : « {found} » n'est pas un identifiant de facteur (E1, E2 ou E3) ; cette ligne est ignorée.",
  notAssessed: "{name} ({cell}) : le facteur {id} n'a pas encore été évalué (Oui ou Non) ; son indicateur est donc sans données.",
  yesWithoutEvidence:
    "{name} ({cell}) : le facteur {id} est évalué Oui, mais aucune justification n'est consignée. Il est néanmoins compté comme atteint ; consignez la justification pour le Conseil d'administration.",
  tierNotChecked:
    "{name} est absent ou vide : on ne vérifie donc pas que tous les membres perdus étaient de niveau 1, et seul le nombre de membres actifs est pris en compte.",
  leftBeforeJoined: "{name} ({cell}) : la date de départ {found} est antérieure à la date d'adhésion {joined}.",
  historicalNotPositive:
    "{name} ({cell}) : la moyenne historique doit être supérieure à 0 pour qu'on puisse lui comparer le coût actuel ; la cellule contient « {found} ».",
  envelopeNotPositive: "{name} ({cell}) : l'enveloppe budgétaire doit être un montant supérieur à 0 ; la cellule contient « {found} ».",
  sheetNotOwned:
    "La feuille {name} existe déjà mais n'a pas été créée par MVSP Trigger Monitor ; renommez-la ou supprimez-la, puis relancez l'évaluation.",
  sheetExists: "Une feuille nommée {name} existe déjà ; renommez-la ou supprimez-la, puis insérez à nouveau le modèle.",
  workbookUnsupported: "Ce classeur ne peut pas être lu. Enregistrez-le au format classeur Excel (.xlsx), puis réessayez.",
  moreProblems:
    "{name} : {count, plural, one {# autre problème dans cette plage n'est pas listé} other {# autres problèmes dans cette plage ne sont pas listés}}.",
  settingsTableBlocked:
    "Le tableau de paramètres {name} ne peut pas s'agrandir : {rows, plural, one {la ligne en dessous, {cell}, n'est pas vide} other {les # lignes en dessous, {cell}, ne sont pas vides}}. Déplacez ces cellules ou ajoutez vous-même les clés manquantes au tableau.",
  noEvaluationDate:
    "Pas de date d'évaluation\u00a0: évaluation au {date}. Définissez EvaluationDate sur la cellule qui contient la date de fin de trimestre, pour que le rapport dise quel jour il décrit.",
  exampleMembers:
    "{cell} {count, plural, one {contient encore # membre d'exemple du modèle} other {contient encore # membres d'exemple du modèle}}\u00a0: remplacez-les par votre propre liste avant de rendre compte.",
  exampleEvidence: "{cell} contient encore la justification d'exemple du modèle\u00a0: remplacez-la par la vôtre avant de rendre compte.",
  templateNotNeeded: "Le classeur a déjà toutes les données d'entrée du modèle\u00a0: rien n'a été ajouté.",
  rowsBelow:
    "Les lignes saisies sous {name} ({cell}) n'en font pas partie : étendez {name} (Formules > Gestionnaire de noms) à ces lignes, ou faites-en un tableau Excel, pour qu'elles soient prises en compte.",
  nameSheetScoped:
    "Le nom {name} n'est défini que pour la feuille {sheet}. Définissez-le pour tout le classeur (Formules > Gestionnaire de noms, étendue\u00a0: Classeur) afin qu'il puisse être lu.",
  statusCellShared:
    "{name} ({cell}) désigne la même cellule que {names}\u00a0: aucun statut n'y a été écrit, car l'un effacerait l'autre. Attribuez à chaque nom Status_ sa propre cellule.",
  statusCellHoldsData:
    "{name} ({cell}) désigne une cellule qui contient vos données («\u00a0{found}\u00a0»)\u00a0: aucun statut n'y a été écrit, rien de vos données n'est donc effacé. Faites pointer {name} vers une cellule vide.",
  logFull:
    "Rien n'a été écrit\u00a0: le journal des évaluations est plein, sa dernière ligne ({cell}) est occupée et Excel n'a aucune ligne en dessous. Déplacez les lignes les plus anciennes du journal dans un autre classeur (en gardant sa ligne d'en-tête), puis relancez l'évaluation.",
};
