/** Numbers as a reader of each language expects them in sentences (cells use Excel number formats instead). */
import type { Language } from "./model";

const LOCALES: Record<Language, string> = { en: "en-GB", fr: "fr-FR", es: "es-ES" };

function group(value: number, decimals: number, lang: Language): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  // Hand-rolled rather than Intl: identical output in Node, browsers and Office's webviews.
  const sep = lang === "en" ? "," : lang === "fr" ? "\u202f" : ".";
  const dec = lang === "en" ? "." : ",";
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${value < 0 && Number(fixed) !== 0 ? "−" : ""}${grouped}${frac ? dec + frac : ""}`;
}

export function formatCount(value: number, lang: Language): string {
  return group(value, Number.isInteger(value) ? 0 : 1, lang);
}

/** 0.253 → `25.3%` (en) / `25,3 %` (fr, es). */
export function formatPercent(fraction: number, lang: Language): string {
  const text = group(fraction * 100, 1, lang);
  return lang === "en" ? `${text}%` : `${text}\u00a0%`;
}

/** 3080000 → `3,080,000 USD` (en) / `3 080 000 USD` (fr). */
export function formatUsd(amount: number, lang: Language): string {
  return `${group(Math.round(amount), 0, lang)}\u00a0USD`;
}

export const LOCALE_OF = LOCALES;
