import type { Catalogue } from "../catalogue";

/** Français : le résultat en phrases (la synthèse, le paragraphe pour le Conseil, le volet). */
export const outcomes: Catalogue["outcomes"] = {
  consider_mvsp:
    "{met, plural, one {# indicateur sur 8 est atteint} other {# indicateurs sur 8 sont atteints}} : le Conseil d'administration devrait envisager de recourir au produit de service minimum viable (MVSP).",
  monitor:
    "{met, plural, one {# indicateur sur 8 atteint} other {# indicateurs sur 8 atteints}} et {near, plural, one {# proche du seuil} other {# proches du seuil}} : poursuivre une surveillance étroite ; le recours au MVSP n'est pas encore indiqué.",
  no_trigger:
    "Aucun déclenchement : {met, plural, one {# indicateur sur 8 atteint} other {# indicateurs sur 8 atteints}} et {near, plural, one {# proche du seuil} other {# proches du seuil}}.",
  incomplete:
    "Impossible de conclure : {met, plural, one {# indicateur sur 8 atteint} other {# indicateurs sur 8 atteints}} et {noData, plural, one {# non renseigné} other {# non renseignés}} ({missing}) ; en les comptant, {needed} indicateurs ou plus pourraient être atteints. Aucune conclusion n'est tirée tant que ces données ne sont pas complètes.",
  incompleteNote:
    "L'évaluation est incomplète : {noData, plural, one {# indicateur sur 8 non renseigné} other {# indicateurs sur 8 non renseignés}} ({missing}).",
  boardDecides: "MVSP Trigger Monitor recommande ; la décision revient au Conseil d'administration.",
};
