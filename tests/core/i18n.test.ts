import { languageFromLocale, translate } from "../../src/core/i18n";
import { ALL_CATALOGUES as CATALOGUES } from "../../src/core/i18n/all";
import { CLI_CATALOGUES } from "../../src/core/i18n/cli-catalogue";
import { PANE_CATALOGUES } from "../../src/core/i18n/pane-catalogue";
import { LANGUAGES } from "../../src/core/model";

/** The top-level `{...}` groups of a template, braces balanced. */
function groups(text: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "{" && depth++ === 0) start = i + 1;
    else if (text[i] === "}" && depth > 0 && --depth === 0) found.push(text.slice(start, i));
  }
  return found;
}

/** The parameters a template uses, plural arguments included, each once: `{count, plural, one {…}}` → count. */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  for (const group of groups(text)) {
    const [name, kind] = group.split(",", 2).map((part) => part.trim());
    names.add(name);
    if (kind === "plural") for (const form of groups(group)) for (const inner of placeholders(form)) names.add(inner);
  }
  return [...names].sort();
}

describe("catalogues", () => {
  const en = CATALOGUES.en as unknown as Record<string, Record<string, string>>;

  it.each(["fr", "es"] as const)("%s has exactly the English keys and the same placeholders", (lang) => {
    const other = CATALOGUES[lang] as unknown as Record<string, Record<string, string>>;
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const section of Object.keys(en)) {
      expect({ section, keys: Object.keys(other[section]).sort() }).toEqual({ section, keys: Object.keys(en[section]).sort() });
      for (const key of Object.keys(en[section])) {
        expect({ section, key, params: placeholders(other[section][key]) }).toEqual({ section, key, params: placeholders(en[section][key]) });
      }
    }
  });

  it.each([
    ["pane", PANE_CATALOGUES],
    ["cli", CLI_CATALOGUES],
  ] as const)("the %s catalogue has the English keys and placeholders in fr and es", (_, catalogues) => {
    const english = catalogues.en as unknown as Record<string, string>;
    for (const lang of ["fr", "es"] as const) {
      const other = catalogues[lang] as unknown as Record<string, string>;
      expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
      for (const key of Object.keys(english)) {
        expect({ lang, key, params: placeholders(other[key]) }).toEqual({ lang, key, params: placeholders(english[key]) });
        expect(other[key].trim()).not.toBe("");
      }
    }
  });

  it("has no empty sentence in any language", () => {
    for (const lang of LANGUAGES) {
      for (const [section, table] of Object.entries(CATALOGUES[lang] as unknown as Record<string, Record<string, string>>)) {
        for (const [key, text] of Object.entries(table)) expect({ lang, section, key, empty: text.trim() === "" }).toEqual({ lang, section, key, empty: false });
      }
    }
  });

  it("fills placeholders and keeps unknown ones visible", () => {
    expect(translate("fr", "terms", "outcome.incompleteNote", { noData: 3, missing: "E1" })).toBe(
      "L'évaluation est incomplète\u00a0: 3 indicateurs sur 8 non renseignés (E1).",
    );
    expect(translate("en", "terms", "outcome.incompleteNote")).toContain("{noData, plural,");
  });

  it("maps Office display languages to a supported language", () => {
    expect(languageFromLocale("fr-CA")).toBe("fr");
    expect(languageFromLocale("es-419")).toBe("es");
    expect(languageFromLocale("de-DE")).toBe("en");
    expect(languageFromLocale(undefined)).toBe("en");
  });
});
