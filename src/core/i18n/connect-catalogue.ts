/** The words of connecting a workbook, in each language: imported by the CLI and the pane's Inputs view only. */
import type { Language } from "../model";
import { lookUp } from "./index";
import { connect as en, type ConnectKey } from "./en/connect";
import { connect as fr } from "./fr/connect";
import { connect as es } from "./es/connect";

export type { ConnectKey };

export const CONNECT_CATALOGUES: Readonly<Record<Language, Readonly<Record<ConnectKey, string>>>> = { en, fr, es };

export function connectText(lang: Language, key: ConnectKey, params?: Readonly<Record<string, string | number>>): string {
  return lookUp(CONNECT_CATALOGUES[lang], CONNECT_CATALOGUES.en, key, params, lang);
}
