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

/** The table's words and the files' words, one lookup. */
export const CLI_CATALOGUES: Readonly<Record<Language, CliCatalogue & typeof enFiles>> = {
  en: { ...en, ...enFiles },
  fr: { ...fr, ...frFiles },
  es: { ...es, ...esFiles },
};

/** Every sentence the command line says: a misspelt key fails the build. */
export type CliKey = keyof (typeof CLI_CATALOGUES)["en"] & string;

export function cliText(lang: Language, key: CliKey, params?: Readonly<Record<string, string | number>>): string {
  return lookUp(CLI_CATALOGUES[lang], CLI_CATALOGUES.en, key, params, lang);
}
