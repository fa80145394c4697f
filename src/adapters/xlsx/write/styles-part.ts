/**
 * `styles.xml`, appended to and never renumbered: every existing font, fill, border, number
 * format and cell format keeps its index, so every cell of the user's workbook keeps its look.
 * A style the writer needs is first looked for among those already there, by content (the
 * add-in's own from an earlier run, or an identical one of the user's), so repeated evaluations
 * leave the part as it was; only what is new is appended, spliced into the original text.
 */
import type { Document, Element } from "@xmldom/xmldom";
import type { CellStyle } from "../../../core/plan/types";
import { childElements, createLike, firstChild, insertInOrder, parseXml, rootOf } from "./dom";
import { spliceStyles } from "./styles-splice";

const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
const FONT_ORDER = [
  "b",
  "i",
  "strike",
  "condense",
  "extend",
  "outline",
  "shadow",
  "u",
  "vertAlign",
  "sz",
  "color",
  "name",
  "family",
  "charset",
  "scheme",
];
const BORDER_ORDER = ["start", "left", "end", "right", "top", "bottom", "diagonal", "vertical", "horizontal"];
const XF_ORDER = ["alignment", "protection", "extLst"];

/** Excel's built-in number formats that need no `<numFmt>` (the locale-independent ones). */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** First id Excel leaves to workbooks' own formats. */
const FIRST_CUSTOM_FORMAT = 164;

export const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/** What of the planned style a patched cell takes: status cells only their fill and font. */
export type PatchScope = "fillAndFont" | "all";

/** Namespace declarations say nothing about a style's content. */
const isDeclaration = (name: string): boolean => name === "xmlns" || name.startsWith("xmlns:");

/** A style item's content, whatever its attribute order and prefixes: what "the same style" means. */
export function contentKey(el: Element): string {
  const attrs: string[] = [];
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (a && !isDeclaration(a.name)) attrs.push(`${a.localName ?? a.name}=${a.value}`);
  }
  attrs.sort();
  const kids = childElements(el).map(contentKey).join("");
  return `<${el.localName}${attrs.length > 0 ? ` ${attrs.join(" ")}` : ""}>${kids}${childElements(el).length === 0 ? (el.textContent ?? "").trim() : ""}</>`;
}

export class StyleBook {
  private readonly doc: Document;
  private readonly root: Element;
  private readonly made = new Map<string, number>();
  /** Per collection: content key → first index holding it. */
  private readonly known = new Map<string, Map<string, number>>();
  /** Items appended, per collection, in order. */
  private readonly added = new Map<string, Element[]>();

  constructor(
    private readonly text: string,
    readonly part: string,
  ) {
    this.doc = parseXml(text, part);
    this.root = rootOf(this.doc);
  }

  get changed(): boolean {
    return this.added.size > 0;
  }

  /** The part with the new items spliced in: everything else keeps its characters. */
  toXml(): string {
    return spliceStyles(this.text, this.part, this.added, STYLESHEET_ORDER);
  }

  private list(name: string): Element {
    let el = firstChild(this.root, name);
    if (!el) {
      el = createLike(this.root, name);
      insertInOrder(this.root, el, STYLESHEET_ORDER);
    }
    return el;
  }

  private items(listName: string, itemName: string): Element[] {
    const el = firstChild(this.root, listName);
    return el ? childElements(el, itemName) : [];
  }

  private index(listName: string): Map<string, number> {
    let index = this.known.get(listName);
    if (!index) {
      index = new Map();
      const list = firstChild(this.root, listName);
      const items = list ? childElements(list) : [];
      for (let i = items.length - 1; i >= 0; i--) index.set(contentKey(items[i]), i);
      this.known.set(listName, index);
    }
    return index;
  }

  /** The index of an item with this content, appending it when the collection has none. */
  private append(listName: string, item: Element): number {
    const index = this.index(listName);
    const key = contentKey(item);
    const found = index.get(key);
    if (found !== undefined) return found;
    const list = this.list(listName);
    list.appendChild(item);
    const position = childElements(list).length - 1;
    index.set(key, position);
    const added = this.added.get(listName) ?? [];
    added.push(item);
    this.added.set(listName, added);
    return position;
  }

  private memo(key: string, make: () => number): number {
    let id = this.made.get(key);
    if (id === undefined) {
      id = make();
      this.made.set(key, id);
    }
    return id;
  }

  numberFormatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const formats = this.items("numFmts", "numFmt");
    const existing = formats.find((f) => f.getAttribute("formatCode") === code);
    if (existing) return Number(existing.getAttribute("numFmtId"));
    return this.memo(`numFmt:${code}`, () => {
      const max = Math.max(FIRST_CUSTOM_FORMAT - 1, ...formats.map((f) => Number(f.getAttribute("numFmtId")) || 0));
      const el = createLike(this.list("numFmts"), "numFmt");
      el.setAttribute("numFmtId", String(max + 1));
      el.setAttribute("formatCode", code);
      this.append("numFmts", el);
      return max + 1;
    });
  }

  private setChild(parent: Element, name: string, order: readonly string[], attrs: Record<string, string> | null): void {
    for (const old of childElements(parent, name)) parent.removeChild(old);
    if (attrs === null) return;
    const el = createLike(parent, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    insertInOrder(parent, el, order);
  }

  /** A font: font `baseId` with the planned properties over it. */
  fontId(baseId: number, font: NonNullable<CellStyle["font"]>): number {
    return this.memo(`font:${baseId}:${JSON.stringify(font)}`, () => {
      const fonts = this.items("fonts", "font");
      const base = fonts[baseId] ?? fonts[0];
      const el = base ? (base.cloneNode(true) as Element) : createLike(this.list("fonts"), "font");
      const flag = (name: string, on: boolean | undefined) => {
        if (on !== undefined) this.setChild(el, name, FONT_ORDER, on ? {} : null);
      };
      flag("b", font.bold);
      flag("i", font.italic);
      if (font.underline !== undefined) this.setChild(el, "u", FONT_ORDER, font.underline ? {} : null);
      if (font.size !== undefined) this.setChild(el, "sz", FONT_ORDER, { val: String(font.size) });
      if (font.color !== undefined) this.setChild(el, "color", FONT_ORDER, { rgb: argb(font.color) });
      if (font.name !== undefined) {
        this.setChild(el, "name", FONT_ORDER, { val: font.name });
        // A scheme font is drawn with the theme's face, whatever its name says.
        this.setChild(el, "scheme", FONT_ORDER, null);
      }
      return this.append("fonts", el);
    });
  }

  fillId(colour: string): number {
    return this.memo(`fill:${colour}`, () => {
      const fill = createLike(this.list("fills"), "fill");
      const pattern = createLike(fill, "patternFill");
      pattern.setAttribute("patternType", "solid");
      const fg = createLike(pattern, "fgColor");
      fg.setAttribute("rgb", argb(colour));
      const bg = createLike(pattern, "bgColor");
      bg.setAttribute("indexed", "64");
      pattern.appendChild(fg);
      pattern.appendChild(bg);
      fill.appendChild(pattern);
      return this.append("fills", fill);
    });
  }

  borderId(border: NonNullable<CellStyle["border"]>): number {
    return this.memo(`border:${JSON.stringify(border)}`, () => {
      const el = createLike(this.list("borders"), "border");
      for (const edge of ["left", "right", "top", "bottom", "diagonal"]) {
        const side = createLike(el, edge);
        if ((border.edges as readonly string[]).includes(edge)) {
          side.setAttribute("style", border.weight ?? "thin");
          const colour = createLike(side, "color");
          colour.setAttribute("rgb", argb(border.color));
          side.appendChild(colour);
        }
        insertInOrder(el, side, BORDER_ORDER);
      }
      return this.append("borders", el);
    });
  }

  private applyAlignment(xf: Element, style: CellStyle): void {
    const wanted: Record<string, string> = {};
    if (style.horizontal) wanted.horizontal = style.horizontal;
    if (style.vertical) wanted.vertical = style.vertical;
    if (style.wrap !== undefined) wanted.wrapText = style.wrap ? "1" : "0";
    if (style.indent !== undefined) wanted.indent = String(style.indent);
    if (Object.keys(wanted).length === 0) return;
    let el = firstChild(xf, "alignment");
    if (!el) {
      el = createLike(xf, "alignment");
      insertInOrder(xf, el, XF_ORDER);
    }
    for (const [k, v] of Object.entries(wanted)) el.setAttribute(k, v);
    xf.setAttribute("applyAlignment", "1");
  }

  private applyProtection(xf: Element, locked: boolean | undefined): void {
    if (locked === undefined) return;
    let el = firstChild(xf, "protection");
    if (!el) {
      el = createLike(xf, "protection");
      insertInOrder(xf, el, XF_ORDER);
    }
    el.setAttribute("locked", locked ? "1" : "0");
    xf.setAttribute("applyProtection", "1");
  }

  private xfElements(): Element[] {
    return this.items("cellXfs", "xf");
  }

  /**
   * A cell format for the add-in's own sheets: the planned style over the workbook's default
   * font (font 0), so an unstyled plan cell looks like any other cell of the workbook.
   */
  xfFor(style: CellStyle | undefined): number {
    if (!style) return 0;
    return this.memo(`xf:${JSON.stringify(style)}`, () => {
      const xf = createLike(this.list("cellXfs"), "xf");
      const numFmt = style.numberFormat !== undefined ? this.numberFormatId(style.numberFormat) : 0;
      const font = style.font ? this.fontId(0, style.font) : 0;
      const fill = style.fill ? this.fillId(style.fill) : 0;
      const border = style.border ? this.borderId(style.border) : 0;
      xf.setAttribute("numFmtId", String(numFmt));
      xf.setAttribute("fontId", String(font));
      xf.setAttribute("fillId", String(fill));
      xf.setAttribute("borderId", String(border));
      xf.setAttribute("xfId", "0");
      if (numFmt !== 0) xf.setAttribute("applyNumberFormat", "1");
      if (font !== 0) xf.setAttribute("applyFont", "1");
      if (fill !== 0) xf.setAttribute("applyFill", "1");
      if (border !== 0) xf.setAttribute("applyBorder", "1");
      // Text typed after an apostrophe: never read as a formula (CT_Xf quotePrefix, 18.8.45).
      if (style.quotePrefix) xf.setAttribute("quotePrefix", "1");
      this.applyAlignment(xf, style);
      this.applyProtection(xf, style.locked);
      return this.append("cellXfs", xf);
    });
  }

  /**
   * A clone of the user's cell format `baseXf` with the planned fill and font (and, for `all`,
   * the planned number format, alignment, border and protection): the cell keeps the rest.
   */
  xfPatched(baseXf: number, style: CellStyle, scope: PatchScope): number {
    return this.memo(`patch:${baseXf}:${scope}:${JSON.stringify(style)}`, () => {
      const xfs = this.xfElements();
      const base = xfs[baseXf] ?? xfs[0];
      const xf = base ? (base.cloneNode(true) as Element) : createLike(this.list("cellXfs"), "xf");
      if (!base) for (const k of ["numFmtId", "fontId", "fillId", "borderId", "xfId"]) xf.setAttribute(k, "0");
      if (style.font) {
        xf.setAttribute("fontId", String(this.fontId(Number(xf.getAttribute("fontId")) || 0, style.font)));
        xf.setAttribute("applyFont", "1");
      }
      if (style.fill) {
        xf.setAttribute("fillId", String(this.fillId(style.fill)));
        xf.setAttribute("applyFill", "1");
      }
      if (scope === "all") {
        if (style.numberFormat !== undefined) {
          xf.setAttribute("numFmtId", String(this.numberFormatId(style.numberFormat)));
          xf.setAttribute("applyNumberFormat", "1");
        }
        if (style.border) {
          xf.setAttribute("borderId", String(this.borderId(style.border)));
          xf.setAttribute("applyBorder", "1");
        }
        this.applyAlignment(xf, style);
        this.applyProtection(xf, style.locked);
      }
      return this.append("cellXfs", xf);
    });
  }
}

/** Styles for a package that has none (the minimal one Excel accepts). */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  "</styleSheet>";
