/** Français : la ligne de commande face aux entrées hostiles (dates, fichiers, verrous, sorties). */
import type { cliSafety as en } from "../en/cli-safety";

export const cliSafety: { readonly [K in keyof typeof en]: string } = {
  "usage.dateOutOfRange":
    "«\u00a0{value}\u00a0» est hors du calendrier d'Excel\u00a0: indiquez une date comprise entre 1900-01-01 et 9999-12-31.",
  "output.closed": "Le résultat n'a pas pu être affiché\u00a0: le programme qui le lisait s'est arrêté ({reason}).",
  "output.full": "Le résultat n'a pas pu être affiché\u00a0: le disque de destination est plein ({reason}).",
  "output.failed": "Le résultat n'a pas pu être affiché ({reason}).",
  "file.notRegular.fifo": "c'est un tube nommé (FIFO), pas un fichier de classeur",
  "file.notRegular.device": "c'est un périphérique, pas un fichier de classeur",
  "file.notRegular.directory": "c'est un dossier, pas un fichier de classeur",
  "file.notRegular.other": "c'est un fichier spécial (un socket, par exemple), pas un fichier de classeur",
  "file.nameNotUtf8":
    "le nom du fichier contient des octets qui ne sont pas du texte UTF-8 (affichés \ufffd)\u00a0: le nom saisi ne peut donc pas désigner ce fichier. Renommez-le avec des lettres uniquement",
  "file.noReadPermission": "vous n'avez pas l'autorisation de le lire",
  "file.tooLargeToRead": "il dépasse 1\u00a0Go, bien plus que tout classeur que cette commande lit",
  "write.noPermission":
    "Impossible d'écrire {file}\u00a0: le dossier {folder} ne vous permet pas d'y créer des fichiers ({reason}), or la commande crée un verrou et un fichier temporaire à côté du classeur. Rien n'a été écrit.",
  "write.diskFull":
    "Impossible d'écrire {file}\u00a0: le disque est plein ({reason}). Rien n'a été écrit et le fichier temporaire a été supprimé.",
  "write.readOnlyDisk":
    "Impossible d'écrire {file}\u00a0: le disque ou le partage qui le contient est en lecture seule ({reason}). Rien n'a été écrit.",
  "write.tooLarge":
    "Impossible d'écrire {file}\u00a0: le fichier dépasserait la taille que ce disque ou votre compte autorise ({reason}). Rien n'a été écrit et le fichier temporaire a été supprimé.",
  "write.leftover":
    "Impossible d'écrire {file} ({reason}). Le classeur lui-même n'a pas été modifié, mais un fichier temporaire incomplet n'a pas pu être supprimé\u00a0: {temp}. Supprimez-le.",
  "lock.blocked":
    "{file} est en cours d'écriture par une autre exécution de mvsp-triggers (processus {pid})\u00a0; rien n'a été écrit. Réessayez lorsqu'elle sera terminée. Si aucune exécution n'est en cours, supprimez le fichier de verrou {lock}.",
  "out.exists":
    "{file} existe déjà et n'est pas une sortie antérieure de {input}\u00a0; rien n'a été écrit. Choisissez un autre nom, ou ajoutez --force pour le remplacer.",
  "out.existsNoForce": "{file} existe déjà\u00a0; rien n'a été écrit. Choisissez un autre nom, ou ajoutez --force pour le remplacer.",
  "out.notRegular":
    "{file} existe mais n'est pas un fichier ordinaire (dossier, périphérique ou tube)\u00a0; rien n'a été écrit. Choisissez un autre nom.",
  "out.danglingLink":
    "{file} est un lien symbolique vers {link}, qui n'existe pas\u00a0; rien n'a été écrit et le lien a été laissé tel quel. Créez d'abord ce fichier, ou choisissez un autre nom.",
  "out.nameNotUtf8":
    "Le nom {file} contient des octets qui ne sont pas du texte UTF-8 (affichés \ufffd)\u00a0: il ne peut pas être écrit sous le nom saisi\u00a0; rien n'a été écrit. Choisissez un nom composé de lettres uniquement.",
  "report.notOurs":
    "{input} ne pouvait pas être écrit sans risque, et le rapport distinct {file} existe déjà sans avoir été écrit par MVSP Trigger Monitor\u00a0; rien n'a été écrit. Déplacez ou renommez ce fichier, puis relancez l'évaluation.",
};
