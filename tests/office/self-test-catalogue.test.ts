/** The self-test view's catalogues: the same keys in every language, one label per check. */
import { SELF_TEST_CATALOGUES } from "../../src/core/i18n/self-test-catalogue";
import { SELF_TEST_IDS } from "../../src/adapters/office/self-test";

describe("self-test texts", () => {
  it("has the English keys, no more and no fewer, in French and Spanish, none left empty", () => {
    const keys = Object.keys(SELF_TEST_CATALOGUES.en).sort();
    for (const lang of ["fr", "es"] as const) {
      expect(Object.keys(SELF_TEST_CATALOGUES[lang]).sort()).toEqual(keys);
      expect(Object.values(SELF_TEST_CATALOGUES[lang]).filter((text) => text.trim() === "")).toEqual([]);
    }
  });

  it("labels every check of the adapter's self-test", () => {
    const missing = SELF_TEST_IDS.filter((id) => !(`selfTest.check.${id}` in SELF_TEST_CATALOGUES.en));
    expect(missing).toEqual([]);
  });
});
