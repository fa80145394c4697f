/**
 * Loading and saving .xlsx files around ExcelJS, with the raw package at hand for what ExcelJS
 * does not see (dropped names, parts it would lose) and two repairs of how it handles
 * in-document hyperlinks.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readDefinedNames, xmlAttributes, type RawDefinedName } from "./workbook-xml";
import { readRelationships, readSheetParts, readText, relsPath } from "./package-parts";
import { findPreservationRisks, type PreservationRisk } from "./preservation";

export interface LoadedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  /** The package's own `<definedName>`s, for `readSnapshot`. */
  readonly rawNames: readonly RawDefinedName[];
  /** What rewriting this workbook through ExcelJS would lose (empty: safe to write). */
  readonly risks: readonly PreservationRisk[];
}

/**
 * Excel stores an in-document link as `<hyperlink ref location>` with no relationship, and
 * ExcelJS drops such links on reading. They are put back as ExcelJS link values when the cell
 * holds text; a link on any other cell cannot be kept and counts as a risk.
 */
async function restoreInternalLinks(zip: JSZip, workbook: ExcelJS.Workbook): Promise<PreservationRisk[]> {
  const risks: PreservationRisk[] = [];
  for (const sheet of await readSheetParts(zip)) {
    if (sheet.kind !== "worksheet") continue;
    const xml = (await readText(zip, sheet.part)) ?? "";
    const ws = workbook.getWorksheet(sheet.name);
    if (!ws) continue;
    for (const m of xml.matchAll(/<(?:\w+:)?hyperlink\b([^>]*?)\/?>/g)) {
      const a = xmlAttributes(m[1]);
      if (a["r:id"] || !a.location || !a.ref) continue;
      const cell = ws.getCell(a.ref.split(":")[0]);
      const value = cell.value;
      const text =
        typeof value === "string"
          ? value
          : value && typeof value === "object" && "richText" in value
            ? value.richText.map((r) => r.text).join("")
            : null;
      if (text === null) risks.push({ kind: "internalLink", where: `${sheet.name}!${a.ref}` });
      else cell.value = { text, hyperlink: `#${a.location}`, ...(a.tooltip && { tooltip: a.tooltip }) };
    }
  }
  return risks;
}

export async function loadWorkbook(file: string): Promise<LoadedWorkbook> {
  const buffer = await fs.readFile(file);
  return loadWorkbookBuffer(buffer);
}

/**
 * A copy of the package without drawings, for reading cell values only. ExcelJS fails on some
 * drawings (e.g. openpyxl's absolute part paths), yet the values beside them are still wanted.
 */
async function withoutDrawings(zip: JSZip): Promise<{ buffer: Buffer; sheets: string[] }> {
  const copy = await JSZip.loadAsync(await zip.generateAsync({ type: "nodebuffer" }));
  const sheets: string[] = [];
  for (const sheet of await readSheetParts(copy)) {
    if (sheet.kind !== "worksheet") continue;
    const xml = (await readText(copy, sheet.part)) ?? "";
    const stripped = xml.replace(/<(?:\w+:)?(drawing|legacyDrawing)\b[^>]*\/>/g, "");
    if (stripped === xml) continue;
    sheets.push(sheet.name);
    copy.file(sheet.part, stripped);
    const rels = (await readText(copy, relsPath(sheet.part))) ?? "";
    copy.file(
      relsPath(sheet.part),
      rels.replace(/<(?:\w+:)?Relationship\b([^>]*?)\/>/g, (whole, attrText: string) =>
        /\/(drawing|vmlDrawing)$/.test(xmlAttributes(attrText).Type ?? "") ? "" : whole,
      ),
    );
  }
  for (const part of Object.keys(copy.files)) if (part.startsWith("xl/drawings/")) copy.remove(part);
  return { buffer: await copy.generateAsync({ type: "nodebuffer" }), sheets };
}

export async function loadWorkbookBuffer(buffer: Buffer): Promise<LoadedWorkbook> {
  const zip = await JSZip.loadAsync(buffer);
  let workbook = new ExcelJS.Workbook();
  const readRisks: PreservationRisk[] = [];
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    const fallback = await withoutDrawings(zip);
    if (fallback.sheets.length === 0) throw error;
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fallback.buffer as unknown as ArrayBuffer);
    // Read without its drawings: this workbook must never be written back.
    readRisks.push(...fallback.sheets.map((where) => ({ kind: "drawing" as const, where })));
  }
  const rawNames = readDefinedNames((await readText(zip, "xl/workbook.xml")) ?? "");
  const linkRisks = await restoreInternalLinks(zip, workbook);
  const risks = [...(await findPreservationRisks(zip, rawNames)), ...readRisks, ...linkRisks];
  return { workbook, rawNames, risks };
}

/**
 * ExcelJS writes an in-document link both as an external relationship and as a `location`,
 * which Excel opens as `#Sheet!A1##Sheet!A1`. Each link whose target starts with `#` becomes
 * what Excel itself writes: a bare `location`, no relationship.
 */
async function normaliseInternalLinks(buffer: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  let changed = false;
  for (const sheet of await readSheetParts(zip)) {
    if (sheet.kind !== "worksheet") continue;
    const rels = await readRelationships(zip, sheet.part);
    const internal = new Map(rels.filter((r) => /\/hyperlink$/.test(r.type) && r.target.startsWith("#")).map((r) => [r.id, r]));
    if (internal.size === 0) continue;
    const xml = (await readText(zip, sheet.part)) ?? "";
    const fixed = xml.replace(/<((?:\w+:)?hyperlink)\b([^>]*?)\/>/g, (whole, tag: string, attrText: string) => {
      const a = xmlAttributes(attrText);
      const rel = internal.get(a["r:id"] ?? "");
      if (!rel) return whole;
      const location = rel.target.slice(1);
      const attrs: Record<string, string> = { ref: a.ref, location };
      if (a.tooltip) attrs.tooltip = a.tooltip;
      if (a.display) attrs.display = a.display;
      const rendered = Object.entries(attrs)
        .map(([k, v]) => `${k}="${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")}"`)
        .join(" ");
      return `<${tag} ${rendered}/>`;
    });
    zip.file(sheet.part, fixed);
    const relsXml = (await readText(zip, relsPath(sheet.part))) ?? "";
    zip.file(
      relsPath(sheet.part),
      relsXml.replace(/<(?:\w+:)?Relationship\b([^>]*?)\/>/g, (whole, attrText: string) =>
        internal.has(xmlAttributes(attrText).Id ?? "") ? "" : whole,
      ),
    );
    changed = true;
  }
  return changed ? zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }) : buffer;
}

export async function workbookToBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const raw = Buffer.from(await workbook.xlsx.writeBuffer());
  return normaliseInternalLinks(raw);
}

/**
 * Writes the workbook to a temporary file beside `file`, then renames it over `file`: a failure
 * half-way leaves the previous file (or no file) rather than a truncated one.
 */
export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const buffer = await workbookToBuffer(workbook);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, buffer);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
