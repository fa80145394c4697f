/**
 * Small workbooks for the Office adapter tests, built straight into the fake's model (as a user
 * would have typed them), with the named inputs of the workbook contract.
 */
import { FakeWorkbook, serialFromUtc } from "../support/office-fake";

export function serial(iso: string, date1904 = false): number {
  const [y, m, d] = iso.split("-").map(Number);
  return serialFromUtc(Date.UTC(y, m - 1, d), date1904);
}

export interface BudgetOptions {
  /** Members in the roster (default 10). 71 of them active means not met, fewer means met. */
  readonly members?: number;
  readonly date1904?: boolean;
  /** Define `Status_<id>` cells on the Inputs sheet (default true). */
  readonly statusCells?: boolean;
}

/** A complete input workbook: sheet `Budget 2026` (quoted in references) plus a `Members` sheet. */
export function budgetWorkbook(options: BudgetOptions = {}): FakeWorkbook {
  const { members = 10, date1904 = false, statusCells = true } = options;
  const wb = new FakeWorkbook({ date1904 });
  const day = (iso: string): number => serial(iso, date1904);
  const inputs = "Budget 2026";
  wb.addSheet(inputs);
  wb.put(inputs, "A1", [
    ["Budget envelope", 3_080_000],
    ["Planned spend", 3_600_000],
    ["Cash opening balance", 150_000],
    ["Evaluation date", day("2026-09-30")],
  ]);
  wb.cell(inputs, "B4")!.numberFormat = "yyyy-mm-dd";
  wb.defineName("BudgetEnvelope", "='Budget 2026'!$B$1");
  wb.defineName("PlannedSpend", "='Budget 2026'!$B$2");
  wb.defineName("CashOpeningBalance", "='Budget 2026'!$B$3");
  wb.defineName("EvaluationDate", "='Budget 2026'!$B$4");

  wb.put(inputs, "A7", [
    ["Quarter", "Inflows", "Outflows"],
    ["2026 Q4", 500_000, 700_000],
    ["2027 Q1", 400_000, 300_000],
    ["2027 Q2", 300_000, 600_000],
  ]);
  wb.defineName("CashFlow", "='Budget 2026'!$A$7:$C$10");

  wb.put(inputs, "A13", [
    ["Service", "Current cost", "Historical average"],
    ["Registry", 120_000, 100_000],
    ["Validator", 50_000, 49_000],
  ]);
  wb.defineName("CoreServiceCosts", "='Budget 2026'!$A$13:$C$15");

  wb.put(inputs, "A18", [
    ["ID", "Factor", "Assessment", "Evidence"],
    ["E1", "External funding lost or delayed", "Yes", "Donor letter of 3 June"],
    ["E2", "Global politics reduce relevance", "No", ""],
    ["E3", "Stakeholders call for prioritisation", null, ""],
  ]);
  wb.defineName("ExternalFactors", "='Budget 2026'!$A$18:$D$21");

  wb.addSheet("Members");
  const roster: (string | number | null)[][] = [["Organisation", "Tier", "Joined", "Left"]];
  for (let i = 0; i < members; i++) {
    roster.push([`Member ${i + 1}`, (i % 4) + 1, day("2015-01-15") + (i % 300), i % 17 === 5 ? day("2026-03-31") : null]);
  }
  wb.put("Members", "A1", roster);
  wb.defineName("MemberRoster", `=Members!$A$1:$D$${members + 1}`);

  if (statusCells) {
    wb.put(inputs, "D1", [["Spend status"], [null]]);
    wb.defineName("Status_spend_vs_envelope", "='Budget 2026'!$D$2");
    wb.defineName("Status_external_funding", "='Budget 2026'!$D$3");
  }
  return wb;
}

/** A fixed clock, so results do not depend on the day the tests run. */
export const CLOCK = { today: serial("2026-10-01"), timestamp: "2026-10-01 09:30" } as const;
