/**
 * The rows of a worksheet part read straight from its bytes: no string per tag, no object per
 * attribute; a cell's reference, type and style are read in place and only a kept cell's value
 * becomes a string. This is what reading a roster of tens of thousands of members costs.
 *
 * It reads the markup ordinary writers put in rows (`row`, `c`, `v`, `f`, `is` and its rich text)
 * and checks it as the tokenizer does (tags nest and match, attributes are quoted, references are
 * known); the part's head and tail go through the tokenizer itself. Anything else in the rows (a
 * comment, CDATA, an unknown element, a reference or a line break in an attribute, a UTF-16 part)
 * makes it give up (null): the caller then reads the part with the tokenizer, which reads any
 * well-formed part and words every refusal.
 */
import { MAX_COLS, MAX_ROWS } from "../../../core/address";
import { PackageError, type XlsxPackage } from "../package";
import { xmlEncodingOf } from "../xml-bytes";
import { XmlScanError, XmlScanner, xmlText } from "../xml-scan";
import { CellSink, type ScanOptions, type ScannedSheet } from "./cell-sink";
import { localName, partPrefixes } from "./xml";

/** What an element of the rows is. */
const ROW = 1;
const CELL = 2;
const VALUE = 3;
const FORMULA = 4;
const INLINE = 5;
const INLINE_CHILD = 6;

/** The scan cannot go on with the bytes it has: more of the part is needed (or it is not well-formed). */
const MORE = -1;
/** Markup this scanner leaves to the tokenizer. */
const GIVE_UP = -2;
/** The rows ended (`</sheetData>`) or nothing more is needed. */
const DONE = -3;

const CHUNK = 64 * 1024;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
/** Where a name ends, as the tokenizer sees it: white space, `/`, `>`, `=`, quotes, `<`. */
const isNameEnd = (c: number): boolean => c <= 32 || c === 47 || c === 62 || c === 61 || c === 34 || c === 39 || c === 60;

/** Attributes read from one start tag: value ranges of `r`, `t`, `s` (-1 when absent). */
class Attributes {
  rStart = -1;
  rEnd = -1;
  tStart = -1;
  tEnd = -1;
  sStart = -1;
  sEnd = -1;
}

class RowReader {
  /** Open elements below `sheetData`: kinds, and where their qualified names are in the bytes. */
  private readonly kinds: number[] = [];
  private readonly nameStarts: number[] = [];
  private readonly nameEnds: number[] = [];
  private readonly attrs = new Attributes();
  /** Where `</sheetData>` starts, once read. */
  closeStart = -1;

  constructor(
    private readonly sink: CellSink,
    /** The qualified name of `sheetData` as the part spells it. */
    private readonly sheetDataName: Buffer,
  ) {}

  /**
   * Reads from `p` as far as the bytes go; the offset where it stopped (the start of an
   * unfinished tag or text, to be read again with more bytes), or DONE / GIVE_UP.
   */
  read(data: Buffer, p: number): number {
    const n = data.length;
    const sink = this.sink;
    for (;;) {
      // Text between tags is short: a loop costs less than a call into the native search.
      let lt = p;
      while (lt < n && data[lt] !== 0x3c) lt++;
      // Text with no `<` after it yet: read again with the next bytes (its end is not known).
      if (lt >= n) return p;
      if (lt > p && !this.text(data, p, lt)) return GIVE_UP;
      p = lt;
      if (lt + 1 >= n) return p;
      const next = data[lt + 1];
      if (next === 0x2f) {
        const end = this.endTag(data, lt);
        if (end < 0) return end === MORE ? p : end;
        p = end;
        if (this.closeStart >= 0) return DONE;
        continue;
      }
      if (next === 0x21 || next === 0x3f) return GIVE_UP;
      const end = this.startTag(data, lt);
      if (end < 0) return end === MORE ? p : end;
      p = end;
      if (sink.finished) return DONE;
    }
  }

  /** Character data from `start` to `end`: checked, and handed to the cell when it is a kept value. */
  private text(data: Buffer, start: number, end: number): boolean {
    const sink = this.sink;
    const wanted = sink.inCell && sink.keep && (sink.inValue || sink.inInline);
    let plain = true;
    let ascii = true;
    for (let i = start; i < end; i++) {
      const c = data[i];
      if (c === 0x26 || c === 0x0d) plain = false;
      else if (c >= 0x80) ascii = false;
    }
    if (!wanted && plain) return true;
    let text = data.toString(ascii ? "latin1" : "utf8", start, end);
    if (!plain) {
      try {
        text = xmlText(text);
      } catch {
        return false;
      }
    }
    if (wanted) sink.text(text);
    return true;
  }

  /** `</name>` at `lt`: the offset after it, MORE, or GIVE_UP when it does not close the open element. */
  private endTag(data: Buffer, lt: number): number {
    const n = data.length;
    const top = this.kinds.length - 1;
    const nameStart = top >= 0 ? this.nameStarts[top] : -1;
    const nameLength = top >= 0 ? this.nameEnds[top] - nameStart : this.sheetDataName.length;
    let i = lt + 2;
    if (i + nameLength > n) return MORE;
    for (let k = 0; k < nameLength; k++) {
      const expected = top >= 0 ? data[nameStart + k] : this.sheetDataName[k];
      if (data[i + k] !== expected) return GIVE_UP;
    }
    i += nameLength;
    while (i < n && isSpace(data[i])) i++;
    if (i >= n) return MORE;
    if (data[i] !== 0x3e) return GIVE_UP;
    if (top < 0) {
      this.closeStart = lt;
      return i + 1;
    }
    this.close(this.kinds[top], data, nameStart, this.nameEnds[top]);
    this.kinds.pop();
    this.nameStarts.pop();
    this.nameEnds.pop();
    return i + 1;
  }

  private close(kind: number, data: Buffer, nameStart: number, nameEnd: number): void {
    const sink = this.sink;
    if (kind === CELL) sink.finishCell();
    else if (kind === VALUE) sink.inValue = false;
    else if (kind === INLINE) sink.inInline = false;
    else if (kind === INLINE_CHILD && sink.inInline) sink.inline.close(inlineName(data, nameStart, nameEnd));
  }

  /** A start tag at `lt`: the offset after it, MORE, or GIVE_UP. */
  private startTag(data: Buffer, lt: number): number {
    const n = data.length;
    let i = lt + 1;
    while (i < n && !isNameEnd(data[i])) i++;
    if (i >= n) return MORE;
    const nameStart = lt + 1;
    const nameEnd = i;
    if (nameEnd === nameStart) return GIVE_UP;
    let local = nameStart;
    for (let k = nameStart; k < nameEnd; k++) if (data[k] === 0x3a) local = k + 1;
    const localLength = nameEnd - local;
    const parent = this.kinds.length > 0 ? this.kinds[this.kinds.length - 1] : 0;
    let kind: number;
    const first = data[local];
    if (parent === 0) kind = localLength === 3 && first === 0x72 && data[local + 1] === 0x6f && data[local + 2] === 0x77 ? ROW : 0;
    else if (parent === ROW) kind = localLength === 1 && first === 0x63 ? CELL : 0;
    else if (parent === CELL) {
      if (localLength === 1 && first === 0x76) kind = VALUE;
      else if (localLength === 1 && first === 0x66) kind = FORMULA;
      else if (localLength === 2 && first === 0x69 && data[local + 1] === 0x73) kind = INLINE;
      else kind = 0;
    } else if (parent === INLINE || parent === INLINE_CHILD) {
      // The tokenizer's reader takes v, f and is inside a cell for what they are, wherever they stand.
      const special =
        (localLength === 1 && (first === 0x76 || first === 0x66)) || (localLength === 2 && first === 0x69 && data[local + 1] === 0x73);
      kind = special ? 0 : INLINE_CHILD;
    } else kind = 0;
    if (kind === 0) return GIVE_UP;

    const attrs = this.attrs;
    attrs.rStart = attrs.tStart = attrs.sStart = -1;
    let selfClosing = false;
    for (;;) {
      while (i < n && isSpace(data[i])) i++;
      if (i >= n) return MORE;
      const c = data[i];
      if (c === 0x3e) {
        i++;
        break;
      }
      if (c === 0x2f) {
        if (i + 1 >= n) return MORE;
        if (data[i + 1] !== 0x3e) return GIVE_UP;
        selfClosing = true;
        i += 2;
        break;
      }
      const attrStart = i;
      while (i < n && !isNameEnd(data[i])) i++;
      if (i >= n) return MORE;
      if (i === attrStart) return GIVE_UP;
      const attrEnd = i;
      while (i < n && isSpace(data[i])) i++;
      if (i >= n) return MORE;
      if (data[i] !== 0x3d) return GIVE_UP;
      i++;
      while (i < n && isSpace(data[i])) i++;
      if (i >= n) return MORE;
      const quote = data[i];
      if (quote !== 0x22 && quote !== 0x27) return GIVE_UP;
      // One loop finds the closing quote and checks the value (values are short: no native search per attribute).
      // `<` is not allowed in a value; references and line breaks (normalised) are left to the tokenizer.
      let close = i + 1;
      for (; close < n; close++) {
        const v = data[close];
        if (v === quote) break;
        if (v === 0x3c || v === 0x26 || v === 0x09 || v === 0x0a || v === 0x0d) return GIVE_UP;
      }
      if (close >= n) return MORE;
      if (attrEnd - attrStart === 1) {
        const a = data[attrStart];
        if (a === 0x72) {
          attrs.rStart = i + 1;
          attrs.rEnd = close;
        } else if (a === 0x74) {
          attrs.tStart = i + 1;
          attrs.tEnd = close;
        } else if (a === 0x73) {
          attrs.sStart = i + 1;
          attrs.sEnd = close;
        }
      }
      i = close + 1;
      if (i >= n) return MORE;
      const after = data[i];
      if (!isSpace(after) && after !== 0x3e && after !== 0x2f) return GIVE_UP;
    }
    this.open(kind, data, local, nameEnd);
    if (selfClosing) this.close(kind, data, local, nameEnd);
    else {
      this.kinds.push(kind);
      this.nameStarts.push(nameStart);
      this.nameEnds.push(nameEnd);
    }
    return i;
  }

  /** What the tokenizer's reader does on this start tag (`local`..`nameEnd`: its local name). */
  private open(kind: number, data: Buffer, local: number, nameEnd: number): void {
    const sink = this.sink;
    const attrs = this.attrs;
    switch (kind) {
      case ROW:
        sink.openRow(attrs.rStart < 0 ? NaN : numberAt(data, attrs.rStart, attrs.rEnd));
        return;
      case CELL:
        if (!(attrs.rStart >= 0 && refAt(data, attrs.rStart, attrs.rEnd, sink))) sink.col++; // writers that omit `r` list cells in order
        sink.openCell(
          attrs.tStart < 0 ? undefined : typeAt(data, attrs.tStart, attrs.tEnd),
          attrs.sStart < 0 ? 0 : numberAt(data, attrs.sStart, attrs.sEnd) || 0,
        );
        return;
      case VALUE:
        sink.inValue = true;
        sink.hasValue = true;
        sink.valueText = "";
        return;
      case FORMULA:
        sink.hasFormula = true;
        return;
      case INLINE:
        sink.inInline = true;
        sink.hasInline = true;
        return;
      default:
        if (sink.inInline) sink.inline.open(inlineName(data, local, nameEnd));
    }
  }
}

/** A local name inside `<is>` for the string reader, which tells only `t` and `rPh` apart. */
function inlineName(data: Buffer, start: number, end: number): string {
  let local = start;
  for (let k = start; k < end; k++) if (data[k] === 0x3a) local = k + 1;
  if (end - local === 1 && data[local] === 0x74) return "t";
  if (end - local === 3 && data[local] === 0x72 && data[local + 1] === 0x50 && data[local + 2] === 0x68) return "rPh";
  return "other";
}

/** `Number(value)` of an attribute, without a string for plain digits. */
function numberAt(data: Buffer, start: number, end: number): number {
  if (end - start > 0 && end - start < 10) {
    let value = 0;
    let k = start;
    for (; k < end; k++) {
      const c = data[k];
      if (c < 0x30 || c > 0x39) break;
      value = value * 10 + (c - 0x30);
    }
    if (k === end) return value;
  }
  return Number(data.toString("latin1", start, end));
}

/** `t` as written: the usual one-letter types without a new string. */
function typeAt(data: Buffer, start: number, end: number): string {
  if (end - start === 1) {
    const c = data[start];
    if (c === 0x73) return "s";
    if (c === 0x6e) return "n";
    if (c === 0x62) return "b";
    if (c === 0x65) return "e";
    if (c === 0x64) return "d";
  }
  return data.toString("latin1", start, end);
}

/** An A1 reference (`AB12`) in place into the sink's row and column; false when it is not one. */
function refAt(data: Buffer, start: number, end: number, sink: CellSink): boolean {
  let i = start;
  let col = 0;
  while (i < end) {
    const ch = data[i];
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
    else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
    else break;
    i++;
  }
  if (i === start || i - start > 3 || i === end) return false;
  let row = 0;
  for (; i < end; i++) {
    const ch = data[i];
    if (ch < 48 || ch > 57) return false;
    row = row * 10 + (ch - 48);
  }
  if (row < 1 || row > MAX_ROWS || col > MAX_COLS) return false;
  sink.row = row - 1;
  sink.col = col - 1;
  return true;
}

/**
 * The byte-level scan of a worksheet part, or null when the part holds what only the tokenizer
 * reads (then nothing it found is used: the tokenizer reads the part again from its start).
 */
export function scanSheetBytes(pkg: XlsxPackage, part: string, options: ScanOptions): ScannedSheet | null {
  if (!pkg.has(part)) return null;
  const sink = new CellSink(part, options);
  // Set by the head's tokenizer when it meets `<sheetData>`.
  const found: { rows: RowReader | null; bodyStart: number; giveUp: boolean } = { rows: null, bodyStart: -1, giveUp: false };
  let head: XmlScanner | null = null;
  let rooted = false;
  let fed = 0;
  let at = 0;
  try {
    for (const { data, whole } of partPrefixes(pkg, part, !sink.readToEnd)) {
      if (head === null) {
        if (xmlEncodingOf(data) !== "utf8") return null;
        fed = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
        // The head is tokenized as Latin-1, so that an offset is a byte offset (its markup is ASCII).
        const scanner: XmlScanner = new XmlScanner(
          {
            open(tag) {
              const name = localName(tag.name);
              if (!rooted) {
                rooted = true;
                if (name !== "worksheet") throw new PackageError("corrupt", part);
              }
              if (found.bodyStart >= 0 || name !== "sheetData") return;
              if (tag.isSelfClosing) found.giveUp = true;
              else {
                found.bodyStart = tag.end;
                found.rows = new RowReader(sink, Buffer.from(tag.name, "latin1"));
              }
              scanner.stop();
            },
            close() {},
            text() {},
          },
          fed,
        );
        head = scanner;
      }
      while (found.bodyStart < 0 && !found.giveUp && fed < data.length) {
        const end = Math.min(data.length, fed + CHUNK);
        head.write(data.toString("latin1", fed, end));
        fed = end;
      }
      if (found.giveUp) return null;
      const reader = found.rows;
      if (reader === null) {
        if (whole) return null;
        continue;
      }
      if (at < found.bodyStart) at = found.bodyStart;
      const next = reader.read(data, at);
      if (next === GIVE_UP) return null;
      if (next === DONE) {
        if (reader.closeStart < 0 || !sink.readToEnd) return sink.result();
        // The rest of the part (after the rows) is checked by the tokenizer, the rows' elements closed.
        head.resumeAt(reader.closeStart);
        for (let p = reader.closeStart; p < data.length; p += CHUNK)
          head.write(data.toString("latin1", p, Math.min(data.length, p + CHUNK)));
        head.close();
        return sink.result();
      }
      // The bytes ran out inside the rows: a complete part is not well-formed (the tokenizer says why).
      if (whole) return null;
      at = next;
    }
  } catch (error) {
    if (error instanceof XmlScanError) return null;
    throw error;
  }
  return null;
}
