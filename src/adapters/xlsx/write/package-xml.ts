/**
 * DOM edits of the package's small XML parts: relationships, content types, `workbook.xml`
 * and `docProps/app.xml`. Namespaces, prefixes, unknown elements and element order are kept.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { relativeTarget, relsPathOf, resolveTarget } from "../package";
import type { Staged } from "./staged";
import { childElements, createLike, firstChild, insertInOrder, parseXml, prefixFor, rootOf, serializeXml } from "./dom";
import { XML_DECLARATION } from "./xml";

const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const CONTENT_TYPES = "[Content_Types].xml";

/** A parsed part that is written back only when edited. */
class EditablePart {
  readonly doc: Document;
  dirty = false;

  constructor(
    protected readonly staged: Staged,
    readonly path: string,
    fallback: string,
  ) {
    this.doc = parseXml(staged.text(path) ?? fallback, path);
  }

  get root(): Element {
    return rootOf(this.doc);
  }

  save(): void {
    if (!this.dirty) return;
    const text = serializeXml(this.doc);
    this.staged.set(this.path, text.startsWith("<?xml") ? text : XML_DECLARATION + text);
  }
}

export class RelsPart extends EditablePart {
  constructor(
    staged: Staged,
    readonly source: string,
  ) {
    super(staged, relsPathOf(source), `<Relationships xmlns="${PACKAGE_RELS}"/>`);
  }

  entries(): { id: string; type: string; target: string; external: boolean; el: Element }[] {
    return childElements(this.root, "Relationship").map((el) => ({
      id: el.getAttribute("Id") ?? "",
      type: el.getAttribute("Type") ?? "",
      target: el.getAttribute("Target") ?? "",
      external: el.getAttribute("TargetMode") === "External",
      el,
    }));
  }

  /** Part names this part points at (internal relationships only). */
  targets(): string[] {
    return this.entries()
      .filter((r) => !r.external)
      .map((r) => resolveTarget(this.source, r.target));
  }

  /** A new relationship to `targetPart`; its id is Excel's next `rIdN`. */
  add(type: string, targetPart: string): string {
    const used = new Set(this.entries().map((r) => r.id));
    let n = 1 + Math.max(0, ...[...used].map((id) => Number(/^rId(\d+)$/.exec(id)?.[1] ?? 0)));
    while (used.has(`rId${n}`)) n++;
    const el = createLike(this.root, "Relationship");
    el.setAttribute("Id", `rId${n}`);
    el.setAttribute("Type", type);
    el.setAttribute("Target", relativeTarget(this.source, targetPart));
    this.root.appendChild(el);
    this.dirty = true;
    return `rId${n}`;
  }

  /** A new relationship to an address outside the package (a hyperlink's web page or file). */
  addExternal(type: string, target: string): string {
    const id = this.add(type, "");
    const el = this.entries().find((r) => r.id === id)?.el as Element;
    el.setAttribute("Target", target);
    el.setAttribute("TargetMode", "External");
    return id;
  }

  isEmpty(): boolean {
    return this.entries().length === 0;
  }
}

export class ContentTypesPart extends EditablePart {
  constructor(staged: Staged) {
    super(staged, CONTENT_TYPES, `<Types xmlns="${CONTENT_TYPES_NS}"/>`);
  }

  private overrides(): Element[] {
    return childElements(this.root, "Override");
  }

  private samePart(el: Element, part: string): boolean {
    return (el.getAttribute("PartName") ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase();
  }

  override(part: string, contentType: string): void {
    const existing = this.overrides().find((el) => this.samePart(el, part));
    if (existing) {
      if (existing.getAttribute("ContentType") === contentType) return;
      existing.setAttribute("ContentType", contentType);
    } else {
      const el = createLike(this.root, "Override");
      el.setAttribute("PartName", `/${part}`);
      el.setAttribute("ContentType", contentType);
      this.root.appendChild(el);
    }
    this.dirty = true;
  }

  ensureDefault(extension: string, contentType: string): void {
    const defaults = childElements(this.root, "Default");
    if (defaults.some((el) => (el.getAttribute("Extension") ?? "").toLowerCase() === extension.toLowerCase())) return;
    const el = createLike(this.root, "Default");
    el.setAttribute("Extension", extension);
    el.setAttribute("ContentType", contentType);
    this.root.insertBefore(el, this.overrides()[0] ?? null);
    this.dirty = true;
  }

  drop(part: string): void {
    for (const el of this.overrides()) {
      if (!this.samePart(el, part)) continue;
      this.root.removeChild(el);
      this.dirty = true;
    }
  }
}

const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "AlternateContent",
  "absPath",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

export class WorkbookPart extends EditablePart {
  constructor(
    staged: Staged,
    path: string,
    private readonly relationshipsNs: string,
  ) {
    super(staged, path, "");
  }

  private child(name: string): Element {
    let el = firstChild(this.root, name);
    if (!el) {
      el = createLike(this.root, name);
      insertInOrder(this.root, el, WORKBOOK_ORDER);
      this.dirty = true;
    }
    return el;
  }

  sheetElements(): Element[] {
    const sheets = firstChild(this.root, "sheets");
    return sheets ? childElements(sheets, "sheet") : [];
  }

  /** A new `<sheet>` at the end (so existing `localSheetId`s stay valid); its position. */
  appendSheet(name: string, sheetId: number, relId: string): number {
    const sheets = this.child("sheets");
    const el = createLike(sheets, "sheet");
    el.setAttribute("name", name);
    el.setAttribute("sheetId", String(sheetId));
    const prefix = prefixFor(this.doc, this.relationshipsNs) ?? "r";
    el.setAttributeNS(this.relationshipsNs, `${prefix}:id`, relId);
    sheets.appendChild(el);
    this.dirty = true;
    return this.sheetElements().length - 1;
  }

  sheetPosition(relId: string): number {
    return this.sheetElements().findIndex((el) => relIdOf(el) === relId);
  }

  private names(): Element[] {
    const names = firstChild(this.root, "definedNames");
    return names ? childElements(names, "definedName") : [];
  }

  /**
   * Adds a name, or repoints an existing one of the same scope (Excel compares names without
   * case): its other attributes (hidden, comment, description) are the user's and stay.
   */
  setName(name: string, formula: string, localSheetId: number | null, comment?: string): void {
    const same = (el: Element) => {
      const local = el.getAttribute("localSheetId");
      const scope = local === null || local === "" ? null : Number(local);
      return scope === localSheetId && (el.getAttribute("name") ?? "").toLocaleUpperCase("en-US") === name.toLocaleUpperCase("en-US");
    };
    const existing = this.names().find(same);
    if (existing) {
      if (existing.textContent === formula) return;
      while (existing.firstChild) existing.removeChild(existing.firstChild);
      existing.appendChild(this.doc.createTextNode(formula));
    } else {
      const list = this.child("definedNames");
      const el = createLike(list, "definedName");
      el.setAttribute("name", name);
      if (comment) el.setAttribute("comment", comment);
      if (localSheetId !== null) el.setAttribute("localSheetId", String(localSheetId));
      el.appendChild(this.doc.createTextNode(formula));
      list.appendChild(el);
    }
    this.dirty = true;
  }

  /** Drops the named sheet-scoped names of one sheet (a replaced sheet's old print settings). */
  dropLocalNames(localSheetId: number, names: readonly string[]): void {
    const wanted = names.map((n) => n.toLowerCase());
    for (const el of this.names()) {
      if (el.getAttribute("localSheetId") !== String(localSheetId)) continue;
      if (!wanted.includes((el.getAttribute("name") ?? "").toLowerCase())) continue;
      el.parentNode?.removeChild(el);
      this.dirty = true;
    }
    const list = firstChild(this.root, "definedNames");
    if (list && childElements(list).length === 0) this.root.removeChild(list);
  }

  /** Makes the sheet at `position` the active tab of the first window. */
  activate(position: number): void {
    const views = this.child("bookViews");
    let view = firstChild(views, "workbookView");
    if (!view) {
      view = createLike(views, "workbookView");
      views.appendChild(view);
    }
    if (view.getAttribute("activeTab") !== String(position)) {
      view.setAttribute("activeTab", String(position));
      this.dirty = true;
    }
    const first = Number(view.getAttribute("firstSheet") ?? 0);
    if (first > position) {
      view.setAttribute("firstSheet", String(position));
      this.dirty = true;
    }
  }

  /** The tab shown at `position` today (0 when unset). */
  activeTab(): number {
    const views = firstChild(this.root, "bookViews");
    const view = views ? firstChild(views, "workbookView") : undefined;
    return Number(view?.getAttribute("activeTab") ?? 0) || 0;
  }
}

/**
 * `docProps/app.xml` lists the sheets' names (TitlesOfParts) by groups that HeadingPairs counts.
 * Excel localises the groups' labels, so the worksheet group is the one that lists exactly the
 * workbook's worksheets; when none does, the part is left as it is (it is only a summary).
 */
export class AppPropertiesPart extends EditablePart {
  constructor(staged: Staged, path: string) {
    super(staged, path, "");
  }

  addWorksheetTitle(worksheetNames: readonly string[], title: string): void {
    const heading = firstChild(this.root, "HeadingPairs");
    const titles = firstChild(this.root, "TitlesOfParts");
    const headingVector = heading ? firstChild(heading, "vector") : undefined;
    const titleVector = titles ? firstChild(titles, "vector") : undefined;
    if (!headingVector || !titleVector) return;
    const variants = childElements(headingVector, "variant");
    const lpstrs = childElements(titleVector, "lpstr");
    let offset = 0;
    for (let i = 0; i + 1 < variants.length; i += 2) {
      const countEl = childElements(variants[i + 1])[0];
      const count = Number(countEl?.textContent ?? NaN);
      if (!countEl || !Number.isInteger(count)) return;
      const group = lpstrs.slice(offset, offset + count).map((el) => el.textContent ?? "");
      const isWorksheets = count === worksheetNames.length && group.every((t, j) => t.toLowerCase() === worksheetNames[j].toLowerCase());
      if (isWorksheets) {
        const el = this.doc.createElementNS(titleVector.namespaceURI, titleVector.prefix ? `${titleVector.prefix}:lpstr` : "lpstr");
        el.appendChild(this.doc.createTextNode(title));
        titleVector.insertBefore(el, lpstrs[offset + count] ?? null);
        titleVector.setAttribute("size", String(lpstrs.length + 1));
        while (countEl.firstChild) countEl.removeChild(countEl.firstChild);
        countEl.appendChild(this.doc.createTextNode(String(count + 1)));
        this.dirty = true;
        return;
      }
      offset += count;
    }
  }
}

/** The `id` attribute in the relationships namespace, whatever its prefix. */
export function relIdOf(el: Element): string {
  for (let i = 0; i < el.attributes.length; i++) {
    const attr = el.attributes.item(i);
    if (attr && attr.localName === "id" && attr.namespaceURI && /relationships$/.test(attr.namespaceURI)) return attr.value;
  }
  return "";
}
