/**
 * New style items written into `styles.xml` by splicing its text: each collection that grows gets
 * its items before its end tag and its `count` attribute updated; every other character of the
 * part stays as its writer spelled it (LibreOffice's `<xf …></xf>` stays, a prefix stays).
 */
import type { Element } from "@xmldom/xmldom";
import { SaxesParser } from "saxes";
import { childElements, XmlPartError } from "./dom";
import { escapeAttr, escapeText } from "./xml";

interface Collection {
  readonly local: string;
  readonly start: number;
  readonly openEnd: number;
  readonly selfClosing: boolean;
  closeStart: number;
  end: number;
  items: number;
}

const local = (qname: string): string => qname.slice(qname.indexOf(":") + 1);

/** The root's children with their places in the text, and where the root's end tag starts. */
function collections(text: string, part: string): { children: Collection[]; rootClose: number; prefix: string } {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const children: Collection[] = [];
  let depth = 0;
  let rootClose = -1;
  let prefix = "";
  const startOf = () => text.lastIndexOf("<", parser.position - 1);
  parser.on("opentag", (node) => {
    if (depth === 0) {
      const colon = node.name.indexOf(":");
      prefix = colon > 0 ? node.name.slice(0, colon + 1) : "";
    }
    if (depth === 1) {
      const c: Collection = {
        local: local(node.name),
        start: startOf(),
        openEnd: parser.position,
        selfClosing: node.isSelfClosing,
        closeStart: parser.position,
        end: parser.position,
        items: 0,
      };
      children.push(c);
    } else if (depth === 2) children[children.length - 1].items++;
    if (!node.isSelfClosing) depth++;
  });
  parser.on("closetag", (node) => {
    if (node.isSelfClosing) return;
    depth--;
    if (depth === 1) {
      const c = children[children.length - 1];
      c.closeStart = startOf();
      c.end = parser.position;
    } else if (depth === 0) rootClose = startOf();
  });
  parser.on("error", (error) => {
    throw new XmlPartError(part, error.message);
  });
  parser.write(text).close();
  return { children, rootClose, prefix };
}

/** An element as markup, its qualified names as the document spells them. */
export function outerXml(el: Element): string {
  let out = `<${el.tagName}`;
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (a) out += ` ${a.name}="${escapeAttr(a.value)}"`;
  }
  const kids = childElements(el);
  const body = kids.length > 0 ? kids.map(outerXml).join("") : escapeText(el.textContent ?? "");
  return body === "" ? `${out}/>` : `${out}>${body}</${el.tagName}>`;
}

/** The start tag's text with `count` set (added when missing), nothing else touched. */
function withCount(startTag: string, count: number, selfClosing: boolean): string {
  const open = selfClosing ? startTag.replace(/\s*\/>$/, ">") : startTag;
  const attr = /(\s)count\s*=\s*("[^"]*"|'[^']*')/;
  if (attr.test(open)) return open.replace(attr, `$1count="${count}"`);
  return open.replace(/\s*>$/, ` count="${count}">`);
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Among insertions at one place, the schema's order. */
  readonly rank?: number;
}

export function spliceStyles(text: string, part: string, added: ReadonlyMap<string, readonly Element[]>, order: readonly string[]): string {
  if (added.size === 0) return text;
  const { children, rootClose, prefix } = collections(text, part);
  const edits: Edit[] = [];
  for (const [name, items] of added) {
    const xml = items.map(outerXml).join("");
    const existing = children.find((c) => c.local === name);
    if (existing) {
      const count = existing.items + items.length;
      const startTag = text.slice(existing.start, existing.openEnd);
      if (existing.selfClosing) {
        edits.push({ start: existing.start, end: existing.end, text: `${withCount(startTag, count, true)}${xml}</${prefix}${name}>` });
      } else {
        edits.push({ start: existing.start, end: existing.openEnd, text: withCount(startTag, count, false) });
        edits.push({ start: existing.closeStart, end: existing.closeStart, text: xml });
      }
      continue;
    }
    // A collection the part lacks goes before the first known one the schema puts after it.
    const rank = order.indexOf(name);
    const next = children.find((c) => order.indexOf(c.local) > rank);
    const at = next ? next.start : rootClose;
    edits.push({ start: at, end: at, text: `<${prefix}${name} count="${items.length}">${xml}</${prefix}${name}>`, rank });
  }
  // At one place: new collections first (in schema order), then the edit of the element there.
  edits.sort((a, b) => a.start - b.start || (a.rank ?? Infinity) - (b.rank ?? Infinity));
  let out = "";
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
