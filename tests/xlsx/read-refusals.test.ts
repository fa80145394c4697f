/**
 * Files the reader refuses, each for what it is: a zip bomb before inflating, a zip without a
 * workbook, an encrypted workbook, a damaged part, a named range too large to read.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { PackageError, ReadLimitError, readSnapshot, readWorkbookIndex, XlsxPackage } from "../../src/adapters/xlsx";
import { openFixture, READER_FIXTURES } from "./read-fixtures";

function failure(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("refusals", () => {
  it("refuses a zip bomb from its declared sizes, before inflating anything", () => {
    const file = readFileSync(path.join(READER_FIXTURES, "zip-bomb.xlsx"));
    const before = process.memoryUsage();
    const error = failure(() => readSnapshot(XlsxPackage.open(file), ["BudgetEnvelope"]));
    const after = process.memoryUsage();
    expect(error).toBeInstanceOf(PackageError);
    expect(error).toMatchObject({ code: "ratio", part: "xl/worksheets/sheet1.xml" });
    // The part inflates to 200 MB: not one of them was allocated.
    expect(after.arrayBuffers + after.heapUsed - before.arrayBuffers - before.heapUsed).toBeLessThan(50 * 1024 * 1024);
  });

  it("calls no-workbook.xlsx not a workbook", () => {
    const error = failure(() => readSnapshot(openFixture("no-workbook.xlsx"), ["BudgetEnvelope"]));
    expect(error).toBeInstanceOf(PackageError);
    expect(error).toMatchObject({ code: "notWorkbook" });
  });

  it("calls rels-to-nowhere.xlsx damaged: the workbook part it names is missing", () => {
    const error = failure(() => readSnapshot(openFixture("rels-to-nowhere.xlsx"), ["BudgetEnvelope"]));
    expect(error).toBeInstanceOf(PackageError);
    expect(error).toMatchObject({ code: "missingPart" });
  });

  it("calls a password-protected workbook encrypted, not 'not an Excel workbook'", () => {
    const error = failure(() => openFixture("encrypted.xlsx"));
    expect(error).toMatchObject({ code: "encrypted" });
  });

  it("calls a sheet part that is not well-formed XML not well-formed, naming the part", () => {
    const pkg = openFixture("values.xlsx");
    pkg.set(
      "xl/worksheets/sheet2.xml",
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="7"><c r="B7"><v>42</c>',
    );
    const error = failure(() => readSnapshot(pkg, ["BudgetEnvelope"]));
    expect(error).toBeInstanceOf(PackageError);
    expect(error).toMatchObject({ code: "notWellFormed", part: "xl/worksheets/sheet2.xml" });
  });

  it("calls a workbook.xml that is not well-formed not well-formed", () => {
    const pkg = openFixture("values.xlsx");
    pkg.set("xl/workbook.xml", "<workbook><sheets>");
    expect(failure(() => readWorkbookIndex(pkg))).toMatchObject({ code: "notWellFormed", part: "xl/workbook.xml" });
  });

  it("refuses a named range holding more cells than the limit once clipped, naming it", () => {
    const pkg = openFixture("whole-columns.xlsx");
    // `Everything` is the whole grid; its used part is A1:H40, 320 cells.
    const error = failure(() => readSnapshot(pkg, ["PlannedSpend", "Everything"], { limits: { maxCellsPerRange: 300 } }));
    expect(error).toBeInstanceOf(ReadLimitError);
    expect(error).toMatchObject({ code: "rangeTooLarge", definedName: "Everything", cells: 320, limit: 300 });
    expect(() => readSnapshot(pkg, ["PlannedSpend", "Everything"], { limits: { maxCellsPerRange: 320 } })).not.toThrow();
  });
});
