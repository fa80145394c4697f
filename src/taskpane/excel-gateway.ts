/**
 * The task pane's WorkbookGateway on top of the Office adapter: each operation is one
 * `Excel.run` batch with as few syncs as the adapter allows.
 */
import { namesToRead, readInputs, type WorkbookSnapshot } from "../core";
import type { CellValue } from "../core/cells";
import { rangeAddress } from "../core/cells";
import type { Language } from "../core/model";
import { buildSettingsPlan, rowsToAppend, SETTINGS_NAME, settingsTableEnd } from "../core/settings-plan";
import { readStoredSettings } from "../core/read/settings";
import type { SettingsChanges } from "../core/settings";
import {
  applyPlan,
  evaluateInExcel,
  insertTemplate,
  localClock,
  readSnapshot,
  selectAddress,
} from "../adapters/office";
import type { PaneEvaluation, WorkbookGateway, WriteOutcome } from "./gateway";

function officeDisplayLanguage(): string | null {
  return typeof Office !== "undefined" ? (Office.context?.displayLanguage ?? null) : null;
}

/** The cells below the settings table, read so that growing it never overwrites the user's. */
async function cellsBelow(
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  rows: number,
): Promise<CellValue[][] | undefined> {
  const end = settingsTableEnd(snapshot);
  if (!end || rows === 0) return undefined;
  const address = rangeAddress(end.sheet, end.row, end.col, rows, end.cols);
  const range = context.workbook.worksheets.getItem(end.sheet).getRange(address.slice(address.indexOf("!") + 1));
  range.load("values");
  await context.sync();
  return range.values.map((row) => row.map((value) => (value === "" ? null : (value as CellValue))));
}

export function createExcelGateway(): WorkbookGateway {
  return {
    displayLanguage: officeDisplayLanguage,

    evaluate: () =>
      Excel.run(async (context): Promise<PaneEvaluation> => {
        const clock = localClock();
        const run = await evaluateInExcel(context, { displayLanguage: officeDisplayLanguage(), clock });
        // What-if starts from the typed inputs of the very snapshot evaluated: no third round trip.
        const { inputs, problems } = readInputs(run.snapshot);
        return {
          evaluation: run.evaluation,
          language: run.language,
          history: run.history,
          conflicts: run.conflicts,
          written: run.written,
          inputs,
          readerProblems: problems,
          today: clock.today,
        };
      }),

    goTo: (address) => Excel.run((context) => selectAddress(context, address)),

    insertTemplate: (language: Language) =>
      Excel.run(async (context): Promise<WriteOutcome> => {
        const result = await insertTemplate(context, language);
        return result.written ? { ok: true } : { ok: false, conflicts: result.conflicts };
      }),

    readSettings: () => Excel.run(async (context) => readStoredSettings(await readSnapshot(context, [SETTINGS_NAME]))),

    saveSettings: (changes: SettingsChanges, language: Language) =>
      Excel.run(async (context): Promise<WriteOutcome> => {
        const snapshot = await readSnapshot(context, namesToRead());
        const below = await cellsBelow(context, snapshot, rowsToAppend(snapshot, changes));
        const built = buildSettingsPlan(snapshot, changes, { below, language });
        if ("conflicts" in built) return { ok: false, conflicts: built.conflicts };
        if (built.plan.sheets.length > 0 || built.plan.names.length > 0) await applyPlan(context, built.plan);
        return { ok: true };
      }),
  };
}
