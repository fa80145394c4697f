/**
 * Saving the settings the user changed in the task pane into the workbook's `TriggerSettings`
 * table, as a write plan; only those keys are written, never the others. Pure: the adapter reads
 * the snapshot (plus the cells just below the table) and applies the plan.
 *
 * Where the table lives:
 * - it exists: only the Value cells of the changed keys are written (and only those whose value
 *   differs). Changed keys the table lacks get new rows appended right below it,
 *   and the name is repointed to the grown range — but only if those cells are empty; anything
 *   there belongs to the user, so the save is refused rather than overwrite it.
 * - it does not exist: a new sheet `MVSP Settings` is created with the whole table: the changed
 *   values, the defaults, and warning levels blank so that they follow their trigger (mode
 *   `create`: the adapter never replaces an existing sheet), and the name points at it. The
 *   Inputs sheet is not used, because the user may have laid it out in any way.
 */
import type { CellValue, WorkbookSnapshot } from "./cells";
import { isCellError } from "./cells";
import { rangeAddress } from "./address";
import type { Language, Problem, ProblemCode, SettingKey } from "./model";
import type { CellStyle, PlanCell, PlanName, PlanValue, WritePlan } from "./plan/types";
import { translate } from "./i18n";
import { HEADERS } from "./read/columns";
import { INPUT } from "./read/input-names";
import { fold } from "./read/text";
import { DEFAULT_SETTINGS, SETTING_KEYS, definitionOf, kindOf, type SettingsChanges } from "./settings";

export const SETTINGS_NAME = INPUT.triggerSettings;
export const SETTINGS_SHEET = "MVSP Settings";

/** Refusal to grow the table over the user's cells. */
export const SETTINGS_TABLE_BLOCKED: ProblemCode = "settingsTableBlocked";

export type SettingsPlanResult = { readonly plan: WritePlan } | { readonly conflicts: readonly Problem[] };

export interface SettingsPlanOptions {
  /**
   * The cells directly below the table, as wide as the table, at least as many rows as
   * `rowsToAppend()` says. Absent: appending is refused (the cells could hold user data).
   */
  readonly below?: readonly (readonly CellValue[])[];
  /** Language of the headers of a newly created table (the reader accepts all three). */
  readonly language?: Language;
}

/** The headers the reader accepts, folded as it folds them. */
const HEADER_NAMES = {
  key: [...HEADERS.settings.key.names, ...HEADERS.settings.key.alsoAccepted].map(fold),
  value: HEADERS.settings.value.names.map(fold),
};

interface TableLayout {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly keyCol: number;
  readonly valueCol: number;
  /** Absolute 0-based rows holding each key (several when the key is duplicated). */
  readonly rowsByKey: ReadonlyMap<SettingKey, readonly number[]>;
  /** The current value cell by absolute row. */
  readonly valueAt: ReadonlyMap<number, CellValue>;
}

function layoutOf(snapshot: WorkbookSnapshot): TableLayout | Problem | null {
  const entry = snapshot.names[SETTINGS_NAME];
  if (!entry || entry.kind === "missing") return null;
  if (entry.kind !== "range") {
    const code: ProblemCode = entry.kind === "broken" ? "nameBroken" : entry.kind === "multiArea" ? "nameMultiArea" : "nameNotRange";
    return { severity: "error", name: SETTINGS_NAME, cell: "", code, params: { found: entry.formula } };
  }
  const { sheet, row, col, values } = entry.range;
  const header = values[0] ?? [];
  const find = (names: readonly string[]) => header.findIndex((cell) => typeof cell === "string" && names.includes(fold(cell)));
  const keyIndex = find(HEADER_NAMES.key);
  const valueIndex = find(HEADER_NAMES.value);
  const cols = Math.max(header.length, 1);
  if (keyIndex < 0 || valueIndex < 0) {
    return {
      severity: "error",
      name: SETTINGS_NAME,
      cell: rangeAddress(sheet, row, col, 1, cols),
      code: "headerMissing",
      params: keyIndex < 0 ? { header: "Key", expected: "Key, Clé, Clave" } : { header: "Value", expected: "Value, Valeur, Valor" },
    };
  }
  const known = new Map(SETTING_KEYS.map((key) => [fold(key), key] as const));
  const rowsByKey = new Map<SettingKey, number[]>();
  const valueAt = new Map<number, CellValue>();
  values.slice(1).forEach((cells, i) => {
    const absolute = row + 1 + i;
    valueAt.set(absolute, cells[valueIndex] ?? null);
    const raw = cells[keyIndex];
    const key = typeof raw === "string" ? known.get(fold(raw)) : undefined;
    if (key) rowsByKey.set(key, [...(rowsByKey.get(key) ?? []), absolute]);
  });
  return {
    sheet,
    row,
    col,
    rows: values.length,
    cols,
    keyCol: col + keyIndex,
    valueCol: col + valueIndex,
    rowsByKey,
    valueAt,
  };
}

function isProblem(value: TableLayout | Problem | null): value is Problem {
  return value !== null && "code" in value;
}

/**
 * The cell a setting is written as: fractions for percentages, TRUE/FALSE, codes as text;
 * blank for a change that clears it, and in a new table for a warning level, which then follows
 * its trigger.
 */
function cellValueOf(key: SettingKey, changes: SettingsChanges, newTable: boolean): PlanValue {
  if (key in changes) return changes[key] ?? null;
  if (newTable && definitionOf(key).warningOf) return null;
  return DEFAULT_SETTINGS[key];
}

/** `20%`, `20 %`, `0,2` → 0.2 / 0.2 / 0.2; null when the text is not a plain number. */
function numberInText(text: string): number | null {
  const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*(%?)\s*$/.exec(text.replace(/[\u00a0\u202f]/g, " "));
  if (!m) return null;
  const value = Number(m[1].replace(",", "."));
  return m[2] ? value / 100 : value;
}

/**
 * Whether the cell already holds what would be written, so it is left exactly as the user typed
 * it (`20%` as text stays text).
 */
function sameValue(cell: CellValue, wanted: PlanValue): boolean {
  if (cell === null || cell === "") return wanted === null;
  if (isCellError(cell) || wanted === null) return false;
  if (typeof wanted === "number") {
    const found = typeof cell === "number" ? cell : typeof cell === "string" ? numberInText(cell) : null;
    return found !== null && Math.abs(found - wanted) < 1e-9;
  }
  if (typeof wanted === "boolean") {
    return cell === wanted || (typeof cell === "string" && cell.trim().toUpperCase() === String(wanted).toUpperCase());
  }
  return typeof cell === "string" && cell.trim().toLowerCase() === wanted.toLowerCase();
}

/** Keys the save changes that the table lacks: clearing one it lacks changes nothing. */
function missingKeys(layout: TableLayout, changes: SettingsChanges): SettingKey[] {
  return SETTING_KEYS.filter((key) => !layout.rowsByKey.has(key) && changes[key] !== undefined && changes[key] !== null);
}

/** How many rows below the existing table a save would need (0 when there is no table). */
export function rowsToAppend(snapshot: WorkbookSnapshot, changes: SettingsChanges): number {
  const layout = layoutOf(snapshot);
  return layout && !isProblem(layout) ? missingKeys(layout, changes).length : 0;
}

/** Where the rows below the table start, for the adapter to read them first. */
export function settingsTableEnd(
  snapshot: WorkbookSnapshot,
): { readonly sheet: string; readonly row: number; readonly col: number; readonly cols: number } | null {
  const layout = layoutOf(snapshot);
  return layout && !isProblem(layout) ? { sheet: layout.sheet, row: layout.row + layout.rows, col: layout.col, cols: layout.cols } : null;
}

const STYLES: Readonly<Record<string, CellStyle>> = {
  settingsHeader: {
    font: { name: "Calibri", size: 11, bold: true },
    fill: "#DDEBF7",
    border: { color: "#8EA9DB", edges: ["bottom"] },
  },
  settingsKey: { font: { name: "Calibri", size: 11 } },
  settingsValue: { font: { name: "Calibri", size: 11 }, locked: false },
  settingsPercent: { font: { name: "Calibri", size: 11 }, numberFormat: "0%", locked: false },
  settingsAmount: { font: { name: "Calibri", size: 11 }, numberFormat: "#,##0", locked: false },
};

function valueStyle(key: SettingKey): string {
  const kind = kindOf(key);
  return kind === "percent" ? "settingsPercent" : kind === "amount" ? "settingsAmount" : "settingsValue";
}

function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || cell === "";
}

/**
 * The plan that writes `changes` (and nothing else) into the workbook's settings table, or why
 * it cannot be done without overwriting. A key absent from `changes` is never written, so a
 * value the user set in the workbook stays as it is.
 */
export function buildSettingsPlan(
  snapshot: WorkbookSnapshot,
  changes: SettingsChanges,
  options: SettingsPlanOptions = {},
): SettingsPlanResult {
  const layout = layoutOf(snapshot);
  if (isProblem(layout)) return { conflicts: [layout] };
  return layout ? updateTable(layout, changes, options) : createTable(snapshot, changes, options.language ?? "en");
}

function updateTable(layout: TableLayout, changes: SettingsChanges, options: SettingsPlanOptions): SettingsPlanResult {
  const cells: PlanCell[] = [];
  for (const [key, rows] of layout.rowsByKey) {
    if (!(key in changes)) continue;
    const wanted = cellValueOf(key, changes, false);
    for (const row of rows) {
      // Duplicated keys are all written, so whichever one the reader trusts holds the new value.
      if (!sameValue(layout.valueAt.get(row) ?? null, wanted)) {
        cells.push({ row, col: layout.valueCol, value: wanted, style: valueStyle(key) });
      }
    }
  }

  const appended = missingKeys(layout, changes);
  const names: PlanName[] = [];
  if (appended.length > 0) {
    const below = options.below ?? [];
    const firstRow = layout.row + layout.rows;
    const blocked = appended.findIndex((_, i) => below.length <= i || !below[i].every(isBlank));
    if (blocked >= 0) {
      return {
        conflicts: [
          {
            severity: "error",
            name: SETTINGS_NAME,
            cell: rangeAddress(layout.sheet, firstRow, layout.col, appended.length, layout.cols),
            code: SETTINGS_TABLE_BLOCKED,
            params: { rows: appended.length },
          },
        ],
      };
    }
    appended.forEach((key, i) => {
      cells.push({ row: firstRow + i, col: layout.keyCol, value: key, style: "settingsKey" });
      cells.push({ row: firstRow + i, col: layout.valueCol, value: cellValueOf(key, changes, false), style: valueStyle(key) });
    });
    names.push({
      name: SETTINGS_NAME,
      sheet: layout.sheet,
      range: { row: layout.row, col: layout.col, rows: layout.rows + appended.length, cols: layout.cols },
    });
  }

  return {
    plan: {
      styles: STYLES,
      sheets: cells.length > 0 ? [{ name: layout.sheet, role: "settings", mode: "update", cells }] : [],
      statusCells: [],
      names,
    },
  };
}

function createTable(snapshot: WorkbookSnapshot, changes: SettingsChanges, language: Language): SettingsPlanResult {
  const taken = snapshot.sheets.some((sheet) => sheet.name.toLowerCase() === SETTINGS_SHEET.toLowerCase());
  if (taken) {
    return {
      conflicts: [{ severity: "error", name: SETTINGS_SHEET, cell: "", code: "sheetExists", params: { sheet: SETTINGS_SHEET } }],
    };
  }
  const cells: PlanCell[] = [
    { row: 0, col: 0, value: translate(language, "messages", "sheet.keyHeader"), style: "settingsHeader" },
    { row: 0, col: 1, value: translate(language, "messages", "sheet.valueHeader"), style: "settingsHeader" },
  ];
  SETTING_KEYS.forEach((key, i) => {
    cells.push({ row: i + 1, col: 0, value: key, style: "settingsKey" });
    cells.push({ row: i + 1, col: 1, value: cellValueOf(key, changes, true), style: valueStyle(key) });
  });
  return {
    plan: {
      styles: STYLES,
      sheets: [
        {
          name: SETTINGS_SHEET,
          role: "settings",
          mode: "create",
          cells,
          columnWidths: [28, 14],
          freezeRows: 1,
        },
      ],
      statusCells: [],
      names: [
        {
          name: SETTINGS_NAME,
          sheet: SETTINGS_SHEET,
          range: { row: 0, col: 0, rows: SETTING_KEYS.length + 1, cols: 2 },
          comment: translate(language, "messages", "sheet.nameComment"),
        },
      ],
    },
  };
}
