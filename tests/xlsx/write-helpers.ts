/** Reading what the package writer wrote with tools that are not this project's: openpyxl and JSZip. */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import JSZip from "jszip";

export const WRITER_FIXTURES = path.join(__dirname, "..", "fixtures", "writer");

export function fixture(name: string): Buffer {
  return readFileSync(path.join(WRITER_FIXTURES, name));
}

export interface ReadCell {
  value: string | number | boolean | null;
  type: string;
  fill: string | null;
  font: { color: string | null; bold: boolean; italic: boolean; name: string | null; size: number | null };
  numberFormat: string;
  border: Record<string, string>;
  horizontal: string | null;
  wrap: boolean;
  locked: boolean;
}

export interface ReadSheet {
  title: string;
  state: string;
  tabSelected?: boolean;
  showGridLines?: boolean | null;
  freeze?: string | null;
  tabColor?: string | null;
  merges?: string[];
  validations?: { type: string; operator: string | null; sqref: string; formula1: string | null; formula2: string | null }[];
  dataBars?: { sqref: string; color: string | null; bounds: { type: string; val: string | null }[] }[];
  links?: Record<string, { location: string | null; target: string | null }>;
  widths?: Record<string, number>;
  heights?: Record<string, number>;
  protected?: boolean;
  tables?: Record<string, string>;
  notes?: Record<string, string>;
  charts?: number;
  print?: {
    paperSize: number | null;
    orientation: string | null;
    fitToWidth: number | null;
    fitToHeight: number | null;
    scale: number | null;
    fitToPage: boolean;
    header: string | null;
    footerLeft: string | null;
    footerRight: string | null;
    titles: string | null;
    area: string[] | string | null;
    rowBreaks: number[];
  };
  cells?: Record<string, ReadCell>;
}

export interface ReadBook {
  sheets: ReadSheet[];
  active: string | null;
  names: { name: string; formula: string; localSheetId: number | null; hidden: boolean; comment: string | null }[];
  epoch1904: boolean;
}

/** The workbook as openpyxl reads it (cells only for `sheets`). */
export function readBack(buffer: Buffer, sheets: readonly string[] = []): ReadBook {
  const dir = mkdtempSync(path.join(tmpdir(), "mvsp-write-"));
  try {
    const file = path.join(dir, "book.xlsx");
    writeFileSync(file, buffer);
    const run = spawnSync("/usr/bin/python3", [path.join(WRITER_FIXTURES, "read-back.py"), file, ...sheets], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`openpyxl could not read the workbook:\n${run.stderr}`);
    return JSON.parse(run.stdout) as ReadBook;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function sheetOf(book: ReadBook, title: string): ReadSheet {
  const sheet = book.sheets.find((s) => s.title === title);
  if (!sheet) throw new Error(`no sheet ${title} in ${book.sheets.map((s) => s.title).join(", ")}`);
  return sheet;
}

/** Every part, decompressed by JSZip. */
export async function inflatedParts(buffer: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buffer);
  const parts = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) parts.set(name, await entry.async("nodebuffer"));
  return parts;
}

/** Names of the parts of `before` that differ (or are gone) in `after`, and of the new ones. */
export async function differingParts(before: Buffer, after: Buffer): Promise<string[]> {
  const [a, b] = await Promise.all([inflatedParts(before), inflatedParts(after)]);
  const differing: string[] = [];
  for (const [name, data] of a) if (!b.get(name)?.equals(data)) differing.push(name);
  for (const name of b.keys()) if (!a.has(name)) differing.push(name);
  return differing.sort();
}

export async function partText(buffer: Buffer, part: string): Promise<string> {
  const data = (await inflatedParts(buffer)).get(part);
  if (!data) throw new Error(`${part} not in package`);
  return data.toString("utf8");
}
