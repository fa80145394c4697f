/** The task pane's words in each language; imported by the pane only, so other bundles stay lean. */
import type { Language } from "../model";
import type { PaneCatalogue } from "./catalogue";
import { lookUp } from "./index";
import { pane as en } from "./en/pane";
import { pane as fr } from "./fr/pane";
import { pane as es } from "./es/pane";

export const PANE_CATALOGUES: Readonly<Record<Language, PaneCatalogue>> = { en, fr, es };

export type PaneKey = keyof PaneCatalogue;

export function paneText(lang: Language, key: PaneKey, params?: Readonly<Record<string, string | number>>): string {
  return lookUp(PANE_CATALOGUES[lang], PANE_CATALOGUES.en, key, params, lang);
}
