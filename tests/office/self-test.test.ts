/** "Check this Excel" on the fake: every check passes on a current host and cleans up after itself. */
import { runSelfTest, SELF_TEST_IDS, type BatchRunner } from "../../src/adapters/office/self-test";
import type { ApiFeature } from "../../src/adapters/office/support";
import { ApiLevel, FakeRequestContext, FakeWorkbook, asExcelContext, installOfficeFake, type OfficeFake } from "../support/office-fake";

let fake: OfficeFake | null = null;
afterEach(() => fake?.uninstall());

function runnerOn(book: FakeWorkbook, minor: number): BatchRunner {
  return async (batch) => {
    const context = new FakeRequestContext(book, new ApiLevel(minor));
    const result = await batch(asExcelContext(context));
    if (context.pending > 0) await context.sync();
    return result;
  };
}

const upTo = (minor: number) => (feature: ApiFeature) => Number(feature.set.split(".")[1]) <= minor;

describe("self-test", () => {
  it("passes every check on an ExcelApi 1.18 host and leaves the workbook as it was", async () => {
    const book = new FakeWorkbook();
    book.put("Budget", "A1", [["mine"]]);
    fake = installOfficeFake(globalThis, book);
    const rows = await runSelfTest({ support: upTo(18), run: runnerOn(book, 18) });
    expect(rows.map((r) => r.id)).toEqual([...SELF_TEST_IDS]);
    expect(rows.filter((r) => r.status !== "passed")).toEqual([]);
    expect(book.sheets.map((s) => s.name)).toEqual(["Budget"]);
    expect([...book.names.keys()]).toEqual([]);
    expect(book.tables).toEqual([]);
  });

  it("skips what an ExcelApi 1.4 host lacks, and still passes the rest", async () => {
    const book = new FakeWorkbook();
    fake = installOfficeFake(globalThis, book, { apiMinor: 4 });
    const rows = await runSelfTest({ support: upTo(4), run: runnerOn(book, 4) });
    const skipped = rows.filter((r) => r.status === "skipped").map((r) => r.id);
    expect(skipped).toEqual([
      "nameFromSelection",
      "notes",
      "dataValidation",
      "pageLayout",
      "freezePanes",
      "hyperlink",
      // The checks of undocumented behaviours that need a newer set than 1.4.
      "unprotectPassword",
      "cellEditCode",
      "clearAll",
      "printReadBack",
      "dataBars",
      "textToDisplay",
      "readOnlyFlag",
      "structureProtection",
    ]);
    expect(rows.filter((r) => r.status === "failed")).toEqual([]);
    expect(book.sheets).toEqual([]);
  });

  it("fails the library check, naming the member, when office.js is older than the host", async () => {
    const book = new FakeWorkbook();
    fake = installOfficeFake(globalThis, book, { missingMembers: ["Workbook.notes"] });
    const rows = await runSelfTest({ support: upTo(18), run: runnerOn(book, 18) });
    expect(rows.find((r) => r.id === "library")).toMatchObject({ status: "failed", error: expect.stringContaining("Workbook.notes") });
  });

  it("reports Excel's error text for a behaviour that differs", async () => {
    const book = new FakeWorkbook();
    fake = installOfficeFake(globalThis, book);
    const run = runnerOn(book, 18);
    // A host where reading values back fails: the row says so, the others still run.
    const failing: BatchRunner = async (batch) => {
      if (batch.toString().includes("'=1+1")) throw Object.assign(new Error("The request failed"), { code: "GeneralException" });
      return run(batch);
    };
    const rows = await runSelfTest({ support: upTo(18), run: failing });
    expect(rows.find((r) => r.id === "values")).toEqual({
      id: "values",
      set: "1.1",
      status: "failed",
      error: "GeneralException: The request failed",
    });
    expect(rows.find((r) => r.id === "cleanup")?.status).toBe("passed");
  });
});
