import type { CellValue } from "../../src/core/cells";
import { addMonths, dayFromIso } from "../../src/core/dates";
import { DEFAULT_SETTINGS, type Language } from "../../src/core/model";
import { INDICATORS } from "../../src/core/indicators";
import { buildTemplatePlan, STYLES } from "../../src/core/plan";
import { TEMPLATE_INPUT_NAMES } from "../../src/core/plan/template";
import { SHEET_NAMES, type PlanRect, type SheetPlan, type WritePlan } from "../../src/core/plan/types";
import { cellAt, emptySnapshot, rangeName } from "./plan-fixtures";

/** Single-cell inputs and the PlannedSpend column stay defined names... */
const INPUT_NAMES = ["BudgetEnvelope", "PlannedSpend", "CashOpeningBalance", "EvaluationDate"];
/** ...table inputs are Excel tables of the same name, which grow as rows are typed below them. */
const TABLE_NAMES = ["CashFlow", "MemberRoster", "CoreServiceCosts", "ExternalFactors", "TriggerSettings"];
const STATUS_NAMES = INDICATORS.map((i) => `Status_${i.id}`);

/** The SPEC's "Header names recognised" table, in each language. */
const SPEC_HEADERS: Record<Language, Record<string, string[]>> = {
  en: {
    CashFlow: ["Quarter", "Inflows", "Outflows"],
    MemberRoster: ["Organisation", "Tier", "Joined", "Left"],
    CoreServiceCosts: ["Service", "Current cost", "Historical average"],
    ExternalFactors: ["Factor", "ID", "Assessment", "Evidence"],
    TriggerSettings: ["Key", "Value"],
  },
  fr: {
    CashFlow: ["Trimestre", "Entrées", "Sorties"],
    MemberRoster: ["Organisation", "Niveau", "Date d'adhésion", "Date de départ"],
    CoreServiceCosts: ["Service", "Coût actuel", "Moyenne historique"],
    ExternalFactors: ["Facteur", "ID", "Évaluation", "Justification"],
    TriggerSettings: ["Clé", "Valeur"],
  },
  es: {
    CashFlow: ["Trimestre", "Ingresos", "Egresos"],
    MemberRoster: ["Organización", "Nivel", "Fecha de adhesión", "Fecha de baja"],
    CoreServiceCosts: ["Servicio", "Costo actual", "Promedio histórico"],
    ExternalFactors: ["Factor", "ID", "Evaluación", "Justificación"],
    TriggerSettings: ["Clave", "Valor"],
  },
};

function template(language: Language = "en", snapshot?: Parameters<typeof buildTemplatePlan>[1]): WritePlan {
  const result = buildTemplatePlan(language, snapshot);
  if (!("plan" in result)) throw new Error("conflicts");
  return result.plan;
}

/** The values of a named range or table, read straight from the plan's cells. */
function valuesOf(sheet: SheetPlan, range: PlanRect): CellValue[][] {
  const { row, col, rows, cols } = range;
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cellAt(sheet, row + r, col + c)?.value ?? null));
}

function named(plan: WritePlan, name: string): CellValue[][] {
  const range = plan.names.find((x) => x.name === name)?.range ?? plan.sheets[0].tables?.find((x) => x.name === name)?.range;
  if (!range) throw new Error(`${name} not defined`);
  return valuesOf(plan.sheets[0], range);
}

const overlaps = (a: PlanRect, b: PlanRect) =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

function table(plan: WritePlan, name: string): Record<string, CellValue>[] {
  const [header, ...rows] = named(plan, name);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

describe("the Inputs template", () => {
  it.each(["en", "fr", "es"] as Language[])("defines every input and status name on the Inputs sheet, in %s", (language) => {
    const plan = template(language);
    const sheet = plan.sheets[0];
    expect(sheet).toMatchObject({ name: SHEET_NAMES.inputs, mode: "create", role: "inputs" });
    expect(plan.names.map((n) => n.name).sort()).toEqual([...INPUT_NAMES, ...STATUS_NAMES].sort());
    for (const n of plan.names) {
      expect(n.sheet).toBe(SHEET_NAMES.inputs);
      expect(n.comment).toBeTruthy();
    }
    const tables = sheet.tables ?? [];
    expect(tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
    for (const t of tables) {
      // Header texts are the header cells, which an Excel table requires to be distinct and non-empty.
      expect(valuesOf(sheet, t.range)[0]).toEqual(t.columns);
      expect(new Set(t.columns).size).toBe(t.columns.length);
      expect(t.style).toMatch(/^TableStyle(Light|Medium)\d+$/);
      // A table can hold no merged cell, and overlaps no other table or name.
      for (const m of sheet.merges ?? [])
        expect({ table: t.name, merge: m, overlaps: overlaps(t.range, m) }).toMatchObject({ overlaps: false });
      for (const other of tables) if (other !== t) expect(overlaps(t.range, other.range)).toBe(false);
      for (const n of plan.names)
        expect({ table: t.name, name: n.name, overlaps: overlaps(t.range, n.range) }).toMatchObject({ overlaps: false });
    }
    for (const [name, headers] of Object.entries(SPEC_HEADERS[language])) expect(named(plan, name)[0]).toEqual(headers);
  });

  it("never repoints a name the workbook already has, and defines the missing ones", () => {
    const snapshot = emptySnapshot({
      sheets: [{ name: "Budget" }],
      names: {
        BudgetEnvelope: rangeName("Budget", 3, 2),
        Status_new_members: { kind: "broken", formula: "=#REF!" },
        CashFlow: { kind: "missing" },
        MemberRoster: rangeName("Budget", 10, 0, 5, 4),
        EvaluationDate: { kind: "missing" },
      },
    });
    const plan = template("en", snapshot);
    const names = plan.names.map((n) => n.name);
    expect(names).not.toContain("BudgetEnvelope");
    expect(names).not.toContain("Status_new_members");
    expect(names).toContain("EvaluationDate");
    expect(names).toHaveLength(INPUT_NAMES.length + STATUS_NAMES.length - 2);
    // A table takes the input's name: never when the workbook already uses it.
    const tables = (plan.sheets[0].tables ?? []).map((t) => t.name);
    expect(tables).toContain("CashFlow");
    expect(tables).not.toContain("MemberRoster");
    expect(tables).toHaveLength(TABLE_NAMES.length - 1);
  });

  it("takes the sheet MVSP Inputs when the workbook already has a sheet called Inputs, and names its cells there", () => {
    const built = buildTemplatePlan("fr", emptySnapshot({ sheets: [{ name: "INPUTS" }] }));
    if (!("plan" in built)) throw new Error("refused");
    expect(built.plan.sheets.map((s) => s.name)).toEqual(["MVSP Inputs"]);
    expect(new Set(built.plan.names.map((n) => n.sheet))).toEqual(new Set(["MVSP Inputs"]));
    const taken = buildTemplatePlan("en", emptySnapshot({ sheets: [{ name: "Inputs" }, { name: "mvsp inputs" }] }));
    expect("plan" in taken && taken.plan.sheets[0].name).toBe("MVSP Inputs 2");
  });

  it("adds nothing to a workbook that already has every input of the template", () => {
    const all = Object.fromEntries(TEMPLATE_INPUT_NAMES.map((n) => [n, { kind: "broken", formula: "#REF!" } as const]));
    expect(buildTemplatePlan("en", emptySnapshot({ names: all }))).toEqual({
      conflicts: [{ severity: "error", code: "templateNotNeeded", name: "", cell: "", params: {} }],
    });
  });

  it("holds a roster giving 68 active, 5 lost (all Tier 1) and 1 new member on its evaluation date", () => {
    const plan = template("es");
    const [[evaluationDate]] = named(plan, "EvaluationDate");
    expect(evaluationDate).toBe(dayFromIso("2026-09-30"));
    const date = evaluationDate as number;
    const windowStart = addMonths(date, -12);
    const members = table(plan, "MemberRoster").map((r) => ({
      tier: r["Nivel"] as number,
      joined: r["Fecha de adhesión"] as number,
      left: r["Fecha de baja"] as number | null,
    }));
    expect(members.length).toBeGreaterThanOrEqual(70);
    const active = members.filter((m) => m.joined <= date && (m.left === null || m.left > date));
    const lost = members.filter((m) => m.left !== null && m.left > windowStart && m.left <= date);
    const joined = members.filter((m) => m.joined > windowStart && m.joined <= date);
    expect(active).toHaveLength(68);
    expect(lost.map((m) => m.tier)).toEqual([1, 1, 1, 1, 1]);
    expect(joined).toHaveLength(1);
    expect(members.every((m) => m.left === null || m.left > m.joined)).toBe(true);
  });

  it("holds finance and external examples shaped like the 2026 paper", () => {
    const plan = template("en");
    const [[envelope]] = named(plan, "BudgetEnvelope");
    expect(envelope).toBe(3_080_000);
    const planned = named(plan, "PlannedSpend").reduce((sum, [v]) => sum + (v as number), 0);
    const over = (planned - 3_080_000) / 3_080_000;
    expect(over).toBeGreaterThan(0);
    expect(over).toBeLessThanOrEqual(DEFAULT_SETTINGS.WarnSpendOverEnvelope);

    let balance = named(plan, "CashOpeningBalance")[0][0] as number;
    const closing = table(plan, "CashFlow").map((q) => (balance += (q.Inflows as number) - (q.Outflows as number)));
    expect(closing.filter((b) => b < 0)).toHaveLength(1);

    const worst = Math.max(
      ...table(plan, "CoreServiceCosts").map((s) => (s["Current cost"] as number) / (s["Historical average"] as number) - 1),
    );
    expect(worst).toBeGreaterThan(DEFAULT_SETTINGS.WarnCostOverHistorical);
    expect(worst).toBeLessThanOrEqual(DEFAULT_SETTINGS.MaxCostOverHistorical);

    const factors = table(plan, "ExternalFactors");
    expect(factors.map((f) => [f.ID, f.Assessment])).toEqual([
      ["E1", "Yes"],
      ["E2", "No"],
      ["E3", null],
    ]);
    expect(String(factors[0].Evidence).length).toBeGreaterThan(10);
  });

  it("lists every setting with its default value, Language blank", () => {
    const settings = table(template("fr"), "TriggerSettings");
    expect(settings.map((s) => s["Clé"])).toEqual(Object.keys(DEFAULT_SETTINGS));
    const value = (key: string) => settings.find((s) => s["Clé"] === key)!["Valeur"];
    expect(value("MinActiveMembers")).toBe(70);
    expect(value("MaxSpendOverEnvelope")).toBe(0.2);
    expect(value("RequireLostMembersTier1")).toBe("Oui");
    expect(value("CostRule")).toBe("any");
    expect(value("Language")).toBeNull();
  });

  it("styles inputs as Excel's Input style, unlocked, with validation and notes", () => {
    const plan = template("en");
    const sheet = plan.sheets[0];
    const envelope = plan.names.find((n) => n.name === "BudgetEnvelope")!.range;
    const cell = cellAt(sheet, envelope.row, envelope.col)!;
    expect(STYLES[cell.style!]).toMatchObject({
      fill: "#FFCC99",
      font: { color: "#3F3F76" },
      border: { color: "#7F7F7F" },
      locked: false,
      numberFormat: "#,##0",
    });
    expect(cell.note).toContain("BudgetEnvelope");

    const roster = sheet.tables!.find((t) => t.name === "MemberRoster")!.range;
    const dates = sheet.validations!.filter((v) => v.kind === "date").map((v) => v.range);
    expect(dates).toContainEqual({ row: roster.row + 1, col: roster.col + 2, rows: roster.rows - 1, cols: 1 });
    expect(dates).toContainEqual({ row: roster.row + 1, col: roster.col + 3, rows: roster.rows - 1, cols: 1 });
    const joinedStyle = STYLES[cellAt(sheet, roster.row + 1, roster.col + 2)!.style!];
    expect(joinedStyle.numberFormat).toBe("yyyy-mm-dd");

    const factors = sheet.tables!.find((t) => t.name === "ExternalFactors")!.range;
    expect(sheet.validations).toContainEqual({
      kind: "list",
      range: { row: factors.row + 1, col: factors.col + 2, rows: 3, cols: 1 },
      values: ["Yes", "No"],
    });
    for (const status of STATUS_NAMES) {
      const r = plan.names.find((n) => n.name === status)!.range;
      expect({ status, rows: r.rows, cols: r.cols }).toEqual({ status, rows: 1, cols: 1 });
    }
  });
});
