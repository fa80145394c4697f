/**
 * A formula that was never calculated (openpyxl writes no cached value) is an error naming the
 * cell, never a blank: read as blank, planned spend was 1,753,200 instead of 4,203,200 and the
 * indicator `not_met` with no problem reported.
 */
import { readSnapshot } from "../../src/adapters/xlsx";
import { namesToRead, runEvaluation, dayFromIso, type Language } from "../../src/core";
import { UNCALCULATED } from "../../src/core/cells";
import { problemMessage } from "../../src/core/text";
import { openFixture, range } from "./read-fixtures";

const clock = { today: dayFromIso("2026-11-15")!, timestamp: "2026-11-15 09:00" };

describe("formulas without a cached value (openpyxl)", () => {
  const snapshot = readSnapshot(openFixture("uncalculated.xlsx"), namesToRead());

  it("reads them as uncalculated, not as blank cells", () => {
    expect(range(snapshot.names.PlannedSpend).values).toEqual([[1000000], [753200], [UNCALCULATED], [null]]);
    expect(range(snapshot.names.EvaluationDate).values).toEqual([[UNCALCULATED]]);
  });

  it("gives no spend figure from the cells that happen to be calculated, and names each cell", () => {
    const run = runEvaluation(snapshot, clock, { displayLanguage: "en" });
    const spend = run.evaluation.indicators.find((i) => i.id === "spend_vs_envelope")!;
    expect(spend.status).toBe("no_data");
    const found = run.evaluation.problems.filter((p) => p.code === "uncalculated").map((p) => [p.name, p.cell, p.severity]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["PlannedSpend", "Inputs!B8", "error"],
        ["EvaluationDate", "Inputs!B2", "error"],
      ]),
    );
  });

  it.each<[Language, string]>([
    ["en", "calculated value missing: open and save the workbook in Excel"],
    ["fr", "valeur calculée absente\u00a0: ouvrez le classeur dans Excel et enregistrez-le"],
    ["es", "falta el valor calculado: abra el libro en Excel y guárdelo"],
  ])("says so in %s, naming the cell", (lang, words) => {
    const run = runEvaluation(snapshot, clock, { displayLanguage: lang });
    const problem = run.evaluation.problems.find((p) => p.code === "uncalculated" && p.name === "PlannedSpend")!;
    const message = problemMessage(problem, lang);
    expect(message).toContain(words);
    expect(message).toContain("Inputs!B8");
  });
});
