/** The ribbon command's bundle carries English only and fetches French or Spanish when needed. */
describe("catalogues loaded on demand", () => {
  it("speaks English until a language is loaded, then that language; its terms are always there", async () => {
    await jest.isolateModulesAsync(async () => {
      const i18n = await import("../../src/core/i18n");
      const { loadLanguage } = await import("../../src/core/i18n/load");
      expect(i18n.isLanguageLoaded("fr")).toBe(false);
      expect(i18n.translate("fr", "messages", "sheet.keyHeader")).toBe("Key");
      // Status words of every language stay readable, for logs written in another language.
      expect(i18n.translate("es", "terms", "status.met")).toBe("Alcanzado");
      await loadLanguage("fr");
      expect(i18n.isLanguageLoaded("fr")).toBe(true);
      expect(i18n.translate("fr", "messages", "sheet.keyHeader")).toBe("Clé");
      expect(i18n.isLanguageLoaded("es")).toBe(false);
    });
  });
});
