/** Connecting a workbook: the inputs' states, the shape check of a candidate block, example data, the missing date. */
import type { RangeSnapshot } from "../../src/core/cells";
import { clockAt, runEvaluation } from "../../src/core";
import { checkCandidate, hasNoInputs, inputStates, readSummaryParams, type Candidate } from "../../src/core/connect";
import { exampleDataProblems } from "../../src/core/connect/examples";
import { connectText } from "../../src/core/i18n/connect-catalogue";
import { loadAllLanguages } from "../../src/core/i18n/all";
import { readInputs } from "../../src/core/read";
import { problemMessage } from "../../src/core/text";
import { dayFromIso } from "../../src/core/dates";
import { cell, range, validNames, workbook } from "./read-helpers";

loadAllLanguages();
const NOW = new Date(2026, 11, 7, 10, 30);

function states(names: Parameters<typeof workbook>[0]) {
  const snapshot = workbook(names);
  const run = runEvaluation(snapshot, clockAt(NOW));
  return inputStates(snapshot, readInputs(snapshot).inputs, run.evaluation);
}

function candidate(block: RangeSnapshot, extra: Partial<Candidate> = {}): Candidate {
  return {
    requested: "X",
    areas: 1,
    otherWorkbook: false,
    worksheet: true,
    sheetHidden: false,
    range: block,
    wholeColumn: false,
    table: null,
    sheetScopedFormula: null,
    ...extra,
  };
}
const block = (sheet: string, row: number, col: number, values: RangeSnapshot["values"]): RangeSnapshot => ({
  sheet,
  row,
  col,
  values,
  formats: values.map((r) => r.map(() => "General")),
});

describe("input states", () => {
  it("says where each input is and what was read, in words of each language", () => {
    const list = states(validNames());
    const roster = list.find((s) => s.name === "MemberRoster")!;
    expect(roster).toMatchObject({ kind: "connected", address: "Inputs!A20:D23" });
    if (roster.kind !== "connected" || !roster.read) throw new Error("not read");
    expect(connectText("en", roster.read.key, readSummaryParams(roster.read, "en"))).toBe("3 rows, 2 active members on 2026-09-30");
    expect(connectText("fr", roster.read.key, readSummaryParams(roster.read, "fr"))).toBe("3 lignes, 2 membres actifs au 30/09/2026");
    const envelope = list.find((s) => s.name === "BudgetEnvelope")!;
    if (envelope.kind !== "connected" || !envelope.read) throw new Error("not read");
    expect(connectText("en", envelope.read.key, readSummaryParams(envelope.read, "en"))).toBe("3,080,000\u00a0USD");
    const spend = list.find((s) => s.name === "PlannedSpend")!;
    if (spend.kind !== "connected" || !spend.read) throw new Error("not read");
    expect(connectText("es", spend.read.key, readSummaryParams(spend.read, "es"))).toBe("2 importes, 3.200.000\u00a0USD en total");
    // The roster stands in for the three count cells.
    expect(list.find((s) => s.name === "ActiveMembers")).toMatchObject({ kind: "missing", notNeededBecause: "MemberRoster" });
  });

  it("gives a missing input and the first problem of a broken one, with its cell", () => {
    const names = validNames();
    delete (names as Record<string, unknown>).CashFlow;
    names.BudgetEnvelope = cell("Inputs", "B2", "lots");
    const list = states(names);
    expect(list.find((s) => s.name === "CashFlow")).toMatchObject({ kind: "missing", optional: false });
    expect(list.find((s) => s.name === "BudgetEnvelope")).toMatchObject({
      kind: "problem",
      address: "Inputs!B2",
      problem: { cell: "Inputs!B2", code: "expectedAmount" },
    });
    expect(hasNoInputs(list)).toBe(false);
    expect(hasNoInputs(states({}))).toBe(true);
  });
});

describe("checking a candidate block", () => {
  const roster = block("Membres", 0, 0, [
    ["Organización", "Nivel", "Fecha de adhesión", "Fecha de baja"],
    ["Alpha", 1, 43845, null],
  ]);

  it("accepts a table whose headers are recognised in another language, and a single cell", () => {
    expect(checkCandidate("MemberRoster", candidate(roster), [])).toMatchObject({
      ok: true,
      address: "Membres!A1:D2",
      target: { kind: "range", sheet: "Membres" },
    });
    expect(checkCandidate("budgetenvelope", candidate(block("Budget", 3, 1, [[3080000]])), [])).toMatchObject({
      ok: true,
      address: "Budget!B4",
    });
  });

  it("refuses a block of the wrong shape with the reader's own sentence, naming the cells", () => {
    const check = checkCandidate("BudgetEnvelope", candidate(block("Budget", 3, 1, [[1], [2]])), []);
    if (check.ok || !("severity" in check.reason)) throw new Error("accepted");
    expect(problemMessage(check.reason, "en")).toContain("Budget!B4:B5");
    const headers = checkCandidate(
      "CashFlow",
      candidate(
        block("Budget", 0, 0, [
          ["Quarter", "In", "Out"],
          ["Q1", 1, 2],
        ]),
      ),
      [],
    );
    expect(headers).toMatchObject({ ok: false, reason: { code: "headerMissing" } });
  });

  it.each([
    ["several areas", { areas: 2 }, "multiArea"],
    ["another workbook", { otherWorkbook: true }, "otherWorkbook"],
    ["a chart sheet", { worksheet: false }, "notWorksheet"],
    ["an empty whole column", { range: null, wholeColumn: true }, "emptyColumn"],
  ] as const)("refuses %s and defines nothing", (_what, extra, code) => {
    expect(checkCandidate("MemberRoster", candidate(roster, extra), [])).toMatchObject({ ok: false, reason: { code } });
  });

  it("refuses a block overlapping another input, but not the input's own cells", () => {
    const connected = [{ name: "CashFlow", sheet: "MEMBRES", row: 1, col: 3, rows: 5, cols: 3 }];
    const check = checkCandidate("MemberRoster", candidate(roster), connected);
    expect(check).toMatchObject({ ok: false, reason: { code: "overlap", params: { other: "CashFlow", otherAddress: "MEMBRES!D2:F6" } } });
    expect(checkCandidate("MemberRoster", candidate(roster), [{ ...connected[0], name: "MemberRoster" }])).toMatchObject({ ok: true });
  });

  it("defines on a bounded whole column, a hidden sheet or a shadowed name, and says so", () => {
    const check = checkCandidate(
      "MemberRoster",
      candidate(roster, { wholeColumn: true, sheetHidden: true, sheetScopedFormula: "Membres!$A$1" }),
      [],
    );
    if (!check.ok) throw new Error("refused");
    expect(check.notes.map((n) => n.code)).toEqual(["wholeColumn", "hiddenSheet", "sheetScoped"]);
    expect(connectText("en", "shape.wholeColumn", check.notes[0].params)).toBe(
      "X is a whole column: MemberRoster was set on its used cells, Membres!A1:D2. Extend the name if you add rows below them.",
    );
  });

  it("uses an Excel table selected whole by its name, so the input grows with it", () => {
    expect(checkCandidate("MemberRoster", candidate(roster, { table: "Tabla1" }), [])).toMatchObject({
      ok: true,
      target: { kind: "table", table: "Tabla1" },
    });
  });

  it("names the inputs when the name is not one of them", () => {
    const check = checkCandidate("Budget", candidate(roster), []);
    expect(check).toMatchObject({ ok: false, reason: { code: "unknownInput" } });
  });
});

describe("warnings made at evaluation", () => {
  it("says which day stands in for a missing EvaluationDate, and nothing with --date or a date cell", () => {
    const names = validNames();
    delete (names as Record<string, unknown>).EvaluationDate;
    const run = runEvaluation(workbook(names), clockAt(NOW));
    const warning = run.evaluation.problems.find((p) => p.code === "noEvaluationDate")!;
    expect(problemMessage(warning, "en")).toMatch(/^No evaluation date: evaluated as of 2026-12-07\./);
    expect(run.evaluation.evaluationDate).toBe("2026-12-07");
    const dated = runEvaluation(workbook(names), clockAt(NOW), { evaluationDate: dayFromIso("2026-09-30")! });
    expect(dated.evaluation.problems.some((p) => p.code === "noEvaluationDate")).toBe(false);
    expect(runEvaluation(workbook(validNames()), clockAt(NOW)).evaluation.problems.some((p) => p.code === "noEvaluationDate")).toBe(false);
  });

  it("names the cells still holding the template's example members and evidence, in any language", () => {
    const names = validNames();
    names.MemberRoster = range("Inputs", "A20", [
      ["Organisation", "Tier", "Joined", "Left"],
      ["Real Org", 1, 43845, null],
      ["Agence de développement de Belmora", 1, 43845, null],
      ["Arvelia Open Data Foundation", 2, 43845, null],
    ]);
    names.ExternalFactors = range("Inputs", "F20", [
      ["ID", "Factor", "Assessment", "Evidence"],
      ["E1", "Funding", "Yes", "Ejemplo: un donante importante..."],
      ["E2", "Politics", "No", "Examples of good practice are in the minutes"],
    ]);
    const problems = exampleDataProblems(workbook(names));
    expect(problems).toEqual([
      { severity: "warning", name: "MemberRoster", cell: "Inputs!A22:A23", code: "exampleMembers", params: { count: 2 } },
      { severity: "warning", name: "ExternalFactors", cell: "Inputs!I21", code: "exampleEvidence", params: {} },
    ]);
    expect(problemMessage(problems[0], "en")).toBe(
      "Inputs!A22:A23 still hold 2 of the template's example members: replace them with your own roster before reporting.",
    );
    expect(exampleDataProblems(workbook(validNames()))).toEqual([]);
  });
});
