import { fillTemplate, languageFromLocale, translate } from "../../src/core/i18n";
import { ALL_CATALOGUES as CATALOGUES } from "../../src/core/i18n/all";
import { CLI_CATALOGUES } from "../../src/core/i18n/cli-catalogue";
import { PANE_CATALOGUES } from "../../src/core/i18n/pane-catalogue";
import { SELF_TEST_CATALOGUES } from "../../src/core/i18n/self-test-catalogue";
import { WHAT_IF_CATALOGUES } from "../../src/core/i18n/what-if-catalogue";
import { REVIEW_CATALOGUES } from "../../src/core/i18n/review-catalogue";
import { CONNECT_CATALOGUES } from "../../src/core/i18n/connect-catalogue";
import { LANGUAGES, type Language } from "../../src/core/model";

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
        expect({ section, key, params: placeholders(other[section][key]) }).toEqual({
          section,
          key,
          params: placeholders(en[section][key]),
        });
      }
    }
  });

  it.each([
    ["pane", PANE_CATALOGUES],
    ["what-if", WHAT_IF_CATALOGUES],
    ["cli", CLI_CATALOGUES],
    ["review", REVIEW_CATALOGUES],
    ["connect", CONNECT_CATALOGUES],
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
        for (const [key, text] of Object.entries(table))
          expect({ lang, section, key, empty: text.trim() === "" }).toEqual({ lang, section, key, empty: false });
      }
    }
  });

  it("fills placeholders and keeps unknown ones visible", () => {
    expect(translate("fr", "outcomes", "incompleteNote", { noData: 3, missing: "E1" })).toBe(
      "L'évaluation est incomplète\u00a0: 3 indicateurs sur 8 non renseignés (E1).",
    );
    expect(translate("en", "outcomes", "incompleteNote")).toContain("{noData, plural,");
  });

  it("maps Office display languages to a supported language", () => {
    expect(languageFromLocale("fr-CA")).toBe("fr");
    expect(languageFromLocale("es-419")).toBe("es");
    expect(languageFromLocale("de-DE")).toBe("en");
    expect(languageFromLocale(undefined)).toBe("en");
  });
});

/** Every sentence of every catalogue (documents, problems, messages, settings, the pane, the CLI, the self-test), by language. */
function sentences(lang: Language): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const [section, table] of Object.entries(CATALOGUES[lang] as unknown as Record<string, Record<string, string>>)) {
    for (const [key, text] of Object.entries(table)) out.push({ where: `${section}.${key}`, text });
  }
  for (const [key, text] of Object.entries(SELF_TEST_CATALOGUES[lang])) out.push({ where: `selfTest.${key}`, text });
  for (const [key, text] of Object.entries(PANE_CATALOGUES[lang])) out.push({ where: `pane.${key}`, text });
  for (const [key, text] of Object.entries(WHAT_IF_CATALOGUES[lang])) out.push({ where: `whatIf.${key}`, text });
  for (const [key, text] of Object.entries(CLI_CATALOGUES[lang])) out.push({ where: `cli.${key}`, text });
  for (const [key, text] of Object.entries(REVIEW_CATALOGUES[lang])) out.push({ where: `review.${key}`, text });
  for (const [key, text] of Object.entries(CONNECT_CATALOGUES[lang])) out.push({ where: `connect.${key}`, text });
  return out;
}

/** The template with every placeholder removed, so only the words written in the catalogue are checked. */
const literal = (text: string): string => text.replace(/\{[^{}]*\}/g, "");

describe("the written language", () => {
  it.each(LANGUAGES)("%s never writes a pseudo-plural such as indicateur(s), error(es) or Cumplido/s", (lang) => {
    const pseudo = /\p{L}\((?:s|es|x|e|nt)\)|\p{L}\/(?:s|es)\b/u;
    const found = sentences(lang).filter(({ text }) => pseudo.test(text));
    expect(found).toEqual([]);
  });

  it("puts a no-break space before French : ; ? ! and inside « », wherever they punctuate", () => {
    const bad: { where: string; text: string }[] = [];
    for (const { where, text } of sentences("fr")) {
      // Punctuation followed by a letter or digit is part of a token (Inputs!C52, A1:B2), not of the sentence.
      for (const m of text.matchAll(/[:;?!](?![\p{L}\p{N}/])/gu)) {
        const before = text[m.index! - 1];
        if (before !== "\u00a0" && before !== "\u202f") bad.push({ where, text });
      }
      if (/«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/u.test(text)) bad.push({ where, text });
      if (/[“”]|"/.test(literal(text))) bad.push({ where, text });
    }
    expect(bad).toEqual([]);
  });

  it("writes Spanish questions and exclamations with their opening marks", () => {
    const missing = sentences("es").filter(
      ({ text }) => (/\?/.test(text) && !/¿/.test(text)) || (/!(?![\p{L}\p{N}])/u.test(text) && !/¡/.test(text)),
    );
    expect(missing).toEqual([]);
  });

  it.each([
    ["en", "outcomes", "incompleteNote", { noData: 1, missing: "E1" }, "The evaluation is incomplete: 1 of 8 indicators has no data (E1)."],
    [
      "en",
      "outcomes",
      "incompleteNote",
      { noData: 2, missing: "E1, E2" },
      "The evaluation is incomplete: 2 of 8 indicators have no data (E1, E2).",
    ],
    [
      "fr",
      "outcomes",
      "incompleteNote",
      { noData: 1, missing: "E1" },
      "L'évaluation est incomplète\u00a0: 1 indicateur sur 8 non renseigné (E1).",
    ],
    [
      "fr",
      "outcomes",
      "incompleteNote",
      { noData: 2, missing: "E1, E2" },
      "L'évaluation est incomplète\u00a0: 2 indicateurs sur 8 non renseignés (E1, E2).",
    ],
    [
      "es",
      "outcomes",
      "incompleteNote",
      { noData: 1, missing: "E1" },
      "La evaluación está incompleta: 1 de 8 indicadores no tiene datos (E1).",
    ],
    [
      "es",
      "outcomes",
      "incompleteNote",
      { noData: 2, missing: "E1, E2" },
      "La evaluación está incompleta: 2 de 8 indicadores no tienen datos (E1, E2).",
    ],
    [
      "en",
      "outcomes",
      "consider_mvsp",
      { met: 1 },
      "1 of 8 indicators is met: the Board should consider activating the Minimum Viable Service Product.",
    ],
    ["fr", "outcomes", "no_trigger", { met: 0, near: 1 }, "Aucun déclenchement\u00a0: 0 indicateur sur 8 atteint et 1 proche du seuil."],
    ["fr", "outcomes", "no_trigger", { met: 2, near: 3 }, "Aucun déclenchement\u00a0: 2 indicateurs sur 8 atteints et 3 proches du seuil."],
    ["es", "outcomes", "no_trigger", { met: 1, near: 0 }, "Sin activación: 1 de 8 indicadores alcanzado y 0 cerca del umbral."],
    [
      "en",
      "problems",
      "settingsTableBlocked",
      { name: "T", rows: 1, cell: "A9" },
      "The settings table T cannot grow: the row below it, A9, is not empty. Move those cells or add the missing keys to the table yourself.",
    ],
    ["fr", "problems", "moreProblems", { name: "X", count: 1 }, "X\u00a0: 1 autre problème dans cette plage n'est pas listé."],
    ["es", "problems", "moreProblems", { name: "X", count: 4 }, "X: no se muestran otros 4 problemas de este rango."],
  ] as const)("%s %s.%s with %j reads %j", (lang, section, key, params, expected) => {
    expect(translate(lang, section, key as never, params)).toBe(expected);
  });

  it("chooses every plural form by the count in each language: 1 and 2 never read the same", () => {
    const pluralKeys: string[] = [];
    for (const lang of LANGUAGES) {
      for (const { where, text } of sentences(lang)) {
        const args = new Set([...text.matchAll(/\{(\w+),\s*plural\s*,/g)].map((m) => m[1]));
        if (args.size === 0) continue;
        pluralKeys.push(`${lang} ${where}`);
        const params = (n: number) => Object.fromEntries([...args].map((a) => [a, n]));
        const one = fillTemplate(text, params(1), lang);
        const two = fillTemplate(text, params(2), lang);
        expect({ lang, where, different: one !== two, unfilled: /plural/.test(one + two) }).toEqual({
          lang,
          where,
          different: true,
          unfilled: false,
        });
      }
    }
    // The sentences that count things do use plural forms, in every language.
    for (const lang of LANGUAGES) {
      for (const key of ["outcomes.incompleteNote", "problems.settingsTableBlocked", "problems.moreProblems", "explanations.noData"]) {
        expect(pluralKeys).toContain(`${lang} ${key}`);
      }
    }
  });
});
