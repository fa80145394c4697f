/**
 * A streaming XML tokenizer for the package's large parts (sheets, shared strings, styles): fed
 * text in chunks, it reports start tags (with their attributes and their place in the text),
 * end tags and character data. It finds each tag with one regular expression instead of walking
 * character by character, which makes a 20k-row sheet a few tens of milliseconds instead of half
 * a second. It checks what a reader of SpreadsheetML relies on: tags nest and match, attributes are
 * quoted, references are the five predefined entities or characters, nothing but white space lies
 * outside the root element; a document type declaration is refused (entities are an expansion risk).
 */

export interface ScanTag {
  /** Qualified name as written (`x:row`). */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly isSelfClosing: boolean;
  /** Offsets of `<` and just after `>` in the whole text fed so far. */
  readonly start: number;
  readonly end: number;
}

export interface XmlScanHandlers {
  open(tag: ScanTag): void;
  /** An end tag, or right after `open` for a self-closing one; `end` as in `ScanTag`. */
  close(name: string, end: number): void;
  text(text: string): void;
}

export class XmlScanError extends Error {
  constructor(
    readonly reason: "doctype" | "notWellFormed",
    detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = "XmlScanError";
  }
}

const REFERENCE = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g;
const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
/** A tag longer than this that still does not close is not a tag. */
const LONGEST_TAG = 4 * 1024 * 1024;

/** Character data as a parser hands it over: line ends normalised, references replaced (checked). */
export function xmlText(text: string): string {
  return decode(lineFeeds(text));
}

function decode(text: string): string {
  if (text.indexOf("&") < 0) return text;
  const out = text.replace(REFERENCE, (_, ref: string) => {
    if (ref[0] !== "#") {
      const known = PREDEFINED[ref];
      if (known === undefined) throw new XmlScanError("notWellFormed", `unknown entity &${ref};`);
      return known;
    }
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    if (!(code >= 0 && code <= 0x10ffff)) throw new XmlScanError("notWellFormed", `character reference &${ref};`);
    return String.fromCodePoint(code);
  });
  if (out.indexOf("&") >= 0 && /&(?!(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);)/.test(text)) throw new XmlScanError("notWellFormed", "a bare &");
  return out;
}

/** Line ends as XML parsers hand them over: CR LF and a lone CR become LF. */
const lineFeeds = (text: string): string => (text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n"));

const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
/** Where a name ends: white space, `/`, `>`, `=`, quotes, `<`. */
const isNameEnd = (c: number): boolean => c <= 32 || c === 47 || c === 62 || c === 61 || c === 34 || c === 39 || c === 60;

export class XmlScanner {
  private buffer = "";
  /** Offset of `buffer[0]` in the whole text. */
  private offset = 0;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private rootClosed = false;
  /** Set by `stop()`: the caller has what it needs; nothing more is read. */
  private stopped = false;

  /** `startOffset`: where the first chunk starts in the whole input (after a byte-order mark, say). */
  constructor(
    private readonly handlers: XmlScanHandlers,
    startOffset = 0,
  ) {
    this.offset = startOffset;
  }

  private characters(text: string): void {
    if (text === "") return;
    if (this.stack.length === 0) {
      if (text.trim() !== "") throw new XmlScanError("notWellFormed", "text outside the root element");
      return;
    }
    this.handlers.text(decode(lineFeeds(text)));
  }

  /** Processes what the buffer holds in full; keeps an unfinished tag (or a trailing CR) for later. */
  private run(final: boolean): void {
    const text = this.buffer;
    let at = 0;
    for (;;) {
      if (this.stopped) return;
      const lt = text.indexOf("<", at);
      if (lt < 0) {
        let end = text.length;
        if (!final) {
          // A reference or a CR LF cut by the chunk's end waits for the rest.
          const amp = text.lastIndexOf("&", end - 1);
          if (amp >= at && text.indexOf(";", amp) < 0) end = amp;
          if (end > at && text.charCodeAt(end - 1) === 13) end--;
        }
        this.characters(text.slice(at, end));
        at = end;
        break;
      }
      this.characters(text.slice(at, lt));
      at = lt;
      const next = text.charCodeAt(lt + 1);
      if (next === 47 /* / */) {
        // The end tag must name the open element: compared in place, no slicing.
        const open = this.stack[this.stack.length - 1];
        let i = lt + 2;
        if (open !== undefined && text.startsWith(open, i)) i += open.length;
        else if (text.length - i <= (open?.length ?? 0) && !final) break;
        else throw new XmlScanError("notWellFormed", `end tag where </${open ?? ""}> was expected`);
        while (i < text.length && isSpace(text.charCodeAt(i))) i++;
        if (i >= text.length) {
          if (final) throw new XmlScanError("notWellFormed", "end tag");
          break;
        }
        if (text.charCodeAt(i) !== 62) throw new XmlScanError("notWellFormed", `end tag where </${open}> was expected`);
        this.stack.pop();
        if (this.stack.length === 0) this.rootClosed = true;
        at = i + 1;
        this.handlers.close(open as string, this.offset + at);
        continue;
      }
      if (next === 33 /* ! */ || next === 63 /* ? */) {
        const special = this.special(text, lt, final);
        if (special < 0) break;
        at = special;
        continue;
      }
      const parsed = this.startTag(text, lt, final);
      if (parsed < 0) break;
      at = parsed;
    }
    this.buffer = text.slice(at);
    this.offset += at;
  }

  /**
   * A start tag at `lt`, read character by character (a regular expression per tag, and another per
   * attribute, cost more than the rest of the scan); the offset after it, or -1 when the buffer
   * ends inside it.
   */
  private startTag(text: string, lt: number, final: boolean): number {
    const n = text.length;
    const incomplete = (): number => {
      if (final || n - lt > LONGEST_TAG) throw new XmlScanError("notWellFormed", "start tag");
      return -1;
    };
    let i = lt + 1;
    while (i < n && !isNameEnd(text.charCodeAt(i))) i++;
    if (i >= n) return incomplete();
    if (i === lt + 1) throw new XmlScanError("notWellFormed", "start tag without a name");
    const name = text.slice(lt + 1, i);
    let attributes: Record<string, string> = NO_ATTRIBUTES;
    let selfClosing = false;
    for (;;) {
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      if (i >= n) return incomplete();
      const c = text.charCodeAt(i);
      if (c === 62 /* > */) {
        i++;
        break;
      }
      if (c === 47 /* / */) {
        if (i + 1 >= n) return incomplete();
        if (text.charCodeAt(i + 1) !== 62) throw new XmlScanError("notWellFormed", `<${name}>`);
        selfClosing = true;
        i += 2;
        break;
      }
      const nameStart = i;
      while (i < n && !isNameEnd(text.charCodeAt(i))) i++;
      if (i === nameStart) throw new XmlScanError("notWellFormed", `<${name}>`);
      const attrName = text.slice(nameStart, i);
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      if (i >= n) return incomplete();
      if (text.charCodeAt(i) !== 61 /* = */) throw new XmlScanError("notWellFormed", `<${name}> ${attrName}`);
      i++;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      if (i >= n) return incomplete();
      const quote = text.charCodeAt(i);
      if (quote !== 34 && quote !== 39) throw new XmlScanError("notWellFormed", `<${name}> ${attrName}`);
      const close = text.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (close < 0) return incomplete();
      let value = text.slice(i + 1, close);
      if (value.indexOf("<") >= 0) throw new XmlScanError("notWellFormed", `<${name}> ${attrName}`);
      // Attribute-value normalisation: literal white space becomes a space; references stay as written.
      if (/[\t\n\r]/.test(value)) value = value.replace(/\r\n|[\t\n\r]/g, " ");
      if (attributes === NO_ATTRIBUTES) attributes = {};
      attributes[attrName] = decode(value);
      i = close + 1;
      const after = i < n ? text.charCodeAt(i) : -1;
      if (after !== -1 && !isSpace(after) && after !== 62 && after !== 47) throw new XmlScanError("notWellFormed", `<${name}> ${attrName}`);
    }
    if (this.rootClosed || (this.stack.length === 0 && this.rootSeen)) throw new XmlScanError("notWellFormed", "a second root element");
    this.rootSeen = true;
    const tag: ScanTag = { name, attributes, isSelfClosing: selfClosing, start: this.offset + lt, end: this.offset + i };
    if (!selfClosing) this.stack.push(name);
    this.handlers.open(tag);
    if (selfClosing) {
      if (this.stack.length === 0) this.rootClosed = true;
      this.handlers.close(name, this.offset + i);
    }
    return i;
  }

  /** Comments, CDATA sections, processing instructions; -1 when the buffer ends inside one. */
  private special(text: string, lt: number, final: boolean): number {
    const startsWith = (s: string) => text.startsWith(s, lt);
    const until = (close: string, from: number): number => {
      const end = text.indexOf(close, from);
      if (end < 0) {
        if (final) throw new XmlScanError("notWellFormed", "unterminated markup");
        return -1;
      }
      return end;
    };
    if (text.length - lt < 9 && !final) return -1;
    if (startsWith("<!--")) {
      const end = until("-->", lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (startsWith("<![CDATA[")) {
      const end = until("]]>", lt + 9);
      if (end < 0) return -1;
      if (this.stack.length === 0) throw new XmlScanError("notWellFormed", "CDATA outside the root element");
      this.handlers.text(lineFeeds(text.slice(lt + 9, end)));
      return end + 3;
    }
    if (startsWith("<?")) {
      const end = until("?>", lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (startsWith("<!DOCTYPE")) throw new XmlScanError("doctype", "document type declaration");
    throw new XmlScanError("notWellFormed", "markup declaration");
  }

  /** Ends the scan at the current tag (from a handler): the rest of the input is not read. */
  stop(): void {
    this.stopped = true;
  }

  /**
   * Goes on after a `stop()` from `offset` of the whole input, the elements open at the stop still
   * open: another reader took the text in between (a sheet's rows), and hands back at their end.
   */
  resumeAt(offset: number): void {
    this.buffer = "";
    this.offset = offset;
    this.stopped = false;
  }

  write(chunk: string): this {
    if (this.stopped) return this;
    this.buffer = this.buffer === "" ? chunk : this.buffer + chunk;
    this.run(false);
    return this;
  }

  close(): void {
    this.run(true);
    if (this.buffer !== "" || this.stack.length > 0 || !this.rootSeen)
      throw new XmlScanError("notWellFormed", this.rootSeen ? "unclosed element" : "no root element");
  }
}
