/**
 * Reads given cells back from a package, by sheet name: how a saved workbook is checked against
 * what the plan wrote, with the same scanner that reads the inputs.
 */
import type { CellValue } from "../../../core/cells";
import { sameSheetName } from "../../../core/address";
import { relsPathOf, resolveTarget, type XlsxPackage } from "../package";
import { lastSharedString, resolveSharedStrings, scanSheet, type CellRequest } from "./sheet-scanner";
import { readSharedStrings } from "./strings";
import { readWorkbookIndex } from "./workbook-index";
import { readRelationships } from "./xml";

export interface CellAt {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** Each cell's value, in the order asked; undefined when its sheet does not exist. */
export function readCells(pkg: XlsxPackage, cells: readonly CellAt[]): (CellValue | undefined)[] {
  const index = readWorkbookIndex(pkg);
  const rels = readRelationships(pkg, relsPathOf(index.workbookPart));
  const stringsRel = rels.find((r) => r.kind === "sharedStrings" && !r.external);
  const stringsPart = stringsRel ? resolveTarget(index.workbookPart, stringsRel.target) : undefined;
  const result: (CellValue | undefined)[] = new Array(cells.length).fill(undefined);
  const bySheet = new Map<string, number[]>();
  // Hundreds of cells on a few sheets: each sheet name looked up once.
  const partOf = new Map<string, string | undefined>();
  cells.forEach((cell, i) => {
    if (!partOf.has(cell.sheet))
      partOf.set(cell.sheet, index.sheets.find((s) => s.kind === "worksheet" && sameSheetName(s.name, cell.sheet))?.part);
    const part = partOf.get(cell.sheet);
    if (part === undefined) return;
    const list = bySheet.get(part);
    if (list) list.push(i);
    else bySheet.set(part, [i]);
  });
  for (const [part, wanted] of bySheet) {
    const requests: CellRequest[] = wanted.map((i) => ({
      row: cells[i].row,
      col: cells[i].col,
      rows: 1,
      cols: 1,
      label: part,
      keepFormattedEmpty: false,
    }));
    const scan = scanSheet(pkg, part, {
      requests,
      everything: false,
      needExtent: false,
      date1904: index.date1904,
      maxCellsPerRequest: Number.MAX_SAFE_INTEGER,
    });
    resolveSharedStrings(scan, readSharedStrings(pkg, stringsPart, lastSharedString(scan)));
    const found = new Map<string, CellValue>();
    for (let k = 0; k < scan.rows.length; k++) found.set(`${scan.rows[k]}:${scan.cols[k]}`, scan.values[k]);
    for (const i of wanted) result[i] = found.get(`${cells[i].row}:${cells[i].col}`) ?? null;
  }
  return result;
}
