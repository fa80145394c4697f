import { tablePartXml, tableProblems } from "../../src/adapters/xlsx/write/parts";
import type { PlanCell, PlanTable } from "../../src/core/plan/types";
import { elementChildren, expectSchemaOrder, NS, only, parseXml } from "./parts-support";

const M = NS.main;

const roster: PlanTable = {
  name: "MemberRoster",
  range: { row: 78, col: 0, rows: 6, cols: 4 },
  columns: ["Member", "Tier & <fee>", "Joined\non", "Left _x0041_"],
  style: "TableStyleLight9",
};

describe("tablePartXml", () => {
  const root = parseXml(tablePartXml(roster, 3)).documentElement!;

  it("writes the table's id, names and range, with the filter over the same range", () => {
    expect(root.namespaceURI).toBe(M);
    expect(root.localName).toBe("table");
    expect(root.getAttribute("id")).toBe("3");
    expect(root.getAttribute("name")).toBe("MemberRoster");
    expect(root.getAttribute("displayName")).toBe("MemberRoster");
    expect(root.getAttribute("ref")).toBe("A79:D84");
    expect(only(root, M, "autoFilter").getAttribute("ref")).toBe("A79:D84");
  });

  it("lists the columns 1..n under their header names, escaped as Excel spells them", () => {
    const list = only(root, M, "tableColumns");
    expect(list.getAttribute("count")).toBe("4");
    const columns = elementChildren(list, M, "tableColumn");
    expect(columns.map((c) => c.getAttribute("id"))).toEqual(["1", "2", "3", "4"]);
    // A line break is `_x000A_` in the attribute; a literal `_x0041_` keeps its underscore.
    expect(columns.map((c) => c.getAttribute("name"))).toEqual(["Member", "Tier & <fee>", "Joined_x000A_on", "Left _x005F_x0041_"]);
  });

  it("styles it with banded rows", () => {
    const info = only(root, M, "tableStyleInfo");
    expect(info.getAttribute("name")).toBe("TableStyleLight9");
    expect(info.getAttribute("showRowStripes")).toBe("1");
    expect(info.getAttribute("showColumnStripes")).toBe("0");
  });

  it("puts its children in ECMA-376 order", () => {
    expectSchemaOrder(root, ["autoFilter", "sortState", "tableColumns", "tableStyleInfo", "extLst"]);
  });

  it("refuses an id Excel cannot use", () => {
    expect(() => tablePartXml(roster, 0)).toThrow(RangeError);
    expect(() => tablePartXml(roster, 1.5)).toThrow(RangeError);
  });
});

describe("tableProblems", () => {
  const valid: PlanTable = {
    name: "CashFlow",
    range: { row: 2, col: 1, rows: 5, cols: 3 },
    columns: ["Quarter", "Inflow", "Outflow"],
    style: "TableStyleLight9",
  };
  const codes = (table: PlanTable, cells?: readonly PlanCell[]) => tableProblems(table, cells).map((p) => p.code);

  it("finds nothing wrong in a well-formed table", () => {
    expect(tableProblems(valid)).toEqual([]);
    for (const name of ["_Hidden", "\\Back", "Données_2026", "Table.1", "XFE1", "Rx", "CashFlow2"])
      expect(codes({ ...valid, name })).toEqual([]);
  });

  it("refuses names Excel does not accept", () => {
    for (const name of ["", "Cash Flow", "2026Cash", "Cash-Flow", "Cash?", "A".repeat(256)]) {
      expect(tableProblems({ ...valid, name })).toEqual([{ code: "invalidName", name }]);
    }
  });

  it("refuses names that are cell references, in A1 or R1C1 form, whatever their case", () => {
    for (const name of ["A1", "xfd1048576", "AB12", "R1C1", "r2c3", "R", "c", "RC", "R10", "C7"]) {
      expect(tableProblems({ ...valid, name })).toEqual([{ code: "nameIsReference", name }]);
    }
  });

  it("needs a data row under the headers, and a range inside the grid", () => {
    expect(codes({ ...valid, range: { ...valid.range, rows: 1 } })).toEqual(["noDataRow"]);
    expect(codes({ ...valid, range: { ...valid.range, row: 1048570, rows: 10 } })).toEqual(["outsideGrid"]);
  });

  it("needs one header per column, none empty, none repeated (whatever the case), none too long", () => {
    expect(tableProblems({ ...valid, columns: ["Quarter", "Inflow"] })).toEqual([{ code: "columnCount", expected: 3, actual: 2 }]);
    expect(tableProblems({ ...valid, columns: ["Quarter", " ", "Outflow"] })).toEqual([{ code: "emptyHeader", column: 1 }]);
    expect(tableProblems({ ...valid, columns: ["Quarter", "Inflow", "QUARTER"] })).toEqual([
      { code: "duplicateHeader", column: 2, sameAs: 0 },
    ]);
    expect(tableProblems({ ...valid, columns: ["Quarter", "x".repeat(256), "Outflow"] })).toEqual([{ code: "headerTooLong", column: 1 }]);
  });

  it("with the sheet's cells, checks that each header cell holds its column's name", () => {
    const header = (col: number, value: PlanCell["value"]): PlanCell => ({ row: 2, col, value });
    const cells = [header(1, "Quarter"), header(2, "Inflow"), header(3, "Outflow"), { row: 3, col: 1, value: "Q1" }];
    expect(tableProblems(valid, cells)).toEqual([]);
    expect(tableProblems(valid, [header(1, "Quarter"), header(2, 2026), { row: 3, col: 3, value: "Outflow" }])).toEqual([
      { code: "headerCellDiffers", column: 1, cellValue: 2026 },
      { code: "headerCellDiffers", column: 2, cellValue: undefined },
    ]);
  });

  it("needs a style name", () => {
    expect(codes({ ...valid, style: "" })).toEqual(["noStyle"]);
  });
});
