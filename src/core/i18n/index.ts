import type { Language } from "../language";
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

/** The keys of one section: a misspelt key fails the build. */
export type KeyOf<S extends Section> = keyof Catalogue[S] & string;
export type Params = Readonly<Record<string, string | number>>;

/**
 * The sentence for `key` in `lang`, with `{placeholders}` filled. Falls back to English, then to
 * the key itself, so a missing translation shows up as text rather than a crash.
 */
export function translate<S extends Section>(lang: Language, section: S, key: KeyOf<S>, params: Params = {}): string {
  return lookUp(catalogues[lang][section] ?? en[section], en[section], key, params, lang);
}

/**
 * `key` in `table` (else in `fallback`, else the key itself), with `{placeholders}` filled and
 * plurals chosen by the rules of `lang` (see `fillTemplate`).
 */
export function lookUp(table: object, fallback: object, key: string, params: Params = {}, lang: Language = "en"): string {
  const template = (table as Record<string, string>)[key] ?? (fallback as Record<string, string>)[key] ?? key;
  return fillTemplate(template, params, lang);
}

const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralCategory(lang: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(Math.abs(count));
}

/**
 * Fills `{name}` with `params.name`, and chooses plural forms written as in ICU messages:
 * `{count, plural, one {# indicateur atteint} other {# indicateurs atteints}}`, `#` standing for
 * the count. Plural categories follow `Intl.PluralRules` (French puts 0 and 1 in `one`), so no
 * sentence needs "(s)". A placeholder without a parameter stays as written.
 */
export function fillTemplate(template: string, params: Params, lang: Language): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) break;
    out += template.slice(i, open);
    const close = matchingBrace(template, open);
    if (close < 0) break;
    out += fillPlaceholder(template.slice(open + 1, close), template.slice(open, close + 1), params, lang);
    i = close + 1;
  }
  return out + template.slice(i);
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === "{") depth++;
    else if (text[j] === "}" && --depth === 0) return j;
  }
  return -1;
}

function fillPlaceholder(inner: string, whole: string, params: Params, lang: Language): string {
  const comma = inner.indexOf(",");
  const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
  if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
  const value = params[name];
  if (comma < 0) return String(value);
  const rest = inner.slice(comma + 1);
  if (!/^\s*plural\s*,/.test(rest)) return whole;
  const forms = pluralForms(rest.slice(rest.indexOf(",") + 1));
  const count = typeof value === "number" ? value : Number(value);
  const exact = forms.get(`=${count}`);
  const chosen = exact ?? forms.get(Number.isFinite(count) ? pluralCategory(lang, count) : "other") ?? forms.get("other") ?? whole;
  return fillTemplate(chosen.split("#").join(String(value)), params, lang);
}

/** `one {…} other {…}` → { one: "…", other: "…" }. */
function pluralForms(text: string): Map<string, string> {
  const forms = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    if (open < 0) break;
    const selector = text.slice(i, open).trim();
    const close = matchingBrace(text, open);
    if (close < 0) break;
    forms.set(selector, text.slice(open + 1, close));
    i = close + 1;
  }
  return forms;
}

/** `fr-FR`, `es-419`, `en-US` → a supported language; anything else → English. */
export function languageFromLocale(locale: string | null | undefined): Language {
  const base = (locale ?? "").toLowerCase().slice(0, 2);
  return base === "fr" || base === "es" ? base : "en";
}
