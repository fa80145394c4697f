/**
 * The zip container of an .xlsx package, read and written without decompressing what is not
 * needed: an entry nobody changes is copied with its original compressed bytes, so it is
 * identical after the save (and costs no inflate/deflate). Only what OOXML packages use is
 * supported: stored and deflated entries, ZIP64 records read (a package is written without them:
 * it is far below 4 GB), no encryption (each refused with a reason).
 */
import * as zlib from "zlib";

/** Why a file could not be opened as a package: the CLI turns the code into words. */
export type ZipFailure =
  "notZip" | "encryptedEntry" | "unsupportedMethod" | "corrupt" | "crcMismatch" | "duplicateEntry" | "caseDuplicate" | "tooLarge" | "ratio";

export class ZipError extends Error {
  constructor(
    readonly code: ZipFailure,
    readonly entry?: string,
  ) {
    super(entry ? `${code}: ${entry}` : code);
    this.name = "ZipError";
  }
}

/** Limits against zip bombs: a workbook that exceeds them is refused before it is inflated. */
export interface ZipLimits {
  /** Sum of all entries' declared uncompressed sizes, in bytes. */
  readonly maxTotalBytes: number;
  /** Uncompressed / compressed, for entries larger than 1 MB. */
  readonly maxRatio: number;
  readonly maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 20000,
};

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly externalAttributes: number;
  /** The entry's compressed bytes, as stored in the file. */
  readonly raw: Buffer;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

/** A Compound File (OLE2) header: what Excel writes for a password-protected workbook or a legacy .xls. */
export function isCompoundFile(buffer: Buffer): boolean {
  return buffer.length >= 8 && buffer.readUInt32LE(0) === 0xe011cfd0 && buffer.readUInt32LE(4) === 0xe11ab1a1;
}

/** True when a Compound File holds the `EncryptionInfo` stream of an encrypted OOXML package. */
export function isEncryptedPackage(buffer: Buffer): boolean {
  return isCompoundFile(buffer) && buffer.includes(Buffer.from("EncryptionInfo", "utf16le"));
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const stop = Math.max(0, buffer.length - 22 - 0xffff);
  for (let i = buffer.length - 22; i >= stop; i--) {
    if (buffer.readUInt32LE(i) === SIG_EOCD) return i;
  }
  return -1;
}

/** A zip's entries (central-directory order, directory entries included) and its comment. */
export interface ZipArchive {
  readonly entries: ZipEntry[];
  /** The archive comment's bytes, written back as read. */
  readonly comment: Buffer;
}

const SIG_EOCD64 = 0x06064b50;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** An 8-byte little-endian count or offset; beyond 2^53 no file this process can hold. */
function readUInt64(buffer: Buffer, at: number): number {
  const value = buffer.readBigUInt64LE(at);
  return value > BigInt(MAX_SAFE) ? MAX_SAFE : Number(value);
}

/** The ZIP64 end record (APPNOTE 4.3.14-15) when its locator stands before the classic one. */
function zip64End(buffer: Buffer, eocd: number): { count: number; cdSize: number; cdOffset: number } | null {
  if (eocd < 20 || buffer.readUInt32LE(eocd - 20) !== SIG_EOCD64_LOCATOR) return null;
  const at = readUInt64(buffer, eocd - 20 + 8);
  if (at + 56 > buffer.length || buffer.readUInt32LE(at) !== SIG_EOCD64) throw new ZipError("corrupt");
  return { count: readUInt64(buffer, at + 32), cdSize: readUInt64(buffer, at + 40), cdOffset: readUInt64(buffer, at + 48) };
}

/**
 * The ZIP64 extended information extra field (header id 1): the 8-byte values of the fields
 * whose 4-byte header value is 0xFFFFFFFF, in the order size, compressed size, offset.
 */
function zip64Values(
  extra: Buffer,
  wanted: { size: boolean; compressed: boolean; offset: boolean },
): { size?: number; compressed?: number; offset?: number } {
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (p + 4 + length > extra.length) break;
    if (id === 1) {
      const out: { size?: number; compressed?: number; offset?: number } = {};
      let q = p + 4;
      const take = (): number | undefined => {
        if (q + 8 > p + 4 + length) return undefined;
        const value = readUInt64(extra, q);
        q += 8;
        return value;
      };
      if (wanted.size) out.size = take();
      if (wanted.compressed) out.compressed = take();
      if (wanted.offset) out.offset = take();
      return out;
    }
    p += 4 + length;
  }
  return {};
}

/**
 * Lists the entries of a zip file, in central-directory order, checking the limits first and
 * refusing what different readers would read differently: two entries of one name (one reader
 * takes the first, another the last), two names equal but for case (part names are
 * case-insensitive, ECMA-376 Part 2, 9.1.1.1), and a local header naming another file.
 */
export function readZipArchive(buffer: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
  if (buffer.length < 22) throw new ZipError("notZip");
  const eocd = findEndOfCentralDirectory(buffer);
  if (eocd < 0) throw new ZipError("notZip");
  const commentLength = buffer.readUInt16LE(eocd + 20);
  const comment = Buffer.from(buffer.subarray(eocd + 22, Math.min(buffer.length, eocd + 22 + commentLength)));
  let count = buffer.readUInt16LE(eocd + 10);
  let cdSize = buffer.readUInt32LE(eocd + 12);
  let cdOffset = buffer.readUInt32LE(eocd + 16);
  const big = zip64End(buffer, eocd);
  if (big) ({ count, cdSize, cdOffset } = big);
  else if (count === 0xffff && cdOffset === 0xffffffff) throw new ZipError("corrupt");
  if (cdOffset + cdSize > buffer.length) throw new ZipError("corrupt");
  if (count > limits.maxEntries) throw new ZipError("tooLarge");
  const entries: ZipEntry[] = [];
  const seen = new Map<string, string>();
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buffer.length || buffer.readUInt32LE(p) !== SIG_CENTRAL) throw new ZipError("corrupt");
    const flags = buffer.readUInt16LE(p + 8);
    const method = buffer.readUInt16LE(p + 10);
    const dosTime = buffer.readUInt16LE(p + 12);
    const dosDate = buffer.readUInt16LE(p + 14);
    const crc32 = buffer.readUInt32LE(p + 16);
    let compressedSize = buffer.readUInt32LE(p + 20);
    let size = buffer.readUInt32LE(p + 24);
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    const externalAttributes = buffer.readUInt32LE(p + 38);
    let localOffset = buffer.readUInt32LE(p + 42);
    if (p + 46 + nameLength + extraLength > buffer.length) throw new ZipError("corrupt");
    const nameBytes = buffer.subarray(p + 46, p + 46 + nameLength);
    const name = nameBytes.toString(flags & 0x800 ? "utf8" : "latin1");
    const wanted = { size: size === 0xffffffff, compressed: compressedSize === 0xffffffff, offset: localOffset === 0xffffffff };
    if (wanted.size || wanted.compressed || wanted.offset) {
      const values = zip64Values(buffer.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), wanted);
      if (
        (wanted.size && values.size === undefined) ||
        (wanted.compressed && values.compressed === undefined) ||
        (wanted.offset && values.offset === undefined)
      ) {
        throw new ZipError("corrupt", name);
      }
      size = values.size ?? size;
      compressedSize = values.compressed ?? compressedSize;
      localOffset = values.offset ?? localOffset;
    }
    p += 46 + nameLength + extraLength + commentLength;
    if (flags & 0x1) throw new ZipError("encryptedEntry", name);
    if (method !== 0 && method !== 8) throw new ZipError("unsupportedMethod", name);
    const folded = name.toLowerCase();
    const earlier = seen.get(folded);
    if (earlier !== undefined && !name.endsWith("/")) throw new ZipError(earlier === name ? "duplicateEntry" : "caseDuplicate", name);
    seen.set(folded, name);
    total += size;
    if (total > limits.maxTotalBytes) throw new ZipError("tooLarge", name);
    if (size > 1024 * 1024 && size > compressedSize * limits.maxRatio) throw new ZipError("ratio", name);
    if (method === 0 && size !== compressedSize) throw new ZipError("corrupt", name);
    if (localOffset + 30 > buffer.length || buffer.readUInt32LE(localOffset) !== SIG_LOCAL) throw new ZipError("corrupt", name);
    const localNameLength = buffer.readUInt16LE(localOffset + 26);
    const dataStart = localOffset + 30 + localNameLength + buffer.readUInt16LE(localOffset + 28);
    if (localNameLength !== nameLength || !buffer.subarray(localOffset + 30, localOffset + 30 + nameLength).equals(nameBytes))
      throw new ZipError("corrupt", name);
    if (dataStart + compressedSize > buffer.length) throw new ZipError("corrupt", name);
    const raw = buffer.subarray(dataStart, dataStart + compressedSize);
    entries.push({ name, method, crc32, compressedSize, size, dosTime, dosDate, externalAttributes, raw });
  }
  return { entries, comment };
}

/** The entries alone (see `readZipArchive`). */
export function readZip(buffer: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  return readZipArchive(buffer, limits).entries;
}

/**
 * The entry's bytes, inflated; never more than its declared size, and checked against the CRC
 * the zip stores for it (a bit flipped on a disk or in a transfer changes a value silently).
 */
export function inflateEntry(entry: ZipEntry): Buffer {
  let out: Buffer;
  if (entry.method === 0) out = Buffer.from(entry.raw);
  else {
    try {
      out = zlib.inflateRawSync(entry.raw, wholeInflate(entry.size));
    } catch {
      throw new ZipError("corrupt", entry.name);
    }
  }
  if (out.length !== entry.size) throw new ZipError("corrupt", entry.name);
  checkCrc(entry, out);
  return out;
}

/**
 * Options to inflate an entry of `size` bytes in one go: never more than that, written into one
 * buffer of that size (zlib's default 16 KB pieces would be joined afterwards: a copy of the whole
 * part); beyond 32 MB, in pieces of 32 MB, so a size that lies costs no more than that up front.
 */
export function wholeInflate(size: number): zlib.ZlibOptions {
  return { maxOutputLength: Math.max(size, 1), chunkSize: Math.min(Math.max(size, 64), 32 * 1024 * 1024) };
}

/** Throws `crcMismatch` when `data`, the whole of the entry, is not what was stored. */
export function checkCrc(entry: ZipEntry, data: Uint8Array): void {
  if (crc32(data) !== entry.crc32) throw new ZipError("crcMismatch", entry.name);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** zlib.crc32 (Node 20.15+) is native; the table is for older runtimes. */
const nativeCrc32 = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;

export function crc32(data: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(data) >>> 0;
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function dosDateTime(date: Date): { dosTime: number; dosDate: number } {
  return {
    dosTime: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    dosDate: ((Math.max(date.getFullYear(), 1980) - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** Uncompressed size from which an edited part is deflated for speed rather than size. */
export const LARGE_PART = 1024 * 1024;

/** Level 6 (Excel's own files are about that size); a large part (a patched sheet of many rows) at level 1: a third of the time, a few per cent larger. */
export function deflateLevel(size: number): number {
  return size > LARGE_PART ? 1 : 6;
}

/** A new entry, deflated. */
export function makeEntry(name: string, data: Buffer, when: Date = new Date(), like?: ZipEntry): ZipEntry {
  const raw = zlib.deflateRawSync(data, { level: deflateLevel(data.length) });
  return deflatedEntry(name, { raw, crc32: crc32(data), size: data.length }, when, like);
}

/** An entry of already deflated bytes, dated `when` or as the entry it replaces (`like`). */
export function deflatedEntry(
  name: string,
  deflated: { readonly raw: Buffer; readonly crc32: number; readonly size: number },
  when: Date = new Date(),
  like?: ZipEntry,
): ZipEntry {
  const stamp = like ?? dosDateTime(when);
  return {
    name,
    method: 8,
    crc32: deflated.crc32,
    compressedSize: deflated.raw.length,
    size: deflated.size,
    dosTime: stamp.dosTime,
    dosDate: stamp.dosDate,
    externalAttributes: like?.externalAttributes ?? 0,
    raw: deflated.raw,
  };
}

/** Writes entries in the given order: local headers, data, central directory, end record (with the comment). */
export function writeZip(entries: readonly ZipEntry[], comment: Buffer = Buffer.alloc(0)): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const utf8Flag = /[^\x20-\x7e]/.test(entry.name) ? 0x800 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(SIG_LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(utf8Flag, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(entry.dosTime, 10);
    local.writeUInt16LE(entry.dosDate, 12);
    local.writeUInt32LE(entry.crc32, 14);
    local.writeUInt32LE(entry.compressedSize, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(SIG_CENTRAL, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(utf8Flag, 8);
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt16LE(entry.dosTime, 12);
    header.writeUInt16LE(entry.dosDate, 14);
    header.writeUInt32LE(entry.crc32, 16);
    header.writeUInt32LE(entry.compressedSize, 20);
    header.writeUInt32LE(entry.size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(entry.externalAttributes, 38);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    chunks.push(local, name, entry.raw);
    offset += 30 + name.length + entry.raw.length;
    if (offset > 0xfffffff0) throw new ZipError("tooLarge", entry.name);
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const kept = comment.subarray(0, 0xffff);
  const end = Buffer.alloc(22 + kept.length);
  end.writeUInt32LE(SIG_EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(kept.length, 20);
  kept.copy(end, 22);
  return Buffer.concat([...chunks, ...central, end]);
}
