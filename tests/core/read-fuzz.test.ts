/**
 * Whatever a workbook holds, the reader answers: it never throws, every problem is worded in
 * every language with all its placeholders filled and points at a cell (or at nothing), and
 * every value it does return is usable.
 */
import fc from "fast-check";
import type { CellValue, NameSnapshot, WorkbookSnapshot } from "../../src/core/cells";
import { translate } from "../../src/core/i18n";
import { en } from "../../src/core/i18n/en";
import { DEFAULT_SETTINGS, LANGUAGES } from "../../src/core/model";
import { INPUT_NAMES, readInputs } from "../../src/core/read";
import { HEADERS } from "../../src/core/read/columns";

/** Header texts the reader knows, so that fuzzed tables often get past their header row. */
const HEADER_WORDS: string[] = Object.values(HEADERS).flatMap((table) =>
  Object.values(table).flatMap((spec) => [...spec.names, ...("alsoAccepted" in spec ? spec.alsoAccepted : [])]),
);

const ODD_STRINGS = [
  "",
  " ",
  "\u00a0",
  "=SUM(A1:A3)",
  "+1",
  "-",
  "@user",
  "E1",
  "e2",
  "E3",
  "E4",
  "Yes",
  "Non",
  "Sí",
  "Tier 1",
  "Niveau 0",
  "2026-02-29",
  "2026-03-31",
  "2026-03-31T00:00:00",
  "31/03/2026",
  "3,080,000",
  "3 080 000",
  "3.080.000",
  "1,234",
  "3,5",
  "20%",
  "20,5 %",
  "USD",
  "$",
  "{name}",
  "'",
  "MinActiveMembers",
  "WarnActiveMembers",
  "LookbackMonths",
  "Language",
  "CostRule",
  "RequireLostMembersTier1",
  "\u202e\u0000\ud83d\ude00",
  "x".repeat(500),
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1e308, 2958465, 2958466, 46112, 0.5),
  fc.integer({ min: -5, max: 200000 }),
  fc.boolean(),
  fc.constantFrom(...ODD_STRINGS),
  fc.constantFrom(...HEADER_WORDS),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.record({ error: fc.oneof(fc.constantFrom("#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?"), fc.string()) }),
);

const format = fc.oneof(fc.constantFrom("General", "0%", "0.0 %", "yyyy-mm-dd", "#,##0", "h:mm", "@", ""), fc.string());

/** Rows of different lengths: a reader must not trust a snapshot to be rectangular. */
const grid = <T>(item: fc.Arbitrary<T>) => fc.array(fc.array(item, { maxLength: 6 }), { maxLength: 7 });

const sheetName = fc.oneof(fc.constantFrom("Inputs", "Budget 2026", "O'Brien's", "A1", "Données"), fc.string({ minLength: 1 }));

const nameSnapshot: fc.Arbitrary<NameSnapshot> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("range" as const),
      range: fc.record({
        sheet: sheetName,
        row: fc.nat({ max: 1048575 }),
        col: fc.nat({ max: 16383 }),
        values: grid(cellValue),
        formats: grid(format),
      }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "missing" as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constantFrom("broken" as const, "multiArea" as const, "notRange" as const), formula: fc.string() }),
  },
);

/** Per column, values a user would plausibly type, so that fuzzed tables often read through to the end. */
const amount = fc.oneof(fc.integer({ min: 0, max: 5000000 }), fc.constantFrom("3,080,000", "12 500", "$400"));
const text = fc.constantFrom("Q1 2026", "Datastore", "Alpha Org", '=HYPERLINK("x")', "Board minutes", "");
const PLAUSIBLE: Record<string, fc.Arbitrary<CellValue>> = {
  quarter: text,
  inflows: amount,
  outflows: amount,
  organisation: text,
  tier: fc.constantFrom(1, 2, 3, "Tier 1", "Niveau 2"),
  joined: fc.oneof(fc.integer({ min: 40000, max: 47000 }), fc.constant("2025-10-01")),
  left: fc.oneof(fc.integer({ min: 44000, max: 47000 }), fc.constant(null)),
  annualFee: fc.oneof(amount, fc.constant(null)),
  service: text,
  current: amount,
  historical: amount,
  id: fc.constantFrom("E1", "E2", "E3", "e1", "E4"),
  factor: text,
  assessment: fc.constantFrom("Yes", "No", "Oui", "Sí", true, false, null),
  evidence: text,
  key: fc.constantFrom(...Object.keys(DEFAULT_SETTINGS), "Unknown"),
  value: fc.oneof(fc.integer({ min: 0, max: 130 }), fc.constantFrom(0.1, 0.2, "15%", "Yes", "any", "fr", null)),
};

/** A table headed with every column of `table` (one spelling each, any order), maybe one dropped or one stray added. */
function tableSnapshot(table: keyof typeof HEADERS): fc.Arbitrary<NameSnapshot> {
  const specs = Object.entries(HEADERS[table]) as [string, { names: readonly string[] }][];
  const column = (key: string, names: readonly string[]) =>
    fc.record({ key: fc.constant(key), header: fc.constantFrom<CellValue>(...names) });
  const layout = fc
    .tuple(...specs.map(([key, spec]) => column(key, spec.names)), column("stray", ["Notes", "Évaluation", "Tier", ""]))
    .chain((columns) => fc.shuffledSubarray(columns, { minLength: columns.length - 1 }));
  return layout.chain((columns) => {
    const row = fc.tuple(
      ...columns.map((c) => fc.oneof({ weight: 8, arbitrary: PLAUSIBLE[c.key] ?? cellValue }, { weight: 1, arbitrary: cellValue })),
    );
    return fc.tuple(fc.array(row, { maxLength: 6 }), sheetName, fc.nat({ max: 1000 })).map(([rows, sheet, top]) => ({
      kind: "range" as const,
      range: {
        sheet,
        row: top,
        col: 0,
        values: [columns.map((c) => c.header), ...rows],
        formats: rows.map((r) => r.map(() => "General")),
      },
    }));
  });
}

const TABLES: Record<string, keyof typeof HEADERS> = {
  CashFlow: "cashFlow",
  MemberRoster: "roster",
  CoreServiceCosts: "costs",
  ExternalFactors: "external",
  TriggerSettings: "settings",
};

const names: fc.Arbitrary<Record<string, NameSnapshot>> = fc.record(
  Object.fromEntries(
    INPUT_NAMES.map((name) => [name, name in TABLES ? fc.oneof(nameSnapshot, tableSnapshot(TABLES[name])) : nameSnapshot]),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, NameSnapshot>>;

const snapshot: fc.Arbitrary<WorkbookSnapshot> = fc.record({
  date1904: fc.boolean(),
  names,
  sheets: fc.constant([]),
  log: fc.constant(null),
});

const CODES = new Set(Object.keys(en.problems));

it("never throws, and every problem is addressable and worded in every language", () => {
  /** How often each table was read through, to show the fuzzing goes past the header rows. */
  const readThrough = { cashFlow: 0, membership: 0, serviceCosts: 0, external: 0 };
  fc.assert(
    fc.property(snapshot, (book) => {
      const { inputs, problems } = readInputs(book);
      if (inputs.cashFlow) readThrough.cashFlow += 1;
      if (inputs.membership) readThrough.membership += 1;
      if (inputs.serviceCosts) readThrough.serviceCosts += 1;
      if (inputs.external && Object.keys(inputs.external).length > 0) readThrough.external += 1;
      // Plain checks gathered into one assertion: thousands of `expect` calls would dominate the run.
      const wrong: string[] = [];
      for (const problem of problems) {
        const where = `${problem.code} ${problem.name} ${problem.cell}`;
        if (!CODES.has(problem.code)) wrong.push(`${where}: unknown code`);
        if (problem.severity !== "error" && problem.severity !== "warning") wrong.push(`${where}: severity`);
        if (!INPUT_NAMES.includes(problem.name)) wrong.push(`${where}: not an input name`);
        if (problem.cell !== "" && !problem.cell.includes("!")) wrong.push(`${where}: not an address`);
        const given = new Set(["name", "cell", ...Object.keys(problem.params)]);
        for (const lang of LANGUAGES) {
          const text = translate(lang, "problems", problem.code, { name: problem.name, cell: problem.cell, ...problem.params });
          if (text.trim() === "" || text === problem.code) wrong.push(`${where}: no ${lang} sentence`);
          // Every placeholder of the sentence is given (user text may itself hold `{name}`-like words).
          const template = translate(lang, "problems", problem.code);
          for (const [, placeholder] of template.matchAll(/\{(\w+)\}/g)) {
            if (!given.has(placeholder)) wrong.push(`${where}: ${lang} {${placeholder}} not given`);
          }
        }
      }
      expect(wrong).toEqual([]);
      // What is returned is usable as it stands.
      const finite = (n: number | null) => n === null || Number.isFinite(n);
      expect(inputs.budgetEnvelope === null || inputs.budgetEnvelope > 0).toBe(true);
      expect(finite(inputs.plannedSpend) && finite(inputs.cashOpeningBalance) && finite(inputs.evaluationDate)).toBe(true);
      for (const q of inputs.cashFlow ?? [])
        expect(q.inflows >= 0 && q.outflows >= 0 && Number.isFinite(q.inflows + q.outflows)).toBe(true);
      if (inputs.membership?.kind === "roster") {
        for (const m of inputs.membership.members) {
          expect(Number.isInteger(m.tier) && m.tier >= 1).toBe(true);
          expect(m.left === null || m.left >= m.joined).toBe(true);
        }
      }
      for (const s of inputs.serviceCosts ?? []) expect(s.historical > 0 && s.current >= 0).toBe(true);
      const settings = inputs.settings;
      expect(settings.WarnActiveMembers).toBeGreaterThanOrEqual(settings.MinActiveMembers);
      expect(settings.WarnSpendOverEnvelope).toBeLessThanOrEqual(settings.MaxSpendOverEnvelope);
      expect(settings.WarnCostOverHistorical).toBeLessThanOrEqual(settings.MaxCostOverHistorical);
      expect(settings.LookbackMonths >= 1 && settings.LookbackMonths <= 120).toBe(true);
      // No input is null without a problem saying why (only the optional ones may be absent).
      const named = new Set(problems.map((p) => p.name));
      const said = (name: string) => named.has(name);
      if (inputs.budgetEnvelope === null) expect(said("BudgetEnvelope")).toBe(true);
      if (inputs.plannedSpend === null) expect(said("PlannedSpend")).toBe(true);
      if (inputs.cashOpeningBalance === null) expect(said("CashOpeningBalance")).toBe(true);
      if (inputs.cashFlow === null) expect(said("CashFlow")).toBe(true);
      if (inputs.membership === null) expect(said("MemberRoster")).toBe(true);
      if (inputs.serviceCosts === null) expect(said("CoreServiceCosts")).toBe(true);
      if (inputs.external === null) expect(said("ExternalFactors")).toBe(true);
      for (const id of ["E1", "E2", "E3"] as const) {
        if (inputs.external && !inputs.external[id]) expect(said("ExternalFactors")).toBe(true);
      }
      if (inputs.membership?.kind === "counts") {
        if (inputs.membership.active === null) expect(said("ActiveMembers")).toBe(true);
        if (inputs.membership.newMembers === null) expect(said("NewMembers12M")).toBe(true);
      }
      // An input with an error problem is never silently half-read.
      const failed = new Set(problems.filter((p) => p.severity === "error").map((p) => p.name));
      if (failed.has("CashFlow")) expect(inputs.cashFlow).toBeNull();
      if (failed.has("CoreServiceCosts")) expect(inputs.serviceCosts).toBeNull();
      if (failed.has("BudgetEnvelope")) expect(inputs.budgetEnvelope).toBeNull();
      if (failed.has("PlannedSpend")) expect(inputs.plannedSpend).toBeNull();
    }),
    { numRuns: 300 },
  );
  for (const count of Object.values(readThrough)) expect(count).toBeGreaterThan(0);
});

it("never throws on snapshots that break their own types", () => {
  const broken = [
    { date1904: false, names: {}, sheets: [], log: null },
    { date1904: false, names: { BudgetEnvelope: undefined }, sheets: [], log: null },
    {
      date1904: false,
      names: { CashFlow: { kind: "range", range: { sheet: "S", row: 0, col: 0, values: [], formats: [] } } },
      sheets: [],
      log: null,
    },
    {
      date1904: false,
      names: { CashFlow: { kind: "range", range: { sheet: "S", row: 0, col: 0, values: [[undefined, "Inflows"]], formats: undefined } } },
      sheets: [],
      log: null,
    },
    { date1904: false, names: { BudgetEnvelope: { kind: "strange" } }, sheets: [], log: null },
    { date1904: false, names: { BudgetEnvelope: { kind: "range" } }, sheets: [], log: null },
    {
      date1904: false,
      names: { PlannedSpend: { kind: "range", range: { sheet: "S", row: 0, col: 0, values: null } } },
      sheets: [],
      log: null,
    },
    { date1904: false, names: null, sheets: [], log: null },
  ] as unknown as WorkbookSnapshot[];
  for (const book of broken) expect(() => readInputs(book)).not.toThrow();
});
