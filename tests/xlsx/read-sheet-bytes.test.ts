/**
 * The byte-level row reader reads what the tokenizer reads: on every worksheet of the committed
 * fixtures (made by openpyxl, LibreOffice, Excel-like scripts, damaged on purpose), on hand-made
 * rows with every kind of cell, and on a sheet big enough to be inflated in prefixes. It takes the
 * sheets ordinary writers make (else it would be a slow path in disguise) and hands what it does
 * not read to the tokenizer, whose result the reader then returns.
 */
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { XlsxPackage } from "../../src/adapters/xlsx";
import { scanSheetBytes } from "../../src/adapters/xlsx/read/sheet-bytes";
import { scanSheet, scanSheetTokens, type ScanOptions, type ScannedSheet } from "../../src/adapters/xlsx/read/sheet-scanner";
import { FIXTURES } from "./helpers";

const OPTIONS: Record<string, ScanOptions> = {
  everything: { requests: [], everything: true, needExtent: true, date1904: false, maxCellsPerRequest: 1e7 },
  block: {
    requests: [{ row: 0, col: 0, rows: 60, cols: 12, label: "block", keepFormattedEmpty: true }],
    everything: false,
    needExtent: false,
    date1904: false,
    maxCellsPerRequest: 1e7,
  },
  columns: {
    requests: [
      { row: 0, col: 1, rows: 1048576, cols: 2, label: "columns", keepFormattedEmpty: false },
      { row: 3, col: 0, rows: 1, cols: 1, label: "one", keepFormattedEmpty: true },
    ],
    everything: false,
    needExtent: true,
    date1904: true,
    formulasUncalculated: true,
    maxCellsPerRequest: 1e7,
  },
};

/** What a scan gives (the used extent only when it is exact: read to the end), or the error it throws. */
function outcome(scan: () => ScannedSheet | null): unknown {
  try {
    return comparable(scan());
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

function comparable(read: ScannedSheet | null): unknown {
  if (read === null || read.complete) return read;
  const { usedRows: _rows, usedCols: _cols, ...rest } = read;
  return rest;
}

function books(): string[] {
  const dirs = ["packages", "writer", "reader", "damaged"].map((d) => path.join(FIXTURES, d));
  return [FIXTURES, ...dirs].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.xls[xm]$/.test(f))
      .map((f) => path.join(dir, f)),
  );
}

function worksheetParts(pkg: XlsxPackage): string[] {
  return pkg.paths().filter((p) => /^xl\/worksheets\/[^/]+\.xml$/i.test(p));
}

function open(file: string): XlsxPackage | null {
  try {
    return XlsxPackage.open(readFileSync(file));
  } catch {
    return null; // not a package: another test's business
  }
}

/** A package holding one sheet part (and what every package has). */
function packageWith(sheetXml: string | Buffer): XlsxPackage {
  const pkg = XlsxPackage.empty();
  pkg.set("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  pkg.set("xl/worksheets/sheet1.xml", sheetXml);
  return XlsxPackage.open(pkg.toBuffer());
}

const SHEET = "xl/worksheets/sheet1.xml";
const head = '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

describe("the byte-level row reader", () => {
  it.each(books().map((b) => [path.relative(FIXTURES, b), b]))("reads every worksheet of %s as the tokenizer does", (_, file) => {
    const pkg = open(file);
    if (!pkg) return;
    for (const part of worksheetParts(pkg)) {
      for (const [label, options] of Object.entries(OPTIONS)) {
        const tokens = outcome(() => scanSheetTokens(pkg, part, options));
        const bytes = outcome(() => scanSheetBytes(pkg, part, options));
        // Giving up is always allowed (the tokenizer then reads the part); anything else must agree.
        if (bytes !== null) expect({ part, label, read: bytes }).toEqual({ part, label, read: tokens });
        expect({ part, label, read: outcome(() => scanSheet(pkg, part, options)) }).toEqual({ part, label, read: tokens });
      }
    }
  });

  it("takes the worksheets openpyxl and the package fixtures write (no silent slow path)", () => {
    for (const file of ["openpyxl-inputs.xlsx", "packages/base.xlsx", "writer/user-budget.xlsx"]) {
      const pkg = open(path.join(FIXTURES, file)) as XlsxPackage;
      for (const part of worksheetParts(pkg))
        expect({ file, part, taken: scanSheetBytes(pkg, part, OPTIONS.everything) !== null }).toEqual({ file, part, taken: true });
    }
  });

  it("reads every kind of cell as the tokenizer does: types, formulas, inline and rich text, references, line breaks, prefixes", () => {
    const rows = [
      '<row r="1" spans="1:9"><c r="A1" t="s"><v>3</v></c><c r="B1" s="4"><v>1.5E3</v></c><c r="C1" t="b"><v>1</v></c>',
      '<c r="D1" t="e"><v>#N/A</v></c><c r="E1" t="str"><f>A1&amp;"x"</f><v>a &lt; b</v></c><c r="F1" t="d"><v>2026-09-30T12:00</v></c>',
      '<c r="G1" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">Über </t></r><r><t>größe_x000D_</t></r><rPh sb="0" eb="1"><t>ア</t></rPh></is></c>',
      '<c r="H1"><f t="shared" ref="H1:H3" si="0">1+1</f><v></v></c><c r="I1" s="2"/></row>',
      '<row r="3"><c t="n"><v>7</v></c><c><v> 8 </v></c><c r="ZZ3"><v>text\r\nline&#13;</v></c></row>',
      '<row><c r="A4" t="inlineStr"><is><t>implicit row</t></is></c></row><row r="6" customFormat="1" s="3"/>',
    ].join("");
    const xml = `${head}<dimension ref="A1:ZZ6"/><sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="A6:B6"/></mergeCells></worksheet>`;
    const prefixed = xml.replace(/<(\/?)(?!\?)([A-Za-z]+[\s/>])/g, "<$1x:$2").replace('xmlns="', 'xmlns:x="');
    for (const text of [xml, prefixed, `\uFEFF${xml}`]) {
      const pkg = packageWith(text);
      for (const options of Object.values(OPTIONS)) {
        const bytes = scanSheetBytes(pkg, SHEET, options);
        expect(bytes).not.toBeNull();
        expect(comparable(bytes)).toEqual(comparable(scanSheetTokens(pkg, SHEET, options)));
      }
    }
  });

  it.each([
    ["a comment in the rows", '<row r="1"><!-- note --><c r="A1"><v>1</v></c></row>'],
    ["CDATA in a value", '<row r="1"><c r="A1" t="str"><v><![CDATA[<x>]]></v></c></row>'],
    ["a reference in an attribute", '<row r="&#49;"><c r="A1"><v>1</v></c></row>'],
    ["an element it does not know", '<row r="1"><c r="A1"><v>1</v><extLst/></c></row>'],
  ])("hands %s to the tokenizer, which reads it", (_, rows) => {
    const pkg = packageWith(`${head}<sheetData>${rows}</sheetData></worksheet>`);
    expect(scanSheetBytes(pkg, SHEET, OPTIONS.everything)).toBeNull();
    expect(comparable(scanSheet(pkg, SHEET, OPTIONS.everything))).toEqual(comparable(scanSheetTokens(pkg, SHEET, OPTIONS.everything)));
    expect(scanSheet(pkg, SHEET, OPTIONS.everything).values.length).toBeGreaterThan(0);
  });

  it.each([
    ["mismatched tags", '<row r="1"><c r="A1"><v>1</c></v></row>'],
    ["an unknown entity", '<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>'],
    ["an unquoted attribute", "<row r=1></row>"],
    ["rows never closed", '<row r="1"><c r="A1"><v>1</v></c>'],
  ])("leaves %s to the tokenizer's refusal", (_, rows) => {
    const pkg = packageWith(`${head}<sheetData>${rows}</sheetData></worksheet>`);
    expect(scanSheetBytes(pkg, SHEET, OPTIONS.everything)).toBeNull();
    expect(() => scanSheet(pkg, SHEET, OPTIONS.everything)).toThrow(/notWellFormed/);
  });

  it("reads a sheet inflated in prefixes (cut anywhere) as the tokenizer does, and stops after the last row asked for", () => {
    // Varied text so that the part stays over a megabyte compressed (the prefixes' threshold).
    let seed = 7;
    const word = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed.toString(36);
    };
    const rows: string[] = [];
    for (let r = 1; r <= 60000; r++)
      rows.push(
        `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${word()} é ${word()}</t></is></c><c r="B${r}" s="1"><v>${seed % 100000}</v></c></row>`,
      );
    const pkg = packageWith(Buffer.from(`${head}<sheetData>${rows.join("")}</sheetData></worksheet>`, "utf8"));
    expect((pkg.storedEntry(SHEET)?.raw.length ?? 0) > 1024 * 1024).toBe(true);
    const deep: ScanOptions = {
      ...OPTIONS.block,
      requests: [{ row: 40000, col: 0, rows: 5, cols: 2, label: "deep", keepFormattedEmpty: true }],
    };
    for (const options of [OPTIONS.block, deep]) {
      const bytes = scanSheetBytes(pkg, SHEET, options);
      expect(comparable(bytes)).toEqual(comparable(scanSheetTokens(pkg, SHEET, options)));
      expect(bytes?.values.length).toBe(options === deep ? 10 : 120);
      expect(bytes?.complete).toBe(false);
    }
  });
});
