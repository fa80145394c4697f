/**
 * "Check this Excel": exercises, in the open workbook, every Office.js behaviour the adapter
 * relies on, on a scratch sheet that it removes at the end. The add-in is tested against a fake
 * of Office.js; this is how a deployer learns that a real Excel (Windows, Mac, web) agrees.
 *
 * Each check runs in its own `Excel.run`, so one failure does not hide the others; a check whose
 * requirement set the host lacks is skipped, as the adapter skips the feature.
 */
import { isMultiAreaFormula, parseReference, quoteSheet } from "../../core/address";
import { runInExcel } from "./run";
import { API, libraryHasMember, officeApiSupport, type ApiSupport } from "./support";
import { Mismatch, base, errorText, expectEqual, type BatchRunner, type Check } from "./self-test-kit";
import { BEHAVIOUR_IDS, behaviourChecks } from "./self-test-behaviours";
import { SELECTION_FEATURE, checkNameFromSelection } from "./self-test-selection";

export type SelfTestStatus = "passed" | "failed" | "skipped";

export interface SelfTestRow {
  /** Keys the pane's `selfTest.<id>` text. */
  readonly id: SelfTestId;
  /** ExcelApi requirement set, e.g. "1.7". */
  readonly set: string;
  readonly status: SelfTestStatus;
  /** Excel's error text, or what differed from the expectation. */
  readonly error?: string;
}

export const SELF_TEST_IDS = [
  "library",
  "missingName",
  "missingTable",
  "scratchSheet",
  "values",
  "rangeName",
  "multiAreaName",
  "nameFromSelection",
  "date1904",
  "usedRangeBelow",
  "protection",
  "notes",
  "dataValidation",
  "pageLayout",
  "chart",
  "freezePanes",
  "hyperlink",
  "table",
  ...BEHAVIOUR_IDS,
  "cleanup",
] as const;

export type SelfTestId = (typeof SELF_TEST_IDS)[number];

export type { BatchRunner } from "./self-test-kit";

/** A scratch sheet name no workbook is likely to hold. */
function scratchName(): string {
  return `MVSP check ${Math.random().toString(36).slice(2, 8)}`;
}

function checks(sheetName: string, support: ApiSupport): Array<Check & { readonly id: SelfTestId }> {
  const sheetRef = quoteSheet(sheetName);
  const nameSingle = `MVSPCheck_${Math.random().toString(36).slice(2, 8)}`;
  const nameMulti = `${nameSingle}_Multi`;
  const tableName = `${nameSingle}_Table`;
  const nameSelected = `${nameSingle}_Selected`;
  const sheet = (context: Excel.RequestContext) => context.workbook.worksheets.getItem(sheetName);
  const nameText = async (context: Excel.RequestContext, name: string): Promise<{ formula: string; type: string }> => {
    const item = context.workbook.names.getItem(name);
    const withFormula = support(API.namedItemFormula);
    if (withFormula) item.load("type,formula");
    else item.load("type,value");
    await context.sync();
    const text = withFormula ? item.formula : String(item.value);
    return { formula: text.startsWith("=") ? text : `=${text}`, type: item.type };
  };

  return [
    {
      id: "library",
      feature: base("1.1", "Range.values"),
      run: async () => {
        // Feature detection rests on the library's classes: they must be visible, and a host
        // that advertises a set must come with a library that has its members.
        const excel = typeof Excel === "undefined" ? undefined : (Excel as unknown as Record<string, { prototype?: object }>);
        if (!excel?.Range?.prototype || !("values" in excel.Range.prototype))
          throw new Mismatch("Excel.Range.prototype does not list its members");
        const lacking = Object.values(API).filter(
          (feature) => isSetSupportedByHost(feature.set) && !libraryHasMember(excel, feature.member),
        );
        if (lacking.length > 0)
          throw new Mismatch(`the host supports, but this office.js lacks: ${lacking.map((f) => f.member).join(", ")}`);
      },
    },
    {
      id: "missingName",
      feature: base("1.4", "NamedItemCollection.getItemOrNullObject"),
      run: async (context) => {
        const item = context.workbook.names.getItemOrNullObject(`${nameSingle}_Missing`);
        item.load("name");
        await context.sync();
        expectEqual("isNullObject", item.isNullObject, true);
      },
    },
    {
      id: "missingTable",
      feature: API.tableLookup,
      run: async (context) => {
        const table = context.workbook.tables.getItemOrNullObject(`${nameSingle}_Missing`);
        table.load("name");
        await context.sync();
        expectEqual("isNullObject", table.isNullObject, true);
      },
    },
    {
      id: "scratchSheet",
      feature: base("1.1", "WorksheetCollection.add"),
      run: async (context) => {
        context.workbook.worksheets.add(sheetName);
        await context.sync();
      },
    },
    {
      id: "values",
      feature: base("1.1", "Range.values"),
      run: async (context) => {
        const range = sheet(context).getRange("A1:C2");
        // The quote prefix keeps formula-like text as text (the adapter's toExcelInput).
        range.values = [
          [42, "'=1+1", true],
          ["Name", "Tier", ""],
        ];
        const read = sheet(context).getRange("A1:C1");
        read.load("values,valueTypes");
        await context.sync();
        expectEqual("values", read.values, [[42, "=1+1", true]]);
        expectEqual("valueTypes", read.valueTypes, [["Double", "String", "Boolean"]]);
      },
    },
    {
      id: "rangeName",
      feature: base("1.4", "NamedItemCollection.add"),
      run: async (context) => {
        context.workbook.names.add(nameSingle, sheet(context).getRange("A1:C2"));
        await context.sync();
        const { formula, type } = await nameText(context, nameSingle);
        expectEqual("type", type, "Range");
        const parsed = parseReference(formula, () => true);
        if (parsed.kind !== "area") throw new Mismatch(`not read as one range: ${formula}`);
        const { sheet: onSheet, row, col, rows, cols } = parsed.area;
        expectEqual("reference", { onSheet, row, col, rows, cols }, { onSheet: sheetName, row: 0, col: 0, rows: 2, cols: 3 });
      },
    },
    {
      id: "multiAreaName",
      feature: base("1.4", "NamedItemCollection.add"),
      run: async (context) => {
        context.workbook.names.add(nameMulti, `=${sheetRef}!$A$1,${sheetRef}!$C$1`);
        await context.sync();
        const { formula } = await nameText(context, nameMulti);
        if (!isMultiAreaFormula(formula)) throw new Mismatch(`not read as several areas: ${formula}`);
      },
    },
    { id: "nameFromSelection", feature: SELECTION_FEATURE, run: (context) => checkNameFromSelection(context, sheetName, nameSelected) },
    {
      id: "date1904",
      feature: base("1.2", "Workbook.functions"),
      run: async (context) => {
        // DATE(1904,1,2) is 1 in the 1904 date system and 1463 in the 1900 one.
        const probe = context.workbook.functions.date(1904, 1, 2);
        probe.load("value");
        await context.sync();
        if (probe.value !== 1 && probe.value !== 1463) throw new Mismatch(`DATE(1904,1,2) = ${JSON.stringify(probe.value)}`);
      },
    },
    {
      id: "usedRangeBelow",
      feature: base("1.4", "Range.getUsedRangeOrNullObject"),
      run: async (context) => {
        sheet(context).getRange("B6").values = [["typed below"]];
        const below = sheet(context).getRange("A1:C2").getRowsBelow(10).getUsedRangeOrNullObject(true);
        below.load("rowIndex,columnIndex,values");
        const empty = sheet(context).getRange("E1:F3").getUsedRangeOrNullObject(true);
        empty.load("rowIndex");
        await context.sync();
        expectEqual("empty block is a null object", empty.isNullObject, true);
        expectEqual(
          "used rows below",
          { row: below.rowIndex, col: below.columnIndex, values: below.values },
          { row: 5, col: 1, values: [["typed below"]] },
        );
      },
    },
    {
      id: "protection",
      feature: API.unprotect,
      run: async (context) => {
        const protection = sheet(context).protection;
        protection.protect();
        protection.load("protected");
        await context.sync();
        expectEqual("protected", protection.protected, true);
        let code: unknown = "none";
        try {
          sheet(context).protection.protect();
          await context.sync();
        } catch (error) {
          code = (error as { code?: unknown }).code;
        }
        // The adapter never protects twice; Excel's answer is what it reports as "protected".
        expectEqual("protect() on a protected sheet", code, "AccessDenied");
        sheet(context).protection.unprotect();
        const after = sheet(context).protection;
        after.load("protected");
        await context.sync();
        expectEqual("protected after unprotect()", after.protected, false);
      },
    },
    {
      id: "notes",
      feature: API.notes,
      run: async (context) => {
        context.workbook.notes.add(sheet(context).getRange("A1"), "note");
        await context.sync();
      },
    },
    {
      id: "dataValidation",
      feature: API.dataValidation,
      run: async (context) => {
        const validation = sheet(context).getRange("D1:D3").dataValidation;
        validation.clear();
        validation.rule = { list: { inCellDropDown: true, source: "Yes,No" } };
        const read = sheet(context).getRange("D1:D3").dataValidation;
        read.load("rule");
        await context.sync();
        expectEqual("list source", read.rule.list?.source, "Yes,No");
      },
    },
    {
      id: "pageLayout",
      feature: API.pageLayout,
      run: async (context) => {
        const layout = sheet(context).pageLayout;
        layout.orientation = "Landscape";
        // Fit to one page wide: Excel may keep a scale instead, which the summary tolerates.
        layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        layout.headersFooters.defaultForAllPages.centerHeader = "&P / &N";
        layout.setPrintTitleRows("$1:$1");
        const read = sheet(context).pageLayout;
        read.load("orientation");
        await context.sync();
        expectEqual("orientation", read.orientation, "Landscape");
      },
    },
    {
      id: "chart",
      feature: base("1.1", "ChartCollection.add"),
      run: async (context) => {
        const chart = sheet(context).charts.add("Line", sheet(context).getRange("A1:C2"), "Columns");
        chart.title.text = "check";
        chart.setPosition("H1", "M10");
        chart.load("name");
        await context.sync();
        if (!chart.name) throw new Mismatch("the chart has no name");
      },
    },
    {
      id: "freezePanes",
      feature: API.freezePanes,
      run: async (context) => {
        sheet(context).freezePanes.freezeRows(1);
        await context.sync();
        sheet(context).freezePanes.unfreeze();
        await context.sync();
      },
    },
    {
      id: "hyperlink",
      feature: API.hyperlinks,
      run: async (context) => {
        const target = `${sheetRef}!A1`;
        const cell = sheet(context).getRange("B3");
        cell.hyperlink = { documentReference: target, textToDisplay: "link" };
        const read = sheet(context).getRange("B3");
        read.load("hyperlink");
        await context.sync();
        const link: Excel.RangeHyperlink | null = read.hyperlink;
        expectEqual("documentReference", link === null ? null : link.documentReference, target);
      },
    },
    {
      id: "table",
      feature: API.tableAdd,
      run: async (context) => {
        sheet(context).getRange("A10:B11").values = [
          ["Organisation", "Tier"],
          ["A", 1],
        ];
        const table = sheet(context).tables.add("A10:B11", true);
        table.name = tableName;
        if (support(API.tableStyle)) table.style = "TableStyleLight9";
        await context.sync();
        const found = context.workbook.tables.getItemOrNullObject(tableName);
        found.load("name");
        await context.sync();
        expectEqual("table found by name", found.isNullObject ? null : found.name, tableName);
      },
    },
    ...behaviourChecks(sheetName, support),
    {
      id: "cleanup",
      feature: base("1.4", "WorksheetCollection.getItemOrNullObject"),
      run: async (context) => {
        const names = [nameSingle, nameMulti, nameSelected].map((name) => context.workbook.names.getItemOrNullObject(name));
        const scratch = context.workbook.worksheets.getItemOrNullObject(sheetName);
        for (const name of names) name.load("name");
        scratch.load("name");
        await context.sync();
        for (const name of names) if (!name.isNullObject) name.delete();
        if (!scratch.isNullObject) {
          const protection = scratch.protection;
          protection.load("protected");
          await context.sync();
          if (protection.protected) scratch.protection.unprotect();
          scratch.delete();
        }
        await context.sync();
        const gone = context.workbook.worksheets.getItemOrNullObject(sheetName);
        gone.load("name");
        await context.sync();
        expectEqual("scratch sheet removed", gone.isNullObject, true);
      },
    },
  ];
}

function isSetSupportedByHost(set: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", set) === true;
}

/**
 * Every check, in order, each in its own batch. Checks after a failed `scratchSheet` still run
 * (and fail with Excel's own error), and `cleanup` always runs.
 */
export async function runSelfTest(
  options: { readonly support?: ApiSupport; readonly run?: BatchRunner; readonly onRow?: (row: SelfTestRow) => void } = {},
): Promise<SelfTestRow[]> {
  const support = options.support ?? officeApiSupport();
  const run: BatchRunner = options.run ?? ((batch) => runInExcel(batch, support));
  const rows: SelfTestRow[] = [];
  for (const check of checks(scratchName(), support)) {
    let row: SelfTestRow;
    if (!support(check.feature)) row = { id: check.id, set: check.feature.set, status: "skipped" };
    else {
      try {
        await run(check.run);
        row = { id: check.id, set: check.feature.set, status: "passed" };
      } catch (error) {
        row = { id: check.id, set: check.feature.set, status: "failed", error: errorText(error) };
      }
    }
    rows.push(row);
    options.onRow?.(row);
  }
  return rows;
}
