/** The pane's words: every visible string comes from `core/i18n/<lang>/pane.ts` or the core's text helpers. */
import * as React from "react";
import { translate, type Catalogue } from "../core/i18n";
import { PANE_CATALOGUES, paneText as paneOnly, type PaneKey as PaneOnlyKey } from "../core/i18n/pane-catalogue";
import type { Language } from "../core/model";

/** The pane's own words, plus the messages it shares with the ribbon command (title, errors). */
export type PaneKey = PaneOnlyKey | keyof Catalogue["messages"];
export type Params = Readonly<Record<string, string | number>>;

export function paneText(lang: Language, key: PaneKey, params?: Params): string {
  return key in PANE_CATALOGUES.en
    ? paneOnly(lang, key as PaneOnlyKey, params)
    : translate(lang, "messages", key as keyof Catalogue["messages"], params);
}

export interface PaneWords {
  readonly lang: Language;
  readonly t: (key: PaneKey, params?: Params) => string;
}

const LanguageContext = React.createContext<Language>("en");

export function LanguageProvider(props: { readonly lang: Language; readonly children: React.ReactNode }) {
  return <LanguageContext.Provider value={props.lang}>{props.children}</LanguageContext.Provider>;
}

export function usePane(): PaneWords {
  const lang = React.useContext(LanguageContext);
  return React.useMemo(() => ({ lang, t: (key: PaneKey, params?: Params) => paneText(lang, key, params) }), [lang]);
}
