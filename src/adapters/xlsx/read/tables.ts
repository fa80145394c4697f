/** Excel tables (ListObjects): found through each worksheet's relationships, read from their own parts. */
import { parseA1, type Rect } from "../../../core/address";
import { relsPathOf, resolveTarget, type XlsxPackage } from "../package";
import type { SheetEntry } from "./workbook-index";
import { attribute, parseTree, readRelationships } from "./xml";

export interface TableEntry {
  /** The name formulas use (`displayName`); `name` when a writer left it out. */
  readonly name: string;
  readonly sheet: SheetEntry;
  readonly part: string;
  /** The table's cells, header row included, totals row excluded. */
  readonly rect: Rect;
  readonly headerRows: number;
}

function tableRect(ref: string, totalsRows: number): Rect | null {
  const [first, second = first] = ref.split(":");
  const a = parseA1(first ?? "");
  const b = parseA1(second);
  if (!a || !b) return null;
  const rows = Math.abs(a.row - b.row) + 1 - totalsRows;
  if (rows < 1) return null;
  return { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), rows, cols: Math.abs(a.col - b.col) + 1 };
}

function count(value: string | null, fallback: number): number {
  const n = Number(value ?? fallback);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** Every table of the workbook's worksheets, in sheet order. */
export function readTables(pkg: XlsxPackage, sheets: readonly SheetEntry[]): TableEntry[] {
  const tables: TableEntry[] = [];
  for (const sheet of sheets) {
    if (sheet.kind !== "worksheet") continue;
    for (const rel of readRelationships(pkg, relsPathOf(sheet.part))) {
      if (rel.kind !== "table" || rel.external) continue;
      const part = resolveTarget(sheet.part, rel.target);
      const root = parseTree(pkg, part);
      if (!root || root.local !== "table") continue;
      // The totals row holds sums, not data: the input is the header and the rows above it.
      const rect = tableRect(attribute(root, "ref") ?? "", count(attribute(root, "totalsRowCount"), 0));
      const name = attribute(root, "displayName") || attribute(root, "name");
      if (!rect || !name) continue;
      tables.push({ name, sheet, part, rect, headerRows: count(attribute(root, "headerRowCount"), 1) });
    }
  }
  return tables;
}
