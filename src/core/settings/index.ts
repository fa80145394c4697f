/** The settings, defined once (`definitions`), their rules (`rules`) and their labels per language. */
import type { Language, SettingKey } from "../model";
import { translate } from "../i18n";

export * from "./definitions";
export * from "./rules";

/** The setting's label in `lang` (`i18n/<lang>/settings.ts`). */
export function settingLabel(key: SettingKey, lang: Language): string {
  return translate(lang, "settings", `label.${key}`);
}
