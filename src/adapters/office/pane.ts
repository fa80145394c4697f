/**
 * The task pane's use cases, whole: each reads, decides through the core and writes, and answers
 * with plain data. Excel's failures come back as `{ ok: false, failure: { code, detail } }`
 * (codes of `AdapterErrorCode`), so the pane never handles an Office.js error itself.
 */
import { ROWS_READ_BELOW, type CellValue, type WorkbookSnapshot } from "../../core/cells";
import type { Language } from "../../core/model";
import { readStoredSettings, type WorkbookSettings } from "../../core/read/settings";
import type { SettingsChanges } from "../../core/settings";
import { rectA1 } from "../../core/address";
import { INPUT, INPUT_NAMES } from "../../core/read/names";
import { selectAddress } from "./select";
import { toAdapterError } from "./errors";
import type { Failed, WorkbookInspection, WriteOutcome } from "./port";
import { readWorkbook } from "./snapshot";
import { officeApiSupport, type ApiSupport } from "./support";
import { toCellGrid } from "./values";

/** A write that refuses to overwrite what the user owns, or Excel's refusal. */
type WriteResult = WriteOutcome | Failed;

/** Runs a use case, turning whatever Excel throws into a failure value. */
export async function guarded<T extends { readonly ok: boolean }>(work: () => Promise<T>): Promise<T | Failed> {
  try {
    return await work();
  } catch (error) {
    const { code, detail, written, missing } = toAdapterError(error);
    return { ok: false, failure: { code, detail, ...(missing.length > 0 ? { written, missing } : {}) } };
  }
}

export function goToCell(context: Excel.RequestContext, address: string): Promise<{ readonly ok: true } | Failed> {
  return guarded(async () => {
    await selectAddress(context, address);
    return { ok: true as const };
  });
}

export function insertTemplateForPane(context: Excel.RequestContext, language: Language, support?: ApiSupport): Promise<WriteResult> {
  return guarded(async (): Promise<WriteResult> => {
    // Loaded on demand: only setting a workbook up needs the template's plan.
    const { insertTemplate } = await import(/* webpackChunkName: "setup" */ "./setup");
    const result = await insertTemplate(context, language, support);
    return result.written ? { ok: true } : { ok: false, conflicts: result.conflicts };
  });
}

/** The workbook's `TriggerSettings` as an evaluation reads it: where the Settings tab starts. */
export function readSettingsForPane(
  context: Excel.RequestContext,
  support: ApiSupport = officeApiSupport(),
): Promise<{ readonly ok: true; readonly settings: WorkbookSettings } | Failed> {
  return guarded(async () => {
    const { snapshot } = await readWorkbook(context, [INPUT.triggerSettings], support);
    return { ok: true as const, settings: readStoredSettings(snapshot) };
  });
}

/**
 * The pane's first look at a workbook, in the same two documented syncs as an evaluation's read
 * (names probed with `getItemOrNullObject`, then their cells): nothing is written.
 */
export function inspectForPane(
  context: Excel.RequestContext,
  support: ApiSupport = officeApiSupport(),
): Promise<({ readonly ok: true } & WorkbookInspection) | Failed> {
  return guarded(async () => {
    const { snapshot } = await readWorkbook(context, INPUT_NAMES, support);
    const setUp = INPUT_NAMES.some((name) => (snapshot.names[name]?.kind ?? "missing") !== "missing");
    return { ok: true as const, setUp, settings: readStoredSettings(snapshot) };
  });
}

/**
 * Saves the keys the user changed, and only those, into the `TriggerSettings` table: the snapshot's two reads, which
 * already hold the rows below a plain named table, then one write. Only a table grown by more
 * rows than the snapshot reads below it costs one more read.
 */
export function saveSettings(
  context: Excel.RequestContext,
  changes: SettingsChanges,
  language: Language,
  support: ApiSupport = officeApiSupport(),
): Promise<WriteResult> {
  return guarded(async (): Promise<WriteResult> => {
    // Loaded on demand, like the template: the pane's first paint does not need the settings
    // writer, nor the write plan's applier, nor the engine's list of names.
    const [{ buildSettingsPlan, rowsToAppend, settingsTableEnd }, { applyPlan }, { namesToRead }] = await Promise.all([
      import(/* webpackChunkName: "setup" */ "../../core/settings-plan"),
      import(/* webpackChunkName: "setup" */ "./apply"),
      import(/* webpackChunkName: "setup" */ "../../core"),
    ]);
    const { snapshot, state } = await readWorkbook(context, namesToRead(), support);
    const rows = rowsToAppend(snapshot, changes);
    const below =
      rows === 0 ? undefined : (rowsBelowFromSnapshot(snapshot, rows) ?? (await readCellsBelow(context, settingsTableEnd(snapshot), rows)));
    const built = buildSettingsPlan(snapshot, changes, { below, language });
    if ("conflicts" in built) return { ok: false, conflicts: built.conflicts };
    if (built.plan.sheets.length > 0 || built.plan.names.length > 0) await applyPlan(context, built.plan, { state, support });
    return { ok: true };
  });
}

/** The first `rows` rows below the settings table as the snapshot read them, or null if it did not. */
function rowsBelowFromSnapshot(snapshot: WorkbookSnapshot, rows: number): CellValue[][] | null {
  const named = snapshot.names[INPUT.triggerSettings];
  if (named?.kind !== "range" || named.range.below === undefined || rows > ROWS_READ_BELOW) return null;
  const width = named.range.values[0]?.length ?? 0;
  const read = named.range.below;
  return Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (__, c) => read[r]?.[c] ?? null));
}

/** The cells below the settings table, read so that growing it never overwrites the user's. */
async function readCellsBelow(
  context: Excel.RequestContext,
  end: { readonly sheet: string; readonly row: number; readonly col: number; readonly cols: number } | null,
  rows: number,
): Promise<CellValue[][] | undefined> {
  if (!end) return undefined;
  const range = context.workbook.worksheets.getItem(end.sheet).getRange(rectA1({ row: end.row, col: end.col, rows, cols: end.cols }));
  range.load("values,valueTypes");
  await context.sync();
  return toCellGrid(range.values, range.valueTypes);
}
