/**
 * The self-test's checks of behaviours the Office.js fake models but Microsoft does not
 * document (one row per entry of ./undocumented.ts). Each runs on the scratch sheet the self-test
 * made, and leaves nothing behind that the "cleanup" row would not remove.
 */
import { API, type ApiSupport } from "./support";
import { Mismatch, base, expectEqual, type Check } from "./self-test-kit";

/** The ids of these checks, in the order they run (before "cleanup"). */
export const BEHAVIOUR_IDS = [
  "payloadLimit",
  "nullObjectPath",
  "protectedWrite",
  "unprotectPassword",
  "cellEditCode",
  "clearAll",
  "printReadBack",
  "dataBars",
  "dateChart",
  "repointName",
  "tableDelete",
  "textToDisplay",
  "formatOnEntry",
  "usedRangeCorner",
  "readOnlyFlag",
  "structureProtection",
] as const;

export type BehaviourId = (typeof BEHAVIOUR_IDS)[number];

/** The error code a sync fails with, or "none". */
async function codeOf(context: Excel.RequestContext): Promise<string> {
  try {
    await context.sync();
    return "none";
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" ? code : String(error);
  }
}

function expectOneOf(what: string, actual: string, expected: readonly string[]): void {
  if (!expected.includes(actual)) throw new Mismatch(`${what}: expected one of ${expected.join(", ")}, got ${actual}`);
}

export function behaviourChecks(sheetName: string, support: ApiSupport): Array<Check & { readonly id: BehaviourId }> {
  const sheet = (context: Excel.RequestContext) => context.workbook.worksheets.getItem(sheetName);
  const suffix = Math.random().toString(36).slice(2, 8);

  return [
    {
      id: "payloadLimit",
      feature: base("1.1", "Range.values"),
      run: async (context) => {
        // About 9 MB of empty values: Excel on the web refuses the response (5 MB, documented);
        // the code it refuses with, and that it never answers nulls instead, is what is checked.
        const big = sheet(context).getRange("A100001:J400000");
        big.load("values");
        const code = await codeOf(context);
        if (code === "none") {
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- loaded above; codeOf() is the sync, returning its error code
          expectEqual("rows read", big.values.length, 300_000);
          if (big.values[299_999].some((value) => value === null)) throw new Mismatch("values past the limit came back null");
        } else expectEqual("error code past the limit", code, "ResponsePayloadSizeLimitExceeded");
      },
    },
    {
      id: "nullObjectPath",
      feature: base("1.4", "WorksheetCollection.getItemOrNullObject"),
      run: async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject(`${sheetName} missing`).getRange("A1");
        missing.load("values");
        expectEqual("a range of a null object", await codeOf(context), "InvalidObjectPath");
      },
    },
    {
      id: "protectedWrite",
      feature: API.unprotect,
      run: async (context) => {
        sheet(context).protection.protect();
        await context.sync();
        sheet(context).getRange("H1").values = [["locked"]];
        const code = await codeOf(context);
        sheet(context).protection.unprotect();
        await context.sync();
        expectEqual("a write to a locked cell of a protected sheet", code, "AccessDenied");
      },
    },
    {
      id: "unprotectPassword",
      feature: base("1.7", "WorksheetProtection.protect"),
      run: async (context) => {
        const password = `check-${suffix}`;
        sheet(context).protection.protect({}, password);
        await context.sync();
        sheet(context).protection.unprotect();
        const code = await codeOf(context);
        sheet(context).protection.unprotect(password);
        await context.sync();
        // The adapter reads either as "protected with a password".
        expectOneOf("unprotect() without the password", code, ["AccessDenied", "BadPassword"]);
      },
    },
    {
      id: "cellEditCode",
      feature: API.delayForCellEdit,
      run: async () => {
        // Cell-edit mode cannot be entered from code: this checks the code the adapter and the
        // fake use is the library's own; press Esc and Enter around an evaluation to see the rest.
        const codes = (Excel as unknown as { ErrorCodes?: Record<string, string> }).ErrorCodes;
        expectEqual(
          "Excel.ErrorCodes.invalidOperationInCellEditMode",
          codes?.invalidOperationInCellEditMode,
          "InvalidOperationInCellEditMode",
        );
      },
    },
    {
      id: "clearAll",
      feature: API.hyperlinks,
      run: async (context) => {
        const cells = sheet(context).getRange("H20:I21");
        cells.values = [
          ["Month", "Met"],
          [1, 2],
        ];
        cells.format.fill.color = "#FFC7CE";
        sheet(context).getRange("H20").hyperlink = { documentReference: `'${sheetName}'!A1`, textToDisplay: "Month" };
        sheet(context).charts.add("Line", cells, "Columns");
        await context.sync();
        sheet(context).getRange("H20:I21").clear("All");
        const read = sheet(context).getRange("H20");
        read.load("values,hyperlink");
        const charts = sheet(context).charts;
        charts.load("items/name");
        await context.sync();
        expectEqual("value after clear(All)", read.values, [[""]]);
        expectEqual("hyperlink after clear(All)", read.hyperlink ?? null, null);
        // The adapter deletes charts apart: clear("All") leaves them.
        if (charts.items.length === 0) throw new Mismatch("clear(All) removed the chart");
        for (const chart of charts.items) chart.delete();
        await context.sync();
      },
    },
    {
      id: "printReadBack",
      feature: API.pageBreaks,
      run: async (context) => {
        const layout = sheet(context).pageLayout;
        layout.paperSize = "A4";
        layout.zoom = { scale: 70 };
        layout.setPrintTitleRows("$1:$2");
        sheet(context).horizontalPageBreaks.add("A30");
        const read = sheet(context).pageLayout;
        read.load("zoom,paperSize");
        const titles = read.getPrintTitleRowsOrNullObject();
        titles.load("address");
        const breaks = sheet(context).horizontalPageBreaks.getCount();
        await context.sync();
        expectEqual("zoom", read.zoom.scale, 70);
        expectEqual("paper", read.paperSize, "A4");
        if (titles.isNullObject || !/\$?1:\$?2$/.test(titles.address))
          throw new Mismatch(`print titles: ${titles.isNullObject ? "none" : titles.address}`);
        // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult: its value is ready after the sync above, no load exists for it
        expectEqual("manual page breaks under a scale", breaks.value, 1);
      },
    },
    {
      id: "dataBars",
      feature: API.conditionalFormats,
      run: async (context) => {
        const bars = sheet(context).getRange("I30:I32").conditionalFormats.add("DataBar");
        bars.dataBar.positiveFormat.fillColor = "#5B9BD5";
        bars.dataBar.positiveFormat.gradientFill = false;
        bars.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
        bars.dataBar.upperBoundRule = { type: "Number", formula: "8" };
        await context.sync();
      },
    },
    {
      id: "dateChart",
      feature: base("1.1", "ChartCollection.add"),
      run: async (context) => {
        const source = sheet(context).getRange("K1:L4");
        source.values = [
          ["Evaluated", "Met"],
          [46022, 1],
          [46112, 2],
          [46203, 2],
        ];
        sheet(context).getRange("K2:K4").numberFormat = [["yyyy-mm-dd"], ["yyyy-mm-dd"], ["yyyy-mm-dd"]];
        const chart = sheet(context).charts.add("Line", source, "Columns");
        chart.load("name");
        await context.sync();
        if (!chart.name) throw new Mismatch("no chart from a date column");
        chart.delete();
        await context.sync();
      },
    },
    {
      id: "repointName",
      feature: base("1.4", "NamedItemCollection.add"),
      run: async (context) => {
        const name = `MVSPCheck_${suffix}_Repoint`;
        context.workbook.names.add(name, sheet(context).getRange("A1"));
        await context.sync();
        // Deleted and added again in one batch: how the adapter moves a name.
        context.workbook.names.getItem(name).delete();
        context.workbook.names.add(name, sheet(context).getRange("B2"));
        const item = context.workbook.names.getItem(name);
        item.load(support(API.namedItemFormula) ? "formula" : "value");
        await context.sync();
        // eslint-disable-next-line office-addins/load-object-before-read -- loaded above under the same gate (computed load string) and synced
        const text = support(API.namedItemFormula) ? item.formula : String(item.value);
        item.delete();
        await context.sync();
        if (!/\$B\$2$/.test(text)) throw new Mismatch(`the name points at ${text}`);
      },
    },
    {
      id: "tableDelete",
      feature: API.tableAdd,
      run: async (context) => {
        const name = `MVSPCheck_${suffix}_T`;
        sheet(context).getRange("N1:O2").values = [
          ["Key", "Value"],
          ["a", 1],
        ];
        sheet(context).tables.add("N1:O2", true).name = name;
        await context.sync();
        context.workbook.tables.getItem(name).delete();
        await context.sync();
        // A new table over the same cells must be possible once the old one is deleted.
        const again = sheet(context).tables.add("N1:O2", true);
        again.load("name");
        await context.sync();
        again.delete();
        await context.sync();
      },
    },
    {
      id: "textToDisplay",
      feature: API.hyperlinks,
      run: async (context) => {
        const cell = sheet(context).getRange("H5");
        cell.values = [["Go to B1"]];
        cell.hyperlink = { documentReference: `'${sheetName}'!B1`, textToDisplay: "Go to B1" };
        const read = sheet(context).getRange("H5");
        read.load("values");
        await context.sync();
        expectEqual("value of a linked cell", read.values, [["Go to B1"]]);
      },
    },
    {
      id: "formatOnEntry",
      feature: base("1.1", "Range.values"),
      run: async (context) => {
        // What the quote prefix protects against: Excel reads typed-looking text as a date or a percentage.
        const cells = sheet(context).getRange("H8:H9");
        cells.values = [["2026-03-31"], ["20%"]];
        cells.load("values,valueTypes,numberFormat");
        await context.sync();
        expectEqual("types", cells.valueTypes, [["Double"], ["Double"]]);
        if (cells.numberFormat.some(([format]) => format === "General"))
          throw new Mismatch(`formats: ${JSON.stringify(cells.numberFormat)}`);
      },
    },
    {
      id: "usedRangeCorner",
      feature: base("1.4", "Worksheet.getUsedRangeOrNullObject"),
      run: async (context) => {
        const name = `${sheetName.slice(0, 24)} used`;
        const other = context.workbook.worksheets.add(name);
        other.getRange("B3").values = [["only"]];
        const used = other.getUsedRangeOrNullObject(true);
        used.load("rowIndex,columnIndex");
        await context.sync();
        const corner = used.isNullObject ? null : [used.rowIndex, used.columnIndex];
        context.workbook.worksheets.getItem(name).delete();
        await context.sync();
        // The log is read from its used range: it starts at the first used cell, not at A1.
        expectEqual("used range corner", corner, [2, 1]);
      },
    },
    {
      id: "readOnlyFlag",
      feature: API.readOnly,
      run: async (context) => {
        context.workbook.load("readOnly");
        await context.sync();
        // The check itself writes, so this workbook is editable.
        expectEqual("readOnly", context.workbook.readOnly, false);
      },
    },
    {
      id: "structureProtection",
      feature: API.workbookProtection,
      run: async (context) => {
        const protection = context.workbook.protection;
        protection.load("protected");
        await context.sync();
        if (protection.protected) throw new Mismatch("the workbook's structure is already protected: unprotect it to run this check");
        context.workbook.protection.protect();
        await context.sync();
        context.workbook.worksheets.add(`${sheetName.slice(0, 24)} new`);
        const code = await codeOf(context);
        context.workbook.protection.unprotect();
        await context.sync();
        expectEqual("adding a sheet under a protected structure", code, "AccessDenied");
      },
    },
  ];
}
