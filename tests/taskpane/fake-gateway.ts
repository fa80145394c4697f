/** A scripted WorkbookGateway: records calls, answers with what each test sets up. */
import { DEFAULT_SETTINGS, type Language } from "../../src/core/model";
import type { WorkbookSettings } from "../../src/core/read/settings";
import type { SettingsChanges } from "../../src/core/settings";
import type {
  GatewayFailure,
  PaneEvaluation,
  SelectionOutcome,
  SelfTestRow,
  WorkbookGateway,
  WriteOutcome,
} from "../../src/taskpane/gateway";
import type { InputState } from "../../src/core/connect";
import type { VerifyReport } from "../../src/core/review/verify";

export interface FakeGateway extends WorkbookGateway {
  readonly calls: {
    inspect: number;
    evaluate: number;
    goTo: string[];
    insertTemplate: Language[];
    readSettings: number;
    saveSettings: { changes: SettingsChanges; language: Language }[];
    useSelection: { name: string; confirmed: string | null }[];
    review: number;
  };
}

/** A workbook without a TriggerSettings table: every default in force. */
export const NO_SETTINGS_TABLE: WorkbookSettings = { settings: DEFAULT_SETTINGS, written: {}, cells: {}, table: null, problems: [] };

export function fakeGateway(options: {
  /** A failure is Excel's refusal, as the real gateway reports it. */
  readonly result?: PaneEvaluation | GatewayFailure | (() => Promise<PaneEvaluation>);
  readonly displayLanguage?: string | null;
  /** False: a workbook without any named input (the pane's first run); true when not given. */
  readonly setUp?: boolean;
  readonly insertTemplate?: WriteOutcome;
  /** What the settings table holds (each read calls a function anew). */
  readonly settings?: WorkbookSettings | (() => Promise<WorkbookSettings>);
  readonly saveSettings?: WriteOutcome;
  readonly selfTest?: readonly SelfTestRow[];
  /** The Inputs view's states. */
  readonly inputStates?: readonly InputState[];
  /** What each "Use selected cells" answers, in turn. */
  readonly useSelection?: readonly SelectionOutcome[];
  /** What the check on opening finds (null: no evaluation to check); without it the gateway has no check. */
  readonly review?: VerifyReport | null;
}): FakeGateway {
  const calls: FakeGateway["calls"] = {
    inspect: 0,
    evaluate: 0,
    goTo: [],
    insertTemplate: [],
    readSettings: 0,
    saveSettings: [],
    useSelection: [],
    review: 0,
  };
  return {
    calls,
    displayLanguage: () => options.displayLanguage ?? "en-US",
    inspect: async () => {
      calls.inspect += 1;
      // Settings given as a function script the Settings tab's reads one by one: the first look leaves them alone.
      const { settings } = options;
      const stored = typeof settings === "object" ? settings : NO_SETTINGS_TABLE;
      return { ok: true as const, setUp: options.setUp ?? true, settings: stored };
    },
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
    readSettings: async () => {
      calls.readSettings += 1;
      const { settings } = options;
      return { ok: true as const, settings: typeof settings === "function" ? await settings() : (settings ?? NO_SETTINGS_TABLE) };
    },
    saveSettings: async (changes, language) => {
      calls.saveSettings.push({ changes, language });
      return options.saveSettings ?? { ok: true };
    },
    inputStates: async () => ({ ok: true as const, states: options.inputStates ?? [] }),
    useSelection: async (name, confirmed) => {
      calls.useSelection.push({ name, confirmed });
      const answer = options.useSelection?.[calls.useSelection.length - 1];
      if (!answer) throw new Error("no scripted selection");
      return answer;
    },
    selfTest: async () => options.selfTest ?? [],
    hostDescription: () => "fake Excel",
    ...(options.review === undefined
      ? {}
      : {
          review: async () => {
            calls.review += 1;
            return { ok: true as const, review: options.review ?? null };
          },
        }),
  };
}
