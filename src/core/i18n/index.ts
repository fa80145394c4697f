import type { Language } from "../model";
import type { Catalogue } from "./catalogue";
import { en } from "./en";
import { terms as frTerms } from "./fr/terms";
import { terms as esTerms } from "./es/terms";

export type { Catalogue, PaneCatalogue, CliCatalogue } from "./catalogue";

export type Section = keyof Catalogue;

/**
 * English is always here. French and Spanish bring only their terms (status words, outcomes:
 * small, and needed to read a log written in any language) until their whole catalogue is
 * registered: at start by the command line and the task pane (`loadAllLanguages`), on demand
 * by the ribbon command (`loadLanguage`), whose bundle must stay small.
 */
const catalogues: Record<Language, Partial<Catalogue>> = { en, fr: { terms: frTerms }, es: { terms: esTerms } };

/** Every language's terms, whatever is loaded. */
export const TERMS: Readonly<Record<Language, Catalogue["terms"]>> = { en: en.terms, fr: frTerms, es: esTerms };

export function registerCatalogue(lang: Language, catalogue: Catalogue): void {
  catalogues[lang] = catalogue;
}

export function isLanguageLoaded(lang: Language): boolean {
  return catalogues[lang].problems !== undefined;
}

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
  return lookUp(catalogues[lang][section] ?? en[section], en[section], key, params);
}

/** `key` in `table` (else in `fallback`, else the key itself), with `{placeholders}` filled. */
export function lookUp(
  table: object,
  fallback: object,
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = (table as Record<string, string>)[key] ?? (fallback as Record<string, string>)[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** `fr-FR`, `es-419`, `en-US` → a supported language; anything else → English. */
export function languageFromLocale(locale: string | null | undefined): Language {
  const base = (locale ?? "").toLowerCase().slice(0, 2);
  return base === "fr" || base === "es" ? base : "en";
}
