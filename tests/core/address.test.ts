/** The one address module both adapters share: the cases where the two old parsers disagreed. */
import {
  absoluteAddress,
  columnIndex,
  columnLetters,
  isMultiAreaFormula,
  parseA1,
  parseReference,
  quoteSheet,
  rectA1,
  sameSheetName,
  splitAddress,
} from "../../src/core/address";

const anySheet = () => true;

test("column letters and indexes are inverse up to XFD, and refuse beyond", () => {
  for (const col of [0, 25, 26, 701, 702, 16383]) expect(columnIndex(columnLetters(col))).toBe(col);
  expect(columnLetters(27)).toBe("AB");
  expect(columnIndex("XFE")).toBe(-1);
  expect(parseA1("$B$7")).toEqual({ row: 6, col: 1 });
  expect(parseA1("A1048577")).toBeNull();
});

test("sheet names are quoted when Excel would read them otherwise", () => {
  expect(quoteSheet("Inputs")).toBe("Inputs");
  expect(quoteSheet("Budget 2026")).toBe("'Budget 2026'");
  expect(quoteSheet("Q's plan")).toBe("'Q''s plan'");
  for (const cellLike of ["AB12", "R1C1", "R", "C", "rc"]) expect(quoteSheet(cellLike)).toBe(`'${cellLike}'`);
  expect(absoluteAddress("Budget 2026", { row: 6, col: 1, rows: 3, cols: 3 })).toBe("'Budget 2026'!$B$7:$D$9");
  expect(rectA1({ row: 0, col: 0, rows: 1, cols: 1 })).toBe("A1");
});

test("a quoted sheet name may hold '!' and apostrophes", () => {
  expect(splitAddress("'Hello! It''s'!B7:C9")).toEqual({ sheet: "Hello! It's", ref: "B7:C9" });
  const parsed = parseReference("='Hello! It''s'!$B$7:$C$9", anySheet);
  expect(parsed).toMatchObject({ kind: "area", area: { sheet: "Hello! It's", row: 6, col: 1, rows: 3, cols: 2, relative: false } });
});

test("unions are told apart from function arguments and strings", () => {
  expect(isMultiAreaFormula("=Inputs!$A$1,Inputs!$C$3")).toBe(true);
  expect(isMultiAreaFormula("=(Inputs!$A$1,Inputs!$C$3)")).toBe(true);
  expect(isMultiAreaFormula("=SUM(Inputs!$A$1,Inputs!$C$3)")).toBe(false);
  expect(isMultiAreaFormula('="a,b"')).toBe(false);
  expect(isMultiAreaFormula("='a,b'!$A$1")).toBe(false);
  expect(parseReference("=SUM(Inputs!$A$1,Inputs!$C$3)", anySheet).kind).toBe("notRange");
  expect(parseReference("=(Inputs!$A$1,Inputs!$C$3)", anySheet).kind).toBe("multiArea");
});

test("whole columns and rows, broken and missing sheets", () => {
  expect(parseReference("=Inputs!$A:$D", anySheet)).toMatchObject({ kind: "area", area: { rows: 1048576, cols: 4, wholeLines: true } });
  expect(parseReference("=Inputs!$3:$9", anySheet)).toMatchObject({ kind: "area", area: { row: 2, rows: 7, cols: 16384 } });
  expect(parseReference("=#REF!", anySheet).kind).toBe("broken");
  expect(parseReference("=Gone!$A$1", () => false).kind).toBe("broken");
  expect(parseReference("=0.2", anySheet).kind).toBe("notRange");
});

test("sheet names compare without case, in any script", () => {
  expect(sameSheetName("Übersicht", "ÜBERSICHT")).toBe(true);
  expect(sameSheetName("MVSP Triggers", "mvsp triggers")).toBe(true);
  expect(sameSheetName("Inputs", "Inputs 2")).toBe(false);
});
