/**
 * The command line end to end on real files: most cases call `main()` in-process (fast), and
 * the last block runs the compiled bin, as `npm run mvsp-triggers` does.
 */
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, readFileSync } from "fs";
import * as path from "path";
import { reportPath } from "../../src/cli/main";
import { FIXTURES, makeTempDir } from "../xlsx/helpers";
import { readBack, sheetOf } from "../xlsx/write-helpers";
import { ROOT, run } from "../support/cli-run";

const tmp = makeTempDir("mvsp-cli-");
afterAll(() => tmp.cleanup());

/** Read by openpyxl, not by this project's reader. */
const book = (file: string, sheets: readonly string[] = []) => readBack(readFileSync(file), sheets);
const sheetNames = async (file: string): Promise<string[]> => book(file).sheets.map((s) => s.title);

/** A Python snippet run on a copy of a workbook, to make fixtures with another tool. */
function withOpenpyxl(source: string, target: string, code: string): void {
  const script = `import openpyxl,sys\nwb=openpyxl.load_workbook(sys.argv[1])\n${code}\nwb.save(sys.argv[2])`;
  const made = spawnSync("/usr/bin/python3", ["-c", script, source, target], { encoding: "utf8" });
  if (made.status !== 0) throw new Error(made.stderr);
}

const template = tmp.file("template.xlsx");
beforeAll(async () => {
  const result = await run("template", template);
  if (result.code !== 0) throw new Error(result.stderr);
});

describe("template", () => {
  it("writes an Inputs sheet with the input names, and never overwrites a file", async () => {
    const read = book(template);
    expect(read.sheets.map((s) => s.title)).toEqual(["Inputs"]);
    expect(read.names.map((n) => n.name)).toEqual(expect.arrayContaining(["BudgetEnvelope", "PlannedSpend", "EvaluationDate"]));
    // Table inputs are Excel tables of the input's name, which grow as rows are typed below them.
    expect(Object.keys(sheetOf(read, "Inputs").tables ?? {})).toEqual(
      expect.arrayContaining(["MemberRoster", "ExternalFactors", "TriggerSettings", "CashFlow", "CoreServiceCosts"]),
    );
    const before = readFileSync(template);
    const again = await run("template", template);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists");
    expect(readFileSync(template).equals(before)).toBe(true);
  });
});

describe("evaluate", () => {
  it("prints a table and writes nothing without --out or --in-place", async () => {
    const before = readFileSync(template);
    const result = await run("evaluate", template);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Evaluation date: 2026-09-30/);
    // Value, Met when, Near from, Margin to trigger, Status.
    expect(result.stdout).toMatch(/Active member organisations\s+68\s+< 70\s+≤ 73\s+met by 2\s+Triggered/);
    // At 80 columns (no COLUMNS, not a terminal) the long headers wrap within their column.
    expect(result.stdout).toMatch(/Indicator\s+Value\s+Met\s+Near\s+Margin to\s+Status\n\s+when\s+from\s+trigger\n/);
    expect(result.stdout).toContain("the Board should consider activating");
    expect(readFileSync(template).equals(before)).toBe(true);
    expect(existsSync(reportPath(template))).toBe(false);
  });

  it("prints exactly the SPEC's JSON with --json, honouring --date", async () => {
    const result = await run("evaluate", template, "--json", "--date", "2026-12-31");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(["evaluationDate", "outcome", "metCount", "nearCount", "noDataCount", "indicators", "problems"]);
    expect(json.evaluationDate).toBe("2026-12-31");
    expect(json.indicators).toHaveLength(8);
    for (const indicator of json.indicators) {
      expect(Object.keys(indicator)).toEqual(["id", "category", "status", "value", "threshold", "warning", "margin", "explanation"]);
      expect(indicator.warning === null || typeof indicator.warning === "number").toBe(true);
      if (indicator.category === "external" || indicator.status === "no_data") expect(indicator.margin).toBeNull();
      else {
        expect(Object.keys(indicator.margin)).toEqual(["amount", "unit"]);
        expect(["members", "usd", "quarters"]).toContain(indicator.margin.unit);
        // Negative exactly when met (past the trigger); the tier exception is 0.
        expect(indicator.status === "met" ? indicator.margin.amount < 0 : indicator.margin.amount >= 0).toBe(true);
      }
      expect(["met", "near", "not_met", "no_data"]).toContain(indicator.status);
      expect(indicator.value === null || typeof indicator.value === "number").toBe(true);
      expect(indicator.threshold === null || typeof indicator.threshold === "number").toBe(true);
      expect(indicator.explanation).toMatch(/\w+.*\./);
    }
    for (const problem of json.problems) {
      expect(Object.keys(problem)).toEqual(["severity", "name", "cell", "message"]);
    }
    expect(json.metCount).toBe(json.indicators.filter((i: { status: string }) => i.status === "met").length);
  });

  it("--out writes a copy with status cells, summary and log; IN stays as it was", async () => {
    const input = tmp.file("in.xlsx");
    copyFileSync(template, input);
    const before = readFileSync(input);
    const out = tmp.file("out.xlsx");
    const result = await run("evaluate", input, "--out", out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Wrote ${out}`);
    expect(readFileSync(input).equals(before)).toBe(true);
    const read = book(out, ["Inputs"]);
    expect(read.sheets.map((s) => s.title)).toEqual(["Inputs", "MVSP Triggers", "MVSP Evaluation Log"]);
    const status = read.names.find((n) => n.name === "Status_active_members")!.formula;
    const address = status.replace(/\$/g, "").split("!")[1];
    expect(sheetOf(read, "Inputs").cells![address].value).toBe("Triggered");
  });

  it("evaluating an evaluated workbook replaces the summary and adds one log row", async () => {
    const twice = tmp.file("twice.xlsx");
    expect((await run("evaluate", template, "--out", twice)).code).toBe(0);
    const logRows = () =>
      Object.keys(sheetOf(book(twice, ["MVSP Evaluation Log"]), "MVSP Evaluation Log").cells!).filter((a) => /^A\d+$/.test(a)).length;
    const first = logRows();
    const result = await run("evaluate", twice, "--in-place", "--date", "2026-10-01");
    expect(result.code).toBe(0);
    expect(await sheetNames(twice)).toEqual(["Inputs", "MVSP Triggers", "MVSP Evaluation Log"]);
    expect(logRows()).toBe(first + 1);
    const summary = sheetOf(book(twice, ["MVSP Triggers"]), "MVSP Triggers").cells!;
    // Replaced, not written over: the title appears once.
    const title = summary.A1.value;
    expect(title).toBeTruthy();
    expect(Object.values(summary).filter((c) => c.value === title)).toHaveLength(1);
    expect(Object.values(summary).filter((c) => c.value === 46296 && c.numberFormat.includes("yy"))).not.toHaveLength(0);
  });

  it("adds no log row when inputs, settings and date are unchanged, and the summary says since when", async () => {
    const same = tmp.file("same.xlsx");
    expect((await run("evaluate", template, "--out", same)).code).toBe(0);
    const log = () => sheetOf(book(same, ["MVSP Evaluation Log"]), "MVSP Evaluation Log").cells!;
    const logRows = () => Object.keys(log()).filter((a) => /^A\d+$/.test(a)).length;
    const first = logRows();
    expect((await run("evaluate", same, "--in-place")).code).toBe(0);
    expect(logRows()).toBe(first);
    // The timestamp is a real date-time cell.
    expect(typeof log().A2.value).toBe("number");
    expect(log().A2.numberFormat).toBe("yyyy-mm-dd hh:mm");
    const summary = sheetOf(book(same, ["MVSP Triggers"]), "MVSP Triggers").cells!;
    expect(
      Object.values(summary).some((c) => typeof c.value === "string" && c.value.startsWith("Unchanged since the evaluation logged on 20")),
    ).toBe(true);
  });

  it("stops with exit 2 and writes nothing when a user sheet holds the summary's name", async () => {
    const input = tmp.file("user-sheet.xlsx");
    withOpenpyxl(template, input, "wb.create_sheet('MVSP Triggers')['A1'] = 'my own notes'");
    const before = readFileSync(input);
    const inPlace = await run("evaluate", input, "--in-place");
    expect(inPlace.code).toBe(2);
    expect(inPlace.stderr).toContain("Nothing was written");
    expect(readFileSync(input).equals(before)).toBe(true);
    const out = tmp.file("user-sheet-out.xlsx");
    expect((await run("evaluate", input, "--out", out)).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it("writes into a workbook with a chart in place, keeping the chart and its drawing", async () => {
    const input = tmp.file("chart.xlsx");
    copyFileSync(path.join(FIXTURES, "openpyxl-chart.xlsx"), input);
    const result = await run("evaluate", input, "--in-place");
    expect(result.code).toBe(0);
    // The fixture's Language setting is French: so are the messages.
    expect(result.stdout).toContain(input);
    expect(existsSync(tmp.file("chart.mvsp-report.xlsx"))).toBe(false);
    const read = book(input);
    expect(read.sheets.map((s) => s.title)).toEqual(expect.arrayContaining(["Budget 2026", "MVSP Triggers", "MVSP Evaluation Log"]));
    expect(sheetOf(read, "Budget 2026").charts).toBe(1);
  });

  it.each([
    [[], "No command"],
    [["evaluate"], "needs a workbook"],
    [["evaluate", "a.xlsx", "--bogus"], "Unknown option"],
    [["evaluate", "a.xlsx", "--out", "b.xlsx", "--in-place"], "either --out or --in-place"],
    [["evaluate", "a.xlsx", "--date", "2026-02-30"], "is not a date"],
    [["evaluate", "a.xlsx", "b.xlsx", "--out", "c.xlsx"], "--out takes one workbook"],
    [["evaluate", "a.csv"], "not a workbook file name"],
    [["evaluate", "missing.xlsx"], "does not exist"],
    [["evaluate", "a.xlsx", "--lang", "de"], "not a supported language"],
  ])("exits 2 on bad usage %j", async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
  });

  it("refuses --out naming the input itself and reads no non-workbook", async () => {
    expect((await run("evaluate", template, "--out", path.join(path.dirname(template), ".", "template.xlsx"))).stderr).toContain(
      "--in-place",
    );
    const text = tmp.file("text.xlsx");
    require("fs").writeFileSync(text, "not a zip");
    const result = await run("evaluate", text);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("not an Excel workbook");
  });
});

describe("workbooks made by openpyxl", () => {
  const statuses = async (file: string) => {
    const result = await run("evaluate", path.join(FIXTURES, file), "--json");
    const json = JSON.parse(result.stdout);
    return {
      code: result.code,
      json,
      byId: Object.fromEntries(json.indicators.map((i: { id: string; status: string }) => [i.id, i.status])),
    };
  };

  it("reads French headers in any order, a quoted sheet, date cells and a percent setting", async () => {
    const { code, json, byId } = await statuses("openpyxl-inputs.xlsx");
    expect(code).toBe(0);
    expect(byId).toEqual({
      active_members: "not_met",
      new_members: "not_met",
      spend_vs_envelope: "near",
      cash_deficit_quarters: "met",
      core_service_cost: "met",
      external_funding: "met",
      policy_relevance: "not_met",
      stakeholder_prioritisation: "no_data",
    });
    const values = Object.fromEntries(json.indicators.map((i: { id: string; value: number }) => [i.id, i.value]));
    expect(values.active_members).toBe(75);
    expect(values.new_members).toBe(3);
    expect(values.spend_vs_envelope).toBeCloseTo(720000 / 3080000, 10);
    expect(json.indicators.find((i: { id: string }) => i.id === "spend_vs_envelope").threshold).toBe(0.25);
    expect(json.outcome).toBe("consider_mvsp");
    // The workbook's Language setting (fr) decides the sentences.
    expect(json.indicators[0].explanation).toMatch(/membres/);
  });

  it("reads the 1904 date system alike; a formula openpyxl never calculated is an input error", async () => {
    const { code, json, byId } = await statuses("openpyxl-inputs-1904.xlsx");
    expect(code).toBe(1);
    expect(byId.active_members).toBe("not_met");
    expect(byId.new_members).toBe("not_met");
    expect(byId.cash_deficit_quarters).toBe("no_data");
    expect(json.evaluationDate).toBe("2026-09-30");
    expect(json.problems).toContainEqual(
      expect.objectContaining({ severity: "error", name: "CashOpeningBalance", cell: "'Budget 2026'!B2" }),
    );
  });
});

describe("the compiled bin", () => {
  beforeAll(() => {
    // Other people's files may carry type errors mid-edit; tsc still emits, so only the bin matters.
    spawnSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, encoding: "utf8" });
    if (!existsSync(path.join(ROOT, "lib/cli/main.js"))) throw new Error("lib/cli/main.js was not built");
  }, 120000);

  it("starts with a shebang and prints only JSON through npm run --silent", () => {
    expect(readFileSync(path.join(ROOT, "lib/cli/main.js"), "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
    const out = tmp.file("bin-out.xlsx");
    const result = spawnSync("npm", ["run", "--silent", "mvsp-triggers", "--", "evaluate", template, "--out", out, "--json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).outcome).toBe("consider_mvsp");
    expect(existsSync(out)).toBe(true);
  });

  it("exits 1 on input errors and 2 without a stack trace on a missing file", () => {
    const bin = path.join(ROOT, "lib/cli/main.js");
    const errors = spawnSync("node", [bin, "evaluate", path.join(FIXTURES, "openpyxl-inputs-1904.xlsx")], { encoding: "utf8" });
    expect(errors.status).toBe(1);
    const missing = spawnSync("node", [bin, "evaluate", tmp.file("nope.xlsx")], {
      encoding: "utf8",
      env: { ...process.env, LANG: "fr_FR.UTF-8", LC_ALL: "" },
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("Impossible de lire");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});
