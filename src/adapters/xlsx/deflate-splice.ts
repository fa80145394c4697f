/**
 * A part changed only near its start (a status sheet's top rows, a tab's selection) is written
 * without recompressing the rest: the new start is deflated, and the original compressed blocks
 * that follow are copied. A deflate stream (RFC 1951) is a sequence of blocks, and a block refers
 * back at most 32 KB into the data before it. So when the 32 KB before a block boundary are the
 * same bytes in the new part as in the original (nothing was edited there), every later block
 * decodes to the same bytes in both: the new stream is the deflated new start (ended by a sync
 * flush, which ends on a byte, with no final block) followed by the original blocks from that
 * boundary, shifted to start on a byte. The CRC of the whole is computed from the CRCs of its
 * pieces (zlib's crc32_combine), without reading the copied bytes.
 *
 * Finding a boundary needs the block structure: the blocks before it are walked here (Huffman
 * codes decoded, nothing written out). The result is checked by inflating the join before use.
 */
import * as zlib from "zlib";
import { crc32 } from "./zip";

/** Bits of a deflate stream, least significant first (RFC 1951, 3.1.1). */
class BitReader {
  bit = 0;
  constructor(private readonly data: Buffer) {}

  need(count: number): number {
    let value = 0;
    for (let i = 0; i < count; i++) {
      const at = this.bit >>> 3;
      if (at >= this.data.length) throw new RangeError("deflate stream ends early");
      value |= ((this.data[at] >>> (this.bit & 7)) & 1) << i;
      this.bit++;
    }
    return value;
  }
}

/** A canonical Huffman code: how many codes of each length, and the symbols in code order. */
interface Huffman {
  readonly count: Int16Array;
  readonly symbol: Int16Array;
}

function huffman(lengths: ArrayLike<number>, n: number): Huffman {
  const count = new Int16Array(16);
  const symbol = new Int16Array(n);
  for (let s = 0; s < n; s++) count[lengths[s]]++;
  const offsets = new Int16Array(16);
  for (let len = 1; len < 15; len++) offsets[len + 1] = offsets[len] + count[len];
  for (let s = 0; s < n; s++) if (lengths[s] !== 0) symbol[offsets[lengths[s]]++] = s;
  return { count, symbol };
}

function decode(bits: BitReader, h: Huffman): number {
  let code = 0;
  let first = 0;
  let index = 0;
  for (let len = 1; len <= 15; len++) {
    code |= bits.need(1);
    const count = h.count[len];
    if (code - count < first) return h.symbol[index + (code - first)];
    index += count;
    first = (first + count) << 1;
    code <<= 1;
  }
  throw new RangeError("invalid Huffman code");
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

let fixedCodes: { lengths: Huffman; distances: Huffman } | undefined;
function fixed(): { lengths: Huffman; distances: Huffman } {
  if (!fixedCodes) {
    const l = new Uint8Array(288);
    l.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
    fixedCodes = { lengths: huffman(l, 288), distances: huffman(new Uint8Array(30).fill(5), 30) };
  }
  return fixedCodes;
}

function dynamic(bits: BitReader): { lengths: Huffman; distances: Huffman } {
  const nlen = bits.need(5) + 257;
  const ndist = bits.need(5) + 1;
  const ncode = bits.need(4) + 4;
  const lengths = new Uint8Array(320);
  for (let i = 0; i < ncode; i++) lengths[CODE_LENGTH_ORDER[i]] = bits.need(3);
  const codes = huffman(lengths, 19);
  lengths.fill(0);
  for (let i = 0; i < nlen + ndist;) {
    const symbol = decode(bits, codes);
    if (symbol < 16) lengths[i++] = symbol;
    else {
      let repeat: number;
      let value = 0;
      if (symbol === 16) {
        if (i === 0) throw new RangeError("repeat with no length");
        value = lengths[i - 1];
        repeat = 3 + bits.need(2);
      } else repeat = symbol === 17 ? 3 + bits.need(3) : 11 + bits.need(7);
      if (i + repeat > nlen + ndist) throw new RangeError("too many lengths");
      while (repeat-- > 0) lengths[i++] = value;
    }
  }
  return { lengths: huffman(lengths.subarray(0, nlen), nlen), distances: huffman(lengths.subarray(nlen, nlen + ndist), ndist) };
}

/**
 * The first block boundary of a raw deflate stream at or after `minOut` bytes of output: its bit
 * position and output offset; null when the last block starts before it (or the stream is not
 * one this walker reads: then the part is deflated whole).
 */
export function blockBoundary(raw: Buffer, minOut: number): { bit: number; out: number } | null {
  const bits = new BitReader(raw);
  let out = 0;
  try {
    for (;;) {
      if (out >= minOut) return { bit: bits.bit, out };
      const last = bits.need(1);
      const type = bits.need(2);
      if (type === 0) {
        bits.bit = (bits.bit + 7) & ~7;
        const length = bits.need(16);
        bits.need(16);
        bits.bit += length * 8;
        out += length;
      } else if (type === 1 || type === 2) {
        const codes = type === 1 ? fixed() : dynamic(bits);
        for (;;) {
          const symbol = decode(bits, codes.lengths);
          if (symbol < 256) out++;
          else if (symbol === 256) break;
          else {
            const k = symbol - 257;
            if (k >= 29) throw new RangeError("invalid length");
            out += LENGTH_BASE[k] + bits.need(LENGTH_EXTRA[k]);
            const d = decode(bits, codes.distances);
            if (d >= 30) throw new RangeError("invalid distance");
            bits.need(DISTANCE_EXTRA[d]);
          }
        }
      } else throw new RangeError("invalid block type");
      if (last) return null;
    }
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

// CRC-32 arithmetic modulo its polynomial (reflected), as zlib's crc32_combine does it.
const POLY = 0xedb88320;

function multiplyModP(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return p >>> 0;
}

const X2N: number[] = [0x40000000];
for (let k = 1; k < 32; k++) X2N.push(multiplyModP(X2N[k - 1], X2N[k - 1]));

/** x^(8·bytes) modulo the polynomial: what appending `bytes` bytes does to a CRC. */
function shiftOf(bytes: number): number {
  let p = 0x80000000;
  let k = 3;
  for (let n = bytes; n > 0; n = Math.floor(n / 2), k++) if (n % 2 === 1) p = multiplyModP(X2N[k & 31], p);
  return p;
}

/** CRC-32 of A followed by B, from CRC(A), CRC(B) and B's length. */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  return (multiplyModP(shiftOf(lengthB), crcA) ^ crcB) >>> 0;
}

/** `raw` from bit `bit` on, moved to start on a byte. */
function bitsFrom(raw: Buffer, bit: number): Buffer {
  const start = bit >>> 3;
  const shift = bit & 7;
  if (shift === 0) return raw.subarray(start);
  const out = Buffer.allocUnsafe(raw.length - start);
  const last = raw.length - 1;
  for (let i = start, o = 0; i <= last; i++, o++) out[o] = ((raw[i] >>> shift) | (i < last ? raw[i + 1] << (8 - shift) : 0)) & 0xff;
  return out;
}

export interface SplicedDeflate {
  readonly raw: Buffer;
  readonly crc32: number;
  readonly size: number;
}

/** What the original part must be for its compressed bytes to be reused. */
export interface DeflatedOriginal {
  /** Raw deflate stream of the part. */
  readonly raw: Buffer;
  readonly crc32: number;
  /** The part's bytes (inflated from `raw`). */
  readonly data: Buffer;
}

/** Output of a window's worth past the join is inflated and compared before the join is trusted. */
const WINDOW = 32 * 1024;

/**
 * The part `head` + `original.data[keptFrom..]`, deflated with the original's blocks reused after
 * the first boundary 32 KB past `keptFrom`; null when there is none (or the check fails), and
 * the caller deflates the whole part.
 */
export function spliceDeflate(original: DeflatedOriginal, head: Buffer, keptFrom: number, level: number): SplicedDeflate | null {
  const boundary = blockBoundary(original.raw, keptFrom + WINDOW);
  if (boundary === null || boundary.out >= original.data.length) return null;
  const start = Buffer.concat([head, original.data.subarray(keptFrom, boundary.out)]);
  const deflated = zlib.deflateRawSync(start, { level, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const tail = bitsFrom(original.raw, boundary.bit);
  const raw = Buffer.concat([deflated, tail]);
  const size = start.length + (original.data.length - boundary.out);
  const tailLength = original.data.length - boundary.out;
  // CRC(original) = shift(CRC(original's start), tail) ⊕ CRC(tail): the tail's CRC without reading the tail.
  const crcTail = (original.crc32 ^ multiplyModP(shiftOf(tailLength), crc32(original.data.subarray(0, boundary.out)))) >>> 0;
  const crc = crc32Combine(crc32(start), crcTail, tailLength);
  // The join decodes to the new start and then the original's bytes: checked over a window past it.
  const check = zlib.inflateRawSync(raw.subarray(0, Math.min(raw.length, deflated.length + WINDOW)), {
    finishFlush: zlib.constants.Z_SYNC_FLUSH,
  });
  const seen = Math.min(check.length, size) - start.length;
  if (seen < 0 || !check.subarray(0, start.length).equals(start)) return null;
  if (!check.subarray(start.length, start.length + seen).equals(original.data.subarray(boundary.out, boundary.out + seen))) return null;
  return { raw, crc32: crc, size };
}
