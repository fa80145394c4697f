/** Français : pourquoi un fichier ne peut être ouvert comme classeur (après « Impossible de lire {file} : »). */
import type { cliPackage as en } from "../en/cli-package";

export const cliPackage: { readonly [K in keyof typeof en]: string } = {
  "package.encrypted":
    "il est protégé par un mot de passe à l'ouverture (chiffré)\u00a0; retirez le mot de passe dans Excel (Fichier > Informations > Protéger le classeur), enregistrez, puis réessayez",
  "package.legacyXls":
    "c'est un classeur Excel 97-2003 (.xls) ou un autre ancien fichier Office\u00a0; enregistrez-le au format .xlsx dans Excel",
  "package.notZip": "ce n'est pas un classeur Excel (.xlsx)",
  "package.notWorkbook": "ce n'est pas un classeur Excel\u00a0: une archive zip, mais sans classeur à l'intérieur",
  "package.missingPart":
    "le fichier est endommagé\u00a0: sa partie {part} manque\u00a0; ouvrez-le dans Excel, qui propose de le réparer, puis enregistrez-le à nouveau",
  "package.doctype":
    "sa partie {part} déclare un type de document (DTD ou entités), ce qu'un classeur ne contient jamais\u00a0; le fichier a été produit par un autre programme ou modifié, il n'est donc pas lu",
  "package.notWellFormed":
    "le fichier est endommagé\u00a0: sa partie {part} n'est pas du XML bien formé\u00a0; ouvrez-le dans Excel, qui propose de le réparer, puis enregistrez-le à nouveau",
  "package.unsupportedEncoding":
    "sa partie {part} est écrite dans un codage de caractères autre que UTF-8 ou UTF-16, ce que les classeurs n'utilisent pas",
  "package.encryptedEntry":
    "sa partie {part} est chiffrée dans l'archive zip, ce qu'Excel ne fait jamais\u00a0; enregistrez à nouveau le classeur depuis Excel",
  "package.unsupportedMethod":
    "sa partie {part} est compressée par une méthode qu'Excel n'utilise pas\u00a0; enregistrez à nouveau le classeur depuis Excel",
  "package.corrupt":
    "le fichier est endommagé (partie {part})\u00a0; ouvrez-le dans Excel, qui propose de le réparer, puis enregistrez-le à nouveau",
  "package.crcMismatch":
    "le fichier est endommagé\u00a0: le contenu de sa partie {part} ne correspond pas à sa somme de contrôle (erreur de transfert ou de disque), ses valeurs ne sont donc pas fiables",
  "package.duplicateEntry":
    "le fichier est endommagé\u00a0: il contient deux fois la partie {part}, et les programmes ne retiennent pas la même copie\u00a0; ouvrez-le dans Excel et enregistrez-le à nouveau",
  "package.caseDuplicate":
    "le fichier est endommagé\u00a0: il contient deux parties dont les noms ne diffèrent que par les majuscules ({part}), ce qu'Excel n'admet pas\u00a0; ouvrez-le dans Excel et enregistrez-le à nouveau",
  "package.tooLarge": "il est trop volumineux pour être lu sans risque (plus de 1 Go une fois décompressé, ou plus de 20 000 parties)",
  "package.ratio": "sa partie {part} est compressée à plus de 200 pour 1, ce que seul un fichier endommagé ou malveillant fait",
  "protect.sheet":
    "Rien n'a été écrit\u00a0: la cellule de statut {cell} de {file} se trouve sur une feuille protégée. Ôtez la protection de la feuille {sheet} dans Excel (Révision > Ôter la protection de la feuille), ou faites pointer le nom Status_ vers une cellule d'une feuille non protégée, puis relancez l'évaluation.",
  "protect.structure":
    "Rien n'a été écrit\u00a0: la structure de {file} est protégée, les feuilles {sheets} ne peuvent donc pas être ajoutées. Ôtez la protection du classeur dans Excel (Révision > Protéger le classeur), lancez l'évaluation, puis protégez-le à nouveau.",
};
