/** The Office.js fake must be as strict as Office.js, or the adapter tests prove nothing. */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { ApiLevel, FakeRequestContext, FakeWorkbook } from "../support/office-fake";

function context(wb = new FakeWorkbook(), minor = 18) {
  return new FakeRequestContext(wb, new ApiLevel(minor));
}

async function failure(promise: Promise<unknown>): Promise<{ code: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string };
  }
  throw new Error("expected the sync to fail");
}

describe("the Office.js fake", () => {
  it("throws PropertyNotLoaded for a read before load and sync", async () => {
    const wb = new FakeWorkbook();
    wb.put("S", "A1", [[1]]);
    const ctx = context(wb);
    const range = ctx.workbook.worksheets.getItem("S").getRange("A1");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(range.values).toEqual([[1]]);
    expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(ctx.syncCount).toBe(1);
  });

  it("applies writes only at sync, in order", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("S");
    const ctx = context(wb);
    const range = ctx.workbook.worksheets.getItem("S").getRange("A1");
    range.values = [["first"]];
    const seen = ctx.workbook.worksheets.getItem("S").getRange("A1").load("values");
    range.values = [["second"]];
    expect(wb.value("S", "A1")).toBeNull();
    await ctx.sync();
    expect(seen.values).toEqual([["first"]]);
    expect(wb.value("S", "A1")).toBe("second");
  });

  it("gives null objects for missing items, and fails a chain through one with InvalidObjectPath", async () => {
    const ctx = context();
    const named = ctx.workbook.names.getItemOrNullObject("Nope");
    named.load("type");
    expect(() => named.isNullObject).toThrow();
    await ctx.sync();
    expect(named.isNullObject).toBe(true);
    // No Microsoft page documents calling a method on a null object.
    named.getRangeOrNullObject().load("values");
    expect((await failure(ctx.sync())).code).toBe("InvalidObjectPath");
  });

  it("refuses protect() on a protected sheet with AccessDenied; unprotect() needs only ExcelApi 1.2", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("S").protected = true;
    const ctx = context(wb, 4);
    ctx.workbook.worksheets.getItem("S").protection.protect();
    expect((await failure(ctx.sync())).code).toBe("AccessDenied");
    ctx.workbook.worksheets.getItem("S").protection.unprotect();
    await ctx.sync();
    expect(wb.sheet("S")?.protected).toBe(false);
  });

  it("fails a sync whose response passes the 5 MB cap, as Microsoft documents for Excel on the web", async () => {
    const wb = new FakeWorkbook();
    wb.put(
      "S",
      "A1",
      Array.from({ length: 3_000 }, () => ["x".repeat(1_000)]),
    );
    const ctx = new FakeRequestContext(wb, new ApiLevel(18, [], 2_000_000));
    const first = ctx.workbook.worksheets.getItem("S").getRange("A1:A1500").load("values");
    await ctx.sync();
    expect(first.values[0][0]).toBe("x".repeat(1_000));
    ctx.workbook.worksheets.getItem("S").getRange("A1:A1500").load("values");
    ctx.workbook.worksheets.getItem("S").getRange("A1501:A3000").load("values");
    expect((await failure(ctx.sync())).code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("reads tables, the used part of a range and the rows below it", async () => {
    const wb = new FakeWorkbook();
    wb.put("S", "B2", [["h"], [1], [2]]);
    wb.put("S", "B8", [["typed below"]]);
    wb.addTable("Roster", "S", "B2:B4");
    const ctx = context(wb);
    const table = ctx.workbook.tables.getItemOrNullObject("Roster").load("name");
    const none = ctx.workbook.tables.getItemOrNullObject("Nope").load("name");
    const range = ctx.workbook.worksheets.getItem("S").getRange("A1:C4");
    const used = range.getUsedRangeOrNullObject(true).load("address");
    const below = range.getRowsBelow(10).getUsedRangeOrNullObject(true).load("address");
    await ctx.sync();
    expect([table.isNullObject, none.isNullObject]).toEqual([false, true]);
    expect(used.address).toBe("S!B2:B4");
    expect(below.address).toBe("S!B8");
  });

  it("fails the sync with ItemNotFound for getItem of a missing sheet, keeping earlier actions", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("S");
    const ctx = context(wb);
    ctx.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
    ctx.workbook.worksheets.getItem("Missing").getRange("A1").values = [[2]];
    expect((await failure(ctx.sync())).code).toBe("ItemNotFound");
    expect(wb.value("S", "A1")).toBe(1);
  });

  it("refuses members newer than the host's API set", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("S");
    const ctx = context(wb, 4);
    ctx.workbook.worksheets.getItem("S").freezePanes.freezeRows(1);
    expect((await failure(ctx.sync())).code).toBe("ApiNotFound");
  });

  it("refuses writes to locked cells of a protected sheet, accepts unlocked ones", async () => {
    const wb = new FakeWorkbook();
    wb.put("S", "A1", [[null, null]]);
    wb.cell("S", "B1")!.locked = false;
    wb.sheet("S")!.protected = true;
    let ctx = context(wb);
    ctx.workbook.worksheets.getItem("S").getRange("B1").values = [["ok"]];
    await ctx.sync();
    expect(wb.value("S", "B1")).toBe("ok");
    ctx = context(wb);
    ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["no"]];
    expect((await failure(ctx.sync())).code).toBe("AccessDenied");
  });

  it("reads input like Excel: formulas, numbers, dates, booleans unless quoted", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("S");
    const ctx = context(wb);
    ctx.workbook.worksheets.getItem("S").getRange("A1:F1").values = [["=1+1", "3,080,000", "2026-03-31", "true", "'=1+1", "20%"]];
    await ctx.sync();
    expect(wb.cell("S", "A1")!.formula).toBe("=1+1");
    expect(wb.value("S", "B1")).toBe(3_080_000);
    expect(wb.value("S", "C1")).toBe(46112);
    expect(wb.value("S", "D1")).toBe(true);
    expect(wb.value("S", "E1")).toBe("=1+1");
    expect(wb.value("S", "F1")).toBe(0.2);
  });

  it("rejects a values array of the wrong shape and every sync in cell-edit mode", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("S");
    let ctx = context(wb);
    ctx.workbook.worksheets.getItem("S").getRange("A1:B1").values = [["only one"]];
    expect((await failure(ctx.sync())).code).toBe("InvalidArgument");
    wb.cellEditMode = true;
    ctx = context(wb);
    ctx.workbook.worksheets.load("items/name");
    expect((await failure(ctx.sync())).code).toBe("InvalidOperationInCellEditMode");
  });

  it("uses no Node API, so the browser tests can bundle it", () => {
    const dir = join(__dirname, "../support/office-fake");
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), "utf8");
      expect(text).not.toMatch(/from "(fs|path|os|child_process|node:[a-z]+)"|\brequire\(|\bprocess\.|\bBuffer\b/);
    }
  });
});
