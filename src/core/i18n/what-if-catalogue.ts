/** The What-if view's words in each language; imported by that view only, so the pane's first paint does not carry them. */
import type { Language } from "../model";
import { lookUp } from "./index";
import { whatIf as en, type WhatIfKey } from "./en/what-if";
import { whatIf as fr } from "./fr/what-if";
import { whatIf as es } from "./es/what-if";

export type { WhatIfKey };

export const WHAT_IF_CATALOGUES: Readonly<Record<Language, Readonly<Record<WhatIfKey, string>>>> = { en, fr, es };

export function whatIfText(lang: Language, key: WhatIfKey, params?: Readonly<Record<string, string | number>>): string {
  return lookUp(WHAT_IF_CATALOGUES[lang], WHAT_IF_CATALOGUES.en, key, params, lang);
}
