/**
 * DOM access for the small parts the writer edits (workbook, relationships, content types,
 * styles): namespace-agnostic helpers over @xmldom/xmldom trees (packages use any prefix, or
 * none, for the same namespace). Strings are written by `./xml`.
 */
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from "@xmldom/xmldom";

export class XmlPartError extends Error {
  constructor(
    readonly part: string,
    message: string,
  ) {
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
    if (node.nodeType === ELEMENT_NODE && (localName === undefined || (node as Element).localName === localName))
      found.push(node as Element);
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
