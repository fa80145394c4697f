/** Strict XML reading for the part-writer tests: any parser complaint fails the test. */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  v: "urn:schemas-microsoft-com:vml",
  o: "urn:schemas-microsoft-com:office:office",
  x: "urn:schemas-microsoft-com:office:excel",
} as const;

export function parseXml(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
}

export function elementChildren(parent: Element, ns?: string, localName?: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (ns !== undefined && element.namespaceURI !== ns) continue;
    if (localName !== undefined && element.localName !== localName) continue;
    found.push(element);
  }
  return found;
}

/** The only child of that name; fails when there is none or several. */
export function only(parent: Element, ns: string, localName: string): Element {
  const found = elementChildren(parent, ns, localName);
  if (found.length !== 1) throw new Error(`expected one ${localName} in ${parent.tagName}, found ${found.length}`);
  return found[0];
}

/** Follows a path of local names in one namespace: `path(root, NS.chart, "chart", "plotArea")`. */
export function path(from: Element, ns: string, ...names: string[]): Element {
  return names.reduce((element, name) => only(element, ns, name), from);
}

export function localNames(parent: Element): string[] {
  return elementChildren(parent).map((e) => e.localName ?? "");
}

/**
 * The children's names follow `order` (a schema sequence, each name optional or repeated):
 * every name is known and none comes before one listed earlier.
 */
export function expectSchemaOrder(parent: Element, order: readonly string[]): void {
  const names = localNames(parent);
  const positions = names.map((name) => order.indexOf(name));
  const unknown = names.filter((_, i) => positions[i] < 0);
  if (unknown.length > 0) throw new Error(`${parent.tagName}: not in the schema sequence: ${unknown.join(", ")}`);
  positions.forEach((position, i) => {
    if (i > 0 && position < positions[i - 1]) throw new Error(`${parent.tagName}: ${names[i]} after ${names[i - 1]}`);
  });
}

export function attr(element: Element, name: string): string | null {
  return element.getAttribute(name);
}

export function val(element: Element, ns: string, localName: string): string | null {
  return only(element, ns, localName).getAttribute("val");
}
