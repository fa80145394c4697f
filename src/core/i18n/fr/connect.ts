/** Français : relier les cellules du classeur aux données d'entrée (CLI et volet Données). */
import type { ConnectKey } from "../en/connect";

export const connect: Readonly<Record<ConnectKey, string>> = {
  "state.connected": "Relié\u00a0: {address}",
  "state.table": "Relié\u00a0: tableau Excel {table}, {address}",
  "state.missing": "Absent",
  "state.missingOptional": "Non relié (facultatif)",
  "state.notNeeded": "Inutile\u00a0: {other} est relié",
  "state.problem": "Problème",
  "read.amount": "{amount}",
  "read.plannedSpend": "{cells, plural, one {# montant} other {# montants}}, {amount} au total",
  "read.cashFlow": "{count, plural, one {# trimestre} other {# trimestres}}, {deficit} en déficit",
  "read.roster":
    "{rows, plural, one {# ligne} other {# lignes}}, {active, plural, one {# membre actif} other {# membres actifs}} au {date}",
  "read.services": "{count, plural, one {# service} other {# services}}",
  "read.factors": "{count, plural, one {# facteur} other {# facteurs}}, {assessed} évalués",
  "read.date": "{date}",
  "read.value": "{value}",
  "read.settings":
    "{count, plural, =0 {aucun paramètre\u00a0: les valeurs par défaut s'appliquent} one {# paramètre} other {# paramètres}}",
  "shape.unknownInput": "{name} n'est pas une donnée d'entrée du classeur\u00a0; les données d'entrée sont {list}.",
  "shape.multiArea": "{address} comporte plusieurs zones distinctes\u00a0: sélectionnez un seul bloc de cellules.",
  "shape.otherWorkbook": "{address} se trouve dans un autre classeur\u00a0: sélectionnez des cellules de ce classeur.",
  "shape.badRange": "{address} n'est pas une plage de ce classeur\u00a0: écrivez-la sous la forme Feuille!A1:D80.",
  "shape.notWorksheet": "{sheet} n'est pas une feuille de calcul\u00a0: sélectionnez des cellules d'une feuille de calcul.",
  "shape.emptyColumn": "{address} est une colonne entière vide\u00a0: sélectionnez les cellules qui contiennent {name}.",
  "shape.wholeColumn":
    "{requested} est une colonne entière\u00a0: {name} a été défini sur ses cellules utilisées, {address}. Étendez le nom si vous ajoutez des lignes en dessous.",
  "shape.hiddenSheet":
    "{address} se trouve sur la feuille masquée {sheet}\u00a0: les lecteurs du classeur ne verront pas les cellules lues.",
  "shape.sheetScoped":
    "La feuille {sheet} a son propre nom {name} ({formula})\u00a0: ses formules lisent celui-là, pas celui du classeur. Renommez-le ou supprimez-le dans le Gestionnaire de noms.",
  "shape.overlap": "{address} chevauche {other} ({otherAddress})\u00a0: les mêmes cellules ne peuvent pas alimenter deux données d'entrée.",
  "shape.table": "{address} est le tableau Excel {table}\u00a0: {name} désigne le tableau et s'étend avec lui.",
  "shape.unchanged": "{name} désigne déjà {address}.",
  "shape.repoint": "{name} désigne aujourd'hui {old}\u00a0; il désignerait {new}.",
  "cli.inputs.header": "Données d'entrée de {file}\u00a0:",
  "cli.inputs.none":
    "Aucune donnée d'entrée n'est reliée. Reliez-les avec mvsp-triggers connect {file} NOM=PLAGE... --in-place, ou ajoutez une feuille Inputs avec mvsp-triggers template --into {file} --in-place.",
  "cli.connect.defined": "{name} → {address}",
  "cli.connect.repointed": "{name}\u00a0: {old} → {new}",
  "cli.connect.nothing": "Rien n'a été écrit.",
  "cli.connect.noChange": "Chaque nom désigne déjà ces cellules\u00a0: rien n'a été écrit.",
  "cli.template.into": "Feuille {sheet} ajoutée à {file}\u00a0; elle définit {names}.",
  "cli.template.kept": "Déjà reliés, laissés tels quels\u00a0: {names}.",
  "cli.template.nothing": "{file} a déjà toutes les données d'entrée\u00a0: rien n'a été ajouté.",
  "cli.template.next":
    "Ensuite\u00a0: remplacez les données d'exemple par les vôtres (l'évaluation le signale tant qu'il en reste), puis lancez mvsp-triggers evaluate {file} --in-place",
  "cli.noInputs":
    "Rien n'a été écrit\u00a0: {file} n'a aucune donnée d'entrée. Affichez-les avec mvsp-triggers inputs {file}\u00a0; reliez-les à vos cellules avec mvsp-triggers connect {file} NOM=PLAGE... --in-place\u00a0; ou ajoutez une feuille Inputs avec mvsp-triggers template --into {file} --in-place.",
  "pane.title": "Données",
  "pane.intro":
    "Chaque donnée d'entrée de l'évaluation et les cellules qu'elle lit. Sélectionnez des cellules dans la feuille, puis utilisez-les pour une donnée.",
  "pane.use": "Utiliser la sélection",
  "pane.goTo": "Afficher",
  "pane.confirmTitle": "Faire pointer {name} vers d'autres cellules\u00a0?",
  "pane.confirm": "Confirmer",
  "pane.cancel": "Annuler",
  "pane.defined": "{name} désigne maintenant {address}.",
  "pane.refused": "{name} n'a pas été modifié\u00a0: {reason}",
  "pane.noSelection": "Sélectionnez d'abord les cellules.",
  "pane.evaluateAgain": "Relancez l'évaluation pour lire les nouvelles cellules.",
};
