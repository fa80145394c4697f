/**
 * Issue 16: "Notes the user added to the summary sheet vanish at the next run, without a word."
 * A workbook evaluated by the command line, then edited with openpyxl as a finance user would
 * (tests/fixtures/make-summary-notes.py: notes in the Notes box, a remark and an Excel note
 * beside the page, a wider column and a merge there, a line under the page, a note on a page
 * cell), is evaluated again in place: nothing the user wrote is lost.
 */
import { spawnSync } from "child_process";
import { copyFileSync } from "fs";
import * as path from "path";
import { translate } from "../../src/core/i18n";
import { makeTempDir } from "../xlsx/helpers";
import { ROOT, run } from "../support/cli-run";

const SCRIPT = path.join(ROOT, "tests", "fixtures", "make-summary-notes.py");
const EXAMPLE = path.join(ROOT, "examples", "mvsp-inputs-2026.xlsx");

interface Summary {
  box: (string | null)[];
  boxRef: string | null;
  page: string | null;
  cells: Record<string, string | number | null>;
  comments: Record<string, { text: string; author: string }>;
  merges: string[];
  links: Record<string, string>;
  widthN: number | null;
  farBelow: [string, string, number | null][];
  texts: string[];
}

/** The summary sheet as openpyxl reads it. */
function readSummary(file: string): Summary {
  const script = `
import json, re, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["MVSP Triggers"]
def ref(name):
    d = wb.defined_names.get(name)
    return list(d.destinations)[0][1].replace("$", "") if d is not None else None
box_ref = ref("MVSPTriggerMonitor_SummaryNotes")
box = []
if box_ref:
    top, bottom = [int(n) for n in re.findall(r"(\\d+)", box_ref)]
    box = [ws.cell(r, 1).value for r in range(top, bottom + 1)]
print(json.dumps({
  "box": box, "boxRef": box_ref, "page": ref("MVSPTriggerMonitor_SummaryPage"),
  "cells": {a: ws[a].value for a in ["M12", "M13", "N3", "B12"]},
  "farBelow": [[c.coordinate, c.value, ws.row_dimensions[c.row].height] for row in ws.iter_rows(min_col=14, max_col=14) for c in row if c.value == "Far below and to the right"],
  "comments": {c.coordinate: {"text": c.comment.text, "author": c.comment.author} for row in ws.iter_rows() for c in row if c.comment},
  "links": {c.coordinate: c.hyperlink.target for row in ws.iter_rows(min_col=13) for c in row if c.hyperlink is not None},
  "merges": sorted(str(m) for m in ws.merged_cells.ranges),
  "widthN": ws.column_dimensions["N"].width if "N" in ws.column_dimensions else None,
  "texts": [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)],
}))
`;
  const out = spawnSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout) as Summary;
}

function edit(source: string, target: string): void {
  const made = spawnSync("/usr/bin/python3", [SCRIPT, source, target], { encoding: "utf8" });
  if (made.status !== 0) throw new Error(made.stderr);
}

describe("notes the user added to the summary sheet", () => {
  const tmp = makeTempDir("mvsp-notes-");
  afterAll(() => tmp.cleanup());
  let before: Summary;
  let after: Summary;
  let again: Summary;

  beforeAll(async () => {
    const first = tmp.file("first.xlsx");
    expect((await run("evaluate", EXAMPLE, "--out", first, "--date", "2026-09-30")).code).toBeLessThan(2);
    const edited = tmp.file("edited.xlsx");
    edit(first, edited);
    before = readSummary(edited);
    const book = tmp.file("book.xlsx");
    copyFileSync(edited, book);
    expect((await run("evaluate", book, "--in-place", "--date", "2026-09-30")).code).toBeLessThan(2);
    after = readSummary(book);
    expect((await run("evaluate", book, "--in-place", "--date", "2026-09-30")).code).toBeLessThan(2);
    again = readSummary(book);
  }, 60000);

  it("keeps what the user typed beside the page, with its Excel note, column width and merge", () => {
    expect(before.cells.M12).toBe("Ask the auditor about this one");
    expect(after.cells.M12).toBe("Ask the auditor about this one");
    expect(after.cells.N3).toBe("Board pack, section 4");
    // A formula stays a formula; a row below the page keeps its height.
    expect(after.cells.M13).toBe("=LEN(M12)");
    // A link to a document beside the page still leads there.
    expect(before.links).toEqual({ M14: "https://example.org/board-pack.pdf" });
    expect(after.links).toEqual(before.links);
    expect(before.farBelow).toHaveLength(1);
    expect(after.farBelow).toEqual(before.farBelow);
    expect(after.comments.M12).toEqual({ text: "Call J. Doe before the Board meets", author: "Treasurer" });
    expect(after.merges).toContain("N3:O3");
    expect(after.widthN).toBeCloseTo(30, 0);
  });

  it("carries the Notes box, the line under the page and the note on a page cell into the new Notes box, in order", () => {
    const notes = after.box.filter((line): line is string => line !== null);
    expect(notes).toEqual([
      "The Board asked for the Q4 cash forecast before deciding.",
      "Figures checked against the ledger on 1 October.",
      "Approved by the Board on 12 October 2026",
      expect.stringMatching(/^Note by Treasurer on B12 \(.+\): Value confirmed with HR$/),
    ]);
    // The line under the page is in the box, not left behind under it; the page cell's note went with its cell.
    expect(after.texts.filter((t) => t === "Approved by the Board on 12 October 2026")).toHaveLength(1);
    expect(after.comments.B12).toBeUndefined();
    // The page says what is kept and what is rewritten.
    expect(after.texts).toContain(translate("en", "notes", "heading"));
    expect(after.texts).toContain(translate("en", "notes", "guide"));
  });

  it("reads the same after one more evaluation: nothing doubled, nothing lost", () => {
    expect(again.box).toEqual(after.box);
    expect(again.cells).toEqual(after.cells);
    expect(again.comments).toEqual(after.comments);
    expect(again.page).toEqual(after.page);
  });
});
