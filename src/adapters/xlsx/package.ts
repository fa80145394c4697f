/**
 * An OOXML package (the parts of an .xlsx/.xlsm file) opened for editing in place: parts are
 * inflated only when asked for, and every part that is not `set` or `remove`d is written back
 * with its original compressed bytes. This is what keeps a user's workbook intact: charts,
 * pivots, macros, labels, anything we do not understand travels through untouched.
 */
import { spliceDeflate } from "./deflate-splice";
import {
  DEFAULT_ZIP_LIMITS,
  deflateLevel,
  deflatedEntry,
  inflateEntry,
  isCompoundFile,
  isEncryptedPackage,
  LARGE_PART,
  makeEntry,
  readZipArchive,
  writeZip,
  ZipError,
  type ZipEntry,
  type ZipLimits,
} from "./zip";
import { decodeXmlBytes } from "./xml-bytes";

/**
 * Why a file is not a package we can open, beyond the zip's own failures. Each code has one
 * sentence per language (`package.<code>` in the CLI's catalogue): the one table of reasons.
 */
export type PackageFailure =
  "encrypted" | "legacyXls" | "notWorkbook" | "missingPart" | "doctype" | "notWellFormed" | "unsupportedEncoding" | ZipError["code"];

export class PackageError extends Error {
  constructor(
    readonly code: PackageFailure,
    readonly part?: string,
  ) {
    super(part ? `${code}: ${part}` : code);
    this.name = "PackageError";
  }
}

/**
 * A part's new bytes as its original bytes with their start replaced: `head`, then the original
 * from `keptFrom` on (a status sheet patched in its top rows, a tab's selection taken away). The
 * package writes such a part without recompressing what follows the edits, when it can.
 */
export class HeadEdit {
  constructor(
    /** The bytes edited (for a part of the package: as `bytes()` gave them). */
    readonly original: Buffer,
    readonly head: Buffer,
    readonly keptFrom: number,
  ) {}

  /** The original bytes, not edited yet. */
  static of(original: Buffer): HeadEdit {
    return new HeadEdit(original, Buffer.alloc(0), 0);
  }

  get length(): number {
    return this.head.length + this.original.length - this.keptFrom;
  }

  /** The first `n` bytes (all of them when there are fewer). */
  start(n: number): Buffer {
    if (n <= this.head.length) return this.head.subarray(0, n);
    if (this.head.length === 0) return this.original.subarray(this.keptFrom, this.keptFrom + n);
    return Buffer.concat([this.head, this.original.subarray(this.keptFrom, this.keptFrom + n - this.head.length)]);
  }

  whole(): Buffer {
    return this.head.length === 0
      ? this.original.subarray(this.keptFrom)
      : Buffer.concat([this.head, this.original.subarray(this.keptFrom)]);
  }

  /** The same bytes as the original. */
  unchanged(): boolean {
    return this.head.length === this.keptFrom && this.head.equals(this.original.subarray(0, this.keptFrom));
  }

  /** The bytes' first `upTo` replaced by `head` (which `start(upTo)` was edited into). */
  withStart(upTo: number, head: Buffer): HeadEdit {
    const covered = Math.max(upTo, this.head.length);
    if (covered > this.head.length) return new HeadEdit(this.original, head, this.keptFrom + (covered - this.head.length));
    return new HeadEdit(this.original, Buffer.concat([head, this.head.subarray(upTo)]), this.keptFrom);
  }
}

/** Part names are case-insensitive (ECMA-376 Part 2, 9.1.1.1) and stored without a leading `/`. */
const key = (path: string): string => path.replace(/^\//, "").toLowerCase();

export class XlsxPackage {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly order: string[] = [];
  private readonly edited = new Map<string, Buffer | HeadEdit>();
  private readonly removed = new Set<string>();
  private readonly cache = new Map<string, Buffer>();
  /** The spelling of parts added by `set`, keyed like the rest. */
  private readonly newNames = new Map<string, string>();
  /** Directory entries (`xl/`), which some zip tools write: no parts, but kept where they were. */
  private readonly directories = new Map<string, ZipEntry>();

  private constructor(
    entries: readonly ZipEntry[],
    /** The archive comment, kept byte for byte. */
    private readonly comment: Buffer = Buffer.alloc(0),
  ) {
    for (const entry of entries) {
      if (entry.name.endsWith("/")) this.directories.set(entry.name, entry);
      else this.entries.set(key(entry.name), entry);
      this.order.push(entry.name);
    }
  }

  /** Opens a package, naming encrypted workbooks and legacy .xls files for what they are. */
  static open(buffer: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): XlsxPackage {
    if (isEncryptedPackage(buffer)) throw new PackageError("encrypted");
    if (isCompoundFile(buffer)) throw new PackageError("legacyXls");
    let pkg: XlsxPackage;
    try {
      const archive = readZipArchive(buffer, limits);
      pkg = new XlsxPackage(archive.entries, archive.comment);
    } catch (error) {
      if (error instanceof ZipError) throw new PackageError(error.code, error.entry);
      throw error;
    }
    // Every OOXML package has one (ECMA-376 Part 2, 10.1.2.1); without it no part has a type.
    if (!pkg.has("[Content_Types].xml")) throw new PackageError("missingPart", "[Content_Types].xml");
    return pkg;
  }

  /** An empty package, for the template and the separate report. */
  static empty(): XlsxPackage {
    return new XlsxPackage([]);
  }

  has(path: string): boolean {
    const k = key(path);
    return !this.removed.has(k) && (this.edited.has(k) || this.entries.has(k));
  }

  /** Every part's name, in the package's order, new parts last. */
  paths(): string[] {
    const names = this.order.filter((name) => this.has(name));
    for (const k of this.edited.keys()) if (!this.entries.has(k)) names.push(this.newNames.get(k) ?? k);
    return names;
  }

  /**
   * The original zip entry of a part nobody changed (its compressed bytes and CRC), so a saved
   * copy can be checked part by part without inflating anything; undefined once set or removed.
   */
  original(path: string): ZipEntry | undefined {
    const k = key(path);
    return this.edited.has(k) || this.removed.has(k) ? undefined : this.entries.get(k);
  }

  /** Declared uncompressed size, without inflating (for scanning decisions and limits). */
  size(path: string): number {
    const k = key(path);
    return this.edited.get(k)?.length ?? this.entries.get(k)?.size ?? 0;
  }

  bytes(path: string): Buffer | undefined {
    const k = key(path);
    if (this.removed.has(k)) return undefined;
    const edited = this.edited.get(k);
    if (edited) return edited instanceof HeadEdit ? edited.whole() : edited;
    const entry = this.entries.get(k);
    if (!entry) return undefined;
    let data = this.cache.get(k);
    if (!data) {
      try {
        data = inflateEntry(entry);
      } catch (error) {
        if (error instanceof ZipError) throw new PackageError(error.code, error.entry);
        throw error;
      }
      this.cache.set(k, data);
    }
    return data;
  }

  /**
   * The stored entry of an untouched, not yet inflated part, for a reader that inflates only as
   * far as it needs (the sheet scanner); undefined when the part is edited, cached or absent.
   */
  storedEntry(path: string): ZipEntry | undefined {
    const k = key(path);
    if (this.removed.has(k) || this.edited.has(k) || this.cache.has(k)) return undefined;
    return this.entries.get(k);
  }

  /** A part as text (UTF-8 or UTF-16, as XML allows; BOM dropped); undefined when absent. */
  text(path: string): string | undefined {
    const data = this.bytes(path);
    if (!data) return undefined;
    const text = decodeXmlBytes(data);
    if (text === null) throw new PackageError("unsupportedEncoding", path.replace(/^\//, ""));
    return text;
  }

  set(path: string, data: Buffer | string | HeadEdit): void {
    const k = key(path);
    // Only the package's own bytes of the part can keep their compressed form after the edits.
    const spliced = data instanceof HeadEdit && !this.removed.has(k) && !this.edited.has(k) && data.original === this.cache.get(k);
    this.removed.delete(k);
    this.cache.delete(k);
    if (!this.entries.has(k)) this.newNames.set(k, path.replace(/^\//, ""));
    this.edited.set(k, typeof data === "string" ? Buffer.from(data, "utf8") : data instanceof HeadEdit && !spliced ? data.whole() : data);
  }

  remove(path: string): void {
    const k = key(path);
    this.edited.delete(k);
    this.removed.add(k);
  }

  /** Parts set or removed since opening, by name. */
  changed(): string[] {
    return [...this.edited.keys(), ...this.removed].map((k) => this.newNames.get(k) ?? this.entries.get(k)?.name ?? k);
  }

  /** The package as a file: untouched parts keep their compressed bytes, edited ones are deflated. */
  toBuffer(now: Date = new Date()): Buffer {
    const out: ZipEntry[] = [];
    for (const name of this.order) {
      const directory = this.directories.get(name);
      if (directory) {
        out.push(directory);
        continue;
      }
      const k = key(name);
      if (this.removed.has(k)) continue;
      const entry = this.entries.get(k) as ZipEntry;
      const edited = this.edited.get(k);
      out.push(edited ? this.editedEntry(entry, edited, now) : entry);
    }
    // [Content_Types].xml first is what Excel does, and some readers expect it.
    const fresh = [...this.edited.keys()].filter((k) => !this.entries.has(k));
    fresh.sort((a, b) => (a === "[content_types].xml" ? -1 : b === "[content_types].xml" ? 1 : 0));
    for (const k of fresh) {
      const data = this.edited.get(k) as Buffer | HeadEdit;
      out.push(makeEntry(this.newNames.get(k) ?? k, data instanceof HeadEdit ? data.whole() : data, now));
    }
    return writeZip(out, this.comment);
  }

  /**
   * An edited part's entry. A large deflated part edited only in its first quarter keeps the
   * original's compressed blocks after the edits (see `spliceDeflate`); any other is deflated whole.
   */
  private editedEntry(entry: ZipEntry, edited: Buffer | HeadEdit, now: Date): ZipEntry {
    if (!(edited instanceof HeadEdit)) return makeEntry(entry.name, edited, now, entry);
    const { original, head, keptFrom } = edited;
    if (entry.method === 8 && original.length > LARGE_PART && keptFrom < original.length / 4) {
      const spliced = spliceDeflate({ raw: entry.raw, crc32: entry.crc32, data: original }, head, keptFrom, deflateLevel(edited.length));
      if (spliced) return deflatedEntry(entry.name, spliced, now, entry);
    }
    return makeEntry(entry.name, edited.whole(), now, entry);
  }
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `` (the package) → `_rels/.rels`. */
export function relsPathOf(part: string): string {
  const clean = part.replace(/^\//, "");
  const slash = clean.lastIndexOf("/");
  return `${clean.slice(0, slash + 1)}_rels/${clean.slice(slash + 1)}.rels`;
}

/**
 * A relationship target as a part name: absolute targets (`/xl/worksheets/sheet1.xml`, written
 * by openpyxl) and relative ones (`worksheets/sheet1.xml`, `../drawings/drawing1.xml`).
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = decodeURIComponent(target.split("#")[0]);
  if (decoded.startsWith("/")) return decoded.slice(1);
  const base = sourcePart.replace(/^\//, "").split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

/** The relative target that Excel would write from `sourcePart` to `targetPart`. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.replace(/^\//, "").split("/").slice(0, -1);
  const to = targetPart.replace(/^\//, "").split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
