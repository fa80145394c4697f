/** The live check's recorded figures and formula text, from snapshots (the engine test is live-check-libreoffice). */
import { fileFormula } from "../../src/adapters/xlsx/write/worksheet-xml";
import { UNCALCULATED, type CellValue, type NameSnapshot } from "../../src/core/cells";
import { inputChangedFormula, inputFigures, liveCheckFormula } from "../../src/core/review/live-check";

function range(values: CellValue[][], source: "name" | "table" = "name"): NameSnapshot {
  return { kind: "range", source, range: { sheet: "Inputs", row: 0, col: 0, values, formats: values.map((r) => r.map(() => "General")) } };
}

describe("the figures recorded for one input", () => {
  it("counts numbers and dates, sums them, adds up text lengths and first letters", () => {
    const f = inputFigures(
      "MemberRoster",
      range([
        ["Alpha", 1, 46000],
        ["Été", 2, 46100],
        [null, null, null],
      ]),
    )!;
    expect(f).toMatchObject({ reference: "MemberRoster", count: [4], sum: [92103], textLength: 8, hasError: false });
    expect(f.firstLetters).toBe("A".charCodeAt(0) + "É".charCodeAt(0));
    // One numeric 1: LibreOffice's `=TRUE` matches it too.
    expect(f.trues).toEqual([0, 1]);
  });

  it("leaves a table's header row out and refers to its data rows as Name[]", () => {
    const f = inputFigures(
      "CashFlow",
      range(
        [
          ["Quarter", "Inflows"],
          ["Q1", 5],
        ],
        "table",
      ),
    )!;
    expect(f).toMatchObject({ reference: "CashFlow[]", count: [1], sum: [5], textLength: 2 });
  });

  it("accepts either engine's reading of booleans (Excel leaves them out of COUNT and SUM, LibreOffice counts them as 1 and 0)", () => {
    const f = inputFigures("LostMembersAllTier1", range([[true], [false], [3]]))!;
    expect(f.count).toEqual([1, 3]);
    expect(f.sum).toEqual([3, 4]);
    expect(f.trues).toEqual([1]);
    expect(inputChangedFormula(f)).toContain("AND(COUNT(LostMembersAllTier1)<>1,COUNT(LostMembersAllTier1)<>3)");
  });

  it("watches an input holding an error value for the error to go, and records nothing for one never calculated", () => {
    const withError = inputFigures("BudgetEnvelope", range([[{ error: "#N/A" }]]))!;
    expect(inputChangedFormula(withError)).toBe("NOT(ISERROR(SUM(BudgetEnvelope)))");
    expect(inputFigures("BudgetEnvelope", range([[UNCALCULATED]]))).toBeNull();
    expect(inputFigures("BudgetEnvelope", { kind: "missing" })).toBeNull();
  });

  it("sizes the sum's tolerance on the amounts: a cent on three million still shows", () => {
    const f = inputFigures("PlannedSpend", range([[3_000_000], [80_000]]))!;
    const tolerance = Number(/>([0-9.E-]+),SUMPRODUCT\(ISTEXT/.exec(inputChangedFormula(f))![1]);
    expect(tolerance).toBeGreaterThan(0);
    expect(tolerance).toBeLessThan(0.01);
  });
});

describe("the whole check", () => {
  it("shows the message when any input changed or cannot be read, else empty text; quotes in the message doubled", () => {
    const f = inputFigures("BudgetEnvelope", range([[3080000]]))!;
    const formula = liveCheckFormula([f], 'Say "again"')!;
    expect(formula.startsWith("IF(IFERROR(OR(OR(COUNT(BudgetEnvelope)<>1,")).toBe(true);
    expect(formula.endsWith(',TRUE),"Say ""again""","")')).toBe(true);
    expect(liveCheckFormula([], "x")).toBeNull();
  });

  it("is stored in the package with the _xlfn. prefix of UNICODE, text literals untouched", () => {
    expect(fileFormula('IF(SUMPRODUCT(UNICODE(A1&" "))>0,"UNICODE(x)","")')).toBe(
      'IF(SUMPRODUCT(_xlfn.UNICODE(A1&" "))>0,"UNICODE(x)","")',
    );
  });
});
