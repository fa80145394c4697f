/**
 * Whether a block of cells can hold an input, checked before a name is defined on it: the same
 * rules in the task pane ("Use selected cells") and the CLI (`connect`). A refusal says why and
 * nothing is defined; notes are said and the name is defined.
 */
import { rangeAddress, sameSheetName, type Rect } from "../address";
import type { RangeSnapshot, WorkbookSnapshot } from "../cells";
import type { Problem } from "../model";
import { readInputs } from "../read";
import { contractInput, CONTRACT_INPUTS } from "./contract";

export type ShapeCode =
  | "unknownInput"
  | "multiArea"
  | "otherWorkbook"
  | "notWorksheet"
  | "emptyColumn"
  | "overlap"
  | "wholeColumn"
  | "hiddenSheet"
  | "sheetScoped"
  | "table";

export interface ShapeNote {
  readonly code: ShapeCode;
  readonly params: Readonly<Record<string, string>>;
}

/** A block of one sheet that an input already reads. */
export interface ConnectedRange extends Rect {
  readonly name: string;
  readonly sheet: string;
}

/** What the adapter found at the place the user chose, the cells read with it. */
export interface Candidate {
  /** The address as the user gave or selected it, for messages. */
  readonly requested: string;
  /** Several areas (a selection made with Ctrl, or `A1:A4,C1:C4`). */
  readonly areas: number;
  /** Set when the range lies in another workbook (`[Budget.xlsx]Sheet1!A1`). */
  readonly otherWorkbook: boolean;
  /** False for a chart sheet or anything else without cells. */
  readonly worksheet: boolean;
  readonly sheetHidden: boolean;
  /**
   * The cells, bounded to the sheet's used range when whole columns were asked for (`wholeColumn`).
   * Null when the whole columns hold nothing.
   */
  readonly range: RangeSnapshot | null;
  readonly wholeColumn: boolean;
  /** The Excel table whose whole range (header included) is exactly this block, if any. */
  readonly table: string | null;
  /** The formula of a sheet-scope name of the same name on the candidate's sheet, if any. */
  readonly sheetScopedFormula: string | null;
}

export type ShapeCheck =
  | {
      readonly ok: true;
      /** What the name should refer to: the block, or the Excel table by its name. */
      readonly target:
        { readonly kind: "range"; readonly sheet: string; readonly rect: Rect } | { readonly kind: "table"; readonly table: string };
      readonly address: string;
      readonly notes: readonly ShapeNote[];
    }
  | { readonly ok: false; readonly reason: ShapeNote | Problem };

function overlaps(a: ConnectedRange, sheet: string, b: Rect): boolean {
  return (
    sameSheetName(a.sheet, sheet) && a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols
  );
}

/** Problems of the reader that mean the block has the wrong shape, not merely a wrong value. */
const SHAPE_PROBLEMS: ReadonlySet<Problem["code"]> = new Set([
  "expectedSingleCell",
  "expectedSingleColumn",
  "headerMissing",
  "headerDuplicate",
]);

/**
 * The reader's own verdict on the block: a one-cell input given several cells, a table whose
 * headers are not recognised (in English, French or Spanish). One definition of the shapes.
 */
function readerVerdict(name: string, range: RangeSnapshot, date1904: boolean, table: string | null): Problem | null {
  const snapshot: WorkbookSnapshot = {
    date1904,
    names: { [name]: { kind: "range", range, source: table ? "table" : "name" } },
    sheets: [],
    log: null,
  };
  return readInputs(snapshot).problems.find((p) => p.name === name && p.severity === "error" && SHAPE_PROBLEMS.has(p.code)) ?? null;
}

/**
 * Checks `candidate` for the input `name`. `connected` lists the blocks other inputs read today
 * (the input's own current block is ignored, so re-pointing it over itself is allowed).
 */
export function checkCandidate(name: string, candidate: Candidate, connected: readonly ConnectedRange[], date1904 = false): ShapeCheck {
  const refuse = (code: ShapeCode, params: Record<string, string> = {}): ShapeCheck => ({
    ok: false,
    reason: { code, params: { name, address: candidate.requested, ...params } },
  });
  const input = contractInput(name);
  if (!input) return refuse("unknownInput", { list: CONTRACT_INPUTS.map((i) => i.name).join(", ") });
  if (candidate.otherWorkbook) return refuse("otherWorkbook");
  if (candidate.areas > 1) return refuse("multiArea");
  if (!candidate.worksheet) return refuse("notWorksheet", { sheet: candidate.range?.sheet ?? candidate.requested });
  const range = candidate.range;
  if (range === null) return refuse("emptyColumn");
  const rect: Rect = { row: range.row, col: range.col, rows: range.values.length, cols: range.values[0]?.length ?? 0 };
  const address = rangeAddress(range.sheet, rect.row, rect.col, rect.rows, rect.cols);
  const other = connected.find(
    (c) => c.name.toLocaleUpperCase("en-US") !== input.name.toLocaleUpperCase("en-US") && overlaps(c, range.sheet, rect),
  );
  if (other)
    return refuse("overlap", { other: other.name, otherAddress: rangeAddress(other.sheet, other.row, other.col, other.rows, other.cols) });
  const verdict = readerVerdict(input.name, range, date1904, candidate.table);
  if (verdict) return { ok: false, reason: verdict };

  const notes: ShapeNote[] = [];
  const params = { name: input.name, address, requested: candidate.requested, sheet: range.sheet };
  if (candidate.wholeColumn) notes.push({ code: "wholeColumn", params });
  if (candidate.sheetHidden) notes.push({ code: "hiddenSheet", params });
  if (candidate.sheetScopedFormula !== null)
    notes.push({ code: "sheetScoped", params: { ...params, formula: candidate.sheetScopedFormula } });
  // A table selected whole is used by its name, so the input grows as rows are added to it.
  if (candidate.table !== null && input.shape !== "cell") {
    notes.push({ code: "table", params: { ...params, table: candidate.table } });
    return { ok: true, target: { kind: "table", table: candidate.table }, address, notes };
  }
  return { ok: true, target: { kind: "range", sheet: range.sheet, rect }, address, notes };
}

/** The blocks the inputs read today, for the overlap check (the pane and the CLI alike). */
export function connectedRanges(snapshot: WorkbookSnapshot): ConnectedRange[] {
  return CONTRACT_INPUTS.flatMap((input) => {
    const found = snapshot.names[input.name];
    if (found?.kind !== "range") return [];
    const { sheet, row, col, values } = found.range;
    return [{ name: input.name, sheet, row, col, rows: Math.max(values.length, 1), cols: Math.max(values[0]?.length ?? 0, 1) }];
  });
}
