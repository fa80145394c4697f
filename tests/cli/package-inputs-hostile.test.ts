/**
 * Issue 16, the package side: cached values that cannot be trusted, the messages that were
 * wrong, and Status_ names that would overwrite the user's data or each other. Fixtures:
 * tests/fixtures/make-damaged-packages.py (each BASE changed in one way).
 */
import { copyFileSync } from "fs";
import * as path from "path";
import { makeTempDir, oneLine, ROOT, run } from "../support/cli-run";
import { descendants, Workbook } from "../support/package-reader";

const DAMAGED = path.join(ROOT, "tests", "fixtures", "damaged");
const tmp = makeTempDir("mvsp-inputs-hostile-");
afterAll(() => tmp.cleanup());

function copy(fixture: string, as = fixture): string {
  const file = tmp.file(as);
  copyFileSync(path.join(DAMAGED, fixture), file);
  return file;
}

interface JsonProblem {
  severity: string;
  name: string;
  cell: string;
  message: string;
}

async function problemsOf(
  fixture: string,
  ...extra: string[]
): Promise<{ code: number; problems: JsonProblem[]; json: Record<string, unknown> }> {
  const result = await run("evaluate", copy(fixture, `json-${fixture}`), "--json", "--date", "2026-09-30", ...extra);
  const json = JSON.parse(result.stdout) as Record<string, unknown> & { problems: JsonProblem[] };
  return { code: result.code, problems: json.problems, json };
}

describe("cached values under fullCalcOnLoad", () => {
  it("a formula whose cached 0 the workbook asks Excel to recalculate is an input error naming its cell", async () => {
    const { code, problems, json } = await problemsOf("full-calc-on-load.xlsx");
    expect(code).toBe(1);
    const envelope = problems.find((p) => p.name === "BudgetEnvelope");
    expect(envelope).toMatchObject({ severity: "error", cell: "Inputs!B13" });
    expect(envelope!.message).toMatch(/calculated value missing: open and save the workbook in Excel/);
    const spend = (json.indicators as { id: string; status: string }[]).find((i) => i.id === "spend_vs_envelope");
    expect(spend!.status).toBe("no_data");
  });
});

describe("messages", () => {
  it("a broken Status_ name quotes its reference, never a literal {found}", async () => {
    const { problems } = await problemsOf("status-name-broken.xlsx");
    const status = problems.find((p) => p.name === "Status_policy_relevance")!;
    expect(status.message).not.toContain("{found}");
    expect(status.message).toContain("Inputs!#REF!");
  });

  it("a name scoped to one sheet is called that, not 'not a range of cells'", async () => {
    const { problems } = await problemsOf("sheet-scoped-name.xlsx");
    const envelope = problems.find((p) => p.name === "BudgetEnvelope")!;
    expect(envelope.message).not.toMatch(/not a range of cells/);
    expect(envelope.message).toMatch(/defined for the sheet Inputs only/);
  });

  it("a number cell holding the text abc is quoted as abc, not reported as #NUM!", async () => {
    const { problems } = await problemsOf("number-cell-text.xlsx");
    const envelope = problems.find((p) => p.name === "BudgetEnvelope")!;
    expect(envelope.cell).toBe("Inputs!B13");
    expect(envelope.message).not.toContain("#NUM!");
    expect(envelope.message).toContain("abc");
  });

  it("a whole-column Status_ name is named as written, not as its first cell", async () => {
    const { problems } = await problemsOf("status-whole-column.xlsx");
    const status = problems.find((p) => p.name === "Status_external_funding")!;
    expect(status.cell).not.toBe("Inputs!E1");
    expect(status.cell).toMatch(/^Inputs!\$?E:\$?E$/);
  });
});

describe("Status_ names never overwrite the user's content", () => {
  it("two Status_ names on one cell: a problem naming the cell, neither status written, the rest written", async () => {
    const file = copy("status-two-names.xlsx");
    const out = tmp.file("two-names-out.xlsx");
    const result = await run("evaluate", file, "--out", out, "--date", "2026-09-30");
    expect(oneLine(result.stdout + result.stderr)).not.toMatch(/Please report this|Unexpected error/);
    expect(result.code).toBe(0);
    expect(oneLine(result.stdout)).toMatch(
      /Status_policy_relevance \(Inputs!B45\) refers to the same cell as Status_stakeholder_prioritisation/,
    );
    const book = new Workbook(out);
    expect(book.cellText("Inputs", "B45") ?? "").toBe("");
    expect(book.cellText("Inputs", "B44")).toBe("Triggered");
  });

  it("a Status_ name on the envelope and on a member's name: both kept, each a problem naming the cell", async () => {
    const file = copy("status-on-user-data.xlsx");
    const out = tmp.file("user-data-out.xlsx");
    const result = await run("evaluate", file, "--out", out, "--date", "2026-09-30");
    expect(result.code).toBe(0);
    const words = oneLine(result.stdout);
    expect(words).toMatch(/Status_spend_vs_envelope \(Inputs!B13\) refers to a cell that holds your data \(“3080000”\)/);
    expect(words).toMatch(/Status_active_members \(Inputs!A80\) refers to a cell that holds your data \(“Arvelia Development Agency”\)/);
    const before = new Workbook(file);
    const after = new Workbook(out);
    expect(after.cellText("Inputs", "B13")).toBe(before.cellText("Inputs", "B13"));
    expect(after.cellText("Inputs", "A80")).toBe("Arvelia Development Agency");
    // The other status cells are still written.
    expect(after.cellText("Inputs", "B44")).toBe("Triggered");
  });

  it("a status word already in the cell, in another language, is the add-in's and is replaced", async () => {
    const out = tmp.file("again-out.xlsx");
    const first = tmp.file("again-first.xlsx");
    await run("evaluate", copy("status-on-user-data.xlsx", "again.xlsx"), "--out", first, "--date", "2026-09-30");
    expect(new Workbook(first).cellText("Inputs", "B44")).toBe("Triggered");
    const second = await run("evaluate", first, "--out", out, "--date", "2026-10-01", "--lang", "fr");
    expect(second.code).toBe(0);
    expect(oneLine(second.stdout)).not.toMatch(/Status_external_funding/);
    expect(new Workbook(out).cellText("Inputs", "B44")).toBe("Atteint");
  });
});

describe("an EvaluationDate that cannot be read, and no log yet", () => {
  it.each([
    "date-unreadable.xlsx",
    "date-us-text.xlsx",
    "date-french-words.xlsx",
    "date-february-30.xlsx",
    "date-name-error.xlsx",
    "date-past-9999.xlsx",
    "date-negative.xlsx",
  ])("%s: --out and --in-place write, with no chart until there is a point to chart", async (fixture) => {
    const file = copy(fixture, `date-${fixture}`);
    const out = tmp.file(`date-out-${fixture}`);
    const written = await run("evaluate", file, "--out", out);
    expect(oneLine(written.stdout + written.stderr)).not.toMatch(/Unexpected error|Please report this|chart/);
    expect(written.code).toBe(1);
    expect(oneLine(written.stdout)).toMatch(/EvaluationDate \(Inputs!B5\)/);
    const first = new Workbook(out);
    expect([...first.parts.keys()].some((p) => p.startsWith("xl/charts/"))).toBe(false);
    expect(first.sheets.has("MVSP Triggers")).toBe(true);

    const inPlace = await run("evaluate", out, "--in-place");
    expect(inPlace.code).toBe(1);
    // Once a date is known, the point is charted.
    const dated = await run("evaluate", out, "--in-place", "--date", "2026-09-30");
    expect(dated.code).toBe(1);
    expect([...new Workbook(out).parts.keys()].some((p) => p.startsWith("xl/charts/"))).toBe(true);
  });
});

describe("text that starts like a formula", () => {
  it("every such cell the add-in writes carries Excel's quote prefix; other text does not", async () => {
    const out = tmp.file("quoted-out.xlsx");
    const result = await run("evaluate", copy("formula-like-text.xlsx"), "--out", out, "--date", "2026-09-30");
    expect(result.code).toBe(0);
    const book = new Workbook(out);
    const part = book.sheetPart("MVSP Triggers");
    const cells = descendants(book.xml(part), "c");
    const texts = cells.map((c) => ({
      ref: c.getAttribute("r")!,
      text: descendants(c, "t")
        .map((t) => t.textContent)
        .join(""),
    }));
    const risky = texts.filter((c) => /^[=+\-@]/.test(c.text));
    // The four service names and the sentence naming one of them, at least.
    expect(risky.length).toBeGreaterThanOrEqual(5);
    for (const { ref } of risky)
      expect({ ref, quotePrefix: book.cellFormat("MVSP Triggers", ref).getAttribute("quotePrefix") }).toEqual({ ref, quotePrefix: "1" });
    const plain = texts.find((c) => c.text !== "" && !/^[=+\-@]/.test(c.text))!;
    expect(book.cellFormat("MVSP Triggers", plain.ref).getAttribute("quotePrefix")).not.toBe("1");
  });
});
