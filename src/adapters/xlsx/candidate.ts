/**
 * A range typed on the command line (`connect BOOK NAME=RANGE`) as the core's shape check wants
 * it: which sheet, whether it is whole columns (bounded to the used cells), on a hidden sheet, a
 * whole Excel table, shadowed by a sheet-scope name, and the cells themselves.
 */
import { absoluteAddress, parseArea, sameSheetName, splitUnion } from "../../core/address";
import type { Candidate } from "../../core/connect";
import type { XlsxPackage } from "./package";
import { readSnapshot, readTables, type TableEntry, type WorkbookIndex } from "./read";

/** A name no workbook uses, under which the candidate block is read like any input. */
const PROBE = "MVSPTriggerMonitor_Candidate";

function isTableName(text: string): boolean {
  return /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(text);
}

/** Null when the text is not a range of this workbook at all (the CLI says how to write one). */
export function readCandidate(pkg: XlsxPackage, index: WorkbookIndex, name: string, text: string): Candidate | null {
  const base = {
    requested: text,
    areas: 1,
    otherWorkbook: false,
    worksheet: true,
    sheetHidden: false,
    wholeColumn: false,
    table: null,
    sheetScopedFormula: null,
  };
  if (/^'?\[/.test(text.trim())) return { ...base, otherWorkbook: true, range: null };
  const terms = splitUnion(text.replace(/^=/, ""));
  if (terms.length > 1) return { ...base, areas: terms.length, range: null };

  let tables: TableEntry[] | undefined;
  const tableNamed = (t: string): TableEntry | undefined =>
    (tables ??= readTables(pkg, index.sheets)).find((entry) => sameSheetName(entry.name, t));
  const bare = text.replace(/^=/, "").replace(/\[#All\]$/i, "");
  const table = isTableName(bare) ? tableNamed(bare) : undefined;
  const area = table ? { ...table.rect, sheet: table.sheet.name, wholeLines: false, relative: false } : parseArea(text.replace(/^=/, ""));
  if (!area) return null;
  const sheetIndex = index.sheets.findIndex((s) => sameSheetName(s.name, area.sheet));
  if (sheetIndex < 0) return null;
  const sheet = index.sheets[sheetIndex];
  const scoped = index.names.find((n) => n.localSheetId === sheetIndex && sameSheetName(n.name, name));
  const formula = area.wholeLines ? text.replace(/^=/, "") : absoluteAddress(sheet.name, area);
  // Read exactly as an input would be: whole columns come back bounded to the used cells.
  const probe = readSnapshot(pkg, [PROBE], {
    index: { ...index, names: [...index.names, { name: PROBE, formula, localSheetId: null, hidden: true }] },
  });
  const found = probe.names[PROBE];
  const range = found?.kind === "range" && found.range.values.length > 0 && (found.range.values[0]?.length ?? 0) > 0 ? found.range : null;
  const exact =
    range &&
    (tables ??= readTables(pkg, index.sheets)).find(
      (t) =>
        sameSheetName(t.sheet.name, sheet.name) &&
        t.rect.row === range.row &&
        t.rect.col === range.col &&
        t.rect.rows === range.values.length &&
        t.rect.cols === range.values[0].length,
    );
  return {
    ...base,
    worksheet: sheet.kind === "worksheet",
    sheetHidden: sheet.state !== "visible",
    wholeColumn: area.wholeLines,
    range,
    table: exact ? exact.name : null,
    sheetScopedFormula: scoped ? scoped.formula : null,
  };
}
