/**
 * Reusing a part's compressed blocks after an edit at its start: the CRC arithmetic agrees with
 * a CRC of the whole, and the joined stream inflates to exactly the edited part, whatever made
 * the original stream (zlib at any level and strategy, stored blocks) and wherever the edit ends.
 */
import * as zlib from "zlib";
import { blockBoundary, crc32Combine, spliceDeflate } from "../../src/adapters/xlsx/deflate-splice";
import { crc32 } from "../../src/adapters/xlsx/zip";

/** Sheet-like text with enough variety to make real Huffman blocks. */
function sheetText(rows: number, seed = 1): Buffer {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x;
  };
  const parts = ['<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  for (let r = 1; r <= rows; r++)
    parts.push(
      `<row r="${r}"><c r="A${r}"><v>${next() % 100000}</v></c><c r="B${r}" t="inlineStr"><is><t>Zürich ${next().toString(36)}</t></is></c></row>`,
    );
  parts.push("</sheetData></worksheet>");
  return Buffer.from(parts.join(""), "utf8");
}

describe("CRC-32 of joined pieces", () => {
  it("combines two CRCs as the CRC of the whole", () => {
    const data = sheetText(2000);
    for (const cut of [0, 1, 7, 4096, 32768, 65537, data.length - 1, data.length]) {
      const a = data.subarray(0, cut);
      const b = data.subarray(cut);
      expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(data));
    }
  });
});

describe("a deflate stream spliced after an edit at its start", () => {
  const data = sheetText(40000);
  const streams: [string, Buffer][] = [
    ["zlib level 1", zlib.deflateRawSync(data, { level: 1 })],
    ["zlib level 6", zlib.deflateRawSync(data, { level: 6 })],
    ["zlib level 9", zlib.deflateRawSync(data, { level: 9 })],
    ["fixed Huffman codes", zlib.deflateRawSync(data, { strategy: zlib.constants.Z_FIXED })],
    ["Huffman only", zlib.deflateRawSync(data, { strategy: zlib.constants.Z_HUFFMAN_ONLY })],
    ["stored blocks", zlib.deflateRawSync(data, { level: 0 })],
  ];

  it.each(streams)("inflates to exactly the edited part, its CRC right (%s)", (_, raw) => {
    let spliced = 0;
    for (const keptFrom of [0, 100, 5000, 70000, 400000]) {
      for (const head of [
        data.subarray(0, keptFrom),
        Buffer.concat([data.subarray(0, Math.max(0, keptFrom - 9)), Buffer.from("<c>état</c>")]),
      ]) {
        const result = spliceDeflate({ raw, crc32: crc32(data), data }, head, keptFrom, 6);
        if (result === null) continue;
        spliced++;
        const expected = Buffer.concat([head, data.subarray(keptFrom)]);
        const out = zlib.inflateRawSync(result.raw);
        expect(out.equals(expected)).toBe(true);
        expect(result.size).toBe(expected.length);
        expect(result.crc32).toBe(crc32(expected));
      }
    }
    // A real stream has boundaries after the first 32 KB: the splice is taken, not always declined.
    expect(spliced).toBeGreaterThan(0);
  });

  it("finds block boundaries only where a block starts", () => {
    const raw = zlib.deflateRawSync(data, { level: 6 });
    const boundary = blockBoundary(raw, 100000);
    expect(boundary).not.toBeNull();
    const { bit, out } = boundary as { bit: number; out: number };
    expect(out).toBeGreaterThanOrEqual(100000);
    // What precedes the boundary, ended there with an empty final stored block, inflates to the first `out` bytes.
    const cut = Buffer.alloc((bit >>> 3) + 8);
    raw.copy(cut, 0, 0, (bit + 7) >>> 3);
    const shift = bit & 7;
    if (shift > 0) cut[bit >>> 3] &= (1 << shift) - 1;
    // BFINAL=1, BTYPE=00, then on the next byte LEN=0, NLEN=0xFFFF.
    cut[bit >>> 3] |= 1 << shift;
    const stored = (bit + 3 + 7) >>> 3;
    cut.writeUInt16LE(0, stored);
    cut.writeUInt16LE(0xffff, stored + 2);
    expect(zlib.inflateRawSync(cut.subarray(0, stored + 4)).equals(data.subarray(0, out))).toBe(true);
  });

  it("declines when no block starts 32 KB past the edit, and on a stream that is not deflate", () => {
    const raw = zlib.deflateRawSync(data, { level: 6 });
    expect(spliceDeflate({ raw, crc32: crc32(data), data }, data.subarray(0, data.length - 10), data.length - 10, 6)).toBeNull();
    const junk = Buffer.from([0xff, 0xff, 0xff, 0xff]);
    expect(spliceDeflate({ raw: junk, crc32: 0, data }, Buffer.alloc(0), 0, 6)).toBeNull();
  });
});
