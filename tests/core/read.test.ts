/** The reader end to end: a snapshot of named ranges → typed inputs + cell-addressed problems. */
import type { NameSnapshot } from "../../src/core/cells";
import { translate } from "../../src/core/i18n";
import { DEFAULT_SETTINGS, LANGUAGES, type Problem, type ProblemCode, type TriggerInputs } from "../../src/core/model";
import { INPUT_NAMES, STATUS_NAMES, readInputs } from "../../src/core/read";
import { cell, DAY, range, validNames, workbook } from "./read-helpers";

function read(overrides: Record<string, NameSnapshot | undefined> = {}, date1904 = false) {
  const names = { ...validNames(), ...overrides };
  for (const key of Object.keys(names)) if (names[key] === undefined) delete names[key];
  return readInputs(workbook(names as Record<string, NameSnapshot>, date1904));
}

function message(problem: Problem, lang: "en" | "fr" | "es"): string {
  return translate(lang, "problems", problem.code, { name: problem.name, cell: problem.cell, ...problem.params });
}

/** The one problem with `code`, checked to be fully worded in every language. */
function only(problems: readonly Problem[], code: ProblemCode): Problem {
  const found = problems.filter((p) => p.code === code);
  expect(found).toHaveLength(1);
  const problem = found[0];
  for (const lang of LANGUAGES) {
    const text = message(problem, lang);
    expect(text).not.toMatch(/\{\w+\}/);
    // tierNotChecked is about an absent value: it names the range only.
    if (problem.cell && code !== "tierNotChecked") expect(text).toContain(problem.cell);
  }
  return problem;
}

/** Fields of TriggerInputs that each name feeds. */
const FIELD: Record<string, keyof TriggerInputs> = {
  BudgetEnvelope: "budgetEnvelope",
  PlannedSpend: "plannedSpend",
  CashOpeningBalance: "cashOpeningBalance",
  CashFlow: "cashFlow",
  MemberRoster: "membership",
  CoreServiceCosts: "serviceCosts",
  ExternalFactors: "external",
};

/** Every other input still parses when one is bad. */
function othersStillRead(inputs: TriggerInputs, except: string): void {
  for (const [name, field] of Object.entries(FIELD)) {
    if (name !== except) expect({ name, value: inputs[field] }).not.toEqual({ name, value: null });
  }
}

describe("names", () => {
  it("lists every input of the workbook contract and a status cell per indicator", () => {
    expect([...INPUT_NAMES].sort()).toEqual(
      [
        "ActiveMembers",
        "BudgetEnvelope",
        "CashFlow",
        "CashOpeningBalance",
        "CoreServiceCosts",
        "EvaluationDate",
        "ExternalFactors",
        "LostMembersAllTier1",
        "MemberRoster",
        "NewMembers12M",
        "PlannedSpend",
        "TriggerSettings",
      ].sort(),
    );
    expect(STATUS_NAMES).toContain("Status_spend_vs_envelope");
    expect(STATUS_NAMES).toHaveLength(8);
    expect(STATUS_NAMES.every((n) => /^Status_[a-z_]+$/.test(n))).toBe(true);
  });
});

describe("a valid workbook", () => {
  const { inputs, problems } = read();

  it("reads every input with no problem", () => {
    expect(problems).toEqual([]);
    expect(inputs.budgetEnvelope).toBe(3080000);
    expect(inputs.plannedSpend).toBe(3200000);
    expect(inputs.cashOpeningBalance).toBe(400000);
    expect(inputs.evaluationDate).toBe(DAY["2026-09-30"]);
    expect(inputs.cashFlow).toEqual([
      { quarter: "Q1 2026", inflows: 500000, outflows: 700000 },
      { quarter: "Q2 2026", inflows: 900000, outflows: 650000 },
      { quarter: "Q3 2026", inflows: 0, outflows: 600000 },
    ]);
    expect(inputs.membership).toEqual({
      kind: "roster",
      members: [
        { organisation: "Alpha Org", tier: 1, joined: DAY["2020-01-15"], left: null, annualFee: null },
        { organisation: "Beta Org", tier: 2, joined: DAY["2025-11-20"], left: null, annualFee: null },
        { organisation: "Gamma Org", tier: 1, joined: DAY["2020-01-15"], left: DAY["2025-03-31"], annualFee: null },
      ],
    });
    expect(inputs.serviceCosts).toEqual([
      { service: "Datastore", current: 420000, historical: 400000 },
      { service: "Registry", current: 130000, historical: 100000 },
    ]);
    expect(inputs.external).toEqual({
      E1: { id: "E1", factor: "External funding lost or delayed", assessment: false, evidence: "" },
      E2: { id: "E2", factor: "Global political shifts", assessment: true, evidence: "Board minutes 2026-06" },
      E3: { id: "E3", factor: "Stakeholders call for prioritisation", assessment: false, evidence: "" },
    });
    expect(inputs.settings).toEqual(DEFAULT_SETTINGS);
  });

  it("records where each input came from", () => {
    expect(inputs.sources.BudgetEnvelope).toEqual({ name: "BudgetEnvelope", address: "Inputs!B2" });
    expect(inputs.sources.PlannedSpend.address).toBe("Inputs!B3:B5");
    expect(inputs.sources.CashFlow.address).toBe("Inputs!A10:C14");
    expect(inputs.sources.MemberRoster.address).toBe("Inputs!A20:D23");
    expect(inputs.sources.TriggerSettings.address).toBe("Inputs!K2:L4");
    expect(inputs.sources.ActiveMembers).toBeUndefined();
  });
});

describe("bad names", () => {
  it.each([["BudgetEnvelope"], ["PlannedSpend"], ["CashOpeningBalance"], ["CashFlow"], ["CoreServiceCosts"], ["ExternalFactors"]])(
    "a missing %s is an error, with no cell, and the rest still reads",
    (name) => {
      const { inputs, problems } = read({ [name]: { kind: "missing" } });
      const problem = only(problems, "nameMissing");
      expect(problem).toMatchObject({ severity: "error", name, cell: "" });
      expect(message(problem, "fr")).toContain(name);
      expect(inputs[FIELD[name]]).toBeNull();
      othersStillRead(inputs, name);
    },
  );

  it("a name absent from the snapshot altogether reads as missing", () => {
    const names = validNames();
    delete (names as Record<string, unknown>).CashOpeningBalance;
    const { inputs, problems } = readInputs(workbook(names));
    expect(only(problems, "nameMissing").name).toBe("CashOpeningBalance");
    expect(inputs.cashOpeningBalance).toBeNull();
  });

  it("EvaluationDate and TriggerSettings are optional", () => {
    const { inputs, problems } = read({ EvaluationDate: { kind: "missing" }, TriggerSettings: { kind: "missing" } });
    expect(problems).toEqual([]);
    expect(inputs.evaluationDate).toBeNull();
    expect(inputs.settings).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ["broken", "nameBroken", "=#REF!"],
    ["multiArea", "nameMultiArea", "=Inputs!$B$2,Inputs!$D$4"],
    ["notRange", "nameNotRange", "=0.25"],
  ] as const)("a %s name is reported with its formula", (kind, code, formula) => {
    const { inputs, problems } = read({ BudgetEnvelope: { kind, formula } });
    const problem = only(problems, code);
    expect(problem).toMatchObject({ severity: "error", name: "BudgetEnvelope", cell: "", params: { found: formula } });
    expect(message(problem, "fr")).toContain(formula);
    expect(message(problem, "es")).toContain("BudgetEnvelope");
    expect(inputs.budgetEnvelope).toBeNull();
    othersStillRead(inputs, "BudgetEnvelope");
  });

  it("a broken optional name is still an error (the user defined it to be read)", () => {
    const { inputs, problems } = read({ TriggerSettings: { kind: "broken", formula: "='Old'!#REF!" } });
    expect(only(problems, "nameBroken")).toMatchObject({ severity: "error", name: "TriggerSettings" });
    expect(inputs.settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe("one-cell inputs", () => {
  it("a negative envelope is refused, naming its cell", () => {
    const { inputs, problems } = read({ BudgetEnvelope: cell("Budget 2026", "B7", -3080000) });
    const problem = only(problems, "envelopeNotPositive");
    expect(problem).toMatchObject({ severity: "error", name: "BudgetEnvelope", cell: "'Budget 2026'!B7", params: { found: "-3080000" } });
    expect(message(problem, "en")).toBe(
      "BudgetEnvelope ('Budget 2026'!B7): the budget envelope must be an amount greater than 0; found “-3080000”.",
    );
    expect(message(problem, "fr")).toContain("'Budget 2026'!B7");
    expect(message(problem, "fr")).toContain("enveloppe budgétaire");
    expect(inputs.budgetEnvelope).toBeNull();
    othersStillRead(inputs, "BudgetEnvelope");
  });

  it("a zero envelope is refused too", () => {
    expect(only(read({ BudgetEnvelope: cell("Inputs", "B2", 0) }).problems, "envelopeNotPositive").cell).toBe("Inputs!B2");
  });

  it("text in an amount cell names the cell and quotes the text", () => {
    const { inputs, problems } = read({ BudgetEnvelope: cell("Budget 2026", "B7", "three million") });
    const problem = only(problems, "expectedAmount");
    expect(problem.cell).toBe("'Budget 2026'!B7");
    expect(message(problem, "en")).toContain("BudgetEnvelope ('Budget 2026'!B7): expected an amount in USD");
    expect(message(problem, "en")).toContain("“three million”");
    expect(message(problem, "fr")).toContain("«\u00a0three million\u00a0»");
    expect(inputs.budgetEnvelope).toBeNull();
    othersStillRead(inputs, "BudgetEnvelope");
  });

  it.each(["#N/A", "#REF!", "#DIV/0!"])("an error value %s is reported as such", (error) => {
    const { inputs, problems } = read({ CashOpeningBalance: cell("Inputs", "B6", { error }) });
    const problem = only(problems, "errorValue");
    expect(problem).toMatchObject({ name: "CashOpeningBalance", cell: "Inputs!B6", params: { found: error } });
    expect(message(problem, "fr")).toContain(error);
    expect(inputs.cashOpeningBalance).toBeNull();
    othersStillRead(inputs, "CashOpeningBalance");
  });

  it("an empty cell is rangeEmpty", () => {
    const { inputs, problems } = read({ CashOpeningBalance: cell("Inputs", "B6", "  ") });
    const problem = only(problems, "rangeEmpty");
    expect(problem).toMatchObject({ name: "CashOpeningBalance", cell: "Inputs!B6" });
    expect(message(problem, "fr")).toBe("CashOpeningBalance (Inputs!B6) est vide\u00a0: une valeur est attendue ici.");
    expect(inputs.cashOpeningBalance).toBeNull();
    othersStillRead(inputs, "CashOpeningBalance");
  });

  it("a negative opening balance (an overdraft) is a valid position", () => {
    expect(read({ CashOpeningBalance: cell("Inputs", "B6", "-25 000") }).inputs.cashOpeningBalance).toBe(-25000);
    expect(read({ CashOpeningBalance: cell("Inputs", "B6", -1250.5) }).inputs.cashOpeningBalance).toBe(-1250.5);
  });

  it("a one-cell input covering several cells is refused", () => {
    const { inputs, problems } = read({ BudgetEnvelope: range("Inputs", "B2", [[1], [2]]) });
    expect(only(problems, "expectedSingleCell").cell).toBe("Inputs!B2:B3");
    expect(inputs.budgetEnvelope).toBeNull();
  });

  it("a blank evaluation date means today, silently; a bad one is an error", () => {
    expect(read({ EvaluationDate: cell("Inputs", "B7", null) })).toMatchObject({ problems: [], inputs: { evaluationDate: null } });
    const { inputs, problems } = read({ EvaluationDate: cell("Inputs", "B7", "30/09/2026") });
    expect(only(problems, "expectedDate")).toMatchObject({ cell: "Inputs!B7", params: { found: "30/09/2026" } });
    expect(inputs.evaluationDate).toBeNull();
  });

  it("the same day is read from 1900 and 1904 workbooks", () => {
    const in1900 = read({ EvaluationDate: cell("Inputs", "B7", 46295, "yyyy-mm-dd") }).inputs.evaluationDate;
    const in1904 = read({ EvaluationDate: cell("Inputs", "B7", 46295 - 1462, "yyyy-mm-dd") }, true).inputs.evaluationDate;
    expect(in1900).toBe(DAY["2026-09-30"]);
    expect(in1904).toBe(DAY["2026-09-30"]);
  });
});

describe("PlannedSpend", () => {
  it("sums a column, skipping blanks and reading text amounts", () => {
    const { inputs, problems } = read({ PlannedSpend: range("Inputs", "B3", [[1000000], [""], ["2 080 000"], [null], ["$500.50"]]) });
    expect(problems).toEqual([]);
    expect(inputs.plannedSpend).toBe(3080500.5);
  });

  it("names each cell that is not an amount", () => {
    const { inputs, problems } = read({ PlannedSpend: range("Inputs", "B3", [[1000000], ["n/a"], [{ error: "#VALUE!" }]]) });
    expect(problems.map((p) => [p.code, p.cell])).toEqual([
      ["expectedAmount", "Inputs!B4"],
      ["errorValue", "Inputs!B5"],
    ]);
    expect(inputs.plannedSpend).toBeNull();
  });

  it("refuses several columns and an all-blank range", () => {
    expect(only(read({ PlannedSpend: range("Inputs", "B3", [[1, 2]]) }).problems, "expectedSingleColumn").cell).toBe("Inputs!B3:C3");
    expect(only(read({ PlannedSpend: range("Inputs", "B3", [[null], [" "]]) }).problems, "rangeEmpty").cell).toBe("Inputs!B3:B4");
  });
});

describe("table headers", () => {
  it("finds French headers in any order, whatever their case, accents and spacing", () => {
    const { inputs, problems } = read({
      MemberRoster: range("Membres", "C5", [
        ["date de DEPART", "  organisation ", "NIVEAU", "Date d’adhésion", "Commentaire"],
        [null, "Alpha", "Niveau 1", "2020-01-15", "fondateur"],
        ["2025-03-31", "Gamma", 2, "2020-01-15", null],
      ]),
      CashFlow: range("Inputs", "A10", [
        ["Sorties", "Trimestre", "Entrées"],
        [700000, "T1 2026", 500000],
      ]),
      CoreServiceCosts: range("Inputs", "F10", [
        ["Moyenne historique", "Coût actuel", "Service"],
        [400000, 420000, "Datastore"],
      ]),
      ExternalFactors: range("Inputs", "F20", [
        ["Justification", "Évaluation", "Facteur", "ID"],
        ["", "Non", "Financement", "E1"],
        ["PV du CA", "Oui", "Politique", "e2"],
        ["", "non", "Parties prenantes", "E3"],
      ]),
      TriggerSettings: range("Inputs", "K2", [
        ["Clé", "Valeur"],
        ["Language", "Français"],
      ]),
    });
    expect(problems).toEqual([]);
    expect(inputs.membership).toEqual({
      kind: "roster",
      members: [
        { organisation: "Alpha", tier: 1, joined: DAY["2020-01-15"], left: null, annualFee: null },
        { organisation: "Gamma", tier: 2, joined: DAY["2020-01-15"], left: DAY["2025-03-31"], annualFee: null },
      ],
    });
    expect(inputs.cashFlow).toEqual([{ quarter: "T1 2026", inflows: 500000, outflows: 700000 }]);
    expect(inputs.serviceCosts).toEqual([{ service: "Datastore", current: 420000, historical: 400000 }]);
    expect(inputs.external?.E2).toEqual({ id: "E2", factor: "Politique", assessment: true, evidence: "PV du CA" });
    expect(inputs.settings.Language).toBe("fr");
  });

  it("finds Spanish headers", () => {
    const { inputs, problems } = read({
      MemberRoster: range("Inputs", "A20", [
        ["Organización", "Nivel", "Fecha de adhesión", "Fecha de baja", "Cuota anual"],
        ["Alfa", "Nivel 3", DAY["2024-06-01"], null, "12,500.00"],
      ]),
      CashFlow: range("Inputs", "A10", [
        ["Trimestre", "Ingresos", "Egresos"],
        ["T1", 1, 2],
      ]),
      CoreServiceCosts: range("Inputs", "F10", [
        ["Servicio", "Costo actual", "Promedio histórico"],
        ["Registro", 1, 2],
      ]),
      ExternalFactors: range("Inputs", "F20", [
        ["ID", "Factor", "Evaluación", "Justificación"],
        ["E1", "Financiación", "Sí", "Acta"],
        ["E2", "Política", "no", ""],
        ["E3", "Partes", "FALSO", ""],
      ]),
      TriggerSettings: range("Inputs", "K2", [
        ["Clave", "Valor"],
        ["CostRule", "agregado"],
      ]),
    });
    expect(problems).toEqual([]);
    expect(inputs.membership).toEqual({
      kind: "roster",
      members: [{ organisation: "Alfa", tier: 3, joined: DAY["2024-06-01"], left: null, annualFee: 12500 }],
    });
    expect(inputs.cashFlow).toEqual([{ quarter: "T1", inflows: 1, outflows: 2 }]);
    expect(inputs.serviceCosts).toEqual([{ service: "Registro", current: 1, historical: 2 }]);
    expect(inputs.external?.E1?.assessment).toBe(true);
    expect(inputs.external?.E3?.assessment).toBe(false);
    expect(inputs.settings.CostRule).toBe("aggregate");
  });

  it("accepts both Organisation and Organization, and ignores extra columns", () => {
    const { inputs, problems } = read({
      MemberRoster: range("Inputs", "A20", [
        ["Notes", "ORGANIZATION", "tier", "joined", "left"],
        ["x", "Alpha", 1, DAY["2020-01-15"], null],
      ]),
    });
    expect(problems).toEqual([]);
    expect(inputs.membership).toMatchObject({ kind: "roster", members: [{ organisation: "Alpha" }] });
  });

  it("a missing header names the header row and the accepted headers", () => {
    const { inputs, problems } = read({
      MemberRoster: range("Inputs", "A20", [
        ["Organisation", "Tier", "Start", "Left"],
        ["Alpha", 1, DAY["2020-01-15"], null],
      ]),
    });
    const problem = only(problems, "headerMissing");
    expect(problem).toMatchObject({
      severity: "error",
      name: "MemberRoster",
      cell: "Inputs!A20:D20",
      params: { header: "Joined", expected: "Joined / Date d'adhésion / Fecha de adhesión" },
    });
    expect(message(problem, "fr")).toContain("Date d'adhésion");
    expect(inputs.membership).toBeNull();
    othersStillRead(inputs, "MemberRoster");
  });

  it("the same column twice names the second header cell", () => {
    const { inputs, problems } = read({
      CashFlow: range("Inputs", "A10", [
        ["Quarter", "Inflows", "Outflows", "Sorties"],
        ["Q1", 1, 2, 3],
      ]),
    });
    const problem = only(problems, "headerDuplicate");
    expect(problem).toMatchObject({ name: "CashFlow", cell: "Inputs!D10", params: { header: "Outflows", found: "Sorties" } });
    expect(message(problem, "fr")).toContain("Inputs!D10");
    expect(inputs.cashFlow).toBeNull();
    othersStillRead(inputs, "CashFlow");
  });

  it("an entirely blank table is one rangeEmpty problem, not a missing header per column", () => {
    const { inputs, problems } = read({
      CashFlow: range("Inputs", "A10", [
        [null, null, null],
        [null, " ", null],
      ]),
    });
    expect(problems).toEqual([{ severity: "error", name: "CashFlow", cell: "Inputs!A10:C11", code: "rangeEmpty", params: {} }]);
    expect(inputs.cashFlow).toBeNull();
  });

  it("an entirely blank settings table just leaves the defaults", () => {
    const { inputs, problems } = read({
      TriggerSettings: range("Inputs", "K2", [
        [null, null],
        [null, null],
      ]),
    });
    expect(problems).toEqual([]);
    expect(inputs.settings).toEqual(DEFAULT_SETTINGS);
  });

  it("a table with a header but no data is empty", () => {
    const { inputs, problems } = read({
      CoreServiceCosts: range("Inputs", "F10", [
        ["Service", "Current cost", "Historical average"],
        [null, "", null],
      ]),
    });
    expect(only(problems, "rangeEmpty").cell).toBe("Inputs!F10:H11");
    expect(inputs.serviceCosts).toBeNull();
  });
});

describe("the member roster", () => {
  const header = ["Organisation", "Tier", "Joined", "Left", "Annual fee"];

  it("keeps formula-looking text as plain text", () => {
    const { inputs, problems } = read({
      MemberRoster: range("Inputs", "A20", [
        header,
        ['=HYPERLINK("http://x","Alpha")', 1, DAY["2020-01-15"], null, null],
        ["+Beta", 1, DAY["2020-01-15"], null, null],
      ]),
    });
    expect(problems).toEqual([]);
    expect(inputs.membership).toMatchObject({
      members: [{ organisation: '=HYPERLINK("http://x","Alpha")' }, { organisation: "+Beta" }],
    });
  });

  it("an unreadable date names its cell; the roster is then unusable as a whole", () => {
    const { inputs, problems } = read({
      MemberRoster: range("Inputs", "A20", [header, ["Alpha", 1, DAY["2020-01-15"], null, null], ["Beta", 1, "last spring", null, null]]),
    });
    const problem = only(problems, "expectedDate");
    expect(problem).toMatchObject({ name: "MemberRoster", cell: "Inputs!C22", params: { found: "last spring" } });
    expect(message(problem, "fr")).toContain("Inputs!C22");
    expect(message(problem, "es")).toContain("«last spring»");
    expect(inputs.membership).toBeNull();
    othersStillRead(inputs, "MemberRoster");
  });

  it.each([
    [["Alpha", "Gold", DAY["2020-01-15"], null, null], "expectedTier", "B22"],
    [["Alpha", 0, DAY["2020-01-15"], null, null], "expectedTier", "B22"],
    [["Alpha", 1.5, DAY["2020-01-15"], null, null], "expectedTier", "B22"],
    [["Alpha", null, DAY["2020-01-15"], null, null], "rangeEmpty", "B22"],
    [["Alpha", 1, null, null, null], "rangeEmpty", "C22"],
    [[null, 1, DAY["2020-01-15"], null, null], "expectedText", "A22"],
    [["Alpha", 1, DAY["2020-01-15"], { error: "#N/A" }, null], "errorValue", "D22"],
    [["Alpha", 1, DAY["2024-06-01"], DAY["2020-01-15"], null], "leftBeforeJoined", "D22"],
    [["Alpha", 1, DAY["2020-01-15"], null, "a lot"], "expectedAmount", "E22"],
    [["Alpha", 1, DAY["2020-01-15"], null, -5], "expectedNonNegative", "E22"],
    [["Alpha", 1, -3, null, null], "expectedDate", "C22"],
  ] as const)("row %j → %s at %s", (row, code, at) => {
    const { inputs, problems } = read({
      MemberRoster: range("Inputs", "A20", [header, ["Zeta", 1, DAY["2020-01-15"], null, null], row as never]),
    });
    const problem = only(problems, code);
    expect(problem).toMatchObject({ severity: "error", name: "MemberRoster", cell: `Inputs!${at}` });
    expect(inputs.membership).toBeNull();
  });

  it("a leaving date before the joining date quotes both dates", () => {
    const { problems } = read({
      MemberRoster: range("Inputs", "A20", [header, ["Alpha", 1, "2024-06-01", "2020-01-15", null]]),
    });
    expect(message(only(problems, "leftBeforeJoined"), "en")).toContain("2020-01-15 is before the joining date 2024-06-01");
  });

  it("reads the optional annual fee", () => {
    const { inputs } = read({
      MemberRoster: range("Inputs", "A20", [
        header,
        ["Alpha", 2, DAY["2020-01-15"], null, 40000],
        ["Beta", 1, DAY["2020-01-15"], null, null],
      ]),
    });
    expect(inputs.membership).toMatchObject({ members: [{ annualFee: 40000 }, { annualFee: null }] });
  });

  it("reads dates from a 1904 workbook as the same days", () => {
    const rows = (offset: number) => [header, ["Alpha", 1, DAY["2020-01-15"] - offset, DAY["2025-03-31"] - offset, null]];
    const in1900 = read({ MemberRoster: range("Inputs", "A20", rows(0)) }).inputs.membership;
    const in1904 = read({ MemberRoster: range("Inputs", "A20", rows(1462)) }, true).inputs.membership;
    expect(in1904).toEqual(in1900);
    expect(in1904).toMatchObject({ members: [{ joined: DAY["2020-01-15"], left: DAY["2025-03-31"] }] });
  });

  it("reports at most 50 problems for one name, yet never reads a broken roster", () => {
    const rows = [header, ...Array.from({ length: 200 }, (_, i) => [`Org ${i}`, 1, "soon", null, null])];
    const { inputs, problems } = read({ MemberRoster: range("Inputs", "A20", rows) });
    const ours = problems.filter((p) => p.name === "MemberRoster");
    expect(ours).toHaveLength(51);
    expect(ours[50]).toMatchObject({ code: "moreProblems", params: { count: 150 } });
    expect(problems[0].cell).toBe("Inputs!C21");
    expect(inputs.membership).toBeNull();
  });
});

describe("membership from counts", () => {
  const noRoster = { MemberRoster: { kind: "missing" } as const };

  it("reads the three count cells when there is no roster", () => {
    const { inputs, problems } = read({
      ...noRoster,
      ActiveMembers: cell("Inputs", "E2", 68),
      NewMembers12M: cell("Inputs", "E3", "1"),
      LostMembersAllTier1: cell("Inputs", "E4", "Oui"),
    });
    expect(problems).toEqual([]);
    expect(inputs.membership).toEqual({ kind: "counts", active: 68, newMembers: 1, lostAllTier1: true });
    expect(inputs.sources.ActiveMembers.address).toBe("Inputs!E2");
  });

  it("ignores the count cells when a roster exists", () => {
    const { inputs } = read({ ActiveMembers: cell("Inputs", "E2", "garbage") });
    expect(inputs.membership?.kind).toBe("roster");
    expect(inputs.sources.ActiveMembers).toBeUndefined();
  });

  it("warns that the tier is not checked without LostMembersAllTier1", () => {
    for (const lost of [{ kind: "missing" } as const, cell("Inputs", "E4", null)]) {
      const { inputs, problems } = read({
        ...noRoster,
        ActiveMembers: cell("Inputs", "E2", 68),
        NewMembers12M: cell("Inputs", "E3", 1),
        LostMembersAllTier1: lost,
      });
      const problem = only(problems, "tierNotChecked");
      expect(problem).toMatchObject({ severity: "warning", name: "LostMembersAllTier1" });
      expect(message(problem, "fr")).toContain("LostMembersAllTier1");
      expect(problems).toHaveLength(1);
      expect(inputs.membership).toEqual({ kind: "counts", active: 68, newMembers: 1, lostAllTier1: null });
    }
  });

  it("does not warn about the tier when the setting turns the check off", () => {
    const { problems } = read({
      ...noRoster,
      ActiveMembers: cell("Inputs", "E2", 68),
      NewMembers12M: cell("Inputs", "E3", 1),
      TriggerSettings: range("Inputs", "K2", [
        ["Key", "Value"],
        ["RequireLostMembersTier1", "No"],
      ]),
    });
    expect(problems).toEqual([]);
  });

  it("without roster and counts, the roster is reported missing", () => {
    const { inputs, problems } = read(noRoster);
    expect(only(problems, "nameMissing")).toMatchObject({ severity: "error", name: "MemberRoster" });
    expect(problems).toHaveLength(1);
    expect(inputs.membership).toBeNull();
  });

  it("bad counts are errors and leave that count null", () => {
    const { inputs, problems } = read({
      ...noRoster,
      ActiveMembers: cell("Inputs", "E2", -4),
      NewMembers12M: { kind: "missing" },
      LostMembersAllTier1: cell("Inputs", "E4", "maybe"),
    });
    expect(problems.map((p) => [p.code, p.name, p.cell])).toEqual([
      ["expectedNumber", "ActiveMembers", "Inputs!E2"],
      ["nameMissing", "NewMembers12M", ""],
      ["expectedYesNo", "LostMembersAllTier1", "Inputs!E4"],
    ]);
    expect(inputs.membership).toEqual({ kind: "counts", active: null, newMembers: null, lostAllTier1: null });
  });
});

describe("cash flow and costs", () => {
  it("a quarter without flows must say 0; negative flows are refused", () => {
    const { inputs, problems } = read({
      CashFlow: range("Inputs", "A10", [
        ["Quarter", "Inflows", "Outflows"],
        ["Q1", 100, null],
        ["Q2", 100, -50],
      ]),
    });
    expect(problems.map((p) => [p.code, p.cell])).toEqual([
      ["rangeEmpty", "Inputs!C11"],
      ["expectedNonNegative", "Inputs!C12"],
    ]);
    expect(inputs.cashFlow).toBeNull();
  });

  it("a date-formatted quarter label is shown as its ISO date; a number as its digits", () => {
    const { inputs } = read({
      CashFlow: range(
        "Inputs",
        "A10",
        [
          ["Quarter", "Inflows", "Outflows"],
          [DAY["2026-03-31"], 1, 2],
          [2027, 3, 4],
        ],
        [
          ["General", "General", "General"],
          ["d/m/yyyy", "General", "General"],
          ["General", "General", "General"],
        ],
      ),
    });
    expect(inputs.cashFlow?.map((q) => q.quarter)).toEqual(["2026-03-31", "2027"]);
  });

  it("a historical average of 0 or less cannot be compared with", () => {
    const { inputs, problems } = read({
      CoreServiceCosts: range("Costs", "A1", [
        ["Service", "Current cost", "Historical average"],
        ["Datastore", 10, 0],
      ]),
    });
    const problem = only(problems, "historicalNotPositive");
    expect(problem).toMatchObject({ cell: "Costs!C2", params: { found: "0" } });
    expect(inputs.serviceCosts).toBeNull();
    othersStillRead(inputs, "CoreServiceCosts");
  });

  it("a blank service name beside costs is an error", () => {
    const { problems } = read({
      CoreServiceCosts: range("Costs", "A1", [
        ["Service", "Current cost", "Historical average"],
        [" ", 10, 5],
      ]),
    });
    expect(only(problems, "expectedText").cell).toBe("Costs!A2");
  });
});

describe("external factors", () => {
  const header = ["ID", "Factor", "Assessment", "Evidence"];

  it("a blank assessment is a warning and leaves that factor unassessed", () => {
    const { inputs, problems } = read({
      ExternalFactors: range("Inputs", "F20", [header, ["E1", "a", "", ""], ["E2", "b", "No", ""], ["E3", "c", "No", ""]]),
    });
    const problem = only(problems, "notAssessed");
    expect(problem).toMatchObject({ severity: "warning", cell: "Inputs!H21", params: { id: "E1" } });
    expect(inputs.external?.E1?.assessment).toBeNull();
    expect(inputs.external?.E2?.assessment).toBe(false);
  });

  it("a Yes without evidence is a warning on the evidence cell, still Yes", () => {
    const { inputs, problems } = read({
      ExternalFactors: range("Inputs", "F20", [header, ["E1", "a", true, null], ["E2", "b", "No", ""], ["E3", "c", "No", ""]]),
    });
    expect(only(problems, "yesWithoutEvidence")).toMatchObject({ severity: "warning", cell: "Inputs!I21" });
    expect(inputs.external?.E1?.assessment).toBe(true);
  });

  it("a missing factor is an error; an unknown ID a warning; a bad assessment drops only its factor", () => {
    const { inputs, problems } = read({
      ExternalFactors: range("Inputs", "F20", [header, ["E1", "a", "Peut-être", ""], ["E4", "d", "Yes", "x"], ["E2", "b", "No", ""]]),
    });
    expect(problems.map((p) => [p.severity, p.code, p.cell])).toEqual([
      ["error", "expectedYesNo", "Inputs!H21"],
      ["warning", "factorUnknown", "Inputs!F22"],
      ["error", "factorMissing", "Inputs!F20:I23"],
    ]);
    expect(problems[2].params.found).toBe("E3");
    expect(inputs.external).toEqual({ E2: { id: "E2", factor: "b", assessment: false, evidence: "" } });
  });

  it("a factor listed twice is used from neither row", () => {
    const { inputs, problems } = read({
      ExternalFactors: range("Inputs", "F20", [
        header,
        ["E1", "a", "No", ""],
        ["E1", "a", "Yes", "x"],
        ["E2", "b", "No", ""],
        ["E3", "c", "No", ""],
      ]),
    });
    expect(only(problems, "duplicateKey")).toMatchObject({ cell: "Inputs!F22", params: { found: "E1" } });
    expect(inputs.external?.E1).toBeUndefined();
    expect(inputs.external?.E3?.assessment).toBe(false);
  });
});

describe("problem order and wording", () => {
  it("lists problems in the order of the workbook contract and words every one in fr and es", () => {
    const { problems } = read({
      TriggerSettings: range("Inputs", "K2", [
        ["Key", "Value"],
        ["Colour", "red"],
      ]),
      BudgetEnvelope: cell("Inputs", "B2", "1.234"),
    });
    expect(problems.map((p) => p.name)).toEqual(["BudgetEnvelope", "TriggerSettings"]);
    for (const problem of problems) {
      for (const lang of LANGUAGES) expect(message(problem, lang).length).toBeGreaterThan(20);
      expect(message(problem, "fr")).not.toBe(message(problem, "en"));
      expect(message(problem, "es")).not.toBe(message(problem, "en"));
    }
  });
});
