/**
 * TriggerSettings: every key read, every bad value an error naming its cell and not used; warning
 * levels not set follow their trigger; contradictions name both cells and keep the trigger written.
 */
import type { CellValue } from "../../src/core/cells";
import { translate } from "../../src/core/i18n";
import { DEFAULT_SETTINGS, LANGUAGES, type Problem, type SettingKey } from "../../src/core/model";
import { readInputs } from "../../src/core/read";
import { readStoredSettings } from "../../src/core/read/settings";
import { warningOfTrigger } from "../../src/core/settings";
import { range, validNames, workbook } from "./read-helpers";

/** Reads a settings table at Inputs!K2 (header) with the given rows from K3 down. */
function readSettings(rows: readonly (readonly CellValue[])[], formats?: readonly (readonly string[])[]) {
  const names = {
    ...validNames(),
    TriggerSettings: range("Inputs", "K2", [["Key", "Value"], ...rows], formats && [["General", "General"], ...formats]),
  };
  const { inputs, problems } = readInputs(workbook(names));
  return { settings: inputs.settings, problems };
}

function fr(problem: Problem): string {
  return translate("fr", "problems", problem.code, { name: problem.name, cell: problem.cell, ...problem.params });
}

describe("valid settings", () => {
  it.each<[SettingKey, CellValue, unknown]>([
    ["MinActiveMembers", 65, 65],
    ["MinActiveMembers", "65", 65],
    ["WarnActiveMembers", 80, 80],
    ["RequireLostMembersTier1", false, false],
    ["RequireLostMembersTier1", "Non", false],
    ["RequireLostMembersTier1", "sí", true],
    ["Tier1Fee", 90000, 90000],
    ["Tier1Fee", "90,000.00", 90000],
    ["Tier1Fee", "USD 90 000", 90000],
    ["LookbackMonths", 24, 24],
    ["LookbackMonths", 1, 1],
    ["LookbackMonths", 120, 120],
    ["MinNewMembers", 0, 0],
    ["MinNewMembers", 3, 3],
    ["MaxSpendOverEnvelope", 0.25, 0.25],
    ["MaxSpendOverEnvelope", "25%", 0.25],
    ["MaxSpendOverEnvelope", "25 %", 0.25],
    ["MaxSpendOverEnvelope", "22,5 %", 0.225],
    ["WarnSpendOverEnvelope", 0.1, 0.1],
    ["MaxDeficitQuarters", 2, 2],
    ["MinCashReserve", 100000, 100000],
    ["MinCashReserve", -50000, -50000],
    ["MaxCostOverHistorical", "20%", 0.2],
    ["WarnCostOverHistorical", 0, 0],
    ["CostRule", "aggregate", "aggregate"],
    ["CostRule", "Any", "any"],
    ["CostRule", "Global", "aggregate"],
    ["CostRule", "cualquiera", "any"],
    ["IndicatorsToConsiderMVSP", 3, 3],
    ["IndicatorsToConsiderMVSP", 8, 8],
    ["Language", "fr", "fr"],
    ["Language", "Español", "es"],
    ["Language", "English", "en"],
    ["Language", "fr-FR", "fr"],
    ["Language", "", null],
  ])("%s = %j → %j", (key, value, expected) => {
    const { settings, problems } = readSettings([[key, value]]);
    expect(problems).toEqual([]);
    expect(settings[key]).toEqual(expected);
    // Nothing else moved, but the warning level that follows this trigger (tested below).
    const warning = warningOfTrigger(key);
    const followed = warning ? { [warning]: DEFAULT_SETTINGS[warning] } : {};
    expect({ ...settings, [key]: DEFAULT_SETTINGS[key], ...followed }).toEqual(DEFAULT_SETTINGS);
  });

  it("matches keys whatever their case and spacing", () => {
    const { settings, problems } = readSettings([
      ["min active members", 60],
      [" LOOKBACKMONTHS ", 6],
      ["Indicators_To_Consider_MVSP", 3],
    ]);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ MinActiveMembers: 60, LookbackMonths: 6, IndicatorsToConsiderMVSP: 3 });
  });

  it("reads a percent-formatted cell as its fraction", () => {
    const { settings } = readSettings([["MaxSpendOverEnvelope", 0.3]], [["General", "0%"]]);
    expect(settings.MaxSpendOverEnvelope).toBe(0.3);
  });

  it("keeps the default for a key listed with a blank value, and skips blank rows", () => {
    const { settings, problems } = readSettings([
      ["MinActiveMembers", null],
      [null, null],
      ["MinNewMembers", 4],
    ]);
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, MinNewMembers: 4 });
  });

  it("reads French and Spanish headers and extra columns", () => {
    const names = {
      ...validNames(),
      TriggerSettings: range("Inputs", "K2", [
        ["Description", "Valor", "Clave"],
        ["umbral", 66, "MinActiveMembers"],
      ]),
    };
    const { inputs, problems } = readInputs(workbook(names));
    expect(problems).toEqual([]);
    expect(inputs.settings.MinActiveMembers).toBe(66);
  });
});

describe("invalid settings", () => {
  it.each<[SettingKey, CellValue, string]>([
    ["MinActiveMembers", -1, "-1"],
    ["MinActiveMembers", 70.5, "70.5"],
    ["MinActiveMembers", "seventy", "seventy"],
    ["WarnActiveMembers", true, "TRUE"],
    ["RequireLostMembersTier1", "Perhaps", "Perhaps"],
    ["RequireLostMembersTier1", 1, "1"],
    ["Tier1Fee", 0, "0"],
    ["Tier1Fee", "85.000", "85.000"],
    ["LookbackMonths", 0, "0"],
    ["LookbackMonths", 121, "121"],
    ["MinNewMembers", "2,5", "2,5"],
    ["MaxSpendOverEnvelope", 20, "20"],
    ["MaxSpendOverEnvelope", "-5%", "-5%"],
    ["WarnSpendOverEnvelope", "lots", "lots"],
    ["MaxDeficitQuarters", -2, "-2"],
    ["MinCashReserve", "none", "none"],
    ["MaxCostOverHistorical", "1001%", "1001%"],
    ["WarnCostOverHistorical", { error: "#DIV/0!" }, "#DIV/0!"],
    ["CostRule", "average", "average"],
    ["IndicatorsToConsiderMVSP", 9, "9"],
    ["IndicatorsToConsiderMVSP", 0, "0"],
    ["Language", "de", "de"],
    ["Language", 7, "7"],
  ])("%s = %j is an error naming the value cell; the default is kept", (key, value, found) => {
    // Another setting above it, to show that one bad value leaves the others alone.
    const other: SettingKey = key === "MinNewMembers" ? "MaxDeficitQuarters" : "MinNewMembers";
    const { settings, problems } = readSettings([
      [other, 3],
      [key, value],
    ]);
    expect(problems).toHaveLength(1);
    const problem = problems[0];
    expect(problem).toMatchObject({
      severity: "error",
      code: "settingInvalid",
      name: "TriggerSettings",
      cell: "Inputs!L4",
      params: { key, found },
    });
    for (const lang of LANGUAGES) {
      const text = translate(lang, "problems", problem.code, { name: problem.name, cell: problem.cell, ...problem.params });
      expect(text).toContain("Inputs!L4");
      expect(text).toContain(key);
      expect(text).not.toMatch(/\{\w+\}/);
    }
    expect(settings[key]).toEqual(DEFAULT_SETTINGS[key]);
    expect(settings[other]).toBe(3);
  });

  it("quotes the allowed values and the default in the message", () => {
    const { problems } = readSettings([["MaxSpendOverEnvelope", 20]]);
    expect(problems[0].params).toMatchObject({ allowed: "0% … 1000%", default: "20%" });
    expect(fr(problems[0])).toContain("La valeur par défaut, 20%, est utilisée");
  });

  it("warns about an unknown key, naming the key cell, and ignores the row", () => {
    const { settings, problems } = readSettings([["MinActiveMembrs", 50]]);
    expect(problems).toEqual([
      { severity: "warning", code: "settingUnknown", name: "TriggerSettings", cell: "Inputs!K3", params: { found: "MinActiveMembrs" } },
    ]);
    expect(fr(problems[0])).toContain("«\u00a0MinActiveMembrs\u00a0»");
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it("warns about a value without a key", () => {
    const { problems } = readSettings([[null, 50]]);
    expect(problems).toMatchObject([{ severity: "warning", code: "expectedText", cell: "Inputs!K3" }]);
  });

  it("a key given twice is an error on the second, and neither value is used", () => {
    const { settings, problems } = readSettings([
      ["LookbackMonths", 6],
      ["LookbackMonths", 18],
    ]);
    expect(problems).toMatchObject([{ severity: "error", code: "duplicateKey", cell: "Inputs!K4", params: { found: "LookbackMonths" } }]);
    expect(settings.LookbackMonths).toBe(DEFAULT_SETTINGS.LookbackMonths);
  });

  it.each<[SettingKey, CellValue, SettingKey, CellValue, number]>([
    ["WarnActiveMembers", 65, "MinActiveMembers", 66, 66],
    ["WarnSpendOverEnvelope", 0.3, "MaxSpendOverEnvelope", 0.25, 0.25],
    ["WarnCostOverHistorical", "20%", "MaxCostOverHistorical", "12%", 0.12],
  ])(
    "%s = %j against %s = %j contradict: an error naming both cells; the trigger written applies, the band is empty",
    (warn, warnValue, trigger, triggerValue, applied) => {
      const { settings, problems } = readSettings([
        [trigger, triggerValue],
        [warn, warnValue],
      ]);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({
        severity: "error",
        code: "settingInconsistent",
        cell: "Inputs!L4",
        params: { key: warn, other: trigger, otherCell: "Inputs!L3" },
      });
      for (const lang of LANGUAGES) {
        const text = translate(lang, "problems", problems[0].code, {
          name: problems[0].name,
          cell: problems[0].cell,
          ...problems[0].params,
        });
        expect(text).toContain("Inputs!L4");
        expect(text).toContain("Inputs!L3");
        expect(text).not.toMatch(/\{\w+\}/);
      }
      expect(settings[trigger]).toBe(applied);
      // Warning = trigger: no value is "near" but the one exactly on the threshold, as always.
      expect(settings[warn]).toBe(applied);
    },
  );

  it("a warning level set alone that contradicts the default trigger names its cell and the table", () => {
    const { settings, problems } = readSettings([["WarnActiveMembers", 65]]);
    expect(problems).toMatchObject([
      {
        code: "settingInconsistent",
        cell: "Inputs!L3",
        params: { key: "WarnActiveMembers", found: "65", otherValue: "70", otherCell: "Inputs!K2:L3" },
      },
    ]);
    expect(settings).toMatchObject({ MinActiveMembers: 70, WarnActiveMembers: 70 });
  });

  it("an invalid warning level follows the trigger written, and the message says so", () => {
    const { settings, problems } = readSettings([
      ["MinActiveMembers", 80],
      ["WarnActiveMembers", "lots"],
    ]);
    expect(problems).toMatchObject([{ code: "settingInvalid", cell: "Inputs!L4", params: { default: "83 (MinActiveMembers + 3)" } }]);
    expect(settings).toMatchObject({ MinActiveMembers: 80, WarnActiveMembers: 83 });
  });
});

describe("warning levels that follow their trigger (SPEC: a trigger is never replaced by its default)", () => {
  it("MinActiveMembers = 80 alone gives 80 / 83 and no problem", () => {
    const { settings, problems } = readSettings([["MinActiveMembers", 80]]);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ MinActiveMembers: 80, WarnActiveMembers: 83 });
  });

  it("a warning level listed with a blank value follows too", () => {
    const { settings, problems } = readSettings([
      ["MinActiveMembers", 60],
      ["WarnActiveMembers", null],
    ]);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ MinActiveMembers: 60, WarnActiveMembers: 63 });
  });

  it.each<[SettingKey, CellValue, SettingKey, number]>([
    ["MaxSpendOverEnvelope", "25%", "WarnSpendOverEnvelope", 0.2],
    ["MaxSpendOverEnvelope", 0.5, "WarnSpendOverEnvelope", 0.45],
    ["MaxCostOverHistorical", 0.3, "WarnCostOverHistorical", 0.25],
    // Never below 0 %: a 3 % trigger warns from 0 %, not from −2 %.
    ["MaxCostOverHistorical", "3%", "WarnCostOverHistorical", 0],
  ])("%s = %j: %s follows at 5 points below (%d)", (trigger, value, warning, expected) => {
    const { settings, problems } = readSettings([[trigger, value]]);
    expect(problems).toEqual([]);
    expect(settings[warning]).toBe(expected);
  });

  it("the case of issue 10: a table at 65 / 68 / 6 reads as 65 / 68 / 6", () => {
    const { settings, problems } = readSettings([
      ["MinActiveMembers", 65],
      ["WarnActiveMembers", 68],
      ["LookbackMonths", 6],
    ]);
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, MinActiveMembers: 65, WarnActiveMembers: 68, LookbackMonths: 6 });
  });

  it("readStoredSettings tells what the table sets from what follows or is a default, and where", () => {
    const names = {
      ...validNames(),
      TriggerSettings: range("Inputs", "K2", [
        ["Key", "Value"],
        ["MinActiveMembers", 80],
        ["LookbackMonths", "soon"],
        ["Tier1Fee", 90000],
      ]),
    };
    const stored = readStoredSettings(workbook(names));
    expect(stored.written).toEqual({ MinActiveMembers: 80, Tier1Fee: 90000 });
    expect(stored.cells).toEqual({ MinActiveMembers: "Inputs!L3", LookbackMonths: "Inputs!L4", Tier1Fee: "Inputs!L5" });
    expect(stored.table).toBe("Inputs!K2:L5");
    expect(stored.settings).toMatchObject({ MinActiveMembers: 80, WarnActiveMembers: 83, LookbackMonths: 12, Tier1Fee: 90000 });
    expect(stored.problems).toMatchObject([{ code: "settingInvalid", cell: "Inputs!L4" }]);
  });

  it("readStoredSettings without a table: every default, no table", () => {
    const names = validNames();
    delete (names as Record<string, unknown>).TriggerSettings;
    const stored = readStoredSettings(workbook(names));
    expect(stored).toEqual({ settings: DEFAULT_SETTINGS, written: {}, cells: {}, table: null, problems: [] });
  });
});

describe("settings tables", () => {
  it("a settings table without its headers is reported and leaves every default", () => {
    const names = { ...validNames(), TriggerSettings: range("Inputs", "K2", [["MinActiveMembers", 60]]) };
    const { inputs, problems } = readInputs(workbook(names));
    expect(problems.map((p) => [p.code, p.cell, p.params.header])).toEqual([
      ["headerMissing", "Inputs!K2:L2", "Key"],
      ["headerMissing", "Inputs!K2:L2", "Value"],
    ]);
    expect(inputs.settings).toEqual(DEFAULT_SETTINGS);
  });
});
