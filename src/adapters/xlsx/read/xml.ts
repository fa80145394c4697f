/**
 * XML plumbing shared by the reader: small parts (workbook, relationships, tables) as a DOM,
 * large ones (sheets, shared strings, styles) streamed through saxes in chunks so a scan can
 * stop as soon as it has what it needs. Elements are matched by local name, so prefixed
 * documents (`<x:row>`) read like plain ones; both transitional and strict namespaces pass.
 */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { StringDecoder } from "string_decoder";
import * as zlib from "zlib";
import { PackageError, type XlsxPackage } from "../package";
import { ReadLimitError } from "./errors";

/** `x:row` → `row`. */
export function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** A small part as a DOM; a part that is not well-formed XML is a corrupt package. */
export function parsePart(pkg: XlsxPackage, part: string): Document | undefined {
  const text = pkg.text(part);
  if (text === undefined) return undefined;
  let fatal = false;
  const parser = new DOMParser({
    onError: (level) => {
      if (level !== "warning") fatal = true;
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, "text/xml");
  } catch {
    throw new PackageError("corrupt", part);
  }
  if (fatal || !doc.documentElement) throw new PackageError("corrupt", part);
  return doc;
}

/** Child elements of `parent` with this local name (direct children only). */
export function children(parent: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === name) found.push(node as Element);
  }
  return found;
}

export function child(parent: Element, name: string): Element | undefined {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === name) return node as Element;
  }
  return undefined;
}

/** `r:id` whatever its prefix: the relationships namespace differs between transitional and strict. */
export function relationshipId(element: Element): string | null {
  for (const ns of RELATIONSHIP_NAMESPACES) {
    const id = element.getAttributeNS(ns, "id");
    if (id) return id;
  }
  return null;
}

export const RELATIONSHIP_NAMESPACES = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];

export const STRICT_MAIN_NAMESPACE = "http://purl.oclc.org/ooxml/spreadsheetml/main";

export interface Relationship {
  readonly id: string;
  /** The last segment of the type (`officeDocument`, `worksheet`, `table`, `xlMacrosheet`). */
  readonly kind: string;
  readonly target: string;
  readonly external: boolean;
}

/** The relationships of a part (or of the package, for `_rels/.rels`). */
export function readRelationships(pkg: XlsxPackage, relsPart: string): Relationship[] {
  const doc = parsePart(pkg, relsPart);
  if (!doc) return [];
  return children(doc.documentElement as Element, "Relationship").map((rel) => {
    const type = rel.getAttribute("Type") ?? "";
    return {
      id: rel.getAttribute("Id") ?? "",
      kind: type.slice(type.lastIndexOf("/") + 1),
      target: rel.getAttribute("Target") ?? "",
      external: rel.getAttribute("TargetMode") === "External",
    };
  });
}

/** Handlers of a streamed scan; `stop()` ends it after the current chunk. */
export interface ScanHandlers {
  open(tag: SaxesTagPlain): void;
  close(name: string): void;
  text(text: string): void;
}

const CHUNK = 64 * 1024;
/** Compressed bytes inflated first when a scan may stop early; each further try takes 4 times more. */
const FIRST_PREFIX = 64 * 1024;

/**
 * The part's text in pieces. A scan that may stop early gets an untouched deflated part inflated
 * progressively: longer and longer prefixes of its compressed bytes (`Z_SYNC_FLUSH` yields what
 * a prefix holds), so the top of a sheet of a million rows costs a few kilobytes of inflating.
 * Each prefix repeats the inflating of the previous one; growing by 4 keeps that under a third.
 */
function* pieces(pkg: XlsxPackage, part: string, progressive: boolean): Generator<Buffer> {
  const entry = progressive ? pkg.storedEntry(part) : undefined;
  if (!entry || entry.method !== 8 || entry.raw.length <= FIRST_PREFIX) {
    const data = pkg.bytes(part);
    if (data) yield data;
    return;
  }
  let fed = 0;
  for (let length = FIRST_PREFIX; ; length *= 4) {
    const whole = length >= entry.raw.length;
    let out: Buffer;
    try {
      out = whole
        ? zlib.inflateRawSync(entry.raw, { maxOutputLength: Math.max(entry.size, 1) })
        : zlib.inflateRawSync(entry.raw.subarray(0, length), { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(entry.size, 1) });
    } catch {
      throw new PackageError("corrupt", part);
    }
    if (whole && out.length !== entry.size) throw new PackageError("corrupt", part);
    if (out.length > fed) yield out.subarray(fed);
    fed = out.length;
    if (whole) return;
  }
}

/**
 * Streams one part through saxes in chunks, so a sheet of a million rows is never turned into one
 * string, and a scan that has what it needs (`done()`, checked between chunks) stops there
 * without inflating the rest of the part.
 */
export function scanPart(pkg: XlsxPackage, part: string, handlers: ScanHandlers, done?: () => boolean): boolean {
  if (!pkg.has(part)) return false;
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("opentag", handlers.open);
  parser.on("closetag", (tag) => handlers.close(tag.name));
  parser.on("text", handlers.text);
  parser.on("cdata", handlers.text);
  const decoder = new StringDecoder("utf8");
  let first = true;
  try {
    for (const data of pieces(pkg, part, done !== undefined)) {
      let start = first && data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
      first = false;
      while (start < data.length) {
        parser.write(decoder.write(data.subarray(start, start + CHUNK)));
        start += CHUNK;
        if (done?.()) return true;
      }
    }
    parser.write(decoder.end());
    parser.close();
  } catch (error) {
    if (error instanceof PackageError || error instanceof ReadLimitError) throw error;
    throw new PackageError("corrupt", part);
  }
  return true;
}
