/**
 * Saving settings: only the changed keys are written, in their Value cells; missing keys are
 * appended (never over user cells), or a new sheet is created.
 */
import { buildSettingsPlan, rowsToAppend, SETTINGS_SHEET, SETTINGS_TABLE_BLOCKED } from "../../src/core/settings-plan";
import type { SettingsChanges } from "../../src/core/settings";
import { readInputs } from "../../src/core/read";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/model";
import type { CellValue, NameSnapshot, WorkbookSnapshot } from "../../src/core/cells";
import type { SheetPlan, WritePlan } from "../../src/core/plan/types";

type Grid = CellValue[][];

/** A `TriggerSettings` table with its top-left corner at (row, col) of `Inputs`. */
function workbookWithTable(rows: Grid, row = 29, col = 3, sheets = ["Inputs"]): WorkbookSnapshot {
  const table: NameSnapshot = {
    kind: "range",
    range: { sheet: "Inputs", row, col, values: rows, formats: rows.map((r) => r.map(() => "General")) },
  };
  return { date1904: false, names: { TriggerSettings: table }, sheets: sheets.map((name) => ({ name })), log: null };
}

const emptyWorkbook = (sheets = ["Sheet1"]): WorkbookSnapshot => ({
  date1904: false,
  names: { TriggerSettings: { kind: "missing" } },
  sheets: sheets.map((name) => ({ name })),
  log: null,
});

function planOf(result: ReturnType<typeof buildSettingsPlan>): WritePlan {
  if (!("plan" in result)) throw new Error(`conflicts: ${JSON.stringify(result.conflicts)}`);
  return result.plan;
}

/**
 * The sheet after the plan: grid cells overwritten by the plan's cells, and the name repointed,
 * so the reader can read the result back.
 */
function applyToSnapshot(snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const entry = snapshot.names.TriggerSettings;
  const planName = plan.names.find((n) => n.name === "TriggerSettings");
  const sheet = planName?.sheet ?? (entry.kind === "range" ? entry.range.sheet : "");
  const rect =
    planName?.range ??
    (entry.kind === "range"
      ? { row: entry.range.row, col: entry.range.col, rows: entry.range.values.length, cols: entry.range.values[0].length }
      : null);
  if (!rect) throw new Error("no table");
  const grid: Grid = Array.from({ length: rect.rows }, (_, r) =>
    Array.from({ length: rect.cols }, (_, c) =>
      entry.kind === "range" && entry.range.sheet === sheet ? (entry.range.values[r]?.[c] ?? null) : null,
    ),
  );
  for (const cell of plan.sheets.flatMap((s: SheetPlan) => s.cells)) {
    grid[cell.row - rect.row][cell.col - rect.col] = cell.value;
  }
  const formats = grid.map((r) => r.map(() => "General"));
  return {
    ...snapshot,
    names: { TriggerSettings: { kind: "range", range: { sheet, row: rect.row, col: rect.col, values: grid, formats } } },
  };
}

const readSettings = (snapshot: WorkbookSnapshot) => readInputs(snapshot).inputs.settings;

const CHANGED: SettingsChanges = {
  MinActiveMembers: 65,
  MaxSpendOverEnvelope: 0.25,
  RequireLostMembersTier1: false,
  CostRule: "aggregate",
  Language: "fr",
};

/** What the reader makes of CHANGED over the defaults: both warning levels follow their trigger. */
const CHANGED_IN_FORCE: Settings = {
  ...DEFAULT_SETTINGS,
  MinActiveMembers: 65,
  WarnActiveMembers: 68,
  MaxSpendOverEnvelope: 0.25,
  WarnSpendOverEnvelope: 0.2,
  RequireLostMembersTier1: false,
  CostRule: "aggregate",
  Language: "fr",
};

describe("buildSettingsPlan without a settings table", () => {
  it("creates the MVSP Settings sheet with every key and points TriggerSettings at it", () => {
    const plan = planOf(buildSettingsPlan(emptyWorkbook(), CHANGED));
    expect(plan.sheets).toHaveLength(1);
    expect(plan.sheets[0]).toMatchObject({ name: SETTINGS_SHEET, mode: "create", role: "settings" });
    expect(plan.names).toEqual([
      expect.objectContaining({ name: "TriggerSettings", sheet: SETTINGS_SHEET, range: { row: 0, col: 0, rows: 18, cols: 2 } }),
    ]);
    const keys = plan.sheets[0].cells.filter((c) => c.col === 0).map((c) => c.value);
    expect(keys).toEqual(["Key", ...Object.keys(DEFAULT_SETTINGS)]);
    // Warning levels are left blank, so that they follow their trigger; the rest are written.
    const valueOf = (key: string) => plan.sheets[0].cells.find((c) => c.col === 1 && c.row === keys.indexOf(key))?.value;
    expect(valueOf("WarnActiveMembers")).toBeNull();
    expect(valueOf("WarnCostOverHistorical")).toBeNull();
    expect(valueOf("MinActiveMembers")).toBe(65);
    expect(valueOf("Tier1Fee")).toBe(85000);
  });

  it("writes what the reader reads back as the same settings", () => {
    const snapshot = emptyWorkbook();
    const after = applyToSnapshot(snapshot, planOf(buildSettingsPlan(snapshot, CHANGED)));
    expect(readSettings(after)).toEqual(CHANGED_IN_FORCE);
  });

  it("heads the new table in the user's language", () => {
    const plan = planOf(buildSettingsPlan(emptyWorkbook(), CHANGED, { language: "es" }));
    expect(plan.sheets[0].cells.slice(0, 2).map((c) => c.value)).toEqual(["Clave", "Valor"]);
    const snapshot = emptyWorkbook();
    expect(readSettings(applyToSnapshot(snapshot, planOf(buildSettingsPlan(snapshot, CHANGED, { language: "fr" }))))).toEqual(
      CHANGED_IN_FORCE,
    );
  });

  it("refuses when a sheet called MVSP Settings already exists (it belongs to the user)", () => {
    const result = buildSettingsPlan(emptyWorkbook(["Sheet1", "mvsp settings"]), CHANGED);
    expect("conflicts" in result && result.conflicts.map((p) => p.code)).toEqual(["sheetExists"]);
  });
});

describe("buildSettingsPlan with a settings table", () => {
  const TABLE: Grid = [
    ["Key", "Value"],
    ["MinActiveMembers", 70],
    ["MaxSpendOverEnvelope", "20%"],
    ["RequireLostMembersTier1", true],
    ["CostRule", "any"],
    ["Language", "fr"],
  ];

  it("writes only the Value cells that change, at their absolute position", () => {
    const plan = planOf(buildSettingsPlan(workbookWithTable(TABLE), { Language: "fr", MinActiveMembers: 65 }));
    expect(plan.sheets).toHaveLength(1);
    expect(plan.sheets[0]).toMatchObject({ name: "Inputs", mode: "update", role: "settings" });
    expect(plan.sheets[0].cells.map(({ row, col, value }) => ({ row, col, value }))).toEqual([{ row: 30, col: 4, value: 65 }]);
    expect(plan.names).toEqual([]);
  });

  it("writes nothing when nothing changed, leaving `20%` typed as text alone", () => {
    const plan = planOf(buildSettingsPlan(workbookWithTable(TABLE), { Language: "fr", MaxSpendOverEnvelope: 0.2 }));
    expect(plan.sheets).toEqual([]);
    expect(plan.names).toEqual([]);
  });

  it("never writes a Key cell or anything outside the Value column of existing rows", () => {
    const plan = planOf(buildSettingsPlan(workbookWithTable(TABLE), { ...CHANGED, Language: null }));
    const existingRows = new Set([30, 31, 32, 33, 34]);
    for (const cell of plan.sheets[0].cells.filter((c) => existingRows.has(c.row))) expect(cell.col).toBe(4);
    expect(plan.sheets[0].cells.find((c) => c.row === 34)).toMatchObject({ value: null });
  });

  it("appends rows for changed keys the table lacks when the cells below are empty, and repoints the name", () => {
    const settings = { ...CHANGED, LookbackMonths: 6, IndicatorsToConsiderMVSP: 3 };
    const snapshot = workbookWithTable(TABLE);
    expect(rowsToAppend(snapshot, settings)).toBe(2);
    const plan = planOf(
      buildSettingsPlan(snapshot, settings, {
        below: [
          [null, null],
          ["", null],
        ],
      }),
    );
    const appended = plan.sheets[0].cells.filter((c) => c.row >= 35);
    expect(appended.map(({ row, col, value }) => [row, col, value])).toEqual([
      [35, 3, "LookbackMonths"],
      [35, 4, 6],
      [36, 3, "IndicatorsToConsiderMVSP"],
      [36, 4, 3],
    ]);
    expect(plan.names).toEqual([{ name: "TriggerSettings", sheet: "Inputs", range: { row: 29, col: 3, rows: 8, cols: 2 } }]);
    expect(readSettings(applyToSnapshot(snapshot, plan))).toEqual({ ...CHANGED_IN_FORCE, LookbackMonths: 6, IndicatorsToConsiderMVSP: 3 });
  });

  it("refuses to append over user cells below the table, naming them", () => {
    const result = buildSettingsPlan(workbookWithTable(TABLE), { ...CHANGED, LookbackMonths: 6 }, { below: [[null, "notes"]] });
    expect("conflicts" in result).toBe(true);
    if ("conflicts" in result) {
      expect(result.conflicts[0]).toMatchObject({
        code: SETTINGS_TABLE_BLOCKED,
        name: "TriggerSettings",
        cell: "Inputs!D36:E36",
      });
    }
  });

  it("refuses to append when the cells below were not read", () => {
    expect("conflicts" in buildSettingsPlan(workbookWithTable(TABLE), { ...CHANGED, LookbackMonths: 6 })).toBe(true);
  });

  it("finds French headers in any column order and writes every duplicate of a key", () => {
    const table: Grid = [
      ["Valeur", "Clé"],
      [70, "MinActiveMembers"],
      [71, "minactivemembers"],
    ];
    const plan = planOf(buildSettingsPlan(workbookWithTable(table, 0, 0), { MinActiveMembers: 60 }));
    expect(plan.sheets[0].cells.map(({ row, col, value }) => [row, col, value])).toEqual([
      [1, 0, 60],
      [2, 0, 60],
    ]);
  });

  it("reports a table without Key/Value headers instead of guessing", () => {
    const result = buildSettingsPlan(
      workbookWithTable([
        ["Setting", "Amount"],
        ["MinActiveMembers", 70],
      ]),
      CHANGED,
    );
    expect("conflicts" in result && result.conflicts[0].code).toBe("headerMissing");
  });

  it("reports a broken name", () => {
    const snapshot: WorkbookSnapshot = { ...emptyWorkbook(), names: { TriggerSettings: { kind: "broken", formula: "=#REF!" } } };
    const result = buildSettingsPlan(snapshot, CHANGED);
    expect("conflicts" in result && result.conflicts[0].code).toBe("nameBroken");
  });
});

describe("buildSettingsPlan writes only the keys the user changed (issue 10)", () => {
  const AT_65_68_6: Grid = [
    ["Key", "Value"],
    ["MinActiveMembers", 65],
    ["WarnActiveMembers", 68],
    ["LookbackMonths", 6],
  ];

  it("a table at 65 / 68 / 6 with only the look-back changed stays 65 / 68", () => {
    const snapshot = workbookWithTable(AT_65_68_6);
    const plan = planOf(buildSettingsPlan(snapshot, { LookbackMonths: 9 }));
    expect(plan.sheets[0].cells.map(({ row, col, value }) => [row, col, value])).toEqual([[32, 4, 9]]);
    expect(plan.names).toEqual([]);
    expect(readSettings(applyToSnapshot(snapshot, plan))).toEqual({
      ...DEFAULT_SETTINGS,
      MinActiveMembers: 65,
      WarnActiveMembers: 68,
      LookbackMonths: 9,
    });
  });

  it("a change to null clears the value cell, so a warning level follows its trigger again", () => {
    const snapshot = workbookWithTable(AT_65_68_6);
    const plan = planOf(buildSettingsPlan(snapshot, { WarnActiveMembers: null }));
    expect(plan.sheets[0].cells.map(({ row, col, value }) => [row, col, value])).toEqual([[31, 4, null]]);
    expect(readSettings(applyToSnapshot(snapshot, plan))).toMatchObject({ MinActiveMembers: 65, WarnActiveMembers: 68 });
  });

  it("clearing a key the table lacks writes nothing and appends nothing", () => {
    const snapshot = workbookWithTable(AT_65_68_6);
    expect(rowsToAppend(snapshot, { Tier1Fee: null })).toBe(0);
    expect(planOf(buildSettingsPlan(snapshot, { Tier1Fee: null }))).toMatchObject({ sheets: [], names: [] });
  });

  it("an empty change set writes nothing, even where the table holds values other than the defaults", () => {
    expect(planOf(buildSettingsPlan(workbookWithTable(AT_65_68_6), {}))).toMatchObject({ sheets: [], names: [] });
  });
});
