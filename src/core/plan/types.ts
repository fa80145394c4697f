/**
 * The write plan: everything an evaluation writes, as plain data. Both adapters (Office.js and
 * the .xlsx package) apply the same plan; every layout and formatting decision is made here, in the core,
 * so the two cannot drift apart.
 */

import type { WorkbookSnapshot } from "../cells";
import type { LogEntry } from "../log/columns";
import type { Evaluation, Language } from "../model";

/**
 * A value to write. Strings are always written as text, never as formulas, even when they
 * start with `=`, `+`, `-` or `@` (user text echoed back must stay text).
 */
export type PlanValue = string | number | boolean | null;

/** A cell style: a named, reusable set of formats (see `WritePlan.styles`). */
export interface CellStyle {
  /** `#RRGGBB`. */
  readonly fill?: string;
  readonly font?: {
    readonly name?: string;
    readonly size?: number;
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly underline?: boolean;
    /** `#RRGGBB`. */
    readonly color?: string;
  };
  /** Excel number format code (`#,##0`, `0.0%`, `yyyy-mm-dd`, `@`). */
  readonly numberFormat?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "center" | "bottom";
  readonly wrap?: boolean;
  readonly indent?: number;
  /** Borders: colour `#RRGGBB`, thin lines on the named edges. */
  readonly border?: {
    readonly color: string;
    readonly edges: readonly ("top" | "bottom" | "left" | "right")[];
    readonly weight?: "thin" | "medium";
  };
  /** false: the cell stays editable when its sheet is protected (input cells). */
  readonly locked?: boolean;
  /**
   * Text that starts like a formula (`=`, `+`, `-`, `@`) is marked as typed text (Excel's
   * apostrophe, `quotePrefix`), so that a copy or a CSV export never runs it. Set by
   * `withQuotePrefixes`, never by hand.
   */
  readonly quotePrefix?: boolean;
}

/** A cell to write. Rows and columns are 0-based within the target sheet. */
export interface PlanCell {
  readonly row: number;
  readonly col: number;
  readonly value: PlanValue;
  /** Key into `WritePlan.styles`. */
  readonly style?: string;
  /** An internal hyperlink: `'Budget 2026'!B7`. */
  readonly link?: string;
  /** A cell note (comment) shown on hover, e.g. what an input cell holds. */
  readonly note?: string;
  /**
   * A formula of the core's own making (the summary's live check), in Excel's English syntax
   * without the leading `=`; `value` is what it evaluates to when written (the package writer
   * stores it as the cached value). User text never becomes a formula.
   */
  readonly formula?: string;
}

/** A rectangle of cells, 0-based, inclusive sizes ≥ 1. */
export interface PlanRect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * An Excel table (ListObject): a block whose first row holds the column headers (as written by
 * `cells`), banded, with filter buttons. It grows as the user types rows below it.
 */
export interface PlanTable {
  /** Workbook-unique table name, e.g. `MemberRoster`. */
  readonly name: string;
  /** Header row included. */
  readonly range: PlanRect;
  /** Header texts, left to right: equal to the header cells' values. */
  readonly columns: readonly string[];
  /** Built-in table style, e.g. `TableStyleLight9`. */
  readonly style: string;
}

export type PlanValidation =
  | { readonly kind: "list"; readonly range: PlanRect; readonly values: readonly string[] }
  | { readonly kind: "date"; readonly range: PlanRect }
  | { readonly kind: "nonNegative"; readonly range: PlanRect }
  | { readonly kind: "wholeNumber"; readonly range: PlanRect; readonly min: number; readonly max: number };

/** A line chart from a block of the same sheet (a native chart in both adapters). */
export interface PlanChart {
  readonly title: string;
  /** Categories in the first column, one series per further column, header row first. */
  readonly source: PlanRect;
  /** Where the chart's top-left corner sits, and its size in cells. */
  readonly anchor: PlanRect;
}

export interface PlanDataBar {
  readonly range: PlanRect;
  readonly color: string;
  readonly min?: number;
  readonly max?: number;
}

export interface PrintSetup {
  readonly orientation: "landscape" | "portrait";
  readonly paperSize: "A4" | "Letter";
  /** Fit to this many pages wide and tall (0 tall: as many as needed). Ignored when `scale` is set. */
  readonly fitToWidth: number;
  readonly fitToHeight: number;
  /**
   * Print at this percentage instead of fitting to pages. Excel and LibreOffice ignore manual
   * page breaks (`rowBreaks`) on a sheet fitted to pages, so a sheet whose breaks matter sets it.
   */
  readonly scale?: number;
  /** Plain text; adapters translate to their header/footer codes. */
  readonly headerCenter: string;
  readonly footerLeft: string;
  readonly footerRight: string;
  /** Rows repeated at the top of every printed page (0-based, inclusive). */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  /** Columns repeated at the left of every printed page (0-based, inclusive): what identifies a row. */
  readonly repeatColumns?: { readonly first: number; readonly last: number };
  readonly printArea?: PlanRect;
  /**
   * Rows (0-based) that start a new printed page: the one-page summary ends before the first,
   * and what follows (input problems that did not fit) prints on its own pages.
   */
  readonly rowBreaks?: readonly number[];
}

/**
 * How a sheet is written:
 * - `replace`: the sheet (owned by the add-in, or new) ends up holding exactly `cells`;
 * - `append`: `cells` are added below what the sheet holds (the log); nothing existing changes;
 * - `create`: the sheet must not exist yet (the Inputs template);
 * - `update`: only `cells` change in an existing sheet (the settings table); nothing else is touched.
 */
export type SheetMode = "replace" | "append" | "create" | "update";

export type SheetRole = "summary" | "log" | "inputs" | "settings";

export interface SheetPlan {
  readonly name: string;
  readonly role: SheetRole;
  readonly mode: SheetMode;
  readonly cells: readonly PlanCell[];
  /** Excel column width units (characters), from column A. */
  readonly columnWidths?: readonly number[];
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly merges?: readonly PlanRect[];
  /** Rows frozen at the top. */
  readonly freezeRows?: number;
  readonly print?: PrintSetup;
  /** Protect the sheet against accidental edits (no password). */
  readonly protect?: boolean;
  /**
   * In-cell data bars (conditional formatting) over numeric cells. `min`/`max`: the values of an
   * empty and a full bar (default 0 and the range's largest), so that equal values need not all
   * show full-length bars.
   */
  readonly dataBars?: readonly PlanDataBar[];
  readonly validations?: readonly PlanValidation[];
  /** Excel tables (ListObjects) over blocks of this sheet, e.g. the template's input tables. */
  readonly tables?: readonly PlanTable[];
  /** A native line chart: Office.js adds it, the package writer writes its chart part. */
  readonly chart?: PlanChart;
  readonly tabColor?: string;
  readonly showGridLines?: boolean;
  /** Make this the active sheet after writing. */
  readonly activate?: boolean;
  /**
   * `replace` only: the part of the sheet the add-in rewrites (from A1). Cells outside it are
   * the user's and are kept as they are (their values, formats and notes). Absent: the whole
   * sheet is rewritten (a sheet written before the add-in recorded its page).
   */
  readonly rewrites?: PlanRect;
}

/** A workbook-scope defined name to create or repoint (ownership marks, template inputs). */
export interface PlanName {
  readonly name: string;
  readonly sheet: string;
  readonly range: PlanRect;
  readonly comment?: string;
}

/** A status cell: a user-defined `Status_<id>` name, written in place. */
export interface PlanStatusCell {
  readonly name: string;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: string;
  readonly style: string;
}

export interface WritePlan {
  readonly styles: Readonly<Record<string, CellStyle>>;
  readonly sheets: readonly SheetPlan[];
  readonly statusCells: readonly PlanStatusCell[];
  readonly names: readonly PlanName[];
}

/**
 * Defined names that record, in the workbook itself, which sheets the add-in created. A sheet
 * called `MVSP Triggers` that no such name points at belongs to the user and is never overwritten.
 */
export const OWNERSHIP_NAMES = {
  summary: "MVSPTriggerMonitor_Summary",
  log: "MVSPTriggerMonitor_Log",
} as const;

/**
 * Workbook-scope names the add-in keeps on its summary sheet (beside the ownership mark), so
 * that the next evaluation knows, whatever rows the user inserted, where its page was and where
 * the user's notes are: `page` covers the whole printed page (the rectangle the add-in rewrites),
 * `notes` the Notes box, whose text is carried from one evaluation to the next.
 */
export const SUMMARY_AREA_NAMES = {
  page: "MVSPTriggerMonitor_SummaryPage",
  notes: "MVSPTriggerMonitor_SummaryNotes",
} as const;

export const SHEET_NAMES = {
  summary: "MVSP Triggers",
  log: "MVSP Evaluation Log",
  inputs: "Inputs",
} as const;

/** What building an evaluation's plan takes. */
export interface EvaluationPlanArgs {
  readonly snapshot: WorkbookSnapshot;
  readonly evaluation: Evaluation;
  readonly language: Language;
  /** Local `YYYY-MM-DD HH:MM`. */
  readonly timestamp: string;
  readonly version: string;
  /** The log as it stands, oldest first (`readLogHistory(snapshot.log)`). */
  readonly history: readonly LogEntry[];
}
