/** The Board paragraph: real evaluations from the engine, compared with a hand-made log. */
import { boardParagraph, longDate } from "../../src/core/board-report";
import { marginWords } from "../../src/core/text";
import { evaluate } from "../../src/core/rules";
import { loadAllLanguages, ALL_CATALOGUES } from "../../src/core/i18n/all";
import { translate } from "../../src/core/i18n";
import { outcomeSentence } from "../../src/core/text";
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
function logged(evaluation: Evaluation, date: string, over: Partial<Record<IndicatorId, { status: Status; value: number | null }>> = {}): LogEntry {
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

  it("in English: the date and quarter, the outcome, each met indicator with value and margin, the changes", () => {
    const text = boardParagraph(evaluation, history, "en");
    expect(text.startsWith("MVSP triggers as at 30 September 2026 (2026 Q3). ")).toBe(true);
    expect(text).toContain(outcomeSentence(evaluation, "en"));
    expect(text).toContain("Indicators met: Active member organisations, 68 (trigger < 70, 2\u00a0members beyond it)");
    // Singular: one member past the trigger.
    expect(text).toContain("New members in the last 12 months, 1 (trigger < 2, 1\u00a0member beyond it)");
    expect(text).toContain("Significant external funding or partnership lost or delayed (Board assessment: Yes)");
    // Compared with the last evaluation before today's, not the first one logged.
    expect(text).toContain("Since the evaluation of 30 June 2026 (2026 Q2): Active member organisations moved from “Near threshold” to “Triggered” (72 → 68).");
    expect(text).not.toContain("80");
    // Not met indicators are not listed; the one without data is named (by the outcome sentence).
    expect(text).not.toContain("Global political shifts");
    expect(text).toContain(translate("en", "terms", "short.stakeholder_prioritisation"));
    expect(text).not.toContain("\n");
  });

  it("in French: the paper's words, plural forms and no-break spaces before : ; and inside « »", () => {
    const text = boardParagraph(evaluation, history, "fr");
    expect(text.startsWith("Éléments déclencheurs du MVSP au 30 septembre 2026 (T3 2026). ")).toBe(true);
    expect(text).toContain("Indicateurs atteints\u00a0: Organisations membres actives, 68 (seuil < 70, dépassé de 2\u00a0membres)\u00a0; ");
    expect(text).toContain("Nouveaux membres au cours des 12 derniers mois, 1 (seuil < 2, dépassé de 1\u00a0membre)");
    expect(text).toContain("(appréciation du Conseil d'administration\u00a0: Oui)");
    expect(text).toContain(
      "Depuis l'évaluation du 30 juin 2026 (T2 2026)\u00a0: Organisations membres actives\u00a0: de «\u00a0Proche du seuil\u00a0» à «\u00a0Atteint\u00a0» (72 → 68).",
    );
    // Everything the paragraph adds to the outcome sentence follows French typography.
    const own = text.replace(outcomeSentence(evaluation, "fr"), "");
    expect(own).not.toMatch(/ [:;?!»]|« /);
    expect(own).not.toMatch(/\(s\)/);
  });

  it("in Spanish: the date written out, plural forms, the changes", () => {
    const text = boardParagraph(evaluation, history, "es");
    expect(text.startsWith("Elementos desencadenantes del MVSP al 30 de septiembre de 2026 (T3 2026). ")).toBe(true);
    expect(text).toContain("Organizaciones miembro activas, 68 (umbral < 70, superado por 2\u00a0miembros)");
    expect(text).toContain("Nuevos miembros en los últimos 12 meses, 1 (umbral < 2, superado por 1\u00a0miembro)");
    expect(text).toContain("Desde la evaluación del 30 de junio de 2026 (T2 2026): Organizaciones miembro activas: de «Cerca del umbral» a «Alcanzado» (72 → 68).");
  });

  it.each(LANGUAGES)("in %s lists a near indicator with its margin to the trigger, in the margin's unit", (lang) => {
    // 100,000 opening, +100,000, 0, −100,000, −150,000: one quarter below zero, near (trigger: more than one).
    const e = today({
      cashOpeningBalance: 0,
      cashFlow: [
        { quarter: "2026 Q1", inflows: 100_000, outflows: 300_000 },
        { quarter: "2026 Q2", inflows: 400_000, outflows: 100_000 },
      ],
    });
    const cash = e.indicators.find((i) => i.id === "cash_deficit_quarters")!;
    expect(cash.status).toBe("near");
    const text = boardParagraph(e, [], lang);
    const words: Record<Language, string> = {
      en: "Near its threshold: Projected quarters in cash deficit, 1 (trigger > 1, 1\u00a0quarter short of it).",
      fr: "Proche du seuil\u00a0: Trimestres en déficit de trésorerie prévu, 1 (seuil > 1, à 1\u00a0trimestre de l'atteindre).",
      es: "Indicador cerca del umbral: Trimestres previstos con déficit de tesorería, 1 (umbral > 1, a 1\u00a0trimestre de alcanzarlo).",
    };
    expect(text).toContain(words[lang]);
    // No log: nothing to compare with, and no sentence about it.
    expect(text).not.toMatch(/Since|Depuis|Desde/);
  });

  it("says a value that moved without changing status, and says when nothing moved", () => {
    const moved = boardParagraph(evaluation, [logged(evaluation, "2026-06-30", { active_members: { status: "met", value: 69 } })], "en");
    expect(moved).toContain("Since the evaluation of 30 June 2026 (2026 Q2): Active member organisations: 69 → 68.");
    const still = boardParagraph(evaluation, [logged(evaluation, "2026-06-30")], "fr");
    expect(still).toContain("Aucun indicateur n'a changé depuis l'évaluation du 30 juin 2026 (T2 2026).");
    // A re-run of today's date is not "the previous evaluation".
    expect(boardParagraph(evaluation, [logged(evaluation, "2026-09-30", { active_members: { status: "near", value: 72 } })], "en")).not.toContain("Since");
  });

  it("states no distance for members below the trigger whose loss was not all Tier 1 (near, margin 0)", () => {
    const e = today({ membership: { kind: "counts", active: 68, newMembers: 5, lostAllTier1: false } });
    expect(status("active_members", e)).toBe("near");
    expect(boardParagraph(e, [], "en")).toContain("Near its threshold: Active member organisations, 68 (trigger < 70)");
  });

  it("chooses the singular or plural heading by the number of indicators listed", () => {
    const one = today({ membership: { kind: "counts", active: 80, newMembers: 5, lostAllTier1: true } });
    expect(one.metCount).toBe(1);
    expect(boardParagraph(one, [], "en")).toContain("Indicator met: Significant external funding");
    expect(boardParagraph(one, [], "fr")).toContain("Indicateur atteint\u00a0: Perte ou retard");
    expect(boardParagraph(one, [], "es")).toContain("Indicador alcanzado: Pérdida o retraso");
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
    expect(marginWords(fresh, "fr")).toBe("1\u00a0adhésion sous le seuil");
    expect(marginWords(e.indicators.find((i) => i.id === "external_funding")!, "en")).toBeNull();
  });

  it("board words have no (s) pseudo-plural, and French ones put a no-break space before : ; ? ! and inside « »", () => {
    for (const lang of LANGUAGES) {
      for (const [key, text] of Object.entries(ALL_CATALOGUES[lang].board)) expect({ lang, key, text }).not.toEqual(expect.objectContaining({ text: expect.stringMatching(/\((s|es)\)/) }));
    }
    for (const [key, text] of Object.entries(ALL_CATALOGUES.fr.board)) expect({ key, bad: / [:;?!»]|« /.test(text) }).toEqual({ key, bad: false });
  });
});
