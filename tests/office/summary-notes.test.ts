/**
 * The task pane's path for issue 16's "notes on the summary vanish at the next run", through the
 * project's Office.js fake: the user types in the Notes box, beside the page (with an Excel note),
 * under the page, and puts a note on a page cell; the next evaluation rewrites the page only, and
 * carries the box, the line under the page and the page cell's note into the new box.
 */
import { evaluateInExcel } from "../../src/adapters/office/evaluate";
import { SHEET_NAMES, SUMMARY_AREA_NAMES } from "../../src/core/plan/types";
import { a1 } from "../../src/core/address";
import { ApiLevel, FakeRequestContext, FakeWorkbook, asExcelContext } from "../support/office-fake";
import { budgetWorkbook, CLOCK } from "./factory";

const ALL = () => true;

async function evaluate(wb: FakeWorkbook) {
  const context = new FakeRequestContext(wb, new ApiLevel(18));
  return evaluateInExcel(asExcelContext(context), { clock: CLOCK, displayLanguage: "en-US", support: ALL });
}

function boxLines(wb: FakeWorkbook): (string | number | boolean | null)[] {
  const target = wb.nameTarget(SUMMARY_AREA_NAMES.notes)!;
  expect(target.sheet).toBe(SHEET_NAMES.summary);
  return Array.from({ length: target.area.rows }, (_, i) => wb.value(SHEET_NAMES.summary, a1(target.area.row + i, 0)) as string | null);
}

describe("notes on the summary, in Excel", () => {
  it("keeps the user's cells and notes beside the page and carries the Notes box, the lines under the page and the notes on it", async () => {
    const wb = budgetWorkbook();
    expect((await evaluate(wb)).written).toBe(true);
    const box = wb.nameTarget(SUMMARY_AREA_NAMES.notes)!.area;
    const page = wb.nameTarget(SUMMARY_AREA_NAMES.page)!.area;
    expect(page).toMatchObject({ row: 0, col: 0, cols: 12 });

    wb.put(SHEET_NAMES.summary, a1(box.row, 0), [["The Board asked for the Q4 cash forecast."]]);
    wb.put(SHEET_NAMES.summary, "M12", [["Ask the auditor"]]);
    wb.sheet(SHEET_NAMES.summary)!.notes.set("M12", "Call J. Doe first");
    // A note on a cell of the page: the cell is rewritten, so the note's words go into the box.
    wb.sheet(SHEET_NAMES.summary)!.notes.set("B12", "Value confirmed with HR");
    const under = a1(page.row + page.rows + 1, 0);
    wb.put(SHEET_NAMES.summary, under, [["Approved by the Board on 12 October 2026"]]);

    const again = await evaluate(wb);
    expect(again.written).toBe(true);
    expect(wb.value(SHEET_NAMES.summary, "M12")).toBe("Ask the auditor");
    expect(wb.sheet(SHEET_NAMES.summary)!.notes.get("M12")).toBe("Call J. Doe first");
    expect(boxLines(wb).filter((l) => l !== null)).toEqual([
      "The Board asked for the Q4 cash forecast.",
      "Approved by the Board on 12 October 2026",
      expect.stringMatching(/^Note on B12 \(.+\): Value confirmed with HR$/),
    ]);
    expect(wb.sheet(SHEET_NAMES.summary)!.notes.has("B12")).toBe(false);
    // Taken into the box, not left under the page as well.
    expect(wb.value(SHEET_NAMES.summary, under)).not.toBe("Approved by the Board on 12 October 2026");
  });

  it("reads the notes in a sync of their own, only when the summary has some", async () => {
    const wb = budgetWorkbook();
    await evaluate(wb);
    const context = new FakeRequestContext(wb, new ApiLevel(18));
    await evaluateInExcel(asExcelContext(context), { clock: CLOCK, displayLanguage: "en-US", support: ALL });
    const without = context.syncCount;
    wb.sheet(SHEET_NAMES.summary)!.notes.set("A3", "Checked");
    const withNote = new FakeRequestContext(wb, new ApiLevel(18));
    await evaluateInExcel(asExcelContext(withNote), { clock: CLOCK, displayLanguage: "en-US", support: ALL });
    expect(withNote.syncCount).toBe(without + 1);
  });

  it("leaves the notes alone where Excel has no notes API (ExcelApi 1.18), and still keeps the cells beside the page", async () => {
    const wb = budgetWorkbook();
    await evaluate(wb);
    wb.sheet(SHEET_NAMES.summary)!.notes.set("B12", "Value confirmed with HR");
    wb.put(SHEET_NAMES.summary, "M12", [["Ask the auditor"]]);
    const context = new FakeRequestContext(wb, new ApiLevel(17));
    const run = await evaluateInExcel(asExcelContext(context), {
      clock: CLOCK,
      displayLanguage: "en-US",
      support: (f) => f.set !== "1.18",
    });
    expect(run.written).toBe(true);
    expect(wb.value(SHEET_NAMES.summary, "M12")).toBe("Ask the auditor");
    expect(boxLines(wb).every((l) => l === null)).toBe(true);
  });

  it("rewrites the whole sheet, as before, when it carries no page name (written by an earlier version)", async () => {
    const wb = budgetWorkbook();
    await evaluate(wb);
    wb.names.delete(SUMMARY_AREA_NAMES.page.toUpperCase());
    wb.put(SHEET_NAMES.summary, "M12", [["left from an earlier layout"]]);
    await evaluate(wb);
    expect(wb.value(SHEET_NAMES.summary, "M12")).toBeNull();
    expect(wb.nameTarget(SUMMARY_AREA_NAMES.page)).not.toBeNull();
  });
});
