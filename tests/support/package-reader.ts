/**
 * Reads .xlsx packages for the black-box CLI tests, independently of the adapter under test:
 * its own zip reader (node:zlib) and @xmldom/xmldom for the small parts it inspects.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { inflateRawSync } from "zlib";
import { DOMParser, type Document, type Element, type Node } from "@xmldom/xmldom";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;

/** Every entry of a zip, decompressed, by name. */
export function readZip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new Error(`${file} is not a zip`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_ENTRY) throw new Error(`${file}: bad central directory`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) throw new Error(`${file}: zip64 entry ${name} not supported here`);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    if (!name.endsWith("/")) entries.set(name, method === 0 ? Buffer.from(raw) : inflateRawSync(raw));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function parseXml(data: Buffer | string): Document {
  return new DOMParser().parseFromString(data.toString(), "text/xml");
}

export function children(parent: Element | Document, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === localName) found.push(node as Element);
  }
  return found;
}

export function descendants(parent: Element | Document, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS("*", localName));
}

/**
 * An element as comparable text: names with their namespace URI, attributes sorted, no
 * namespace declarations, so that a writer may move xmlns attributes or change prefixes.
 */
export function canonical(node: Node): string {
  if (node.nodeType === 3 || node.nodeType === 4) return JSON.stringify(node.nodeValue);
  if (node.nodeType !== 1) return "";
  const el = node as Element;
  const attributes = Array.from(el.attributes)
    .filter((a) => a.name !== "xmlns" && !a.name.startsWith("xmlns:"))
    .map((a) => `{${a.namespaceURI ?? ""}}${a.localName}=${JSON.stringify(a.value)}`)
    .sort();
  const inner = Array.from(el.childNodes).map(canonical).join("");
  return `<{${el.namespaceURI ?? ""}}${el.localName} ${attributes.join(" ")}>${inner}</>`;
}

/** The package as the tests look at it: parts, sheets by name, defined names. */
export class Workbook {
  readonly parts: Map<string, Buffer>;
  readonly book: Document;
  readonly sheets: Map<string, string>;

  constructor(readonly file: string) {
    this.parts = readZip(file);
    const bookPart = this.officeDocumentPart();
    this.book = this.xml(bookPart);
    const rels = this.relationships(bookPart);
    this.sheets = new Map();
    for (const sheet of descendants(this.book, "sheet")) {
      const target = rels.get(sheet.getAttributeNS(REL_NS, "id") ?? "");
      if (target) this.sheets.set(sheet.getAttribute("name") ?? "", target);
    }
  }

  private officeDocumentPart(): string {
    const rels = this.relationships("");
    for (const [, target] of rels) if (/workbook\.xml$/.test(target)) return target;
    return "xl/workbook.xml";
  }

  xml(part: string): Document {
    const data = this.parts.get(part);
    if (!data) throw new Error(`${part} not in ${this.file}`);
    return parseXml(data);
  }

  /** Relationship id → resolved part name, for a part ("" for the package). */
  relationships(part: string): Map<string, string> {
    const folder = path.posix.dirname(part);
    const relsPart = part === "" ? "_rels/.rels" : path.posix.join(folder, "_rels", `${path.posix.basename(part)}.rels`);
    const found = new Map<string, string>();
    const data = this.parts.get(relsPart);
    if (!data) return found;
    for (const rel of descendants(parseXml(data), "Relationship")) {
      if (rel.namespaceURI !== PKG_REL_NS || rel.getAttribute("TargetMode") === "External") continue;
      const target = rel.getAttribute("Target") ?? "";
      const resolved = target.startsWith("/") ? target.slice(1) : path.posix.normalize(path.posix.join(part === "" ? "" : folder, target));
      found.set(rel.getAttribute("Id") ?? "", resolved);
    }
    return found;
  }

  definedNames(): Map<string, Element> {
    return new Map(descendants(this.book, "definedName").map((el) => [el.getAttribute("name") ?? "", el]));
  }

  /** `Inputs!$B$9` → sheet and cell of a workbook-scope name holding one cell. */
  nameCell(name: string): { sheet: string; cell: string } {
    const el = this.definedNames().get(name);
    if (!el) throw new Error(`no name ${name} in ${this.file}`);
    const text = (el.textContent ?? "").trim();
    const bang = text.lastIndexOf("!");
    const sheetText = text.slice(0, bang);
    const sheet = sheetText.startsWith("'") ? sheetText.slice(1, -1).replace(/''/g, "'") : sheetText;
    return { sheet, cell: text.slice(bang + 1).replace(/\$/g, "") };
  }

  statusNames(): string[] {
    return [...this.definedNames().keys()].filter((n) => n.startsWith("Status_"));
  }

  sheetPart(sheet: string): string {
    const part = this.sheets.get(sheet);
    if (!part) throw new Error(`no sheet ${sheet} in ${this.file}`);
    return part;
  }

  cellElement(sheet: string, ref: string): Element | null {
    return descendants(this.xml(this.sheetPart(sheet)), "c").find((c) => c.getAttribute("r") === ref) ?? null;
  }

  /** The text a reader sees in a cell: shared, inline or formula string, or the number as text. */
  cellText(sheet: string, ref: string): string | null {
    const c = this.cellElement(sheet, ref);
    if (!c) return null;
    const type = c.getAttribute("t");
    if (type === "inlineStr")
      return descendants(c, "t")
        .map((t) => t.textContent ?? "")
        .join("");
    const v = children(c, "v")[0];
    if (!v) return null;
    if (type === "s") {
      const shared = descendants(this.xml("xl/sharedStrings.xml"), "si")[Number(v.textContent)];
      return shared
        ? descendants(shared, "t")
            .map((t) => t.textContent ?? "")
            .join("")
        : null;
    }
    return v.textContent;
  }

  /** The text of every cell of a sheet that holds one (shared, inline or formula strings). */
  cellTexts(sheet: string): string[] {
    return descendants(this.xml(this.sheetPart(sheet)), "c")
      .map((c) => this.cellText(sheet, c.getAttribute("r") ?? ""))
      .filter((text): text is string => text !== null);
  }

  /** The cell format record (`<xf>` of cellXfs) that a cell uses. */
  cellFormat(sheet: string, ref: string): Element {
    const c = this.cellElement(sheet, ref);
    const index = Number(c?.getAttribute("s") ?? "0");
    const cellXfs = descendants(this.xml("xl/styles.xml"), "cellXfs")[0];
    return children(cellXfs, "xf")[index];
  }

  /** Rows of a sheet that hold at least one value. */
  filledRowCount(sheet: string): number {
    return descendants(this.xml(this.sheetPart(sheet)), "row").filter((row) =>
      children(row, "c").some((c) => children(c, "v").length > 0 || children(c, "is").length > 0),
    ).length;
  }
}

/** The parts an evaluation may rewrite; every other part must keep its bytes. */
export function partsAllowedToChange(input: Workbook): Set<string> {
  const allowed = new Set([
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "[Content_Types].xml",
    "xl/styles.xml",
    "docProps/app.xml",
    "xl/calcChain.xml",
  ]);
  for (const name of input.statusNames()) allowed.add(input.sheetPart(input.nameCell(name).sheet));
  return allowed;
}

/** Names of the parts of `input` that `output` lost or changed, except those allowed to change. */
export function changedParts(input: Workbook, output: Workbook): string[] {
  const allowed = partsAllowedToChange(input);
  const changed: string[] = [];
  for (const [name, data] of input.parts) {
    if (allowed.has(name)) continue;
    const after = output.parts.get(name);
    if (!after || !after.equals(data)) changed.push(name);
  }
  return changed;
}
