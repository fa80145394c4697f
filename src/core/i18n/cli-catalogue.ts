/** The command line's words in each language; compiled into the CLI only. */
import type { Language } from "../model";
import type { CliCatalogue } from "./catalogue";
import { lookUp } from "./index";
import { cli as en } from "./en/cli";
import { cli as fr } from "./fr/cli";
import { cli as es } from "./es/cli";
import { cliFiles as enFiles } from "./en/cli-files";
import { cliFiles as frFiles } from "./fr/cli-files";
import { cliFiles as esFiles } from "./es/cli-files";
import { cliSafety as enSafety } from "./en/cli-safety";
import { cliSafety as frSafety } from "./fr/cli-safety";
import { cliSafety as esSafety } from "./es/cli-safety";
import { cliPackage as enPackage } from "./en/cli-package";
import { cliPackage as frPackage } from "./fr/cli-package";
import { cliPackage as esPackage } from "./es/cli-package";

/** The table's words and the files' words, one lookup. */
export const CLI_CATALOGUES: Readonly<Record<Language, CliCatalogue & typeof enFiles & typeof enSafety & typeof enPackage>> = {
  en: { ...en, ...enFiles, ...enSafety, ...enPackage },
  fr: { ...fr, ...frFiles, ...frSafety, ...frPackage },
  es: { ...es, ...esFiles, ...esSafety, ...esPackage },
};

/** Every sentence the command line says: a misspelt key fails the build. */
export type CliKey = keyof (typeof CLI_CATALOGUES)["en"] & string;

export function cliText(lang: Language, key: CliKey, params?: Readonly<Record<string, string | number>>): string {
  return lookUp(CLI_CATALOGUES[lang], CLI_CATALOGUES.en, key, params, lang);
}
