/**
 * Issue 10, "What was seen", through the Office.js adapter on its fake: what finance staff see
 * in the workbook after clicking "Evaluate triggers". (The settings cases are tested with the
 * settings; rows typed below a named range need the adapter to read `below`, tested in the core.)
 */
import { evaluateInExcel } from "../../src/adapters/office/evaluate";
import type { Clock } from "../../src/core";
import { translate } from "../../src/core/i18n";
import { LOG_COLUMNS } from "../../src/core/log";
import { SHEET_NAMES } from "../../src/core/plan/types";
import { outcomeLabel, outcomeSentence, problemMessage, statusWord, statusWords } from "../../src/core/text";
import { ApiLevel, FakeRequestContext, FakeWorkbook, asExcelContext, fakeCells } from "../support/office-fake";
import { budgetWorkbook, CLOCK } from "./factory";

const ALL = () => true;

async function evaluate(wb: FakeWorkbook, displayLanguage = "en-US", clock: Clock = CLOCK) {
  const context = new FakeRequestContext(wb, new ApiLevel(18));
  return evaluateInExcel(asExcelContext(context), { clock, displayLanguage, support: ALL });
}

const cells = (wb: FakeWorkbook, sheet: string) => fakeCells(wb, [sheet]);
const logRows = (wb: FakeWorkbook) => wb.usedArea(wb.sheet(SHEET_NAMES.log)!, true)!.rows;

describe("evaluating in Excel: results the Board can trust", () => {
  it("a workbook with most inputs broken shows 'incomplete' in grey, never green, and says what is missing", async () => {
    const wb = budgetWorkbook();
    // A roster date typed the European way, typos in the amounts, the factors not assessed.
    wb.put("Members", "C2", [["15/06/2021"]]);
    wb.put("Budget 2026", "B1", [["3.080.000,5x"]]);
    wb.put("Budget 2026", "B3", [["four hundred"]]);
    wb.put("Budget 2026", "B14", [["n/a"]]);
    wb.put("Budget 2026", "C19", [[null], [null]]);
    const run = await evaluate(wb);
    expect(run.written).toBe(true);
    expect(run.evaluation.outcome).toBe("incomplete");
    expect(run.evaluation.noDataCount).toBeGreaterThanOrEqual(6);

    const summary = cells(wb, SHEET_NAMES.summary);
    const outcome = summary.find((c) => c.value === outcomeLabel("incomplete", "en"))!;
    expect(outcome.fill).toBe("#EDEDED");
    expect(outcome.fill).not.toBe("#C6EFCE");
    expect(summary.some((c) => c.value === outcomeSentence(run.evaluation, "en"))).toBe(true);
    const logged = cells(wb, SHEET_NAMES.log).find((c) => c.address === "C2")!;
    expect(logged.value).toBe(outcomeLabel("incomplete", "en"));
  });

  it("an unreadable EvaluationDate: membership indicators without data, and nothing dated today", async () => {
    const wb = budgetWorkbook();
    wb.put("Budget 2026", "B4", [["31/09/2026"]]);
    const run = await evaluate(wb);
    const status = (id: string) => run.evaluation.indicators.find((i) => i.id === id)!.status;
    expect(status("active_members")).toBe("no_data");
    expect(status("new_members")).toBe("no_data");
    expect(run.evaluation.evaluationDate).toBeNull();
    const summary = cells(wb, SHEET_NAMES.summary);
    expect(summary.find((c) => c.address === "B2")!.value).toBe(translate("en", "report", "summary.noEvaluationDate"));
    // CLOCK.today is 2026-10-01: it appears nowhere as the evaluation date.
    expect(summary.some((c) => c.value === CLOCK.today)).toBe(false);
    expect(cells(wb, SHEET_NAMES.log).find((c) => c.address === "B2")!.value).toBe("–");
  });

  it("a rerun with nothing changed adds no log row; the summary says since when", async () => {
    const wb = budgetWorkbook();
    await evaluate(wb);
    const first = logRows(wb);
    const later = { ...CLOCK, timestamp: "2026-10-01 11:45" };
    const again = await evaluate(wb, "en-US", later);
    expect(again.written).toBe(true);
    expect(logRows(wb)).toBe(first);
    const unchanged = translate("en", "report", "summary.unchanged", { timestamp: CLOCK.timestamp });
    expect(cells(wb, SHEET_NAMES.summary).some((c) => c.value === unchanged)).toBe(true);
  });

  it("a run in French under English headers logs English words, with a real date-time", async () => {
    const wb = budgetWorkbook();
    await evaluate(wb, "en-US");
    wb.put("Budget 2026", "B2", [[3_700_000]]);
    const french = await evaluate(wb, "fr-FR");
    expect(french.language).toBe("fr");
    const log = cells(wb, SHEET_NAMES.log);
    const row3 = log.filter((c) => c.address.endsWith("3") && !c.address.endsWith("13"));
    const outcome = row3.find((c) => c.address === "C3")!;
    expect(outcome.value).toBe(outcomeLabel(french.evaluation.outcome, "en"));
    const english = (["met", "near", "not_met", "no_data"] as const).map((s) => statusWord(s, "en"));
    const statusColumn = String.fromCharCode(65 + LOG_COLUMNS.firstIndicator + 1);
    expect(english).toContain(log.find((c) => c.address === `${statusColumn}3`)!.value);
    const stamp = log.find((c) => c.address === "A3")!;
    expect(typeof stamp.value).toBe("number");
    expect(stamp.numberFormat).toBe("yyyy-mm-dd hh:mm");
    // The summary itself is in the report's language.
    expect(cells(wb, SHEET_NAMES.summary).some((c) => c.value === translate("fr", "report", "summary.title"))).toBe(true);
  });

  it("writes the SPEC's status words, the legend, 'Near from' and the margin", async () => {
    const wb = budgetWorkbook();
    await evaluate(wb);
    expect(wb.value("Budget 2026", "D2")).toBe("Near threshold");
    const summary = cells(wb, SHEET_NAMES.summary);
    // The legend quotes the status words and the "Near from" header from their one definition.
    const legend = translate("en", "report", "summary.legend", {
      ...statusWords("en"),
      nearFrom: translate("en", "report", "summary.col.nearFrom"),
    });
    expect(summary.some((c) => c.value === legend)).toBe(true);
    expect(summary.some((c) => c.value === translate("en", "report", "summary.col.nearFrom"))).toBe(true);
    expect(summary.some((c) => c.value === translate("en", "report", "summary.col.margin"))).toBe(true);
    // Planned spend 3,600,000 over 3,080,000: 96,001 USD more would pass 20 %, said in words.
    expect(summary.some((c) => c.value === "96,001\u00a0USD more")).toBe(true);
    expect(summary.some((c) => c.value === 96_001 || c.value === -96_001)).toBe(false);
  });

  it("lists every input problem in the workbook, each a link to its cell", async () => {
    const wb = budgetWorkbook({ members: 30 });
    for (let row = 2; row <= 16; row++) wb.put("Members", `C${row}`, [[`${row}/06/2021`]]);
    const run = await evaluate(wb);
    expect(run.evaluation.problems.length).toBeGreaterThan(8);
    const sheet = wb.sheet(SHEET_NAMES.summary)!;
    const all = [...sheet.cells.values()];
    for (const problem of run.evaluation.problems) {
      expect(all.some((c) => c.value === problemMessage(problem, "en"))).toBe(true);
      expect(all.some((c) => c.value === problem.cell && c.hyperlink !== undefined)).toBe(true);
    }
  });
});
