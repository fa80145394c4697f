/**
 * Issue 19: a user's sheet is patched as bytes and read only as far as the cells to write. What
 * lies after the row that follows the last status cell is never parsed (so a sheet too large for
 * one JavaScript string can still be written), and the bytes around the patched cells, non-ASCII
 * text and a byte-order mark included, are copied as they are.
 */
import { scanSheet } from "../../src/adapters/xlsx/write/sheet-scan";
import { spliceCells } from "../../src/adapters/xlsx/write/splice";

const HEAD =
  '\uFEFF<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const row = (r: number, text: string) => `<row r="${r}" spans="1:1"><c r="A${r}" t="inlineStr"><is><t>${text}</t></is></c></row>`;

describe("a user's sheet as bytes", () => {
  it("stops reading at the row after the last wanted one: the rest is not parsed", () => {
    // Rows 1-3, then something no XML parser would accept: reading it would fail.
    const bytes = Buffer.from(
      `${HEAD}${row(1, "Café")}${row(2, "Zürich")}${row(3, "€ 5")}<row r="4"><c r=5></sheetData><mergeCells count="1"><mergeCell ref="C1:D1"/></mergeCells></worksheet>`,
      "utf8",
    );
    const scan = scanSheet(bytes, new Set([1]));
    expect(scan.rows.map((r) => r.row)).toEqual([0, 1, 2]);
    expect(scan.merges).toEqual([{ row: 0, col: 2, rows: 1, cols: 2 }]);
    const out = spliceCells(scan, [{ row: 1, col: 1, xml: '<c r="B2" t="inlineStr"><is><t>Non atteint — été</t></is></c>' }], "Sheet");
    const expected = Buffer.from(
      `${HEAD}${row(1, "Café")}<row r="2" spans="1:2"><c r="A2" t="inlineStr"><is><t>Zürich</t></is></c><c r="B2" t="inlineStr"><is><t>Non atteint — été</t></is></c></row>${row(3, "€ 5")}<row r="4"><c r=5></sheetData><mergeCells count="1"><mergeCell ref="C1:D1"/></mergeCells></worksheet>`,
      "utf8",
    );
    expect(out.whole().equals(expected)).toBe(true);
  });

  it("refuses a malformed part when the rows to write lie beyond the damage", () => {
    const bytes = Buffer.from(`${HEAD}${row(1, "a")}<row r="2"><c r=5></row></sheetData></worksheet>`, "utf8");
    expect(() => scanSheet(bytes, new Set([5]))).toThrow();
  });
});
