/**
 * The writer's one XML string writer: every part the add-in generates, and every cell spliced
 * into a user's sheet, is spelled here, so a character is escaped the same way everywhere.
 * Markup is made by `el`/`tag` from escaped pieces; a string from the plan never reaches the
 * output unescaped (the `Xml` brand is what the compiler checks for the parts).
 */

declare const xmlBrand: unique symbol;
/** Serialized, well-formed XML (an element, escaped text, or several of them). */
export type Xml = string & { readonly [xmlBrand]: true };

export type AttrValue = string | number | boolean | undefined;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Non-characters and UTF-16 halves without their partner: XML 1.0 cannot hold them. */
const UNPAIRED = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

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

const isTabOrLineFeed = (code: number): boolean => code === 0x09 || code === 0x0a;

/**
 * Character data. A carriage return is written `&#13;`: a parser turns a literal one (and CR LF)
 * into a line feed. Other controls and unpaired surrogates cannot be written at all: U+FFFD.
 */
export function escapeText(value: string): string {
  return replaceControls(
    value.replace(UNPAIRED, "\uFFFD"),
    (code) => isTabOrLineFeed(code) || code === 0x0d,
    () => "\uFFFD",
  )
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;");
}

/** Attribute values also keep their tabs and line feeds (a parser would fold them to spaces). */
export function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

/**
 * SpreadsheetML's ST_Xstring: Excel reads `_xHHHH_` as the character HHHH, so control characters
 * (which XML cannot hold) and carriage returns are written that way (Excel writes `_x000D_`), and
 * a literal `_xHHHH_` in the user's text gets its underscore escaped, or Excel would turn it into a
 * character. Tabs and line feeds stay, unless `keepBreaks` is false (attributes, where Excel
 * writes them escaped too). The result is text still to be escaped (`text`, `escapeText`).
 */
export function xstring(value: string, options: { readonly keepBreaks?: boolean } = {}): string {
  const keep = options.keepBreaks === false ? () => false : isTabOrLineFeed;
  return replaceControls(
    value.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1"),
    keep,
    (code) => `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}

/**
 * The text a reader gets back from `escapeText(xstring(value))`: the same string, except what
 * XML cannot hold in any spelling (unpaired surrogates, U+FFFE/U+FFFF), which is written U+FFFD.
 * The check after saving compares with this, not with the plan's raw text.
 */
export function textAsWritten(value: string): string {
  return value.replace(UNPAIRED, "\uFFFD");
}

/** Escaped character data. */
export function text(value: string): Xml {
  return escapeText(value) as Xml;
}

/** Numbers as XML Schema doubles: no exponent surprises for ordinary values, `INF`/`NaN` never written. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

function attributes(attrs: Readonly<Record<string, AttrValue>>): string {
  let out = "";
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    const textValue = typeof value === "boolean" ? (value ? "1" : "0") : typeof value === "number" ? numberText(value) : value;
    out += ` ${key}="${escapeAttr(textValue)}"`;
  }
  return out;
}

/**
 * An element. Attributes whose value is `undefined` are left out; booleans become `1`/`0` (the
 * spelling Excel writes for xsd:boolean). Children are markup already, never plain strings.
 */
export function el(
  name: string,
  attrs: Readonly<Record<string, AttrValue>> = {},
  ...children: readonly (Xml | null | undefined | false)[]
): Xml {
  const body = children.filter((c): c is Xml => typeof c === "string").join("");
  const open = `<${name}${attributes(attrs)}`;
  return (body === "" ? `${open}/>` : `${open}>${body}</${name}>`) as Xml;
}

/** `<name a="1"/>`, or with `content` (markup already escaped): the untyped form, for worksheet text. */
export function tag(name: string, attrs: Readonly<Record<string, AttrValue>>, content?: string): string {
  const open = `<${name}${attributes(attrs)}`;
  return content === undefined ? `${open}/>` : `${open}>${content}</${name}>`;
}

/** A start tag alone (`<row r="3">`), for a splice that keeps the element's content. */
export function startTag(name: string, attrs: Readonly<Record<string, AttrValue>>, selfClosing: boolean): string {
  return `<${name}${attributes(attrs)}${selfClosing ? "/>" : ">"}`;
}

/** Several nodes side by side. */
export function join(nodes: readonly (Xml | null | undefined | false)[]): Xml {
  return nodes.filter((c): c is Xml => typeof c === "string").join("") as Xml;
}

/** A whole part: declaration and root. */
export function part(root: Xml): string {
  return XML_DECLARATION + root;
}
