/** The "Check this Excel" view's words in each language; imported by that view only. */
import type { Language } from "../model";
import { lookUp } from "./index";
import { selfTest as en, type SelfTestKey } from "./en/self-test";
import { selfTest as fr } from "./fr/self-test";
import { selfTest as es } from "./es/self-test";

export type { SelfTestKey };

export const SELF_TEST_CATALOGUES: Readonly<Record<Language, Readonly<Record<SelfTestKey, string>>>> = { en, fr, es };

export function selfTestText(lang: Language, key: SelfTestKey, params?: Readonly<Record<string, string | number>>): string {
  return lookUp(SELF_TEST_CATALOGUES[lang], SELF_TEST_CATALOGUES.en, key, params, lang);
}
