/**
 * What every input reader shares: the snapshot, the problems found so far, and a view of a
 * named range that turns its 0-based offsets into the addresses users see.
 */
import { cellAddress, rangeAddress, type CellValue, type NameSnapshot, type RangeSnapshot, type WorkbookSnapshot } from "../cells";
import type { Problem, ProblemCode, Severity, Source } from "../model";
import { INPUT } from "./names";
import { isBlank, shown } from "./text";

/**
 * Past this many problems for one name, further ones are dropped: the input is unusable
 * already, and ten thousand identical lines would bury the other inputs' problems.
 */
export const MAX_PROBLEMS_PER_NAME = 50;

type Params = Readonly<Record<string, string | number>>;

export class ProblemLog {
  readonly problems: Problem[] = [];
  private readonly counts = new Map<string, { all: number; errors: number }>();

  add(severity: Severity, name: string, cell: string, code: ProblemCode, params: Params = {}): void {
    let count = this.counts.get(name);
    if (!count) {
      count = { all: 0, errors: 0 };
      this.counts.set(name, count);
    }
    if (severity === "error") count.errors += 1;
    count.all += 1;
    if (count.all <= MAX_PROBLEMS_PER_NAME) this.problems.push({ severity, name, cell, code, params });
  }

  error(name: string, cell: string, code: ProblemCode, params?: Params): void {
    this.add("error", name, cell, code, params);
  }

  warning(name: string, cell: string, code: ProblemCode, params?: Params): void {
    this.add("warning", name, cell, code, params);
  }

  /** One closing line per name whose problems passed the cap, saying how many were left out. */
  overflow(): Problem[] {
    const lines: Problem[] = [];
    for (const [name, count] of this.counts) {
      if (count.all > MAX_PROBLEMS_PER_NAME) {
        const severity: Severity = count.errors > 0 ? "error" : "warning";
        lines.push({ severity, name, cell: "", code: "moreProblems", params: { count: count.all - MAX_PROBLEMS_PER_NAME } });
      }
    }
    return lines;
  }

  /** Errors recorded for `name` so far, counting those past the cap. */
  errorCount(name: string): number {
    return this.counts.get(name)?.errors ?? 0;
  }
}

/** A named range as the readers see it: cells by offset from its top-left corner. */
export class Area {
  readonly rows: number;
  /** Width of the widest row (snapshots are rectangular, but a reader must not trust that). */
  readonly cols: number;

  constructor(
    readonly name: string,
    private readonly range: RangeSnapshot,
    readonly date1904: boolean,
  ) {
    this.rows = range.values.length;
    let cols = 0;
    for (let r = 0; r < this.rows; r++) {
      const width = range.values[r]?.length ?? 0;
      if (width > cols) cols = width;
    }
    this.cols = cols;
  }

  get address(): string {
    const { sheet, row, col } = this.range;
    return rangeAddress(sheet, row, col, this.rows, this.cols);
  }

  /** The address of a sub-block, e.g. the header row. */
  blockAddress(row: number, col: number, rows: number, cols: number): string {
    return rangeAddress(this.range.sheet, this.range.row + row, this.range.col + col, rows, cols);
  }

  cell(row: number, col: number): string {
    return cellAddress(this.range.sheet, this.range.row + row, this.range.col + col);
  }

  /** One row's values; cells past its end read as empty. */
  row(row: number): readonly CellValue[] {
    return this.range.values[row] ?? [];
  }

  value(row: number, col: number): CellValue {
    return this.range.values[row]?.[col] ?? null;
  }

  format(row: number, col: number): string {
    return this.range.formats?.[row]?.[col] ?? "";
  }

  /** The cell as the user sees it, for quoting in a message. */
  shown(row: number, col: number): string {
    return shown(this.value(row, col), this.format(row, col), this.date1904);
  }
}

/** Inputs whose rows users extend by typing below them (tables, and the budget-line column). */
const GROWING_INPUTS: ReadonlySet<string> = new Set([
  INPUT.plannedSpend,
  INPUT.cashFlow,
  INPUT.memberRoster,
  INPUT.coreServiceCosts,
  INPUT.externalFactors,
  INPUT.triggerSettings,
]);

export class ReadContext {
  readonly log = new ProblemLog();
  readonly sources: Record<string, Source> = {};
  private readonly warnedBelow = new Set<string>();

  constructor(private readonly snapshot: WorkbookSnapshot) {}

  get date1904(): boolean {
    return this.snapshot.date1904 === true;
  }

  lookup(name: string): NameSnapshot {
    const found = this.snapshot.names?.[name];
    if (!found || typeof found !== "object") return { kind: "missing" };
    // A range without a cell matrix cannot be read; say so rather than crash on it.
    if (found.kind === "range" && !Array.isArray(found.range?.values)) return { kind: "notRange", formula: "" };
    return found;
  }

  /** Warns once per name about non-empty cells directly below a plain named range, which it does not include. */
  private warnRowsBelow(name: string, range: RangeSnapshot): void {
    const below = range.below;
    if (!Array.isArray(below) || this.warnedBelow.has(name)) return;
    // Only the run of filled rows that starts right below counts: a blank row ends the input,
    // and what lies past it (the next block of a sheet) is not a continuation.
    let last = -1;
    for (let r = 0; r < below.length; r++) {
      const row = below[r];
      if (!Array.isArray(row) || !row.some((value) => !isBlank(value))) break;
      last = r;
    }
    if (last < 0) return;
    this.warnedBelow.add(name);
    const rows = range.values.length;
    const cols = range.values.reduce((widest, row) => Math.max(widest, Array.isArray(row) ? row.length : 0), 0);
    const cell = rangeAddress(range.sheet, range.row + rows, range.col, last + 1, Math.max(1, cols));
    this.log.warning(name, cell, "rowsBelow");
  }

  isMissing(name: string): boolean {
    return this.lookup(name).kind === "missing";
  }

  /**
   * The range behind `name`, or null after recording why it cannot be read. A missing name is
   * reported only when the input is required (`missingSeverity`); the others are always errors,
   * since the user defined the name and meant it to be read.
   */
  area(name: string, missingSeverity: Severity | null): Area | null {
    const found = this.lookup(name);
    switch (found.kind) {
      case "range": {
        const area = new Area(name, found.range, this.date1904);
        this.sources[name] = { name, address: area.address };
        // An Excel table grows as rows are typed below it; a plain named range does not.
        if (found.source !== "table" && GROWING_INPUTS.has(name)) this.warnRowsBelow(name, found.range);
        return area;
      }
      case "missing":
        if (missingSeverity) this.log.add(missingSeverity, name, "", "nameMissing");
        return null;
      case "broken":
        this.log.error(name, "", "nameBroken", { found: String(found.formula ?? "") });
        return null;
      case "multiArea":
        this.log.error(name, "", "nameMultiArea", { found: String(found.formula ?? "") });
        return null;
      case "notRange":
        if (found.scopeSheet !== undefined) this.log.error(name, "", "nameSheetScoped", { sheet: found.scopeSheet });
        else this.log.error(name, "", "nameNotRange", { found: String(found.formula ?? "") });
        return null;
      default:
        // An adapter newer than this reader: treat the unknown kind as unreadable, never crash.
        this.log.error(name, "", "nameNotRange", { found: "" });
        return null;
    }
  }
}
