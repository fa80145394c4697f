/**
 * The Notes box of the `MVSP Triggers` page, and what the add-in rewrites of that sheet.
 *
 * The page is generated whole at each evaluation, so the user's words need a home on it that
 * survives: a boxed band headed "Notes (kept at each evaluation)", printed with the page. Two
 * workbook-scope names record where things are, whatever rows the user inserted since:
 * `SUMMARY_AREA_NAMES.notes` on the box's lines, `SUMMARY_AREA_NAMES.page` on the whole page.
 * Both adapters read them into the snapshot like any name (values, and the rows just below), so
 * the next evaluation carries the box's text over, takes in the lines typed under the page (they
 * would not print and the page may grow over them), and rewrites only the page: cells to the
 * right of it and far below it are the user's and are kept (`SheetPlan.rewrites`).
 */
import { ROWS_READ_BELOW, a1, isCellError, type CellValue, type RangeSnapshot, type WorkbookSnapshot } from "../cells";
import { translate } from "../i18n";
import type { Language } from "../model";
import { wrappedLines, type SheetBuilder } from "./layout";
import { sameSheet } from "./ownership";
import { S } from "./styles";
import { LAST_COL, SUMMARY_COLUMN_WIDTHS, fill, put, spanText } from "./summary-grid";
import { SHEET_NAMES, SUMMARY_AREA_NAMES, type PlanName, type PlanRect } from "./types";

/** Lines the box has at least, however few notes it carries: room to write. */
export const NOTES_MIN_LINES = 4;
/** Lines of text one box line holds: Excel's rows stop at 409 pt (27 lines of 15 pt). */
const MAX_LINES_PER_ROW = 24;
const BOX_WIDTH = SUMMARY_COLUMN_WIDTHS.reduce((a, b) => a + b, 0);

/** One of the add-in's names on its summary sheet, as the snapshot found it; null when absent or elsewhere. */
function ownArea(snapshot: WorkbookSnapshot, key: keyof typeof SUMMARY_AREA_NAMES): RangeSnapshot | null {
  const name = snapshot.names[SUMMARY_AREA_NAMES[key]];
  if (name === undefined || name.kind !== "range" || name.source === "table") return null;
  return sameSheet(name.range.sheet, SHEET_NAMES.summary) ? name.range : null;
}

function cellText(value: CellValue): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** A row's words: its non-blank cells left to right (the box's lines are merged: one cell). */
function rowText(row: readonly CellValue[]): string {
  return row
    .map(cellText)
    .filter((text) => text.trim() !== "")
    .join(" ");
}

/** What the user wrote in the previous page's Notes box and under the page, in reading order. */
export interface CarriedNotes {
  /** The lines, blank lines between notes kept, none at the end. */
  readonly lines: readonly string[];
  /** The last row (0-based) under the previous page that held text, or -1: the rewrite covers it. */
  readonly lastRowTaken: number;
}

export function carriedNotes(snapshot: WorkbookSnapshot, lang: Language): CarriedNotes {
  const box = ownArea(snapshot, "notes");
  // The row just under the box is the page's blank spacer: text there was typed as one more note.
  const spacer = box?.below?.[0];
  const lines = box ? [...box.values, ...(spacer && rowText(spacer).trim() !== "" ? [spacer] : [])].map(rowText) : [];
  const dropTrailingBlanks = () => {
    while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  };
  // The box's empty lines are room to write, not part of the notes.
  dropTrailingBlanks();
  let lastRowTaken = -1;
  const page = ownArea(snapshot, "page");
  if (!page) return { lines: lines.flatMap(splitForRows), lastRowTaken };
  const pageEnd = page.row + page.values.length;
  (page.below ?? []).forEach((row, i) => {
    const text = rowText(row);
    if (text.trim() === "") return;
    lines.push(text);
    lastRowTaken = pageEnd + i;
  });
  dropTrailingBlanks();
  // Excel notes on the page's cells, or just under it: the cell is rewritten (and may then hold
  // something else), so the note's words come into the box, saying where it was and about what.
  const width = page.values[0]?.length ?? 0;
  // As far down as the rows read under the page: a page that grows seldom grows further.
  const reach = pageEnd + ROWS_READ_BELOW;
  for (const note of [...(snapshot.summaryNotes ?? [])].sort((a, b) => a.row - b.row || a.col - b.col)) {
    if (note.row < page.row || note.row >= reach || note.col < page.col || note.col >= page.col + width) continue;
    if (note.text.trim() === "") continue;
    const r = note.row - page.row;
    const row = r < page.values.length ? page.values[r] : page.below?.[r - page.values.length];
    const label = row ? cellText(row[0] ?? null).trim() : "";
    const key =
      note.author.trim() === ""
        ? label === ""
          ? "cellNote.bare"
          : "cellNote.noAuthor"
        : label === ""
          ? "cellNote.noLabel"
          : "cellNote.full";
    lines.push(translate(lang, "notes", key, { cell: a1(note.row, note.col), label, author: note.author.trim(), text: note.text.trim() }));
    lastRowTaken = Math.max(lastRowTaken, note.row);
  }
  return { lines: lines.flatMap(splitForRows), lastRowTaken };
}

/**
 * A note too long for one row (Excel cuts a row at 409 pt) goes on as many rows as it needs, cut
 * between paragraphs, else between words: never truncated.
 */
export function splitForRows(text: string): string[] {
  if (wrappedLines(text, BOX_WIDTH) <= MAX_LINES_PER_ROW) return [text];
  const rows: string[] = [];
  let current = "";
  const push = (piece: string, joiner: string) => {
    const next = current === "" ? piece : `${current}${joiner}${piece}`;
    if (current !== "" && wrappedLines(next, BOX_WIDTH) > MAX_LINES_PER_ROW) {
      rows.push(current);
      current = piece;
    } else current = next;
  };
  for (const paragraph of text.split("\n")) {
    if (wrappedLines(paragraph, BOX_WIDTH) <= MAX_LINES_PER_ROW) {
      push(paragraph, "\n");
      continue;
    }
    // One paragraph longer than a row: word by word (a "word" longer than a row, by characters).
    if (current !== "") rows.push(current);
    current = "";
    for (const word of paragraph.split(" ")) {
      const pieces = word.length > BOX_WIDTH * MAX_LINES_PER_ROW ? (word.match(new RegExp(`[^]{1,${BOX_WIDTH * 20}}`, "g")) ?? []) : [word];
      for (const piece of pieces) push(piece, " ");
    }
  }
  if (current !== "") rows.push(current);
  return rows;
}

/**
 * The Notes band from the builder's row: heading, what is kept and what is rewritten, then the
 * box, one merged A:L line per note and at least one empty line to write on. Returns the box.
 */
export function notesBand(b: SheetBuilder, carried: CarriedNotes, lang: Language): PlanRect {
  const n = (key: "heading" | "guide") => translate(lang, "notes", key);
  const heading = b.line([{ value: n("heading"), style: S.subtitle }, ...fill(LAST_COL, S.subtitle)]);
  b.setHeight(heading, 22);
  spanText(b, b.row++, 0, LAST_COL + 1, n("guide"), S.note);
  const top = b.row;
  const lines = [...carried.lines, ""];
  while (lines.length < NOTES_MIN_LINES) lines.push("");
  for (const text of lines) {
    const row = b.row++;
    put(b, row, 0, { value: text === "" ? null : text, style: S.notesLine });
    for (let c = 1; c <= LAST_COL; c++) put(b, row, c, { value: null, style: S.notesLine });
    b.merge(row, 0, LAST_COL + 1);
    b.setHeight(row, 18);
    if (text !== "") b.fitText(row, 0, text, LAST_COL + 1);
  }
  return { row: top, col: 0, rows: lines.length, cols: LAST_COL + 1 };
}

/** The names that mark the page and its Notes box for the next evaluation. */
export function summaryAreaNames(page: PlanRect, box: PlanRect, lang: Language): PlanName[] {
  return [
    { name: SUMMARY_AREA_NAMES.page, sheet: SHEET_NAMES.summary, range: page, comment: translate(lang, "notes", "pageComment") },
    { name: SUMMARY_AREA_NAMES.notes, sheet: SHEET_NAMES.summary, range: box, comment: translate(lang, "notes", "boxComment") },
  ];
}

/**
 * What this evaluation rewrites of the sheet: the new page, the previous page (its cells are
 * the add-in's) and the lines taken under it into the box. Unknown when the sheet carries no
 * page name (written by an earlier version): then the whole sheet, as that version did.
 */
export function rewrittenArea(snapshot: WorkbookSnapshot, page: PlanRect, carried: CarriedNotes): PlanRect | undefined {
  const previous = ownArea(snapshot, "page");
  if (!previous) return undefined;
  const previousRows = previous.row + previous.values.length;
  const previousCols = previous.col + (previous.values[0]?.length ?? 0);
  return {
    row: 0,
    col: 0,
    rows: Math.max(page.rows, previousRows, carried.lastRowTaken + 1),
    cols: Math.max(page.cols, previousCols),
  };
}
