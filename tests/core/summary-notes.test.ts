/**
 * The summary's Notes box: the user's words on the add-in's page are carried from one
 * evaluation to the next (issue 16: "notes on the summary are kept or the summary says they
 * will be replaced"), lines typed under the page join them, and the plan says which part of the
 * sheet it rewrites so that the adapters keep the rest.
 */
import type { CellValue, WorkbookSnapshot } from "../../src/core/cells";
import { translate } from "../../src/core/i18n";
import { buildEvaluationPlan, summaryFirstPageEnd } from "../../src/core/plan";
import { splitForRows, NOTES_MIN_LINES } from "../../src/core/plan/summary-notes";
import { OWNERSHIP_NAMES, SHEET_NAMES, SUMMARY_AREA_NAMES, type SheetPlan, type WritePlan } from "../../src/core/plan/types";
import { emptySnapshot, findCell, makeEvaluation, sheetOf } from "./plan-fixtures";

const WIDTH = 12;

function planFor(snapshot: WorkbookSnapshot, language: "en" | "fr" | "es" = "en"): WritePlan {
  const result = buildEvaluationPlan({
    snapshot,
    evaluation: makeEvaluation(),
    language,
    timestamp: "2026-10-02 14:05",
    version: "9.9.9",
    history: [],
  });
  if (!("plan" in result)) throw new Error(JSON.stringify(result.conflicts));
  return result.plan;
}

const row = (...cells: CellValue[]): CellValue[] => Array.from({ length: WIDTH }, (_, i) => cells[i] ?? null);

function area(row0: number, values: CellValue[][], below?: CellValue[][]) {
  return {
    kind: "range" as const,
    range: {
      sheet: SHEET_NAMES.summary,
      row: row0,
      col: 0,
      values,
      formats: values.map((r) => r.map(() => "General")),
      ...(below && { below }),
    },
  };
}

/** A summary written before, as the readers give it: the ownership mark, the page and the box. */
function previousOutput(
  notes: CellValue[][],
  opts: { pageRows?: number; below?: CellValue[][]; boxAt?: number; underBox?: CellValue[][] } = {},
): WorkbookSnapshot {
  const pageRows = opts.pageRows ?? 60;
  return emptySnapshot({
    sheets: [{ name: "Inputs" }, { name: SHEET_NAMES.summary }],
    names: {
      [OWNERSHIP_NAMES.summary]: area(0, [[null]]),
      [SUMMARY_AREA_NAMES.page]: area(
        0,
        Array.from({ length: pageRows }, () => row()),
        opts.below,
      ),
      // Under the box: the page's blank spacer row, then the next band's heading.
      [SUMMARY_AREA_NAMES.notes]: area(opts.boxAt ?? 22, notes, opts.underBox ?? [row(), row("Input problems")]),
    },
  });
}

function boxOf(plan: WritePlan) {
  const name = plan.names.find((n) => n.name === SUMMARY_AREA_NAMES.notes)!;
  const sheet = sheetOf(plan, SHEET_NAMES.summary);
  const lines: (string | null)[] = [];
  for (let r = name.range.row; r < name.range.row + name.range.rows; r++) {
    const cell = sheet.cells.find((c) => c.row === r && c.col === 0);
    lines.push((cell?.value as string | null) ?? null);
  }
  return { name, sheet, lines };
}

describe("the Notes box of the summary", () => {
  it.each(["en", "fr", "es"] as const)("is on the page in %s, after the history, headed as kept, with lines to write on", (language) => {
    const plan = planFor(emptySnapshot(), language);
    const { name, sheet, lines } = boxOf(plan);
    const heading = findCell(sheet, translate(language, "notes", "heading"))!;
    expect(heading).toBeDefined();
    expect(findCell(sheet, translate(language, "notes", "guide"))).toBeDefined();
    // On paper: inside the print area, after the first page (which keeps its eight indicators).
    expect(heading.row).toBeGreaterThan(summaryFirstPageEnd(sheet));
    // After the history (with the closing lines), before the input problems, which may run long.
    expect(heading.row).toBeGreaterThan(findCell(sheet, translate(language, "report", "summary.history"))!.row);
    expect(heading.row).toBeLessThan(findCell(sheet, translate(language, "report", "summary.problems"))!.row);
    expect(name.range.row + name.range.rows).toBeLessThanOrEqual(sheet.print!.printArea!.rows);
    expect(lines).toEqual(Array(NOTES_MIN_LINES).fill(null));
    expect(name.range).toMatchObject({ col: 0, cols: WIDTH });
    // Each line is one merged A:L cell, boxed.
    for (let r = name.range.row; r < name.range.row + name.range.rows; r++) {
      expect(sheet.merges).toContainEqual({ row: r, col: 0, rows: 1, cols: WIDTH });
      expect(sheet.cells.find((c) => c.row === r && c.col === 0)!.style).toBe("notesLine");
    }
    // The page name covers the page the add-in rewrites: its print area.
    expect(plan.names.find((n) => n.name === SUMMARY_AREA_NAMES.page)!.range).toEqual(sheet.print!.printArea);
    // A sheet written before the add-in recorded its page is rewritten whole, as before.
    expect(sheet.rewrites).toBeUndefined();
  });

  it("carries the notes typed in the previous box, in order, blank lines between them kept, one empty line after", () => {
    const plan = planFor(
      previousOutput([row("The Board asked for a Q4 forecast."), row(), row("Figures checked", "by", 42), row(), row()]),
    );
    const { name, lines } = boxOf(plan);
    expect(lines).toEqual(["The Board asked for a Q4 forecast.", null, "Figures checked by 42", null]);
    expect(name.range.rows).toBe(4);
  });

  it("takes text typed on the blank row just under the box as one more note, and nothing of the band after it", () => {
    const plan = planFor(
      previousOutput([row("First"), row("Second")], { underBox: [row("Third, typed under the box"), row("Input problems")] }),
    );
    expect(boxOf(plan).lines).toEqual(["First", "Second", "Third, typed under the box", null]);
  });

  it("grows the box with the notes, never dropping one", () => {
    const notes = Array.from({ length: 9 }, (_, i) => row(`Note ${i + 1}`));
    const { lines } = boxOf(planFor(previousOutput(notes)));
    expect(lines).toEqual([...notes.map((r) => r[0]), null]);
  });

  it("takes the lines typed under the previous page into the box, and rewrites down to them", () => {
    const below = [row(), row("Approved by the Board on 12 October"), row(), row(null, null, "signed: J. Doe")];
    const plan = planFor(previousOutput([row("First note")], { pageRows: 120, below }));
    const { lines, sheet } = boxOf(plan);
    expect(lines).toEqual(["First note", "Approved by the Board on 12 October", "signed: J. Doe", null]);
    // The previous page ran to row 120; the last line taken was 4 rows under it.
    expect(sheet.rewrites).toEqual({ row: 0, col: 0, rows: 124, cols: WIDTH });
  });

  it("rewrites the new page or the previous one, whichever is larger, and nothing else", () => {
    const small = sheetOf(planFor(previousOutput([row()], { pageRows: 10 })), SHEET_NAMES.summary);
    expect(small.rewrites).toEqual({ row: 0, col: 0, rows: small.print!.printArea!.rows, cols: WIDTH });
    const large = sheetOf(planFor(previousOutput([row()], { pageRows: 300 })), SHEET_NAMES.summary);
    expect(large.rewrites).toEqual({ row: 0, col: 0, rows: 300, cols: WIDTH });
  });

  it("ignores names of the add-in that point at another sheet", () => {
    const snapshot = previousOutput([row("x")]);
    const moved = {
      ...snapshot.names[SUMMARY_AREA_NAMES.notes],
      range: { ...(snapshot.names[SUMMARY_AREA_NAMES.notes] as ReturnType<typeof area>).range, sheet: "Inputs" },
    };
    const plan = planFor({ ...snapshot, names: { ...snapshot.names, [SUMMARY_AREA_NAMES.notes]: moved } });
    expect(boxOf(plan).lines).toEqual(Array(NOTES_MIN_LINES).fill(null));
  });

  it("keeps a note longer than a row holds whole, over as many rows as it needs", () => {
    const words = Array.from({ length: 2500 }, (_, i) => `word${i}`);
    const long = words.join(" ");
    const rows = splitForRows(long);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.join(" ")).toBe(long);
    const { lines, sheet } = boxOf(planFor(previousOutput([row(long)])));
    expect(lines.filter((l): l is string => l !== null).join(" ")).toBe(long);
    // Each of those rows is tall enough for its text, and within Excel's 409 pt.
    for (const h of (sheet as SheetPlan).rowHeights!) expect(h.height).toBeLessThanOrEqual(409);
    // Paragraphs are cut between them, not inside.
    const paragraphs = Array.from({ length: 40 }, (_, p) => `Paragraph ${p}: ${words.slice(0, 60).join(" ")}`).join("\n");
    expect(splitForRows(paragraphs).join("\n")).toBe(paragraphs);
  });
});
