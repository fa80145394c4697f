/** The review check's words in each language: small, so every face that checks carries all three. */
import type { Language } from "../model";
import { lookUp } from "./index";
import { review as en, type ReviewKey } from "./en/review";
import { review as fr } from "./fr/review";
import { review as es } from "./es/review";

export type { ReviewKey };

export const REVIEW_CATALOGUES: Readonly<Record<Language, Readonly<Record<ReviewKey, string>>>> = { en, fr, es };

export function reviewText(lang: Language, key: ReviewKey, params?: Readonly<Record<string, string | number>>): string {
  return lookUp(REVIEW_CATALOGUES[lang], REVIEW_CATALOGUES.en, key, params, lang);
}
