/** One language's catalogue on demand: the ribbon command fetches French or Spanish only when used. */
import type { Language } from "../model";
import { isLanguageLoaded, registerCatalogue } from "./index";

export async function loadLanguage(lang: Language): Promise<void> {
  if (isLanguageLoaded(lang)) return;
  if (lang === "fr") registerCatalogue("fr", (await import(/* webpackChunkName: "lang-fr" */ "./fr")).fr);
  if (lang === "es") registerCatalogue("es", (await import(/* webpackChunkName: "lang-es" */ "./es")).es);
}
