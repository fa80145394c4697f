/** Snapshot builders for the reader's tests: cells as a 2-D array placed at an A1 address. */
import { parseA1, type CellValue, type NameSnapshot, type WorkbookSnapshot } from "../../src/core/cells";

type Grid = readonly (readonly CellValue[])[];

/** A defined name pointing at `rows` placed with its top-left corner at `topLeft` of `sheet`. */
export function range(sheet: string, topLeft: string, rows: Grid, formats?: readonly (readonly string[])[]): NameSnapshot {
  const at = parseA1(topLeft);
  if (!at) throw new Error(`bad address ${topLeft}`);
  return {
    kind: "range",
    range: {
      sheet,
      row: at.row,
      col: at.col,
      values: rows,
      formats: formats ?? rows.map((row) => row.map(() => "General")),
    },
  };
}

/** A one-cell name. */
export function cell(sheet: string, address: string, value: CellValue, format = "General"): NameSnapshot {
  return range(sheet, address, [[value]], [[format]]);
}

export function workbook(names: Record<string, NameSnapshot>, date1904 = false): WorkbookSnapshot {
  return { date1904, names, sheets: [{ name: "Inputs" }], log: null };
}

/** 1900-system serials of a few dates used throughout. */
export const DAY = {
  "2020-01-15": 43845,
  "2024-06-01": 45444,
  "2025-03-31": 45747,
  "2025-11-20": 45981,
  "2026-03-31": 46112,
  "2026-09-30": 46295,
} as const;

/**
 * A complete, valid set of inputs on sheet `Inputs` (the 2026 paper's figures), laid out like
 * the template: one-cell names in column B, tables below.
 */
export function validNames(): Record<string, NameSnapshot> {
  return {
    BudgetEnvelope: cell("Inputs", "B2", 3080000, "#,##0"),
    PlannedSpend: range("Inputs", "B3", [[2500000], [null], [700000]]),
    CashOpeningBalance: cell("Inputs", "B6", 400000),
    EvaluationDate: cell("Inputs", "B7", DAY["2026-09-30"], "yyyy-mm-dd"),
    CashFlow: range("Inputs", "A10", [
      ["Quarter", "Inflows", "Outflows"],
      ["Q1 2026", 500000, 700000],
      ["Q2 2026", 900000, 650000],
      [null, null, null],
      ["Q3 2026", 0, 600000],
    ]),
    MemberRoster: range(
      "Inputs",
      "A20",
      [
        ["Organisation", "Tier", "Joined", "Left"],
        ["Alpha Org", 1, DAY["2020-01-15"], null],
        ["Beta Org", "Tier 2", DAY["2025-11-20"], null],
        ["Gamma Org", 1, DAY["2020-01-15"], DAY["2025-03-31"]],
      ],
      [
        ["General", "General", "General", "General"],
        ["General", "General", "yyyy-mm-dd", "yyyy-mm-dd"],
        ["General", "General", "yyyy-mm-dd", "yyyy-mm-dd"],
        ["General", "General", "yyyy-mm-dd", "yyyy-mm-dd"],
      ],
    ),
    CoreServiceCosts: range("Inputs", "F10", [
      ["Service", "Current cost", "Historical average"],
      ["Datastore", 420000, 400000],
      ["Registry", 130000, 100000],
    ]),
    ExternalFactors: range("Inputs", "F20", [
      ["ID", "Factor", "Assessment", "Evidence"],
      ["E1", "External funding lost or delayed", "No", null],
      ["E2", "Global political shifts", "Yes", "Board minutes 2026-06"],
      ["E3", "Stakeholders call for prioritisation", "No", ""],
    ]),
    TriggerSettings: range("Inputs", "K2", [
      ["Key", "Value"],
      ["MinActiveMembers", 70],
      ["MaxSpendOverEnvelope", 0.2],
    ]),
  };
}
