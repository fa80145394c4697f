/**
 * The in-memory workbook behind the Office.js fake: what Excel would hold after each sync.
 * Plain TypeScript, no Node APIs, so the task pane's browser tests can load it too.
 */
import { type Area, cellName, contains, overlaps, parseRef, parseSheetRef, quoteSheetName, areaRef } from "./address";

export type FakeValue = number | string | boolean | null | { readonly error: string };

export interface FakeBorder {
  style: string;
  color: string;
  weight: string;
}

export interface FakeCell {
  value: FakeValue;
  /** Set when Excel took the input as a formula (`=`, `+`, `-`, `@` not quoted). */
  formula?: string;
  /** The input began with the quote prefix `'` (stored as text, apostrophe not part of it). */
  quotePrefix?: boolean;
  numberFormat: string;
  fill?: string;
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: string; color?: string };
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  indent?: number;
  borders: Record<string, FakeBorder>;
  locked: boolean;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  position?: { start: string; end: string };
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  protected: boolean;
  /** A password-protected sheet cannot be unprotected without it. */
  password?: string;
  /** The "allow" choices of the protection (`WorksheetProtectionOptions`), as last protected. */
  protectionOptions?: Record<string, boolean>;
  merges: Area[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  freezeRows: number;
  tabColor?: string;
  /** A sheet hidden by the user (Worksheet.visibility "Hidden"). */
  hidden?: boolean;
  showGridlines: boolean;
  charts: FakeChart[];
  conditionalFormats: {
    type: string;
    address: string;
    fillColor?: string;
    gradientFill?: boolean;
    lowerBound?: { type: string; formula?: string };
    upperBound?: { type: string; formula?: string };
  }[];
  validations: { address: string; rule: unknown }[];
  pageLayout: {
    orientation?: string;
    paperSize?: string;
    zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    centerHeader?: string;
    leftFooter?: string;
    rightFooter?: string;
    printTitleRows?: string;
    printTitleColumns?: string;
    printArea?: string;
    /** Manual page breaks above these rows (A1 addresses as added). */
    rowBreaks?: string[];
  };
  notes: Map<string, string>;
  comments: Map<string, string>;
}

/** An Excel table (ListObject): a block of one sheet, header row included. */
export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  area: Area;
  style: string;
}

export interface FakeName {
  name: string;
  /** As Excel shows it in the Name Manager: `=Sheet1!$A$1:$B$3`, `=#REF!`, `=0.25`. */
  formula: string;
  comment?: string;
}

export interface FakeEvent {
  readonly op: string;
  readonly sheet?: string;
  readonly address?: string;
  readonly detail?: unknown;
}

export function cellKey(row: number, col: number): string {
  return `${row}:${col}`;
}

export function blankCell(): FakeCell {
  return { value: null, numberFormat: "General", font: {}, borders: {}, locked: true };
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, FakeName>();
  readonly tables: FakeTable[] = [];
  date1904 = false;
  /** When true every sync fails with InvalidOperationInCellEditMode, as while a user types in a cell. */
  cellEditMode = false;
  /** Opened read-only / in view mode: `workbook.readOnly` is true and every change is refused. */
  readOnly = false;
  /** Workbook structure protected (Review › Protect Workbook): sheets cannot be added or deleted. */
  structureProtected = false;
  /** `application.calculationMode`: "Automatic", "AutomaticExceptTables" or "Manual". */
  calculationMode = "Automatic";
  /** Values formulas would take once calculated; in Manual mode they wait for `calculate()`. */
  readonly uncalculated: { sheet: string; ref: string; value: FakeValue }[] = [];
  /** The error code `notes.add` / `comments.add` fail with at the sync, when set (`NotImplemented`). */
  notesFailure: string | null = null;
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** Every sync of every context, and every write, in order. */
  syncCount = 0;
  readonly events: FakeEvent[] = [];
  /** Suspensions requested (calculation / screen updating), one per call. */
  readonly suspensions: string[] = [];

  constructor(options: { date1904?: boolean } = {}) {
    this.date1904 = options.date1904 ?? false;
  }

  // ---- building a workbook for a test --------------------------------------------------------

  addSheet(name: string, position = this.sheets.length): FakeSheet {
    if (this.sheet(name)) throw new Error(`fake: sheet exists: ${name}`);
    const sheet: FakeSheet = {
      name,
      cells: new Map(),
      protected: false,
      merges: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      freezeRows: 0,
      showGridlines: true,
      charts: [],
      conditionalFormats: [],
      validations: [],
      pageLayout: {},
      notes: new Map(),
      comments: new Map(),
    };
    this.sheets.splice(position, 0, sheet);
    if (this.activeSheet === null) this.activeSheet = name;
    return sheet;
  }

  /** Sets raw cell values (no parsing) from `topLeft`, e.g. `put("Inputs", "B2", [[1, "x"]])`. */
  put(sheetName: string, topLeft: string, rows: readonly (readonly FakeValue[])[], numberFormat?: string): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const start = parseRef(topLeft);
    if (!start) throw new Error(`fake: bad reference ${topLeft}`);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = this.cellAt(sheet, start.row + r, start.col + c);
        cell.value = value;
        if (numberFormat) cell.numberFormat = numberFormat;
      }),
    );
  }

  /** A workbook-scope name: `defineName("BudgetEnvelope", "=Inputs!$B$2")`. */
  defineName(name: string, formula: string, comment?: string): void {
    this.names.set(name.toUpperCase(), { name, formula: formula.startsWith("=") ? formula : `=${formula}`, comment });
  }

  /** An Excel table over `ref` (header row included): `addTable("MemberRoster", "Inputs", "H1:K70")`. */
  addTable(name: string, sheetName: string, ref: string, style = "TableStyleMedium2"): FakeTable {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const area = parseRef(ref);
    if (!area) throw new Error(`fake: bad reference ${ref}`);
    const table: FakeTable = { name, sheet, area, style };
    this.tables.push(table);
    return table;
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toUpperCase() === name.toUpperCase());
  }

  // ---- reading it back ---------------------------------------------------------------------------

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }

  requireSheet(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet ${name}`);
    return sheet;
  }

  cell(sheetName: string, ref: string): FakeCell | undefined {
    const area = parseRef(ref);
    const sheet = this.sheet(sheetName);
    if (!area || !sheet) return undefined;
    return sheet.cells.get(cellKey(area.row, area.col));
  }

  value(sheetName: string, ref: string): FakeValue {
    return this.cell(sheetName, ref)?.value ?? null;
  }

  name(name: string): FakeName | undefined {
    return this.names.get(name.toUpperCase());
  }

  /** The sheet and area a name refers to when it is a single-area reference. */
  nameTarget(name: string): { sheet: string; area: Area } | null {
    const named = this.name(name);
    return named ? parseSheetRef(named.formula) : null;
  }

  cellAt(sheet: FakeSheet, row: number, col: number): FakeCell {
    const key = cellKey(row, col);
    let cell = sheet.cells.get(key);
    if (!cell) {
      cell = blankCell();
      sheet.cells.set(key, cell);
    }
    return cell;
  }

  record(event: FakeEvent): void {
    this.events.push(event);
  }

  /** Cells with a value, a formula or any format, within `area`. */
  *cellsIn(sheet: FakeSheet, area: Area): Generator<[number, number, FakeCell]> {
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(":").map(Number);
      if (contains(area, { row, col, rows: 1, cols: 1 })) yield [row, col, cell];
    }
  }

  /** The used range: the smallest block holding every value (and, unless valuesOnly, every format). */
  usedArea(sheet: FakeSheet, valuesOnly: boolean, within?: Area): Area | null {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const [key, cell] of sheet.cells) {
      const used = cell.value !== null || cell.formula !== undefined || (!valuesOnly && isFormatted(cell));
      if (!used) continue;
      const [row, col] = key.split(":").map(Number);
      if (within && !contains(within, { row, col, rows: 1, cols: 1 })) continue;
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  address(sheet: FakeSheet, area: Area): string {
    return `${quoteSheetName(sheet.name)}!${areaRef(area)}`;
  }

  /** A read-only workbook refuses every change (the code Excel gives is checked by the self-test). */
  assertWorkbookWritable(): void {
    if (this.readOnly) throw new FakeOfficeError("AccessDenied", "fake: the workbook is read-only");
  }

  /** Adding or deleting a sheet under workbook structure protection (the code: self-test row). */
  assertStructureWritable(): void {
    this.assertWorkbookWritable();
    if (this.structureProtected) throw new FakeOfficeError("AccessDenied", "fake: the workbook's structure is protected");
  }

  /** `application.calculate()`: formulas take their calculated values. */
  calculate(): void {
    for (const { sheet, ref, value } of this.uncalculated.splice(0)) {
      const target = this.sheet(sheet);
      const at = parseRef(ref);
      if (target && at) this.cellAt(target, at.row, at.col).value = value;
    }
    this.record({ op: "calculate" });
  }

  /** Excel's refusal to change locked cells of a protected sheet. */
  assertWritable(sheet: FakeSheet, area: Area, what: "values" | "format" | "structure"): void {
    this.assertWorkbookWritable();
    if (!sheet.protected) return;
    if (what === "values") {
      let allUnlocked = true;
      for (let r = area.row; r < area.row + area.rows && allUnlocked; r++) {
        for (let c = area.col; c < area.col + area.cols; c++) {
          if (sheet.cells.get(cellKey(r, c))?.locked !== false) {
            allUnlocked = false;
            break;
          }
        }
      }
      if (allUnlocked) return;
    }
    throw new FakeOfficeError(
      "AccessDenied",
      `The cell or chart you're trying to change is on a protected sheet (${sheet.name}!${areaRef(area)}).`,
    );
  }

  /** Deleting a sheet turns the names into it into `#REF!`, as in Excel. */
  deleteSheet(sheet: FakeSheet): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const table of this.tables.filter((t) => t.sheet === sheet)) this.tables.splice(this.tables.indexOf(table), 1);
    for (const named of this.names.values()) {
      const target = parseSheetRef(named.formula);
      if (target && target.sheet.toUpperCase() === sheet.name.toUpperCase()) named.formula = "=#REF!";
    }
    if (this.activeSheet === sheet.name) this.activeSheet = this.sheets[0]?.name ?? null;
  }

  mergesOverlapping(sheet: FakeSheet, area: Area): Area[] {
    return sheet.merges.filter((m) => overlaps(m, area));
  }

  /** For readable failures: `Inputs!B2`. */
  describe(sheet: FakeSheet, row: number, col: number): string {
    return `${sheet.name}!${cellName(row, col)}`;
  }
}

function isFormatted(cell: FakeCell): boolean {
  return (
    cell.numberFormat !== "General" ||
    cell.fill !== undefined ||
    Object.keys(cell.font).length > 0 ||
    Object.keys(cell.borders).length > 0 ||
    cell.horizontal !== undefined
  );
}

/** Shaped like OfficeExtension.Error: `code`, `message`, `debugInfo`. */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];

/**
 * What Excel stores when a value is entered into a cell (through `range.values`), as typing it
 * would: a leading apostrophe keeps the rest as text; `=`, `+`, `-`, `@` start a formula
 * (unless the rest is a plain number); numbers, percentages, ISO and US dates, TRUE/FALSE and
 * error literals are converted. A cell formatted as text (`@`) takes everything as text.
 */
export function enterValue(cell: FakeCell, input: unknown, date1904: boolean): void {
  delete cell.formula;
  delete cell.quotePrefix;
  if (input === null || input === undefined) return; // null leaves the cell as it is
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  if (typeof input !== "string") throw new FakeOfficeError("InvalidArgument", `Unsupported cell value ${String(input)}`);
  if (input === "") {
    cell.value = null;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  const number = parseNumber(input);
  if (number !== null) {
    cell.value = number.value;
    if (number.percent && cell.numberFormat === "General") cell.numberFormat = "0%";
    return;
  }
  if (/^[=+\-@]/.test(input)) {
    cell.formula = input.startsWith("=") ? input : `=${input}`;
    cell.value = { error: "#NAME?" };
    return;
  }
  const day = parseDate(input, date1904);
  if (day !== null) {
    cell.value = day;
    if (cell.numberFormat === "General") cell.numberFormat = "yyyy-mm-dd";
    return;
  }
  if (/^(true|false)$/i.test(input.trim())) {
    cell.value = input.trim().toUpperCase() === "TRUE";
    return;
  }
  if (ERROR_LITERALS.includes(input.trim().toUpperCase())) {
    cell.value = { error: input.trim().toUpperCase() };
    return;
  }
  cell.value = input;
}

function parseNumber(text: string): { value: number; percent: boolean } | null {
  const m = /^\s*([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?\s*(%?)\s*$/i.exec(text);
  if (!m) return null;
  let value = Number(m[2].replace(/,/g, "")) * (m[3] ? 10 ** Number(m[3]) : 1);
  if (m[1] === "-") value = -value;
  if (m[4]) value /= 100;
  return { value, percent: m[4] === "%" };
}

function parseDate(text: string, date1904: boolean): number | null {
  let m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  let ymd: [number, number, number] | null = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
  if (!ymd) {
    m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
    if (m) ymd = [Number(m[3]), Number(m[1]), Number(m[2])];
  }
  if (!ymd) return null;
  const [y, mo, d] = ymd;
  const utc = Date.UTC(y, mo - 1, d);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return serialFromUtc(utc, date1904);
}

/** Excel serial of a UTC midnight: 1900 system with the 1900-02-29 bug, or 1904. */
export function serialFromUtc(utc: number, date1904: boolean): number {
  const days = Math.round(utc / 86_400_000);
  const serial1900 = days + 25_569; // 1970-01-01 is serial 25569
  return date1904 ? serial1900 - 1_462 : serial1900;
}
