/** The Settings tab's data: changes against the workbook as read, checked with the reader's rules. */
import { storedSettings } from "./fixtures";
import { DEFAULT_SETTINGS, type SettingKey } from "../../src/core/model";
import { changeLines, defaultDraft, draftFrom, readForm, shownValue, type SettingsDraft } from "../../src/taskpane/settings-form";

const AT_65_68_6 = () =>
  storedSettings([
    ["MinActiveMembers", 65],
    ["WarnActiveMembers", 68],
    ["LookbackMonths", 6],
  ]);

const edit = (draft: SettingsDraft, edits: Partial<Record<SettingKey, string>>): SettingsDraft => ({ ...draft, ...edits });

describe("draftFrom", () => {
  it("starts from the workbook, not the defaults; warning levels not set are empty (they follow)", () => {
    const draft = draftFrom(
      storedSettings([
        ["MinActiveMembers", 80],
        ["MaxSpendOverEnvelope", "25%"],
      ]),
    );
    expect(draft.MinActiveMembers).toBe("80");
    expect(draft.WarnActiveMembers).toBe("");
    expect(draft.MaxSpendOverEnvelope).toBe("25");
    expect(draft.WarnSpendOverEnvelope).toBe("");
    expect(draft.LookbackMonths).toBe("12");
    expect(draft.RequireLostMembersTier1).toBe("TRUE");
    expect(draft.Language).toBe("");
    expect(draftFrom(AT_65_68_6()).WarnActiveMembers).toBe("68");
  });
});

describe("readForm", () => {
  it("the case of issue 10: only the look-back changed, only the look-back is written", () => {
    const workbook = AT_65_68_6();
    const reading = readForm(edit(draftFrom(workbook), { LookbackMonths: "9" }), workbook);
    expect(reading.issues).toEqual({});
    expect(reading.changes).toEqual({ LookbackMonths: 9 });
    expect(reading.after).toEqual({ ...DEFAULT_SETTINGS, MinActiveMembers: 65, WarnActiveMembers: 68, LookbackMonths: 9 });
  });

  it("nothing edited, nothing to write, even when the workbook differs from the defaults", () => {
    const workbook = AT_65_68_6();
    expect(readForm(draftFrom(workbook), workbook).changes).toEqual({});
  });

  it.each(["20", "20 %", "20%", "20,0"])("a percent field takes %j as 20 %", (typed) => {
    const workbook = storedSettings([["MaxSpendOverEnvelope", 0.3]]);
    const reading = readForm(edit(draftFrom(workbook), { MaxSpendOverEnvelope: typed }), workbook);
    expect(reading.changes).toEqual({ MaxSpendOverEnvelope: 0.2 });
  });

  it("0.2 typed in a percent field is 0.2 %", () => {
    const workbook = storedSettings([]);
    const reading = readForm(edit(draftFrom(workbook), { MaxSpendOverEnvelope: "0.2" }), workbook);
    expect(reading.changes).toEqual({ MaxSpendOverEnvelope: 0.002 });
  });

  it("retyping the same value in another form is no change", () => {
    const workbook = storedSettings([
      ["MaxSpendOverEnvelope", "25%"],
      ["Tier1Fee", 90000],
    ]);
    const reading = readForm(edit(draftFrom(workbook), { MaxSpendOverEnvelope: "25 %", Tier1Fee: "90,000" }), workbook);
    expect(reading.changes).toEqual({});
  });

  it("refuses what the next evaluation would reject, from the same definitions", () => {
    const workbook = storedSettings([]);
    const reading = readForm(
      edit(draftFrom(workbook), {
        Tier1Fee: "0",
        MaxSpendOverEnvelope: "1001",
        LookbackMonths: "6.5",
        MinActiveMembers: "seventy",
        IndicatorsToConsiderMVSP: "",
      }),
      workbook,
    );
    expect(reading.issues).toEqual({
      Tier1Fee: { code: "above", limit: 0 },
      MaxSpendOverEnvelope: { code: "max", limit: 10 },
      LookbackMonths: { code: "integer" },
      MinActiveMembers: { code: "number" },
      IndicatorsToConsiderMVSP: { code: "required" },
    });
  });

  it("a trigger moved with its warning level not set: the warning follows, no issue", () => {
    const workbook = storedSettings([]);
    const reading = readForm(edit(draftFrom(workbook), { MinActiveMembers: "80" }), workbook);
    expect(reading.issues).toEqual({});
    expect(reading.changes).toEqual({ MinActiveMembers: 80 });
    expect(reading.after).toMatchObject({ MinActiveMembers: 80, WarnActiveMembers: 83 });
  });

  it("a trigger moved past the warning level the workbook sets: an issue on the trigger", () => {
    const workbook = AT_65_68_6();
    const reading = readForm(edit(draftFrom(workbook), { MinActiveMembers: "70" }), workbook);
    expect(reading.issues).toEqual({ MinActiveMembers: { code: "triggerPastWarning", limit: 68 } });
  });

  it("a warning level typed past its trigger: an issue on the warning level", () => {
    const workbook = storedSettings([]);
    const reading = readForm(edit(draftFrom(workbook), { WarnSpendOverEnvelope: "30" }), workbook);
    expect(reading.issues).toEqual({ WarnSpendOverEnvelope: { code: "warnAtMost", limit: 0.2 } });
  });

  it("emptying a warning level clears its cell: it follows its trigger again", () => {
    const workbook = AT_65_68_6();
    const reading = readForm(edit(draftFrom(workbook), { WarnActiveMembers: "" }), workbook);
    expect(reading.issues).toEqual({});
    expect(reading.changes).toEqual({ WarnActiveMembers: null });
    expect(reading.after.WarnActiveMembers).toBe(68);
  });

  it("reset to defaults writes the settings the workbook changed back to their defaults", () => {
    const workbook = AT_65_68_6();
    const reading = readForm(defaultDraft(), workbook);
    expect(reading.changes).toEqual({ MinActiveMembers: 70, WarnActiveMembers: null, LookbackMonths: 12 });
    expect(reading.after).toEqual(DEFAULT_SETTINGS);
  });
});

describe("changeLines", () => {
  it("says before → after for what is written, and for a warning level that follows", () => {
    const workbook = storedSettings([["MaxSpendOverEnvelope", "25%"]]);
    const reading = readForm(edit(draftFrom(workbook), { MaxSpendOverEnvelope: "30", LookbackMonths: "6" }), workbook);
    expect(changeLines(reading, "en").map(({ key, before, after, how }) => [key, before, after, how])).toEqual([
      ["LookbackMonths", "12", "6", "written"],
      ["MaxSpendOverEnvelope", "25%", "30%", "written"],
      ["WarnSpendOverEnvelope", "20%", "25%", "follows"],
    ]);
    expect(changeLines(reading, "fr").find((line) => line.key === "MaxSpendOverEnvelope")).toMatchObject({
      label: "Dépassement de l'enveloppe\u00a0: déclenchement (%)",
      before: "25\u00a0%",
      after: "30\u00a0%",
    });
  });

  it("shows values in the user's words", () => {
    expect(shownValue("CostRule", "aggregate", "es")).toBe("Todos los servicios juntos");
    expect(shownValue("RequireLostMembersTier1", false, "fr")).toBe("Non");
    expect(shownValue("Tier1Fee", 85000, "en")).toBe("85,000");
    expect(shownValue("Language", null, "en")).toBe("Office's language");
  });
});
