/** The template's settings table, made from the settings' definitions, read back by the reader. */
import type { CellValue, WorkbookSnapshot } from "../../src/core/cells";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { buildTemplatePlan } from "../../src/core/plan";
import type { WritePlan } from "../../src/core/plan/types";
import { readStoredSettings } from "../../src/core/read/settings";

function templatePlan(): WritePlan {
  const result = buildTemplatePlan("en");
  if (!("plan" in result)) throw new Error("conflicts");
  return result.plan;
}

/** The TriggerSettings table of the template as cell values, with `edits` typed over its Value column. */
function templateSettings(edits: Readonly<Record<string, CellValue>> = {}): WorkbookSnapshot {
  const plan = templatePlan();
  const sheet = plan.sheets[0];
  const table = sheet.tables?.find((t) => t.name === "TriggerSettings");
  if (!table) throw new Error("no TriggerSettings table");
  const { row, col, rows, cols } = table.range;
  const at = (r: number, c: number) => sheet.cells.find((cell) => cell.row === r && cell.col === c)?.value ?? null;
  const values = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const key = at(row + r, col);
      return c === 1 && typeof key === "string" && key in edits ? edits[key] : at(row + r, col + c);
    }),
  );
  return {
    date1904: false,
    names: {
      TriggerSettings: {
        kind: "range",
        range: { sheet: sheet.name, row, col, values, formats: values.map((v) => v.map(() => "General")) },
      },
    },
    sheets: [{ name: sheet.name }],
    log: null,
  };
}

describe("the template's settings table", () => {
  it("reads back as the defaults, with no problem; warning levels are left blank and follow", () => {
    const stored = readStoredSettings(templateSettings());
    expect(stored.problems).toEqual([]);
    expect(stored.settings).toEqual(DEFAULT_SETTINGS);
    expect(stored.written.WarnActiveMembers).toBeUndefined();
    expect(stored.written.MinActiveMembers).toBe(70);
  });

  it("MinActiveMembers typed as 80 in the template gives 80 / 83, not an error and not 70 (issue 10)", () => {
    const stored = readStoredSettings(templateSettings({ MinActiveMembers: 80, MaxSpendOverEnvelope: 0.3 }));
    expect(stored.problems).toEqual([]);
    expect(stored.settings).toMatchObject({
      MinActiveMembers: 80,
      WarnActiveMembers: 83,
      MaxSpendOverEnvelope: 0.3,
      WarnSpendOverEnvelope: 0.25,
    });
  });
});
