/**
 * XML plumbing shared by the reader, all on saxes: small parts (workbook, relationships, tables) as a tree,
 * large ones (sheets, shared strings, styles) streamed through saxes in chunks so a scan can
 * stop as soon as it has what it needs. Elements are matched by local name, so prefixed
 * documents (`<x:row>`) read like plain ones; both transitional and strict namespaces pass.
 */
import { SaxesParser, type SaxesOptions } from "saxes";
import { StringDecoder } from "string_decoder";
import * as zlib from "zlib";
import { PackageError, type XlsxPackage } from "../package";
import { xmlEncodingOf } from "../xml-bytes";
import { checkCrc, wholeInflate, ZipError } from "../zip";
import { ReadLimitError } from "./errors";
import { XmlScanError, XmlScanner, type ScanTag } from "../xml-scan";

/** `x:row` → `row`. */
export function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/**
 * A small part's element tree with resolved namespaces. Built on saxes rather than a DOM library
 * because a read-only run would otherwise pay for loading one (about 80 ms) to read three parts.
 */
export interface XmlElement {
  readonly local: string;
  readonly uri: string;
  /** Attributes by qualified name as written (`name`, `r:id`). */
  readonly attributes: Readonly<Record<string, { readonly local: string; readonly uri: string; readonly value: string }>>;
  readonly children: XmlElement[];
  text: string;
}

/**
 * A document type declaration has no place in a package (ECMA-376 Part 2, 8.1.4: parts shall not
 * use DTDs), and its entities are how a few kilobytes expand to gigabytes: refused, never read.
 */
function refuseDoctype<O extends SaxesOptions>(parser: SaxesParser<O>, part: string): void {
  parser.on("doctype", () => {
    throw new PackageError("doctype", part);
  });
}

/** A small part as a tree; a part that is not well-formed XML is a damaged package. */
export function parseTree(pkg: XlsxPackage, part: string): XmlElement | undefined {
  const text = pkg.text(part);
  if (text === undefined) return undefined;
  const parser = new SaxesParser({ xmlns: true, position: false });
  refuseDoctype(parser, part);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("opentag", (tag) => {
    const element: XmlElement = { local: tag.local, uri: tag.uri, attributes: tag.attributes, children: [], text: "" };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  const addText = (chunk: string): void => {
    if (stack.length > 0) stack[stack.length - 1].text += chunk;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError("notWellFormed", part);
  }
  if (!root) throw new PackageError("notWellFormed", part);
  return root;
}

/** Child elements of `parent` with this local name. */
export function children(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((element) => element.local === name);
}

export function child(parent: XmlElement, name: string): XmlElement | undefined {
  return parent.children.find((element) => element.local === name);
}

/** An unprefixed attribute's value, or null. */
export function attribute(element: XmlElement, name: string): string | null {
  return element.attributes[name]?.value ?? null;
}

/** `r:id` whatever its prefix: the relationships namespace differs between transitional and strict. */
export function relationshipId(element: XmlElement): string | null {
  for (const attr of Object.values(element.attributes)) {
    if (attr.local === "id" && RELATIONSHIP_NAMESPACES.includes(attr.uri)) return attr.value;
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
  const root = parseTree(pkg, relsPart);
  if (!root) return [];
  return children(root, "Relationship").map((rel) => {
    const type = attribute(rel, "Type") ?? "";
    return {
      id: attribute(rel, "Id") ?? "",
      kind: type.slice(type.lastIndexOf("/") + 1),
      target: attribute(rel, "Target") ?? "",
      external: attribute(rel, "TargetMode") === "External",
    };
  });
}

/** Handlers of a streamed scan; `stop()` ends it after the current chunk. */
export interface ScanHandlers {
  open(tag: ScanTag): void;
  close(name: string): void;
  text(text: string): void;
}

const CHUNK = 64 * 1024;
/** Compressed bytes inflated first when a scan may stop early; each further try takes 4 times more. */
const FIRST_PREFIX = 64 * 1024;
/** Below this compressed size a part is inflated in one go: a few milliseconds, never worth a retry. */
const PROGRESSIVE_FROM = 1024 * 1024;

/**
 * The part's bytes from its start: the whole part, or, for a scan that may stop early on an
 * untouched deflated part, longer and longer prefixes of it, inflated from prefixes of its
 * compressed bytes (`Z_SYNC_FLUSH` yields what a prefix holds), so the top of a sheet of a million
 * rows costs a few kilobytes of inflating. Each prefix repeats the inflating of the previous one;
 * growing by 4 keeps that under a third. `whole` marks the last, complete one.
 */
export function* partPrefixes(pkg: XlsxPackage, part: string, progressive: boolean): Generator<{ data: Buffer; whole: boolean }> {
  const entry = progressive ? pkg.storedEntry(part) : undefined;
  if (!entry || entry.method !== 8 || entry.raw.length <= PROGRESSIVE_FROM) {
    const data = pkg.bytes(part);
    if (data) yield { data, whole: true };
    return;
  }
  for (let length = FIRST_PREFIX; ; length *= 4) {
    const whole = length >= entry.raw.length;
    let out: Buffer;
    try {
      out = whole
        ? zlib.inflateRawSync(entry.raw, wholeInflate(entry.size))
        : zlib.inflateRawSync(entry.raw.subarray(0, length), {
            finishFlush: zlib.constants.Z_SYNC_FLUSH,
            maxOutputLength: Math.max(entry.size, 1),
          });
    } catch {
      throw new PackageError("corrupt", part);
    }
    if (whole && out.length !== entry.size) throw new PackageError("corrupt", part);
    if (whole) verifyCrc(entry, out, part);
    yield { data: out, whole };
    if (whole) return;
  }
}

/** The part's bytes in pieces, each new (see `partPrefixes`). */
function* pieces(pkg: XlsxPackage, part: string, progressive: boolean): Generator<Buffer> {
  let fed = 0;
  for (const { data } of partPrefixes(pkg, part, progressive)) {
    if (data.length > fed) yield data.subarray(fed);
    fed = data.length;
  }
}

function verifyCrc(entry: Parameters<typeof checkCrc>[0], data: Buffer, part: string): void {
  try {
    checkCrc(entry, data);
  } catch (error) {
    throw error instanceof ZipError ? new PackageError(error.code, part) : error;
  }
}

/**
 * Streams one part through saxes in chunks, so a sheet of a million rows is never turned into one
 * string, and a scan that has what it needs (`done()`, checked between chunks) stops there
 * without inflating the rest of the part.
 */
export function scanPart(pkg: XlsxPackage, part: string, handlers: ScanHandlers, done?: () => boolean): boolean {
  if (!pkg.has(part)) return false;
  const parser = new XmlScanner({ open: handlers.open, close: (name) => handlers.close(name), text: handlers.text });
  const decoder = new StringDecoder("utf8");
  let first = true;
  try {
    for (const data of pieces(pkg, part, done !== undefined)) {
      // A UTF-16 part (rare: a few tools write them) is read whole, decoded by the package.
      if (first && xmlEncodingOf(data) !== "utf8") {
        parser.write(pkg.text(part) ?? "").close();
        return true;
      }
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
    if (error instanceof XmlScanError && error.reason === "doctype") throw new PackageError("doctype", part);
    throw new PackageError("notWellFormed", part);
  }
  return true;
}
