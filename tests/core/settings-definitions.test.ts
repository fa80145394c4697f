/** The one definition of the settings, and everything that derives from it. */
import { translate } from "../../src/core/i18n";
import { DEFAULT_SETTINGS, LANGUAGES } from "../../src/core/model";
import { INDICATORS } from "../../src/core/indicators";
import {
  SETTING_KEYS,
  WARNING_PAIRS,
  boundIssue,
  definitionOf,
  followingWarning,
  resolveSettings,
  settingLabel,
  showSetting,
} from "../../src/core/settings";
import { isDefaultSetting, settingInputCell, settingsLine } from "../../src/core/plan/settings-text";

describe("the settings' definitions", () => {
  it("define the SPEC's seventeen settings, in its order, with its defaults", () => {
    expect(SETTING_KEYS).toEqual([
      "MinActiveMembers",
      "WarnActiveMembers",
      "RequireLostMembersTier1",
      "Tier1Fee",
      "LookbackMonths",
      "MinNewMembers",
      "MaxSpendOverEnvelope",
      "WarnSpendOverEnvelope",
      "MaxDeficitQuarters",
      "MinCashReserve",
      "MaxCostOverHistorical",
      "WarnCostOverHistorical",
      "CostRule",
      "IndicatorsToConsiderMVSP",
      "Language",
      "PreparedBy",
      "ReviewedBy",
    ]);
    expect(DEFAULT_SETTINGS).toEqual({
      MinActiveMembers: 70,
      WarnActiveMembers: 73,
      RequireLostMembersTier1: true,
      Tier1Fee: 85000,
      LookbackMonths: 12,
      MinNewMembers: 2,
      MaxSpendOverEnvelope: 0.2,
      WarnSpendOverEnvelope: 0.15,
      MaxDeficitQuarters: 1,
      MinCashReserve: 0,
      MaxCostOverHistorical: 0.15,
      WarnCostOverHistorical: 0.1,
      CostRule: "any",
      IndicatorsToConsiderMVSP: 2,
      Language: null,
      PreparedBy: null,
      ReviewedBy: null,
    });
  });

  it("pair each warning level with its trigger at the SPEC's distance, which reproduces the defaults", () => {
    expect(WARNING_PAIRS.map(([warning, pairing]) => [warning, pairing.trigger, pairing.distance])).toEqual([
      ["WarnActiveMembers", "MinActiveMembers", 3],
      ["WarnSpendOverEnvelope", "MaxSpendOverEnvelope", -0.05],
      ["WarnCostOverHistorical", "MaxCostOverHistorical", -0.05],
    ]);
    expect(resolveSettings({})).toEqual({ settings: DEFAULT_SETTINGS, contradictions: [] });
  });

  it("allow as many indicators to consider the MVSP as there are indicators", () => {
    expect(definitionOf("IndicatorsToConsiderMVSP").max).toBe(INDICATORS.length);
  });

  it("give every setting a label in every language", () => {
    for (const lang of LANGUAGES) {
      const labels = SETTING_KEYS.map((key) => settingLabel(key, lang));
      for (const [i, label] of labels.entries()) expect(label).not.toBe(`label.${SETTING_KEYS[i]}`);
      expect(new Set(labels).size).toBe(SETTING_KEYS.length);
    }
    expect(settingLabel("MaxSpendOverEnvelope", "fr")).not.toBe(settingLabel("MaxSpendOverEnvelope", "en"));
    expect(translate("es", "settings", "hint.percent")).toContain("20\u00a0%");
  });
});

describe("bounds: what the next evaluation would reject", () => {
  it.each([
    ["Tier1Fee", 0, { code: "above", limit: 0 }],
    ["Tier1Fee", -1, { code: "above", limit: 0 }],
    ["MaxSpendOverEnvelope", 10.01, { code: "max", limit: 10 }],
    ["WarnCostOverHistorical", -0.01, { code: "min", limit: 0 }],
    ["LookbackMonths", 6.5, { code: "integer" }],
    ["LookbackMonths", 0, { code: "min", limit: 1 }],
    ["LookbackMonths", 121, { code: "max", limit: 120 }],
    ["IndicatorsToConsiderMVSP", 9, { code: "max", limit: 8 }],
    ["MinActiveMembers", Number.NaN, { code: "number" }],
  ] as const)("%s = %d: %j", (key, value, issue) => {
    expect(boundIssue(key, value)).toEqual(issue);
  });

  it.each([
    ["Tier1Fee", 0.01],
    ["MaxSpendOverEnvelope", 10],
    ["MinCashReserve", -50000],
    ["LookbackMonths", 120],
    ["MinActiveMembers", 0],
  ] as const)("%s = %d is fine", (key, value) => {
    expect(boundIssue(key, value)).toBeNull();
  });
});

describe("warning levels", () => {
  it("follow their trigger without float noise, never below 0 %", () => {
    expect(followingWarning("WarnActiveMembers", 80)).toBe(83);
    expect(followingWarning("WarnSpendOverEnvelope", 0.2)).toBe(0.15);
    expect(followingWarning("WarnCostOverHistorical", 0.03)).toBe(0);
  });

  it("set and contradicting: reported, the trigger applies, the warning equals it", () => {
    expect(resolveSettings({ MinActiveMembers: 65, WarnActiveMembers: 60 })).toMatchObject({
      settings: { MinActiveMembers: 65, WarnActiveMembers: 65 },
      contradictions: [{ warning: "WarnActiveMembers", trigger: "MinActiveMembers" }],
    });
    expect(resolveSettings({ MaxSpendOverEnvelope: 0.1, WarnSpendOverEnvelope: 0.15 })).toMatchObject({
      settings: { MaxSpendOverEnvelope: 0.1, WarnSpendOverEnvelope: 0.1 },
      contradictions: [{ warning: "WarnSpendOverEnvelope" }],
    });
  });

  it("set and equal to the trigger is no contradiction", () => {
    expect(resolveSettings({ MinActiveMembers: 65, WarnActiveMembers: 65 }).contradictions).toEqual([]);
  });
});

describe("what derives from the definitions", () => {
  it("the log's settings line", () => {
    const line = settingsLine({ ...DEFAULT_SETTINGS, MaxSpendOverEnvelope: 0.225, RequireLostMembersTier1: false, Language: "fr" });
    expect(line.split("; ")).toEqual([
      "MinActiveMembers=70",
      "WarnActiveMembers=73",
      "RequireLostMembersTier1=FALSE",
      "Tier1Fee=85000",
      "LookbackMonths=12",
      "MinNewMembers=2",
      "MaxSpendOverEnvelope=22.5%",
      "WarnSpendOverEnvelope=15%",
      "MaxDeficitQuarters=1",
      "MinCashReserve=0",
      "MaxCostOverHistorical=15%",
      "WarnCostOverHistorical=10%",
      "CostRule=any",
      "IndicatorsToConsiderMVSP=2",
      "Language=fr",
    ]);
    expect(showSetting("Language", null)).toBe("auto");
  });

  it("the template's input cells: warning levels blank (they follow), validations from the bounds", () => {
    const range = { row: 5, col: 1, rows: 1, cols: 1 };
    expect(settingInputCell("WarnActiveMembers", range, "en")).toMatchObject({ value: null });
    expect(settingInputCell("WarnSpendOverEnvelope", range, "en")).toMatchObject({ value: null });
    expect(settingInputCell("MinActiveMembers", range, "en")).toMatchObject({
      value: 70,
      validation: { kind: "wholeNumber", min: 0 },
    });
    expect(settingInputCell("LookbackMonths", range, "en").validation).toEqual({ kind: "wholeNumber", range, min: 1, max: 120 });
    expect(settingInputCell("Tier1Fee", range, "en").validation).toEqual({ kind: "nonNegative", range });
    // A negative reserve (an overdraft facility) is allowed: no validation to refuse it.
    expect(settingInputCell("MinCashReserve", range, "en").validation).toBeNull();
    expect(settingInputCell("RequireLostMembersTier1", range, "fr")).toMatchObject({
      value: "Oui",
      validation: { kind: "list", values: ["Oui", "Non"] },
    });
  });
});

describe("isDefaultSetting (the summary's “(set)” mark)", () => {
  it("a warning level that follows its trigger is not set; one that does not follow is", () => {
    const following = { ...DEFAULT_SETTINGS, MinActiveMembers: 80, WarnActiveMembers: 83 };
    expect(isDefaultSetting("WarnActiveMembers", following)).toBe(true);
    expect(isDefaultSetting("MinActiveMembers", following)).toBe(false);
    expect(isDefaultSetting("WarnActiveMembers", { ...following, WarnActiveMembers: 73 })).toBe(false);
    expect(isDefaultSetting("WarnSpendOverEnvelope", { ...DEFAULT_SETTINGS, MaxSpendOverEnvelope: 0.25, WarnSpendOverEnvelope: 0.2 })).toBe(
      true,
    );
    expect(isDefaultSetting("Tier1Fee", DEFAULT_SETTINGS)).toBe(true);
  });
});
