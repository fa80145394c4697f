/**
 * The task pane's WorkbookGateway on top of the Office adapter: each operation is one
 * `Excel.run` batch of one adapter use case, which answers failures as data.
 */
import type { Language } from "../core/model";
import type { SettingsChanges } from "../core/settings";
import { goToCell, insertTemplateForPane, inspectForPane, readSettingsForPane, runInExcel, saveSettings } from "../adapters/office";
import type { Failed, WorkbookGateway } from "./gateway";

function officeDisplayLanguage(): string | null {
  return typeof Office !== "undefined" ? (Office.context?.displayLanguage ?? null) : null;
}

/** Excel.run itself can fail (no workbook, a host error) before any use case runs. */
async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T | Failed> {
  try {
    return await runInExcel(batch);
  } catch (error) {
    return { ok: false, failure: { code: "unknown", detail: error instanceof Error ? error.message : String(error) } };
  }
}

export function createExcelGateway(): WorkbookGateway {
  return {
    displayLanguage: officeDisplayLanguage,

    // The engine (reader, rules, write plan) loads when the user evaluates, not with the first screen.
    evaluate: () =>
      run(async (context) =>
        (await import(/* webpackChunkName: "evaluate" */ "./excel-evaluate")).evaluateInPane(context, officeDisplayLanguage()),
      ),

    inspect: () => run((context) => inspectForPane(context)),

    // The check on opening runs after the first screen: its code loads then.
    review: () =>
      run(async (context) =>
        (await import(/* webpackChunkName: "review" */ "../adapters/office/review")).reviewForPane(context, officeDisplayLanguage()),
      ),

    goTo: (address) => run((context) => goToCell(context, address)),

    insertTemplate: (language: Language) => run((context) => insertTemplateForPane(context, language)),

    readSettings: () => run((context) => readSettingsForPane(context)),

    // The Inputs view's use cases load with it, not with the pane's first screen.
    inputStates: () =>
      run(async (context) => (await import(/* webpackChunkName: "inputs" */ "../adapters/office/connect")).inputStatesForPane(context)),

    useSelection: (name: string, confirmed: string | null) =>
      run(async (context) =>
        (await import(/* webpackChunkName: "inputs" */ "../adapters/office/connect")).useSelectionForPane(context, name, confirmed),
      ),

    saveSettings: (changes: SettingsChanges, language: Language) => run((context) => saveSettings(context, changes, language)),

    // Loaded when asked for: the check is for deployers, not part of every pane start.
    selfTest: async () => (await import(/* webpackChunkName: "self-test" */ "../adapters/office/self-test")).runSelfTest(),

    hostDescription: () => {
      if (typeof Office === "undefined") return "no Office host";
      const diagnostics = Office.context?.diagnostics;
      let highest = 0;
      while (highest < 40 && Office.context?.requirements?.isSetSupported("ExcelApi", `1.${highest + 1}`)) highest++;
      const host = [diagnostics?.host ?? "Excel", diagnostics?.platform, diagnostics?.version].filter(Boolean).join(" ");
      return `${host}, ExcelApi 1.${highest}`;
    },
  };
}
