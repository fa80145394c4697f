/**
 * The encodings a package's XML parts may use: UTF-8 or UTF-16 (ECMA-376 Part 2, 8.1.4; the
 * XML 1.0 recommendation, appendix F, says how to tell them apart). Any other declared encoding
 * is refused rather than guessed.
 */
export type XmlEncoding = "utf8" | "utf16le" | "utf16be";

const DECLARED = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']/;

/** The encoding from the byte-order mark or the first bytes; null for a declared other encoding. */
export function xmlEncodingOf(data: Uint8Array): XmlEncoding | null {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return "utf16le";
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return "utf16be";
  if (data.length >= 4 && data[0] === 0x3c && data[1] === 0 && data[2] === 0x3f && data[3] === 0) return "utf16le";
  if (data.length >= 4 && data[0] === 0 && data[1] === 0x3c && data[2] === 0 && data[3] === 0x3f) return "utf16be";
  const head = Buffer.from(data.subarray(0, 200)).toString("latin1");
  const declared = DECLARED.exec(head)?.[1].toLowerCase();
  if (declared === undefined || declared === "utf-8" || declared === "utf8") return "utf8";
  return null;
}

/**
 * A part's text, BOM dropped. A UTF-16 part's declaration is made to say UTF-8, so that an
 * edited copy (always written as UTF-8) declares what it is.
 */
export function decodeXmlBytes(data: Buffer): string | null {
  const encoding = xmlEncodingOf(data);
  if (encoding === null) return null;
  let text: string;
  if (encoding === "utf8") text = data.toString("utf8");
  else {
    const even = data.subarray(0, data.length - (data.length % 2));
    text = (encoding === "utf16be" ? Buffer.from(even).swap16() : even).toString("utf16le");
    text = text.replace(/^(\uFEFF?\s*<\?xml[^>]*?\bencoding\s*=\s*["'])[^"']*(["'])/, "$1UTF-8$2");
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
