import type { Language } from "../model";
import type { Catalogue } from "./catalogue";
import { en } from "./en";
import { fr } from "./fr";
import { es } from "./es";

export type { Catalogue } from "./catalogue";

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, fr, es };

export type Section = keyof Catalogue;

/**
 * The sentence for `key` in `lang`, with `{placeholders}` filled. Falls back to English, then to
 * the key itself, so a missing translation shows up as text rather than a crash.
 */
export function translate(
  lang: Language,
  section: Section,
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const table = CATALOGUES[lang][section] as Readonly<Record<string, string>>;
  const fallback = CATALOGUES.en[section] as Readonly<Record<string, string>>;
  const template = table[key] ?? fallback[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** `fr-FR`, `es-419`, `en-US` → a supported language; anything else → English. */
export function languageFromLocale(locale: string | null | undefined): Language {
  const base = (locale ?? "").toLowerCase().slice(0, 2);
  return base === "fr" || base === "es" ? base : "en";
}
