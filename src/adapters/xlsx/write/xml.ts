/**
 * Small XML helpers for the writer: escaping for generated parts, and namespace-agnostic access to
 * @xmldom/xmldom trees (packages use any prefix, or none, for the same namespace).
 */
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from "@xmldom/xmldom";

/** A literal `_xHHHH_` in text would be decoded by Excel: its `_` is escaped as `_x005F_`. */
const LITERAL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

/** Characters XML 1.0 forbids even escaped (controls but tab, LF, CR; U+FFFE, U+FFFF). */
function forbidden(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}

/** OOXML spells forbidden characters `_xHHHH_` (ST_Xstring); a lone surrogate becomes U+FFFD. */
function ooxmlText(text: string): string {
  let out = "";
  const escaped = text.replace(LITERAL_ESCAPE, "_x005F_$1");
  for (let i = 0; i < escaped.length; i++) {
    const code = escaped.charCodeAt(i);
    if (forbidden(code)) out += `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = escaped.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += escaped[i] + escaped[i + 1];
        i++;
      } else out += "\uFFFD";
    } else if (code >= 0xdc00 && code <= 0xdfff) out += "\uFFFD";
    else out += escaped[i];
  }
  return out;
}

/** Element text content. */
export function escapeText(text: string): string {
  return ooxmlText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Attribute value (double-quoted); line breaks and tabs kept as character references. */
export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

/** `<name a="1" b="x"/>` or with content; attributes whose value is undefined are left out. */
export function tag(name: string, attrs: Readonly<Record<string, string | number | boolean | undefined>>, content?: string): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${key}="${escapeAttr(typeof value === "boolean" ? (value ? "1" : "0") : String(value))}"`;
  }
  return content === undefined ? `${out}/>` : `${out}>${content}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export class XmlPartError extends Error {
  constructor(readonly part: string, message: string) {
    super(`${part}: ${message}`);
    this.name = "XmlPartError";
  }
}

/** Parses a part, failing (rather than guessing) on malformed XML. */
export function parseXml(text: string, part: string): Document {
  const errors: string[] = [];
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== "warning") errors.push(message);
      },
    }).parseFromString(text, "text/xml");
  } catch (error) {
    // xmldom throws its ParseError on a fatal error (after reporting it through onError).
    throw new XmlPartError(part, errors[0] ?? (error as Error).message);
  }
  // A DTD has no place in a package part, and its entities are an expansion risk: refused.
  if (doc.doctype) throw new XmlPartError(part, "document type declaration");
  if (errors.length > 0 || !doc.documentElement) throw new XmlPartError(part, errors[0] ?? "no root element");
  return doc;
}

/** The root element of a parsed part. */
export function rootOf(doc: Document): Element {
  return doc.documentElement as Element;
}

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

const ELEMENT_NODE = 1;

export function childElements(parent: Node, localName?: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE && (localName === undefined || (node as Element).localName === localName)) found.push(node as Element);
  }
  return found;
}

export function firstChild(parent: Node, localName: string): Element | undefined {
  return childElements(parent, localName)[0];
}

/** A new element in the parent's namespace and with its prefix, so the part keeps its spelling. */
export function createLike(parent: Element, localName: string): Element {
  const doc = parent.ownerDocument as Document;
  const prefix = parent.prefix ? `${parent.prefix}:` : "";
  return doc.createElementNS(parent.namespaceURI, `${prefix}${localName}`);
}

/**
 * Inserts `child` among `parent`'s children so that the schema's element order holds: before
 * the first existing child that the order puts after it. Unknown children (extensions) keep
 * their place; the new one goes before the first known successor or at the end.
 */
export function insertInOrder(parent: Element, child: Element, order: readonly string[]): void {
  const rank = order.indexOf(child.localName ?? "");
  const after = childElements(parent).find((el) => {
    return order.indexOf(el.localName ?? "") > rank;
  });
  parent.insertBefore(child, after ?? null);
}

/** The prefix bound to `namespace` on the root element, if any. */
export function prefixFor(doc: Document, namespace: string): string | null {
  const root = doc.documentElement as Element;
  for (let i = 0; i < root.attributes.length; i++) {
    const attr = root.attributes.item(i);
    if (attr && attr.name.startsWith("xmlns:") && attr.value === namespace) return attr.name.slice(6);
  }
  return null;
}
