/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen } from "@testing-library/react";
import { axe } from "jest-axe";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { BAD_SPEND, evaluationWith, paneEvaluation } from "./fixtures";
import { fakeGateway } from "./fake-gateway";
import { evaluateNow, openTab, renderPane } from "./render";

const pick = async (code: string) => {
  await act(async () => {
    fireEvent.change(screen.getByRole("combobox", { name: /language|langue|idioma/i }), { target: { value: code } });
  });
};

describe("Languages", () => {
  it("follows Office's display language", async () => {
    renderPane(fakeGateway({ displayLanguage: "fr-FR" }));
    expect(screen.getByRole("button", { name: "Évaluer les déclencheurs" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Paramètres" })).toBeTruthy();
    // The pane's look at the workbook on opening settles before the test ends (no update outside act).
    await act(async () => {});
  });

  it("switches to French from the picker: results, statuses and problems in French", async () => {
    const { container } = renderPane(
      fakeGateway({ result: paneEvaluation(evaluationWith({ spend_vs_envelope: "met", active_members: "met" }, [BAD_SPEND])) }),
    );
    await evaluateNow();
    await pick("fr");
    expect(screen.getByRole("heading", { level: 2, name: "Envisager le recours au MVSP" })).toBeTruthy();
    expect(screen.getAllByText("Atteint").length).toBe(2);
    expect(screen.getAllByText("25,3 % · seuil > 20,0 %")).toHaveLength(2);
    expect(screen.getByText("MVSP Trigger Monitor recommande ; la décision revient au Conseil d'administration.")).toBeTruthy();
    expect(container.querySelector(".fui-FluentProvider")?.getAttribute("lang")).toBe("fr");
    expect(await axe(container)).toHaveNoViolations();
    await openTab(/problèmes/i);
    expect(screen.getByRole("button", { name: "Aller à la cellule Inputs!C7" })).toBeTruthy();
  });

  it("switches to Spanish", async () => {
    renderPane(fakeGateway({}));
    await pick("es");
    expect(screen.getByRole("button", { name: "Evaluar indicadores" })).toBeTruthy();
  });

  it("uses the workbook's Language setting over Office's", async () => {
    const evaluation = { ...evaluationWith({}), settings: { ...DEFAULT_SETTINGS, Language: "es" as const } };
    renderPane(fakeGateway({ displayLanguage: "fr-FR", result: paneEvaluation(evaluation, { language: "es" }) }));
    await evaluateNow(/évaluer/i);
    expect(screen.getByRole("heading", { level: 2, name: "Sin activación" })).toBeTruthy();
  });
});

describe("One language for the report and the pane, saved in the workbook", () => {
  const stored = (language: "fr" | "es" | null) => ({
    settings: { ...DEFAULT_SETTINGS, Language: language },
    written: language ? { Language: language } : {},
    cells: {},
    table: null,
    problems: [],
  });

  it("opens in the language the workbook saved, before any evaluation", async () => {
    renderPane(fakeGateway({ displayLanguage: "en-US", settings: stored("es") }));
    expect(await screen.findByRole("button", { name: "Evaluar indicadores" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Idioma del informe y del panel" })).toBeTruthy();
  });

  it("saves the language picked into the workbook's settings, and says when it takes effect", async () => {
    const gateway = fakeGateway({ result: paneEvaluation(evaluationWith({})) });
    renderPane(gateway);
    await evaluateNow();
    await pick("fr");
    expect(gateway.calls.saveSettings).toEqual([{ changes: { Language: "fr" }, language: "fr" }]);
    expect(await screen.findByText(/la prochaine évaluation rédigera la synthèse dans cette langue/)).toBeTruthy();
  });

  it("does not write when the language picked is the one saved", async () => {
    const gateway = fakeGateway({ settings: stored("fr") });
    renderPane(gateway);
    await screen.findByRole("button", { name: "Évaluer les déclencheurs" });
    await pick("fr");
    expect(gateway.calls.saveSettings).toEqual([]);
  });

  it("keeps the pane in the language picked when Excel refuses to save it, and says why", async () => {
    const gateway = fakeGateway({});
    gateway.saveSettings = async () => ({ ok: false, failure: { code: "cellEditMode", detail: "" } });
    renderPane(gateway);
    await screen.findByRole("button", { name: "Evaluate triggers" });
    await pick("es");
    expect(await screen.findByText(/No se pudo guardar el idioma en el libro/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Evaluar indicadores" })).toBeTruthy();
  });

  it("has no second language field in Settings", async () => {
    renderPane(fakeGateway({}));
    await openTab(/settings/i);
    await screen.findByLabelText("Minimum active member organisations");
    expect(screen.queryByRole("combobox", { name: /language/i, hidden: false })).not.toBeNull(); // the pane's own
    expect(document.querySelector('[data-setting="Language"]')).toBeNull();
  });
});
