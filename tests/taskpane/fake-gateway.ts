/** A scripted WorkbookGateway: records calls, answers with what each test sets up. */
import type { Language, Settings } from "../../src/core/model";
import type { GatewayFailure, PaneEvaluation, SelfTestRow, WorkbookGateway, WriteOutcome } from "../../src/taskpane/gateway";

export interface FakeGateway extends WorkbookGateway {
  readonly calls: {
    evaluate: number;
    goTo: string[];
    insertTemplate: Language[];
    saveSettings: { settings: Settings; language: Language }[];
  };
}

export function fakeGateway(options: {
  /** A failure is Excel's refusal, as the real gateway reports it. */
  readonly result?: PaneEvaluation | GatewayFailure | (() => Promise<PaneEvaluation>);
  readonly displayLanguage?: string | null;
  readonly insertTemplate?: WriteOutcome;
  readonly saveSettings?: WriteOutcome;
  readonly selfTest?: readonly SelfTestRow[];
}): FakeGateway {
  const calls: FakeGateway["calls"] = { evaluate: 0, goTo: [], insertTemplate: [], saveSettings: [] };
  return {
    calls,
    displayLanguage: () => options.displayLanguage ?? "en-US",
    evaluate: async () => {
      calls.evaluate += 1;
      const { result } = options;
      if (!result) throw new Error("no workbook");
      if ("code" in result) return { ok: false, failure: result };
      return { ok: true, result: typeof result === "function" ? await result() : result };
    },
    goTo: async (address) => {
      calls.goTo.push(address);
      return { ok: true };
    },
    insertTemplate: async (language) => {
      calls.insertTemplate.push(language);
      return options.insertTemplate ?? { ok: true };
    },
    saveSettings: async (settings, language) => {
      calls.saveSettings.push({ settings, language });
      return options.saveSettings ?? { ok: true };
    },
    selfTest: async () => options.selfTest ?? [],
    hostDescription: () => "fake Excel",
  };
}
