/**
 * Feature detection that cannot lie: every Office.js member the adapter gates, and every member
 * the fake implements, carries the requirement set that `@types/office-js` gives it
 * (`[Api set: ExcelApi 1.7]` in the member's doc comment). A wrong gate in either fails here.
 */
import { readFileSync } from "fs";
import * as ts from "typescript";
import { API, type ApiFeature } from "../../src/adapters/office/support";
import { applyPlan, evaluateInExcel, insertTemplate } from "../../src/adapters/office";
import { API_USAGE, ApiLevel, FakeRequestContext, FakeWorkbook, asExcelContext } from "../support/office-fake";
import { budgetWorkbook } from "./factory";
import { clockAt } from "../../src/core";
import type { WritePlan } from "../../src/core/plan/types";
import { runSelfTest } from "../../src/adapters/office/self-test";

const TYPINGS = require.resolve("@types/office-js/index.d.ts");

/**
 * Members the typings leave untagged, with the set Microsoft's reference page gives them.
 * `RunOptions.delayForCellEdit`: learn.microsoft.com, Excel.RunOptions, "[Api set: ExcelApi 1.11]".
 */
const UNTAGGED: Readonly<Record<string, string>> = { "RunOptions.delayForCellEdit": "1.11" };

interface Tagged {
  /** The class's (or interface's) own set. */
  readonly classSets: Map<string, string>;
  /** `Class.member` → the doc comments' `Api set` texts, one per declaration (overloads). */
  readonly memberSets: Map<string, (string | null)[]>;
}

/** The Excel namespace of the typings, read with TypeScript's own parser. */
function readTypings(): Tagged {
  const text = readFileSync(TYPINGS, "utf8");
  const source = ts.createSourceFile("office.d.ts", text, ts.ScriptTarget.Latest, false);
  const classSets = new Map<string, string>();
  const memberSets = new Map<string, (string | null)[]>();
  const apiSet = (node: ts.Node): string | null =>
    /\[Api set: ([^\]]+)\]/.exec(text.slice(node.getFullStart(), node.getStart(source)))?.[1] ?? null;
  const visit = (node: ts.Node, inExcel: boolean): void => {
    if (ts.isModuleDeclaration(node)) {
      const excel = node.name.getText(source) === "Excel";
      if (node.body) ts.forEachChild(node.body, (child) => visit(child, excel));
      return;
    }
    if (inExcel && (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name) {
      const className = node.name.text;
      const own = apiSet(node);
      if (own) classSets.set(className, own);
      for (const member of node.members) {
        if (!member.name) continue;
        const key = `${className}.${member.name.getText(source)}`;
        memberSets.set(key, [...(memberSets.get(key) ?? []), apiSet(member)]);
      }
    }
    ts.forEachChild(node, (child) => visit(child, inExcel));
  };
  visit(source, false);
  return { classSets, memberSets };
}

const typings = readTypings();

/**
 * The set a call needs without optional arguments: `ExcelApi 1.7` → 1.7; a text that only names
 * sets "for" some argument (`ExcelApi 1.7 for password`) falls back to the class's own set.
 */
function requiredSet(member: string): string | undefined {
  if (member in UNTAGGED) return UNTAGGED[member];
  const sets = typings.memberSets.get(member);
  if (!sets) return undefined;
  for (const text of sets) {
    const plain = text && /^ExcelApi (1\.\d+)(?! for)/.exec(text.trim());
    if (plain) return plain[1];
  }
  const own = typings.classSets.get(member.split(".")[0]);
  return own ? /^ExcelApi (1\.\d+)/.exec(own)?.[1] : undefined;
}

describe("requirement sets from @types/office-js", () => {
  it("reads the typings (Range.hyperlink is ExcelApi 1.7)", () => {
    expect(requiredSet("Range.hyperlink")).toBe("1.7");
    expect(requiredSet("WorksheetProtection.unprotect")).toBe("1.2");
  });

  it.each(Object.entries(API))("gates %s on the typings' set", (_, feature: ApiFeature) => {
    // Received: the adapter's gate; expected: the typings'.
    expect({ member: feature.member, set: feature.set }).toEqual({
      member: feature.member,
      set: requiredSet(feature.member) ?? "not in the typings",
    });
  });

  it("gives every member the fake implements the typings' set", async () => {
    API_USAGE.clear();
    await everyUse();
    expect(API_USAGE.size).toBeGreaterThan(40);
    if (process.env.SHOW_USAGE) console.log([...API_USAGE].map(([m, s]) => `${m}=${s}`).join(" "));
    const wrong = [...API_USAGE]
      .filter(([member, set]) => requiredSet(member) !== set)
      .map(([member, set]) => `${member}: fake ${set}, typings ${requiredSet(member)}`);
    expect(wrong).toEqual([]);
  });

  it.each([4, 5, 6, 7, 8, 9, 10, 11, 12, 17])(
    "evaluates and inserts the template on an ExcelApi 1.%i host without an ungated member",
    async (minor) => {
      const upTo = (feature: ApiFeature) => Number(feature.set.split(".")[1]) <= minor;
      const book = budgetWorkbook();
      for (let i = 0; i < 2; i++) {
        const context = new FakeRequestContext(book, new ApiLevel(minor));
        await evaluateInExcel(asExcelContext(context), { clock: CLOCK, support: upTo });
      }
      await insertTemplate(asExcelContext(new FakeRequestContext(book, new ApiLevel(minor))), "en", upTo);
      await applyPlan(asExcelContext(new FakeRequestContext(book, new ApiLevel(minor))), tablePlan(), { support: upTo });
    },
  );
});

const CLOCK = clockAt(new Date(Date.UTC(2026, 8, 30, 9, 0)));

/** A sheet with a table: the one part of a plan that neither an evaluation nor the template writes yet. */
function tablePlan(): WritePlan {
  return {
    styles: {},
    sheets: [
      {
        name: "Roster",
        role: "inputs",
        mode: "create",
        cells: [
          { row: 0, col: 0, value: "Organisation" },
          { row: 1, col: 0, value: "A" },
        ],
        tables: [
          { name: "RosterTable", range: { row: 0, col: 0, rows: 2, cols: 1 }, columns: ["Organisation"], style: "TableStyleLight9" },
        ],
      },
    ],
    names: [],
    statusCells: [],
  };
}

/** Everything the adapter does, on a current host: evaluations (summary, chart, log), the template, a table, the self-test. */
async function everyUse(): Promise<void> {
  const all = () => true;
  const book = budgetWorkbook();
  book.addSheet("Protected").protected = true;
  for (let i = 0; i < 2; i++)
    await evaluateInExcel(asExcelContext(new FakeRequestContext(book, new ApiLevel(18))), { clock: CLOCK, support: all });
  const fresh = new FakeWorkbook();
  await insertTemplate(asExcelContext(new FakeRequestContext(fresh, new ApiLevel(18))), "en", all);
  await applyPlan(asExcelContext(new FakeRequestContext(fresh, new ApiLevel(18))), tablePlan(), { support: all });
  // The self-test exercises what the adapter relies on, reads included.
  const rows = await runSelfTest({
    support: all,
    run: async (batch) => {
      const context = new FakeRequestContext(fresh, new ApiLevel(18));
      const result = await batch(asExcelContext(context));
      await context.sync();
      return result;
    },
  });
  // "library" and "cellEditCode" read the global Excel namespace, which this test does not install.
  expect(rows.filter((row) => row.status !== "passed" && row.id !== "library" && row.id !== "cellEditCode")).toEqual([]);
}
