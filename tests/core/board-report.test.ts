/** The Board paragraph: real evaluations from the engine, compared with a hand-made log. */
import { boardParagraph, longDate } from "../../src/core/board-report";
import { marginWords } from "../../src/core/text";
import { evaluate } from "../../src/core/rules";
import { loadAllLanguages, ALL_CATALOGUES } from "../../src/core/i18n/all";
import { translate } from "../../src/core/i18n";
import { LANGUAGES, type Evaluation, type IndicatorId, type Language, type Status, type TriggerInputs } from "../../src/core/model";
import { INDICATORS } from "../../src/core/indicators";
import type { LogEntry } from "../../src/core/log";
import { EVALUATION_DAY, countsInputs } from "../taskpane/fixtures";

beforeAll(() => loadAllLanguages());

/**
 * 68 active members and 1 new one (both met), E1 assessed Yes (met), E3 not assessed (no data),
 * one quarter in deficit (near): the example workbook's picture.
 */
function quarterInputs(over: Partial<TriggerInputs> = {}): TriggerInputs {
  const base = countsInputs();
  return {
    ...base,
    membership: { kind: "counts", active: 68, newMembers: 1, lostAllTier1: true },
    external: {
      E1: { id: "E1", factor: "Funding", assessment: true, evidence: "Grant withdrawn" },
      E2: { id: "E2", factor: "Politics", assessment: false, evidence: "" },
      E3: { id: "E3", factor: "Stakeholders", assessment: null, evidence: "" },
    },
    ...over,
  };
}

const today = (over: Partial<TriggerInputs> = {}): Evaluation => evaluate(quarterInputs(over), [], EVALUATION_DAY);

/** The log row of an earlier evaluation: today's statuses and values unless overridden. */
function logged(
  evaluation: Evaluation,
  date: string,
  over: Partial<Record<IndicatorId, { status: Status; value: number | null }>> = {},
): LogEntry {
  const statuses = {} as Record<IndicatorId, Status | null>;
  const values = {} as Record<IndicatorId, number | null>;
  for (const { id } of INDICATORS) {
    const r = evaluation.indicators.find((i) => i.id === id)!;
    statuses[id] = over[id]?.status ?? r.status;
    values[id] = over[id] ? over[id]!.value : r.value;
  }
  return {
    timestamp: `${date} 10:00`,
    evaluationDate: date,
    outcome: "monitor",
    metCount: Object.values(statuses).filter((s) => s === "met").length,
    nearCount: Object.values(statuses).filter((s) => s === "near").length,
    noDataCount: Object.values(statuses).filter((s) => s === "no_data").length,
    statuses,
    values,
    fingerprint: "earlier",
    version: "1.0.0",
  };
}

const status = (id: IndicatorId, e: Evaluation) => e.indicators.find((i) => i.id === id)!.status;

describe("the evaluation the paragraphs describe", () => {
  it("is the example's picture: members met, E1 met, deficit quarters near, E3 without data", () => {
    const e = today();
    expect([status("active_members", e), status("new_members", e), status("external_funding", e)]).toEqual(["met", "met", "met"]);
    expect(status("stakeholder_prioritisation", e)).toBe("no_data");
    expect(e.indicators.find((i) => i.id === "active_members")!.margin!.amount).toBe(-2);
    expect(e.indicators.find((i) => i.id === "new_members")!.margin!.amount).toBe(-1);
  });
});

describe("boardParagraph", () => {
  const evaluation = today();
  // Last quarter: 72 active members, near; now 68, met.
  const history = [
    logged(evaluation, "2026-03-31", { active_members: { status: "not_met", value: 80 } }),
    logged(evaluation, "2026-06-30", { active_members: { status: "near", value: 72 } }),
  ];

  it("in English: the date and quarter, the outcome, one clause per indicator in words, the changes", () => {
    const text = boardParagraph(evaluation, history, "en");
    expect(text.startsWith("MVSP triggers as at 30 September 2026 (2026 Q3). ")).toBe(true);
    expect(text).toContain("Triggered: Active member organisations, 68, below the trigger of 70; ");
    expect(text).toContain("New members in the last 12 months, 1, below the trigger of 2; ");
    expect(text).toContain("Significant external funding or partnership lost or delayed, assessed Yes by the Board.");
    // Not met: the spend figure against its levels, with what would meet it.
    expect(text).toContain("Not triggered: Planned spend over the budget envelope, ");
    expect(text).toContain("Global political shifts reduce the relevance of IATI data, assessed No by the Board.");
    expect(text).toContain("No data: Evaluations or stakeholders call for urgent prioritisation, not yet assessed by the Board.");
    // Compared with the last evaluation before today's, not the first one logged.
    expect(text).toContain(
      "Since the evaluation of 30 June 2026 (2026 Q2): Active member organisations moved from “Near threshold” to “Triggered” (72 → 68).",
    );
    expect(text).not.toContain("80");
    expect(text).not.toContain("\n");
  });

  it.each(LANGUAGES)("in %s names all eight indicators, in words: no < or >, no ids like E3", (lang) => {
    const text = boardParagraph(evaluation, history, lang);
    for (const { id } of INDICATORS)
      expect({ id, named: text.includes(translate(lang, "indicatorNames", id)) }).toEqual({ id, named: true });
    expect(text).not.toMatch(/[<>≤≥]/);
    expect(text).not.toMatch(/\bE[123]\b/);
    // Each status the evaluation has heads its group, once.
    for (const s of new Set(evaluation.indicators.map((i) => i.status))) {
      const heading = `${translate(lang, "terms", `status.${s}`)}${lang === "fr" ? "\u00a0" : ""}: `;
      expect({ s, groups: text.split(heading).length - 1 }).toEqual({ s, groups: 1 });
    }
  });

  it("in French: the paper's words, plural forms and no-break spaces before : ; and inside « »", () => {
    const text = boardParagraph(evaluation, history, "fr");
    expect(text.startsWith("Éléments déclencheurs du MVSP au 30 septembre 2026 (T3 2026). ")).toBe(true);
    expect(text).toContain("Atteint\u00a0: Organisations membres actives, 68, sous le seuil de déclenchement de 70\u00a0; ");
    expect(text).toContain("Perte ou retard de financements externes ou de partenariats importants, appréciation du Conseil\u00a0: Oui.");
    expect(text).toContain(
      "Depuis l'évaluation du 30 juin 2026 (T2 2026)\u00a0: Organisations membres actives\u00a0: de «\u00a0Proche du seuil\u00a0» à «\u00a0Atteint\u00a0» (72 → 68).",
    );
    // Everything the paragraph adds to the outcome sentence follows French typography.
    expect(text).not.toMatch(/ [:;?!»]|« /);
    expect(text).not.toMatch(/\(s\)/);
  });

  it("in Spanish: the date written out, the clauses, the changes", () => {
    const text = boardParagraph(evaluation, history, "es");
    expect(text.startsWith("Elementos desencadenantes del MVSP al 30 de septiembre de 2026 (T3 2026). ")).toBe(true);
    expect(text).toContain("Alcanzado: Organizaciones miembro activas, 68, por debajo del umbral de activación de 70; ");
    expect(text).toContain(
      "Desde la evaluación del 30 de junio de 2026 (T2 2026): Organizaciones miembro activas: de «Cerca del umbral» a «Alcanzado» (72 → 68).",
    );
  });

  it.each(LANGUAGES)("in %s says a near indicator's comparison in the right direction, with what would meet it", (lang) => {
    // One quarter below zero: near (the trigger is more than one).
    const e = today({
      cashOpeningBalance: 0,
      cashFlow: [
        { quarter: "2026 Q1", inflows: 100_000, outflows: 300_000 },
        { quarter: "2026 Q2", inflows: 400_000, outflows: 100_000 },
      ],
    });
    expect(e.indicators.find((i) => i.id === "cash_deficit_quarters")!.status).toBe("near");
    const text = boardParagraph(e, [], lang);
    const words: Record<Language, string> = {
      en: "Projected quarters in cash deficit, 1, exactly at the threshold of 1 (1 more quarter would meet it)",
      fr: "Trimestres en déficit de trésorerie prévisionnel, 1, exactement au seuil de 1 (il faudrait 1\u00a0trimestre de plus pour l'atteindre)",
      es: "Trimestres previstos con déficit de tesorería, 1, justo en el umbral de 1 (se alcanzaría con 1\u00a0trimestre más)",
    };
    expect(text).toContain(words[lang]);
    // No log: nothing to compare with, and no sentence about it.
    expect(text).not.toMatch(/Since|Depuis|Desde/);
  });

  it.each([
    ["en", "4.0%, below the warning level of 15.0% and the trigger of 20.0% (492,801\u00a0USD more would meet it)"],
    [
      "fr",
      "4,0\u00a0%, en deçà du seuil d'alerte de 15,0\u00a0% et du seuil de déclenchement de 20,0\u00a0% (il faudrait 492\u202f801\u00a0USD de plus pour l'atteindre)",
    ],
    [
      "es",
      "4,0\u00a0%, por debajo del nivel de alerta de 15,0\u00a0% y del umbral de activación de 20,0\u00a0% (se alcanzaría con 492.801\u00a0USD más)",
    ],
  ] as const)("in %s puts the spend below the warning level it is below: %s", (lang, words) => {
    const e = today({ budgetEnvelope: 3_080_000, plannedSpend: 3_203_200 });
    expect(boardParagraph(e, [], lang)).toContain(words);
  });

  it("says a value that moved without changing status, and says when nothing moved", () => {
    const moved = boardParagraph(evaluation, [logged(evaluation, "2026-06-30", { active_members: { status: "met", value: 69 } })], "en");
    expect(moved).toContain("Since the evaluation of 30 June 2026 (2026 Q2): Active member organisations: 69 → 68.");
    const still = boardParagraph(evaluation, [logged(evaluation, "2026-06-30")], "fr");
    expect(still).toContain("Aucun indicateur n'a changé depuis l'évaluation du 30 juin 2026 (T2 2026).");
    // A re-run of today's date is not "the previous evaluation".
    expect(
      boardParagraph(evaluation, [logged(evaluation, "2026-09-30", { active_members: { status: "near", value: 72 } })], "en"),
    ).not.toContain("Since");
  });

  it("reports no change when the values are the same as displayed (a workbook re-saved by another tool)", () => {
    const cost = evaluation.indicators.find((i) => i.id === "core_service_cost")!;
    expect(cost.value).not.toBeNull();
    // The same figure stored with a different last bit: 12.1% both times on the page.
    const resaved = logged(evaluation, "2026-06-30", { core_service_cost: { status: cost.status, value: cost.value! + 1e-12 } });
    expect(boardParagraph(evaluation, [resaved], "en")).toContain(
      "No indicator has changed since the evaluation of 30 June 2026 (2026 Q2).",
    );
  });

  it("gives the tier reason where it decides the status (below the trigger, near)", () => {
    const e = today({ membership: { kind: "counts", active: 68, newMembers: 5, lostAllTier1: false } });
    expect(status("active_members", e)).toBe("near");
    expect(boardParagraph(e, [], "en")).toContain(
      "Active member organisations, 68, below the trigger of 70, but only near: not every member lost was Tier 1",
    );
  });

  it("says so when the evaluation date cannot be read", () => {
    const undated: Evaluation = { ...evaluation, evaluationDate: null };
    expect(boardParagraph(undated, history, "en").startsWith("MVSP triggers (the evaluation date cannot be read).")).toBe(true);
    expect(boardParagraph(undated, history, "en")).not.toContain("Since");
  });
});

describe("dates and margins in words", () => {
  it("writes dates as each language does, the French first of the month included", () => {
    expect(longDate("2026-10-01", "en")).toBe("1 October 2026");
    expect(longDate("2026-10-01", "fr")).toBe("1er octobre 2026");
    expect(longDate("2026-03-15", "es")).toBe("15 de marzo de 2026");
  });

  it("says a met margin in words, never signed", () => {
    const e = today();
    const active = e.indicators.find((i) => i.id === "active_members")!;
    const fresh = e.indicators.find((i) => i.id === "new_members")!;
    expect(marginWords(active, "en")).toBe("met by 2");
    expect(marginWords(fresh, "fr")).toBe("1\u00a0sous le seuil");
    expect(
      marginWords(
        e.indicators.find((i) => i.id === "external_funding")!,
        "en",
      ),
    ).toBeNull();
  });

  it("board words have no (s) pseudo-plural, and French ones put a no-break space before : ; ? ! and inside « »", () => {
    for (const lang of LANGUAGES) {
      for (const [key, text] of Object.entries(ALL_CATALOGUES[lang].board))
        expect({ lang, key, text }).not.toEqual(expect.objectContaining({ text: expect.stringMatching(/\((s|es)\)/) }));
    }
    for (const [key, text] of Object.entries(ALL_CATALOGUES.fr.board))
      expect({ key, bad: / [:;?!»]|« /.test(text) }).toEqual({ key, bad: false });
  });
});
