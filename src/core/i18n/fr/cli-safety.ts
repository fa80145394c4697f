/** Français : la ligne de commande face aux entrées hostiles (dates, fichiers, verrous, sorties). */
import type { cliSafety as en } from "../en/cli-safety";

export const cliSafety: { readonly [K in keyof typeof en]: string } = {
  "usage.dateOutOfRange": "«\u00a0{value}\u00a0» est hors du calendrier d'Excel\u00a0: indiquez une date comprise entre 1900-01-01 et 9999-12-31.",
  "output.closed": "Le résultat n'a pas pu être affiché\u00a0: le programme qui le lisait s'est arrêté ({reason}).",
  "output.full": "Le résultat n'a pas pu être affiché\u00a0: le disque de destination est plein ({reason}).",
  "output.failed": "Le résultat n'a pas pu être affiché ({reason}).",
};
