/**
 * The list of undocumented behaviours the fake models (src/adapters/office/undocumented.ts), the
 * self-test's rows that check them in a real Excel, and the README's table of those rows: in step.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { UNDOCUMENTED } from "../../src/adapters/office/undocumented";
import { SELF_TEST_IDS } from "../../src/adapters/office/self-test";
import { BEHAVIOUR_IDS } from "../../src/adapters/office/self-test-behaviours";
import { SELF_TEST_CATALOGUES } from "../../src/core/i18n/self-test-catalogue";

describe("undocumented behaviours of the fake", () => {
  it("names, for each, a row of the self-test, each row once", () => {
    const rows = UNDOCUMENTED.map((entry) => entry.selfTest);
    expect(rows.filter((id) => !(SELF_TEST_IDS as readonly string[]).includes(id))).toEqual([]);
    expect(rows.filter((id, i) => rows.indexOf(id) !== i)).toEqual([]);
  });

  it("has an entry for every row added to check an undocumented behaviour", () => {
    const listed = new Set<string>(UNDOCUMENTED.map((entry) => entry.selfTest));
    expect(BEHAVIOUR_IDS.filter((id) => !listed.has(id))).toEqual([]);
  });

  it("says what each behaviour is and what relies on it", () => {
    for (const entry of UNDOCUMENTED) {
      expect(entry.behaviour.length).toBeGreaterThan(20);
      expect(entry.reliedOnBy.length).toBeGreaterThan(5);
    }
  });

  it("is what the README's table of self-test rows shows, row for row", () => {
    const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
    const section = readme.slice(readme.indexOf("Expected table on a current Microsoft 365"));
    const table = section.slice(0, section.indexOf("\n\n", section.indexOf("|")));
    const labels = [...table.matchAll(/^\| ([^|]+?) \| [\d.]+ \| Passed \|$/gm)].map((m) => m[1]);
    expect(labels).toEqual(SELF_TEST_IDS.map((id) => SELF_TEST_CATALOGUES.en[`selfTest.check.${id}`]));
  });
});
