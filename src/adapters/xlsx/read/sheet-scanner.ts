/**
 * One pass over a worksheet part that keeps only the cells inside the requested rectangles
 * (or every cell, for the log sheet) and measures the used extent. Nothing is expanded cell by
 * cell: a whole-column request costs what the sheet holds, not a million rows.
 */
import { PackageError, type XlsxPackage } from "../package";
import { CellSink, parseCellRef, type ScanOptions, type ScannedSheet } from "./cell-sink";
import { scanSheetBytes } from "./sheet-bytes";
import { localName, scanPart } from "./xml";

export type { CellRequest, ScanOptions, ScannedSheet } from "./cell-sink";

/**
 * Reads one worksheet part's cells: the byte-level scan reads the rows of ordinary sheets; a part
 * it does not take (prefixed or rich markup in the rows, comments, UTF-16) goes through the
 * tokenizer, which reads any well-formed part. Both keep the same cells the same way (`CellSink`).
 */
export function scanSheet(pkg: XlsxPackage, part: string, options: ScanOptions): ScannedSheet {
  return scanSheetBytes(pkg, part, options) ?? scanSheetTokens(pkg, part, options);
}

/** The tokenizer's scan: any well-formed part. */
export function scanSheetTokens(pkg: XlsxPackage, part: string, options: ScanOptions): ScannedSheet {
  const sink = new CellSink(part, options);
  let rooted = false;
  let inSheetData = false;
  const position = { row: 0, col: 0 };

  scanPart(
    pkg,
    part,
    {
      open(tag) {
        const name = localName(tag.name);
        // A sheet part whose root is not a worksheet (another part's content under its name)
        // would read as a sheet without cells: every input missing, instead of a refusal.
        if (!rooted) {
          rooted = true;
          if (name !== "worksheet") throw new PackageError("corrupt", part);
        }
        if (!inSheetData) {
          if (name === "sheetData") inSheetData = true;
          return;
        }
        const attributes = tag.attributes;
        if (sink.inCell) {
          if (name === "v") {
            sink.inValue = true;
            sink.hasValue = true;
            sink.valueText = "";
          } else if (name === "f") sink.hasFormula = true;
          else if (name === "is") {
            sink.inInline = true;
            sink.hasInline = true;
          } else if (sink.inInline) sink.inline.open(name);
        } else if (name === "c") {
          const ref = attributes.r;
          if (typeof ref === "string" && parseCellRef(ref, position)) {
            sink.row = position.row;
            sink.col = position.col;
          } else sink.col++; // writers that omit `r` list cells in order
          sink.openCell(attributes.t, attributes.s === undefined ? 0 : Number(attributes.s) || 0);
        } else if (name === "row") sink.openRow(Number(attributes.r));
      },
      close(qualified) {
        if (!inSheetData) return;
        const name = localName(qualified);
        if (sink.inCell) {
          if (name === "c") sink.finishCell();
          else if (name === "v") sink.inValue = false;
          else if (name === "is") sink.inInline = false;
          else if (sink.inInline) sink.inline.close(name);
        } else if (name === "sheetData") {
          inSheetData = false;
          sink.finished = true;
        }
      },
      text(text) {
        sink.text(text);
      },
    },
    // A scan that must reach the end inflates the part in one go; others may stop early.
    sink.readToEnd ? undefined : () => sink.finished,
  );
  return sink.result();
}

/** Replaces shared-string indexes by their text; an index past the table is an error value. */
export function resolveSharedStrings(sheet: ScannedSheet, strings: readonly string[]): void {
  for (const at of sheet.sharedStringCells) {
    const index = sheet.values[at] as number;
    sheet.values[at] = index < strings.length ? strings[index] : { error: "#REF!" };
  }
  sheet.sharedStringCells.length = 0;
}

/** The largest shared-string index the kept cells use (-1 when none). */
export function lastSharedString(sheet: ScannedSheet): number {
  let last = -1;
  for (const at of sheet.sharedStringCells) last = Math.max(last, sheet.values[at] as number);
  return last;
}
