/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen } from "@testing-library/react";
import { boardParagraph } from "../../src/core/board-report";
import { evaluationWith, paneEvaluation } from "./fixtures";
import { fakeGateway } from "./fake-gateway";
import { evaluateNow, renderPane } from "./render";

describe("Copy for the Board report", () => {
  const original = { clipboard: navigator.clipboard, execCommand: document.execCommand };
  afterEach(() => {
    Object.defineProperty(navigator, "clipboard", { value: original.clipboard, configurable: true });
    document.execCommand = original.execCommand;
  });

  it("copies the core's Board paragraph, in the pane's language", async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: async (text: string) => void written.push(text) },
      configurable: true,
    });
    const result = paneEvaluation(evaluationWith({ active_members: "met", spend_vs_envelope: "near" }), { language: "fr" });
    renderPane(fakeGateway({ result }));
    await evaluateNow();
    // The button is loaded on demand (its own chunk): wait for it, whatever ran before this file.
    const button = await screen.findByRole("button", { name: "Copier pour le rapport au Conseil" }, { timeout: 15000 });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(written).toEqual([boardParagraph(result.evaluation, result.history, "fr")]);
    expect(written[0]).toMatch(/Conseil d'administration|MVSP/);
    expect(await screen.findByText(/Copié/)).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: /Paragraphe/ })).toBeNull();
  });

  it("shows the paragraph selected when the webview refuses to copy", async () => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: async () => Promise.reject(new Error("denied")) },
      configurable: true,
    });
    document.execCommand = () => false;
    const result = paneEvaluation(evaluationWith({ active_members: "met" }));
    renderPane(fakeGateway({ result }));
    await evaluateNow();
    const button = await screen.findByRole("button", { name: "Copy for the Board report" }, { timeout: 15000 });
    await act(async () => {
      fireEvent.click(button);
    });
    const box = (await screen.findByRole("textbox", { name: "Paragraph for the Board report" })) as HTMLTextAreaElement;
    expect(box.value).toBe(boardParagraph(result.evaluation, result.history, "en"));
    expect(screen.getByText(/press Ctrl\+C/)).toBeTruthy();
    expect(document.activeElement === box || box.selectionEnd > 0).toBe(true);
  });
});
