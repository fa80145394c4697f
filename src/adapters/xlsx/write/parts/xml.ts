/**
 * A minimal XML writer for the parts of this folder. Markup can only be made by `el`, `text`
 * and `raw`-free composition, so a string from the plan can never reach the output unescaped:
 * the `Xml` brand is what the compiler checks.
 */

declare const xmlBrand: unique symbol;
/** Serialized, well-formed XML (an element, escaped text, or several of them). */
export type Xml = string & { readonly [xmlBrand]: true };

export type AttrValue = string | number | boolean | undefined;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Non-characters and UTF-16 halves without their partner: XML 1.0 cannot hold them. */
const UNPAIRED = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const isBreak = (code: number): boolean => code === 0x09 || code === 0x0a || code === 0x0d;

/** Replaces the C0 control characters that `keep` does not keep (a loop: lint forbids them in regular expressions). */
function replaceControls(value: string, keep: (code: number) => boolean, replacement: (code: number) => string): string {
  let out = "";
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 && !keep(code)) {
      out += value.slice(start, i) + replacement(code);
      start = i + 1;
    }
  }
  return start === 0 ? value : out + value.slice(start);
}

function escapeText(value: string): string {
  return replaceControls(value, isBreak, () => "\uFFFD")
    .replace(UNPAIRED, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** Attribute values also keep their tabs and line breaks (a parser would fold them to spaces). */
function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

/**
 * SpreadsheetML's ST_Xstring: Excel reads `_xHHHH_` as the character HHHH, so control characters
 * (which XML cannot hold) are written that way, and a literal `_xHHHH_` in the user's text gets
 * its underscore escaped, or Excel would turn it into a character. Tabs and line breaks stay,
 * unless `keepBreaks` is false (attributes, where Excel writes them escaped too).
 */
export function xstring(value: string, options: { readonly keepBreaks?: boolean } = {}): string {
  const keep = options.keepBreaks === false ? () => false : isBreak;
  return replaceControls(value.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1"), keep, (code) => `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** Escaped character data. */
export function text(value: string): Xml {
  return escapeText(value) as Xml;
}

/**
 * An element. Attributes whose value is `undefined` are left out; booleans become `1`/`0` (the
 * spelling Excel writes for xsd:boolean). Children are markup already, never plain strings.
 */
export function el(name: string, attrs: Readonly<Record<string, AttrValue>> = {}, ...children: readonly (Xml | null | undefined | false)[]): Xml {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    const textValue = typeof value === "boolean" ? (value ? "1" : "0") : typeof value === "number" ? numberText(value) : value;
    open += ` ${key}="${escapeAttr(textValue)}"`;
  }
  const body = children.filter((c): c is Xml => typeof c === "string").join("");
  return (body === "" ? `${open}/>` : `${open}>${body}</${name}>`) as Xml;
}

/** Several nodes side by side. */
export function join(nodes: readonly (Xml | null | undefined | false)[]): Xml {
  return nodes.filter((c): c is Xml => typeof c === "string").join("") as Xml;
}

/** A whole part: declaration and root. */
export function part(root: Xml): string {
  return XML_DECLARATION + root;
}

/** Numbers as XML Schema doubles: no exponent surprises for ordinary values, `INF`/`NaN` never written. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingml: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  vml: "urn:schemas-microsoft-com:vml",
  office: "urn:schemas-microsoft-com:office:office",
  excel: "urn:schemas-microsoft-com:office:excel",
} as const;
