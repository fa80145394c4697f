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

/** The table's words and the files' words, one lookup. */
export const CLI_CATALOGUES: Readonly<Record<Language, CliCatalogue & typeof enFiles & typeof enSafety>> = {
  en: { ...en, ...enFiles, ...enSafety },
  fr: { ...fr, ...frFiles, ...frSafety },
  es: { ...es, ...esFiles, ...esSafety },
};

/** Every sentence the command line says: a misspelt key fails the build. */
export type CliKey = keyof (typeof CLI_CATALOGUES)["en"] & string;

export function cliText(lang: Language, key: CliKey, params?: Readonly<Record<string, string | number>>): string {
  return lookUp(CLI_CATALOGUES[lang], CLI_CATALOGUES.en, key, params, lang);
}
