/**
 * Cell notes (legacy comments) as Excel writes them: the comments part holds the text, and a
 * VML drawing holds one hidden shape per note. Excel shows a note only when both exist; the
 * sheet points at the comments through its `.rels` and at the VML through `<legacyDrawing>`.
 */
import { a1, parseA1 } from "../../../../core/address";
import { el, join, part, text, xstring, type Xml } from "../xml";
import { NS } from "../ooxml";

export interface NoteText {
  /** A1 reference of the cell, without a sheet: `B7`. */
  readonly ref: string;
  readonly text: string;
  /** Who wrote it, when not the part's default author (a user's note kept on the add-in's sheet). */
  readonly author?: string;
}

export interface NoteBox {
  /** 0-based cell position. */
  readonly row: number;
  readonly col: number;
  /** The note's text, when known: it sizes the box so that the whole text shows on hover. */
  readonly text?: string;
}

export interface VmlDrawingOptions {
  /**
   * The first block of 1024 shape ids this drawing may use (`o:idmap`). Shape ids must be unique
   * in the workbook, so each sheet's VML drawing needs blocks no other drawing uses:
   * `vmlIdBlocks(notes.length)` tells how many this one takes. Default 1.
   */
  readonly idBlock?: number;
}

/** The comments part (`xl/commentsN.xml`). Notes are written in sheet order, one per cell. */
export function commentsPartXml(notes: readonly NoteText[], author: string): string {
  const placed = notes.map((note) => {
    const at = parseA1(note.ref);
    if (!at) throw new RangeError(`not a cell reference for a note: "${note.ref}"`);
    return { ...at, note };
  });
  const ordered = inSheetOrder(placed);
  const authors = [author, ...new Set(notes.map((n) => n.author).filter((a): a is string => a !== undefined && a !== author))];
  const comments = ordered.map(({ row, col, note }) =>
    el(
      "comment",
      // The reference is rewritten from the parsed cell so `$b$7` or ` B7` cannot reach Excel.
      { ref: a1(row, col), authorId: note.author === undefined ? 0 : authors.indexOf(note.author) },
      el(
        "text",
        {},
        el(
          "r",
          {},
          el("rPr", {}, el("sz", { val: 9 }), el("color", { indexed: 81 }), el("rFont", { val: "Tahoma" }), el("family", { val: 2 })),
          el("t", { "xml:space": "preserve" }, text(xstring(note.text))),
        ),
      ),
    ),
  );
  return part(
    el(
      "comments",
      { xmlns: NS.main },
      el("authors", {}, join(authors.map((a) => el("author", {}, text(xstring(a)))))),
      el("commentList", {}, join(comments)),
    ),
  );
}

/** How many blocks of shape ids a VML drawing of `notes` notes takes (ids are 1024 to a block). */
export function vmlIdBlocks(notes: number): number {
  return Math.max(1, Math.ceil((notes + 1) / 1024));
}

/** Excel's default grid, in points and pixels, for placing the boxes. */
const COLUMN_PT = 48;
const ROW_PT = 15;
const PX_PER_PT = 4 / 3;
const BOX_COLUMNS = 3;
/** Characters of Tahoma 9 pt per line in a three-column box, and pixels per line. */
const CHARS_PER_LINE = 30;
const LINE_PX = 14;

/** The VML drawing (`xl/drawings/vmlDrawingN.vml`) with one hidden note shape per cell. */
export function vmlDrawingXml(notes: readonly NoteBox[], options: VmlDrawingOptions = {}): string {
  const idBlock = options.idBlock ?? 1;
  if (!Number.isInteger(idBlock) || idBlock < 1) throw new RangeError(`not a VML id block: ${idBlock}`);
  for (const note of notes) {
    if (!Number.isInteger(note.row) || !Number.isInteger(note.col) || note.row < 0 || note.col < 0) {
      throw new RangeError(`not a cell position for a note: row ${note.row}, column ${note.col}`);
    }
  }
  const ordered = inSheetOrder(notes);
  const blocks = Array.from({ length: vmlIdBlocks(ordered.length) }, (_, i) => idBlock + i);
  const shapes = ordered.map((note, i) => noteShape(note, idBlock * 1024 + i + 1, i + 1));
  // No XML declaration: Excel writes none in VML, and its VML reader is older than its XML one.
  return el(
    "xml",
    { "xmlns:v": NS.vml, "xmlns:o": NS.office, "xmlns:x": NS.excel },
    el("o:shapelayout", { "v:ext": "edit" }, el("o:idmap", { "v:ext": "edit", data: blocks.join(",") })),
    el(
      "v:shapetype",
      { id: "_x0000_t202", coordsize: "21600,21600", "o:spt": 202, path: "m,l,21600r21600,l21600,xe" },
      el("v:stroke", { joinstyle: "miter" }),
      el("v:path", { gradientshapeok: "t", "o:connecttype": "rect" }),
    ),
    join(shapes),
  );
}

function noteShape(note: NoteBox, shapeId: number, zIndex: number): Xml {
  // Beside the cell, one column to the right and a row up, as Excel places a new note.
  const left = note.col + 1;
  const top = Math.max(note.row - 1, 0);
  const rows = boxRows(note.text);
  const style = [
    "position:absolute",
    `margin-left:${(left * COLUMN_PT + 15 / PX_PER_PT).toFixed(2)}pt`,
    `margin-top:${(top * ROW_PT + 10 / PX_PER_PT).toFixed(2)}pt`,
    `width:${BOX_COLUMNS * COLUMN_PT}pt`,
    `height:${(rows * ROW_PT).toFixed(2)}pt`,
    `z-index:${zIndex}`,
    "visibility:hidden",
  ].join(";");
  const anchor = [left, 15, top, 10, left + BOX_COLUMNS, 15, top + rows, 10].join(", ");
  return el(
    "v:shape",
    { id: `_x0000_s${shapeId}`, type: "#_x0000_t202", style, fillcolor: "#ffffe1", "o:insetmode": "auto" },
    el("v:fill", { color2: "#ffffe1" }),
    el("v:shadow", { on: "t", color: "black", obscured: "t" }),
    el("v:path", { "o:connecttype": "none" }),
    el("v:textbox", { style: "mso-direction-alt:auto" }, el("div", { style: "text-align:left" })),
    el(
      "x:ClientData",
      { ObjectType: "Note" },
      el("x:MoveWithCells"),
      el("x:SizeWithCells"),
      el("x:Anchor", {}, text(anchor)),
      el("x:AutoFill", {}, text("False")),
      el("x:Row", {}, text(String(note.row))),
      el("x:Column", {}, text(String(note.col))),
    ),
  );
}

/** Rows of the default grid the box spans: enough for the text's wrapped lines, within reason. */
function boxRows(noteText: string | undefined): number {
  if (noteText === undefined) return 4;
  const lines = noteText.split(/\r\n|\r|\n/).reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / CHARS_PER_LINE)), 0);
  const px = lines * LINE_PX + 8;
  return Math.min(Math.max(Math.ceil(px / (ROW_PT * PX_PER_PT)), 4), 24);
}

/** Row by row, then column; two notes on one cell are a caller's error Excel would "repair". */
function inSheetOrder<T extends { readonly row: number; readonly col: number }>(items: readonly T[]): T[] {
  const sorted = [...items].sort((x, y) => x.row - y.row || x.col - y.col);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].row === sorted[i - 1].row && sorted[i].col === sorted[i - 1].col) {
      throw new RangeError(`two notes on one cell: ${a1(sorted[i].row, sorted[i].col)}`);
    }
  }
  return sorted;
}
