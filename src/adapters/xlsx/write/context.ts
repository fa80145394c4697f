/**
 * What every step of applying a plan shares: the staged edits, the workbook's index and small
 * parts (parsed once), the styles, the package's conformance class, and what was written so far.
 */
import { sameSheetName } from "../../../core/address";
import type { CellStyle, WritePlan } from "../../../core/plan/types";
import type { HeadEdit, XlsxPackage } from "../package";
import { relsPathOf, resolveTarget } from "../package";
import { xmlEncodingOf } from "../xml-bytes";
import { readWorkbookIndex, type SheetEntry, type WorkbookIndex } from "../read/workbook-index";
import { readRelationships as readRels } from "../read/xml";
import {
  CONTENT_TYPES,
  inConformance,
  relationshipsNamespace,
  relationshipType,
  relTypeIs,
  type Conformance,
  type RelationshipKind,
} from "./ooxml";
import { AppPropertiesPart, ContentTypesPart, RelsPart, WorkbookPart } from "./package-xml";
import { WriteRefusal } from "./refusal";
import { Staged } from "./staged";
import { appPropertiesOrNull } from "./tolerant";
import { MINIMAL_STYLES, StyleBook } from "./styles-part";
import type { PlanValue } from "../../../core/plan/types";

export interface WrittenCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** For a formula cell, its cached value. */
  readonly value: PlanValue;
  /** A formula as the package stores it (`_xlfn.` prefixes included), without `=`. */
  readonly formula?: string;
}

export class WriteContext {
  readonly staged: Staged;
  readonly index: WorkbookIndex;
  readonly conformance: Conformance;
  readonly workbook: WorkbookPart;
  readonly workbookRels: RelsPart;
  readonly contentTypes: ContentTypesPart;
  readonly styles: StyleBook;
  readonly stylesPart: string;
  readonly written: WrittenCell[] = [];
  /** Worksheet parts generated whole by this apply. */
  readonly generated = new Set<string>();
  /** User sheet parts as they will be written (spliced), by part name. */
  readonly sheetBytes = new Map<string, HeadEdit>();
  /** User sheet parts as read, by part name. */
  private readonly sheetsRead = new Map<string, Buffer>();
  /** VML shape-id blocks handed out so far in this apply. */
  usedVmlBlocks = 0;
  private app: AppPropertiesPart | null | undefined;

  constructor(
    pkg: XlsxPackage,
    readonly plan: WritePlan,
  ) {
    this.staged = new Staged(pkg);
    this.index = readWorkbookIndex(pkg);
    this.conformance = this.index.strict ? "strict" : "transitional";
    this.workbook = new WorkbookPart(this.staged, this.index.workbookPart, relationshipsNamespace(this.conformance));
    this.workbookRels = new RelsPart(this.staged, this.index.workbookPart);
    this.contentTypes = new ContentTypesPart(this.staged);
    const stylesRel = this.workbookRels.entries().find((r) => relTypeIs(r.type, "styles") && !r.external);
    this.stylesPart = stylesRel ? resolveTarget(this.index.workbookPart, stylesRel.target) : "xl/styles.xml";
    const stylesText = this.staged.text(this.stylesPart);
    this.styles = new StyleBook(stylesText ?? inConformance(MINIMAL_STYLES, this.conformance), this.stylesPart);
    if (stylesText === undefined) {
      this.workbookRels.add(this.relType("styles"), this.stylesPart);
      this.contentTypes.override(this.stylesPart, CONTENT_TYPES.styles);
    }
  }

  relType(kind: RelationshipKind): string {
    return relationshipType(kind, this.conformance);
  }

  /** A part the writer generated (in transitional spelling), staged in the package's own. */
  setGenerated(path: string, xml: string): void {
    this.staged.set(path, inConformance(xml, this.conformance));
  }

  style(key: string | undefined, where: string): CellStyle | undefined {
    if (key === undefined) return undefined;
    const style = this.plan.styles[key];
    if (!style) throw new WriteRefusal("unknownStyle", `${where}: ${key}`);
    return style;
  }

  private readonly xfByKey = new Map<string | undefined, number>();

  /** The cell format of a plan style key on the add-in's own sheets (one lookup per key, not per cell). */
  xfOf(key: string | undefined, where: string): number {
    let xf = this.xfByKey.get(key);
    if (xf === undefined) {
      xf = this.styles.xfFor(this.style(key, where));
      this.xfByKey.set(key, xf);
    }
    return xf;
  }

  sheet(name: string): SheetEntry | undefined {
    return this.index.sheets.find((s) => sameSheetName(s.name, name));
  }

  /** A user's sheet part as UTF-8 bytes (never as one string: it may hold a million rows). */
  sheetBytesOf(entry: SheetEntry): Buffer {
    const cached = this.sheetsRead.get(entry.part);
    if (cached !== undefined) return cached;
    let bytes = this.staged.pkg.bytes(entry.part);
    if (bytes === undefined) throw new WriteRefusal("unreadablePart", entry.part);
    // A UTF-16 part (rare) is edited as UTF-8, the encoding every written part has.
    if (xmlEncodingOf(bytes) !== "utf8") bytes = Buffer.from(this.staged.pkg.text(entry.part) ?? "", "utf8");
    this.sheetsRead.set(entry.part, bytes);
    return bytes;
  }

  /** The relationships of a part (the package's own for `""`), by source part rather than rels path. */
  relationships(sourcePart: string): ReturnType<typeof readRels> {
    return readRels(this.staged.pkg, relsPathOf(sourcePart));
  }

  appProperties(): AppPropertiesPart | null {
    if (this.app !== undefined) return this.app;
    const rel = this.relationships("").find((r) => r.kind === "extended-properties" || r.kind === "extendedProperties");
    const part = rel && !rel.external ? resolveTarget("", rel.target) : undefined;
    // The sheet list in docProps/app.xml is informative (Excel rewrites it on save): a damaged
    // one is left as it is rather than refusing the workbook.
    this.app = part && this.staged.has(part) ? appPropertiesOrNull(() => new AppPropertiesPart(this.staged, part)) : null;
    return this.app;
  }
}
