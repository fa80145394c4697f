/**
 * A strict fake of the Excel JavaScript API surface the add-in uses, behaving like Office.js:
 * - every call on a proxy is queued and only happens at `context.sync()`, in order;
 * - a property read before it was loaded AND synced throws `PropertyNotLoaded`;
 * - `...OrNullObject` gives a proxy whose `isNullObject` is known after the sync; a method or
 *   property chained on a null object fails the sync with `InvalidObjectPath` (no Microsoft page
 *   documents any other behaviour, so the adapter must test `isNullObject` first);
 * - `getItem` of something missing fails the sync with `ItemNotFound`; a failing action stops
 *   the batch (what ran before it stays done, as in Excel);
 * - members newer than the host's API level fail the sync with `ApiNotFound`, so code that
 *   forgets `isSetSupported` is caught; each member's set is the one `@types/office-js` gives it
 *   (every use is recorded in API_USAGE and checked against the typings by a test);
 * - a library older than the host (`missingMembers`) lacks members whatever the host advertises;
 * - a response is capped in bytes (5 MB, as Excel on the web): past the cap the sync fails;
 * - protected sheets refuse writes with `AccessDenied`; `cellEditMode` fails every sync;
 * - a read-only workbook refuses every change, a protected structure adding or deleting sheets;
 * - in Manual calculation mode, formulas keep stale values until `application.calculate()`.
 * What of this Microsoft does not document is listed, with the self-test row that checks it in a
 * real Excel, in src/adapters/office/undocumented.ts.
 * No Node APIs: the task pane's browser tests load this too.
 */
import { type Area, areaRef, cellName, parseRef, quoteSheetName, parseSheetRef, MAX_ROWS, MAX_COLS } from "./address";
import {
  FakeOfficeError,
  type FakeCell,
  type FakeChart,
  type FakeName,
  type FakeSheet,
  type FakeTable,
  type FakeWorkbook,
  blankCell,
  cellKey,
  enterValue,
  serialFromUtc,
} from "./model";

/**
 * The highest ExcelApi minor version the fake host supports (1.4 … 1.18), and the members the
 * loaded library lacks (`Workbook.notes` in a 2022 copy of office.js), named as in the typings.
 */
export class ApiLevel {
  readonly missingMembers: ReadonlySet<string>;
  constructor(
    readonly maxMinor: number,
    missingMembers: readonly string[] = [],
    /** Bytes of loaded data one sync may return; Excel on the web caps a response at 5 MB. */
    readonly responseLimit = 5_000_000,
  ) {
    this.missingMembers = new Set(missingMembers);
  }
  supports(version: string): boolean {
    const m = /^1\.(\d+)$/.exec(version);
    return m !== null && Number(m[1]) <= this.maxMinor;
  }
}

/** Every Office.js member the fake was asked for (`Range.values`), with the set it applied. */
export const API_USAGE = new Map<string, string>();

function recordUse(member: string, version: string): void {
  const seen = API_USAGE.get(member);
  // Two different sets for one member would be a bug of the fake itself.
  if (seen !== undefined && seen !== version) throw new Error(`fake: ${member} gated on both ${seen} and ${version}`);
  API_USAGE.set(member, version);
}

type Action = () => void;

export class FakeRequestContext {
  readonly workbook: WorkbookProxy;
  syncCount = 0;
  /** Bytes of loaded data in the sync being answered. */
  responseBytes = 0;
  private queue: Action[] = [];

  constructor(
    readonly model: FakeWorkbook,
    readonly api: ApiLevel,
  ) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  /**
   * Queues a failure when `member` (`Range.hyperlink`) is newer than the host. A member the
   * library lacks is undefined in JavaScript: using it throws at once, before any sync.
   */
  requireApi(version: string, member: string): void {
    recordUse(member, version);
    if (this.api.missingMembers.has(member)) throw new TypeError(`fake: this office.js has no ${member}`);
    if (!this.api.supports(version)) {
      this.enqueue(() => {
        throw new FakeOfficeError("ApiNotFound", `${member} needs ExcelApi ${version}; the host has 1.${this.api.maxMinor}`);
      });
    }
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.syncCount++;
    this.model.syncCount++;
    const queue = this.queue;
    this.queue = [];
    await Promise.resolve();
    if (queue.length > 0 && this.model.cellEditMode) {
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "The operation isn't available while Excel is in Edit cell mode.");
    }
    this.responseBytes = 0;
    for (const action of queue) action();
  }
}

function notLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function parseLoad(props: string | string[] | undefined): string[] {
  if (props === undefined) throw new FakeOfficeError("InvalidArgument", "fake: load() without properties loads everything; name them");
  const list = Array.isArray(props) ? props : props.split(",");
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** The common proxy behaviour: queued loads, strict reads, queued writes, null objects. */
abstract class ClientObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    protected readonly resolve: () => T | null,
  ) {}

  /** Scalar properties that can be loaded, with the API set each needs. */
  protected abstract readonly loadable: Readonly<Record<string, string>>;
  /** The Office.js class this proxy stands for, as the typings name it. */
  protected abstract readonly excelClass: string;
  protected abstract read(target: T, prop: string): unknown;

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  load(props?: string | string[]): this {
    const list = parseLoad(props);
    for (const prop of list) {
      const version = this.loadable[prop];
      if (version === undefined) {
        this.context.enqueue(() => {
          throw new FakeOfficeError("InvalidArgument", `fake: ${this.constructor.name} has no loadable property '${prop}'`);
        });
      } else this.context.requireApi(version, `${this.excelClass}.${prop}`);
    }
    this.context.enqueue(() => {
      const target = this.resolve();
      this.nullState = target === null;
      for (const prop of list) this.loaded.set(prop, target === null ? null : this.capped(prop, this.read(target, prop)));
    });
    return this;
  }

  /** Internal: a collection's `items/...` load fills its items in one go. */
  preload(target: T, props: readonly string[]): void {
    this.nullState = false;
    for (const prop of props) this.loaded.set(prop, this.read(target, prop));
  }

  /**
   * Past the response cap the sync fails: "Excel on the web has a payload size limit for requests
   * and responses of 5MB. RichAPI.Error is triggered if that limit is exceeded" (Microsoft's
   * "Resource limits and performance optimization for Office Add-ins",
   * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
   * The error's code is not documented: the fake's is checked by the self-test ("payloadLimit").
   */
  private capped(prop: string, value: unknown): unknown {
    if (prop !== "values" && prop !== "numberFormat" && prop !== "valueTypes" && prop !== "formulas") return value;
    this.context.responseBytes += JSON.stringify(value).length;
    if (this.context.responseBytes <= this.context.api.responseLimit) return value;
    throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `fake: the response exceeds ${this.context.api.responseLimit} bytes`);
  }

  protected get<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as V;
  }

  /** The object an action works on; a null object cannot be acted on. */
  protected target(): T {
    const target = this.resolve();
    if (target === null) throw new FakeOfficeError("ItemNotFound", `fake: ${this.constructor.name} is a null object`);
    return target;
  }

  /** `member` is a member of this class, or `Class.member` for a nested object (`RangeFill.color`). */
  protected act(version: string, member: string, action: (target: T) => void): void {
    this.context.requireApi(version, member.includes(".") ? member : `${this.excelClass}.${member}`);
    this.context.enqueue(() => action(this.target()));
  }

  /**
   * Child proxies resolve through their parent. Reaching through a null object is not a
   * documented pattern: it fails the sync with `InvalidObjectPath`.
   */
  protected child<C>(map: (target: T) => C | null): () => C | null {
    return () => {
      const target = this.resolve();
      if (target === null)
        throw new FakeOfficeError("InvalidObjectPath", `fake: ${this.excelClass} is a null object; test isNullObject first`);
      return map(target);
    };
  }
}

// ---- collections --------------------------------------------------------------------------------

abstract class Collection<T, P extends ClientObject<T>> extends ClientObject<readonly T[]> {
  private loadedItems: P[] | undefined;
  protected readonly loadable: Readonly<Record<string, string>> = {};
  protected abstract makeItem(item: T): P;

  protected read(): unknown {
    return undefined;
  }

  override load(props?: string | string[]): this {
    const itemProps = parseLoad(props).map((p) => p.replace(/^items\//, ""));
    this.context.enqueue(() => {
      this.loadedItems = (this.resolve() ?? []).map((item) => {
        const proxy = this.makeItem(item);
        proxy.preload(item, itemProps);
        return proxy;
      });
    });
    return super.load([]);
  }

  get items(): P[] {
    if (this.loadedItems === undefined) throw notLoaded("items");
    return this.loadedItems;
  }
}

// ---- workbook ------------------------------------------------------------------------------------

export class WorkbookProxy {
  // Accessors on the prototype, as in Office.js, so feature detection can see them.
  private readonly parts: {
    readonly names: NamedItemCollection;
    readonly worksheets: WorksheetCollection;
    readonly application: ApplicationProxy;
    readonly functions: FunctionsProxy;
  };

  constructor(readonly context: FakeRequestContext) {
    this.parts = {
      names: new NamedItemCollection(context, () => [...context.model.names.values()]),
      worksheets: new WorksheetCollection(context, () => context.model.sheets),
      application: new ApplicationProxy(context),
      functions: new FunctionsProxy(context),
    };
  }

  get names(): NamedItemCollection {
    return this.parts.names;
  }
  get worksheets(): WorksheetCollection {
    return this.parts.worksheets;
  }
  get application(): ApplicationProxy {
    return this.parts.application;
  }
  get functions(): FunctionsProxy {
    return this.parts.functions;
  }

  get notes(): CellNotes {
    this.context.requireApi("1.18", "Workbook.notes");
    return new CellNotes(this.context, "notes", "1.18");
  }

  get comments(): CellNotes {
    this.context.requireApi("1.10", "Workbook.comments");
    return new CellNotes(this.context, "comments", "1.10");
  }

  get tables(): TableCollection {
    return new TableCollection(this.context, null);
  }

  /** The first area of the selection (`model.selection`, which `Range.select()` sets). */
  getSelectedRange(): RangeProxy {
    this.context.requireApi("1.1", "Workbook.getSelectedRange");
    const model = this.context.model;
    return new RangeProxy(this.context, () => {
      const chosen = model.selection;
      const sheet = chosen ? model.sheet(chosen.sheet) : undefined;
      const area = chosen ? parseRef(chosen.address.split(",")[0]) : null;
      if (!sheet || !area) throw new FakeOfficeError("InvalidSelection", "fake: nothing is selected");
      return { sheet, area };
    });
  }

  /** The whole selection; several areas when `model.selection.address` lists them (`A1:A4,C1:C4`). */
  getSelectedRanges(): RangeAreasProxy {
    this.context.requireApi("1.9", "Workbook.getSelectedRanges");
    const model = this.context.model;
    return new RangeAreasProxy(this.context, () => (model.selection ? { address: model.selection.address } : null));
  }
  get protection(): WorkbookProtectionProxy {
    this.context.requireApi("1.7", "Workbook.protection");
    return new WorkbookProtectionProxy(this.context, () => this.context.model);
  }

  /** `workbook.load("readOnly")`: the only Workbook property the adapter loads. */
  load(props: string): this {
    if (parseLoad(props).join() !== "readOnly")
      throw new FakeOfficeError("InvalidArgument", `fake: Workbook loads readOnly only, not ${props}`);
    this.context.requireApi("1.8", "Workbook.readOnly");
    this.context.enqueue(() => (this.readOnlyLoaded = this.context.model.readOnly));
    return this;
  }
  private readOnlyLoaded: boolean | undefined;
  get readOnly(): boolean {
    if (this.readOnlyLoaded === undefined) throw notLoaded("readOnly");
    return this.readOnlyLoaded;
  }
}

/** Workbook structure protection (the adapter only reads it; the self-test toggles it). */
export class WorkbookProtectionProxy extends ClientObject<FakeWorkbook> {
  protected readonly excelClass = "WorkbookProtection";
  protected readonly loadable = { protected: "1.7" };
  protected read(model: FakeWorkbook): unknown {
    return model.structureProtected;
  }
  get protected(): boolean {
    return this.get("protected");
  }
  protect(): void {
    this.act("1.7", "protect", (model) => (model.structureProtected = true));
  }
  unprotect(): void {
    this.act("1.7", "unprotect", (model) => (model.structureProtected = false));
  }
}

/** `ClientResult<T>`: a value known after the sync. */
export class FakeClientResult<T> {
  private known = false;
  private held: T | undefined;
  set value(value: T) {
    this.held = value;
    this.known = true;
  }
  get value(): T {
    if (!this.known) throw notLoaded("value");
    return this.held as T;
  }
}

class RangeAreasProxy extends ClientObject<{ address: string }> {
  protected readonly excelClass = "RangeAreas";
  protected readonly loadable = { areaCount: "1.9" };
  protected read(target: { address: string }): unknown {
    return target.address.split(",").length;
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}

export class ApplicationProxy {
  private mode: string | undefined;
  constructor(private readonly context: FakeRequestContext) {}
  load(props: string): this {
    if (parseLoad(props).join() !== "calculationMode")
      throw new FakeOfficeError("InvalidArgument", `fake: Application loads calculationMode only, not ${props}`);
    this.context.requireApi("1.1", "Application.calculationMode");
    this.context.enqueue(() => (this.mode = this.context.model.calculationMode));
    return this;
  }
  get calculationMode(): string {
    if (this.mode === undefined) throw notLoaded("calculationMode");
    return this.mode;
  }
  calculate(calculationType: string): void {
    this.context.requireApi("1.1", "Application.calculate");
    this.context.enqueue(() => {
      if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType))
        throw new FakeOfficeError("InvalidArgument", `fake: calculate(${calculationType})`);
      this.context.model.calculate();
    });
  }
  suspendApiCalculationUntilNextSync(): void {
    this.context.requireApi("1.6", "Application.suspendApiCalculationUntilNextSync");
    this.context.enqueue(() => this.context.model.suspensions.push("calculation"));
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.requireApi("1.9", "Application.suspendScreenUpdatingUntilNextSync");
    this.context.enqueue(() => this.context.model.suspensions.push("screenUpdating"));
  }
}

class FunctionsProxy {
  constructor(private readonly context: FakeRequestContext) {}
  /** `DATE(y, m, d)` in the workbook's date system. */
  date(year: number, month: number, day: number): FunctionResult {
    this.context.requireApi("1.2", "Functions.date");
    const model = this.context.model;
    return new FunctionResult(this.context, () => ({ value: serialFromUtc(Date.UTC(year, month - 1, day), model.date1904) }));
  }
}

class FunctionResult extends ClientObject<{ value: number }> {
  protected readonly excelClass = "FunctionResult";
  protected readonly loadable = { value: "1.2", error: "1.2" };
  protected read(target: { value: number }, prop: string): unknown {
    return prop === "value" ? target.value : null;
  }
  get value(): number {
    return this.get("value");
  }
}

class CellNotes {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly kind: "notes" | "comments",
    private readonly version: string,
  ) {}
  add(cellAddress: RangeProxy | string, content: string): void {
    this.context.requireApi(this.version, `${this.kind === "notes" ? "NoteCollection" : "CommentCollection"}.add`);
    this.context.enqueue(() => {
      const model = this.context.model;
      if (model.notesFailure) throw new FakeOfficeError(model.notesFailure, `fake: ${this.kind}.add failed`);
      model.assertWorkbookWritable();
      const { sheet, area } = typeof cellAddress === "string" ? resolveAddress(this.context.model, cellAddress) : cellAddress.resolved();
      sheet[this.kind].set(cellName(area.row, area.col), content);
      this.context.model.record({ op: this.kind, sheet: sheet.name, address: cellName(area.row, area.col), detail: content });
    });
  }
}

function resolveAddress(model: FakeWorkbook, address: string): { sheet: FakeSheet; area: Area } {
  const target = parseSheetRef(address);
  if (!target) throw new FakeOfficeError("InvalidArgument", `fake: not a sheet reference: ${address}`);
  return { sheet: model.requireSheet(target.sheet), area: target.area };
}

// ---- names ---------------------------------------------------------------------------------------

function nameKind(formula: string): { type: string; value: unknown } {
  const body = formula.replace(/^=/, "");
  if (/#REF!/i.test(body)) return { type: "Error", value: "#REF!" };
  if (parseSheetRef(body) || /!/.test(body)) return { type: "Range", value: body };
  if (/^(TRUE|FALSE)$/i.test(body)) return { type: "Boolean", value: body.toUpperCase() === "TRUE" };
  if (/^-?\d+(\.\d+)?$/.test(body)) return { type: Number.isInteger(Number(body)) ? "Integer" : "Double", value: Number(body) };
  if (/^".*"$/.test(body)) return { type: "String", value: body.slice(1, -1) };
  return { type: "String", value: body };
}

export class NamedItemCollection extends Collection<FakeName, NamedItem> {
  protected readonly excelClass = "NamedItemCollection";
  protected makeItem(item: FakeName): NamedItem {
    return new NamedItem(this.context, () => item);
  }

  getItem(name: string): NamedItem {
    const model = this.context.model;
    const find = (): FakeName => {
      const found = model.name(name);
      if (!found) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: name ${name}`);
      return found;
    };
    this.context.enqueue(() => void find());
    return new NamedItem(this.context, find);
  }

  getItemOrNullObject(name: string): NamedItem {
    this.context.requireApi("1.4", "NamedItemCollection.getItemOrNullObject");
    const model = this.context.model;
    return new NamedItem(this.context, () => model.name(name) ?? null);
  }

  add(name: string, reference: RangeProxy | string, comment?: string): NamedItem {
    this.context.requireApi("1.4", "NamedItemCollection.add");
    const model = this.context.model;
    let created: FakeName | null = null;
    this.context.enqueue(() => {
      model.assertWorkbookWritable();
      if (model.name(name)) throw new FakeOfficeError("ItemAlreadyExists", `A name ${name} already exists`);
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) throw new FakeOfficeError("InvalidArgument", `Invalid name ${name}`);
      let formula: string;
      if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        const { sheet, area } = reference.resolved();
        formula = `=${quoteSheetName(sheet.name)}!${absolute(area)}`;
      }
      model.defineName(name, formula, comment);
      created = model.name(name) ?? null;
      model.record({ op: "addName", detail: { name, formula } });
    });
    return new NamedItem(this.context, () => created);
  }
}

class SheetNamedItemCollection {
  constructor(private readonly context: FakeRequestContext) {}
  getItemOrNullObject(_name: string): NamedItem {
    this.context.requireApi("1.4", "NamedItemCollection.getItemOrNullObject");
    return new NamedItem(this.context, () => null);
  }
}

function absolute(area: Area): string {
  return areaRef(area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

export class NamedItem extends ClientObject<FakeName> {
  protected readonly excelClass = "NamedItem";
  protected readonly loadable = { name: "1.1", type: "1.1", value: "1.1", visible: "1.1", formula: "1.7", comment: "1.4" };

  protected read(target: FakeName, prop: string): unknown {
    const kind = nameKind(target.formula);
    switch (prop) {
      case "name":
        return target.name;
      case "type":
        return kind.type;
      case "value":
        return kind.value;
      case "formula":
        return target.formula;
      case "comment":
        return target.comment ?? "";
      default:
        return true;
    }
  }

  get name(): string {
    return this.get("name");
  }
  get type(): string {
    return this.get("type");
  }
  get value(): unknown {
    return this.get("value");
  }
  get formula(): string {
    return this.get("formula");
  }
  get comment(): string {
    return this.get("comment");
  }
  get visible(): boolean {
    return this.get("visible");
  }

  /** Null for a missing name, a constant, a #REF! name, a union of areas, or a deleted sheet. */
  getRangeOrNullObject(): RangeProxy {
    this.context.requireApi("1.4", "NamedItem.getRangeOrNullObject");
    const model = this.context.model;
    return new RangeProxy(
      this.context,
      this.child((named) => {
        const target = parseSheetRef(named.formula);
        const sheet = target ? model.sheet(target.sheet) : undefined;
        return target && sheet ? { sheet, area: target.area } : null;
      }),
    );
  }

  delete(): void {
    this.act("1.4", "delete", (named) => {
      this.context.model.names.delete(named.name.toUpperCase());
      this.context.model.record({ op: "deleteName", detail: named.name });
    });
  }
}

// ---- worksheets ---------------------------------------------------------------------------------

export class WorksheetCollection extends Collection<FakeSheet, WorksheetProxy> {
  protected readonly excelClass = "WorksheetCollection";
  protected makeItem(item: FakeSheet): WorksheetProxy {
    return new WorksheetProxy(this.context, () => item);
  }

  getItem(name: string): WorksheetProxy {
    const model = this.context.model;
    const proxy = new WorksheetProxy(this.context, () => model.requireSheet(name));
    this.context.enqueue(() => void model.requireSheet(name));
    return proxy;
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    this.context.requireApi("1.4", "WorksheetCollection.getItemOrNullObject");
    const model = this.context.model;
    return new WorksheetProxy(this.context, () => model.sheet(name) ?? null);
  }

  getActiveWorksheet(): WorksheetProxy {
    const model = this.context.model;
    return new WorksheetProxy(this.context, () => model.requireSheet(model.activeSheet ?? ""));
  }

  add(name?: string): WorksheetProxy {
    const model = this.context.model;
    let created: FakeSheet | null = null;
    this.context.enqueue(() => {
      model.assertStructureWritable();
      const sheetName = name ?? `Sheet${model.sheets.length + 1}`;
      if (model.sheet(sheetName)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${sheetName} already exists`);
      if (/[\\/?*[\]:]/.test(sheetName) || sheetName.length > 31)
        throw new FakeOfficeError("InvalidArgument", `Invalid sheet name ${sheetName}`);
      created = model.addSheet(sheetName);
      model.record({ op: "addSheet", sheet: sheetName });
    });
    return new WorksheetProxy(this.context, () => created);
  }
}

export class WorksheetProxy extends ClientObject<FakeSheet> {
  protected readonly excelClass = "Worksheet";
  protected readonly loadable = { name: "1.1", position: "1.1", visibility: "1.1", tabColor: "1.7", showGridlines: "1.8" };

  protected read(sheet: FakeSheet, prop: string): unknown {
    switch (prop) {
      case "name":
        return sheet.name;
      case "position":
        return this.context.model.sheets.indexOf(sheet);
      case "tabColor":
        return sheet.tabColor ?? "";
      case "showGridlines":
        return sheet.showGridlines;
      default:
        return sheet.hidden ? "Hidden" : "Visible";
    }
  }

  get name(): string {
    return this.get("name");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  get position(): number {
    return this.get("position");
  }
  set position(index: number) {
    this.act("1.1", "position", (sheet) => {
      const sheets = this.context.model.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.max(0, Math.min(index, sheets.length)), 0, sheet);
    });
  }
  get tabColor(): string {
    return this.get("tabColor");
  }
  get showGridlines(): boolean {
    return this.get("showGridlines");
  }
  set tabColor(color: string) {
    this.act("1.7", "tabColor", (sheet) => (sheet.tabColor = color));
  }
  set showGridlines(show: boolean) {
    this.act("1.8", "showGridlines", (sheet) => (sheet.showGridlines = show));
  }

  get protection(): WorksheetProtectionProxy {
    this.context.requireApi("1.2", "Worksheet.protection");
    return new WorksheetProtectionProxy(
      this.context,
      this.child((sheet) => sheet),
    );
  }

  get freezePanes(): FreezePanesProxy {
    this.context.requireApi("1.7", "Worksheet.freezePanes");
    return new FreezePanesProxy(
      this.context,
      this.child((sheet) => sheet),
    );
  }

  get pageLayout(): PageLayoutProxy {
    this.context.requireApi("1.9", "Worksheet.pageLayout");
    return new PageLayoutProxy(
      this.context,
      this.child((sheet) => sheet),
    );
  }

  get horizontalPageBreaks(): PageBreakCollectionProxy {
    this.context.requireApi("1.9", "Worksheet.horizontalPageBreaks");
    return new PageBreakCollectionProxy(
      this.context,
      this.child((sheet) => sheet),
    );
  }

  /** The sheet's notes (ExcelApi 1.18): `items` with content and author, each with its cell. */
  get notes(): SheetNoteCollection {
    this.context.requireApi("1.18", "Worksheet.notes");
    return new SheetNoteCollection(
      this.context,
      this.child((sheet) => sheet),
    );
  }

  get charts(): ChartCollection {
    return new ChartCollection(
      this.context,
      this.child((sheet) => sheet),
      this.child((sheet) => sheet.charts),
    );
  }

  get tables(): TableCollection {
    return new TableCollection(
      this.context,
      this.child((sheet) => sheet),
    );
  }

  /** Names scoped to this sheet: the fake's workbooks have none, so every lookup is a null object. */
  get names(): SheetNamedItemCollection {
    this.context.requireApi("1.4", "Worksheet.names");
    return new SheetNamedItemCollection(this.context);
  }

  /** No address: the whole sheet. */
  getRange(address?: string): RangeProxy {
    return new RangeProxy(
      this.context,
      this.child((sheet) => {
        const area = address === undefined ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } : parseRef(address);
        if (!area) throw new FakeOfficeError("InvalidArgument", `fake: bad address ${address}`);
        return { sheet, area };
      }),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    this.context.requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
    const model = this.context.model;
    return new RangeProxy(
      this.context,
      this.child((sheet) => {
        const area = model.usedArea(sheet, valuesOnly);
        return area ? { sheet, area } : null;
      }),
    );
  }

  activate(): void {
    this.act("1.1", "activate", (sheet) => {
      this.context.model.activeSheet = sheet.name;
      this.context.model.record({ op: "activate", sheet: sheet.name });
    });
  }

  delete(): void {
    this.act("1.1", "delete", (sheet) => {
      this.context.model.assertStructureWritable();
      this.context.model.deleteSheet(sheet);
    });
  }
}

/** Every option of `WorksheetProtectionOptions` (ExcelApi 1.2; allowEditObjects and allowEditScenarios 1.2 too). */
const PROTECTION_OPTIONS = [
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
] as const;

export class WorksheetProtectionProxy extends ClientObject<FakeSheet> {
  protected readonly excelClass = "WorksheetProtection";
  protected readonly loadable = { protected: "1.2", options: "1.2" };
  protected read(sheet: FakeSheet, prop: string): unknown {
    if (prop === "options") return Object.fromEntries(PROTECTION_OPTIONS.map((key) => [key, sheet.protectionOptions?.[key] ?? false]));
    return sheet.protected;
  }
  get protected(): boolean {
    return this.get("protected");
  }
  get options(): Record<string, boolean> {
    return this.get("options");
  }
  /** A password needs ExcelApi 1.7 (the typings: "1.7 for password"); the member's own set stays 1.2. */
  private requirePassword(password: string | undefined): void {
    if (password !== undefined && !this.context.api.supports("1.7")) {
      this.context.enqueue(() => {
        throw new FakeOfficeError("ApiNotFound", "a protection password needs ExcelApi 1.7");
      });
    }
  }
  protect(options?: Record<string, boolean>, password?: string): void {
    this.requirePassword(password);
    this.act("1.2", "protect", (sheet) => {
      this.context.model.assertWorkbookWritable();
      // The typings: "Fails if the worksheet has already been protected"; Excel answers AccessDenied.
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", `${sheet.name} is already protected`);
      sheet.protected = true;
      sheet.password = password;
      sheet.protectionOptions = { ...(options ?? {}) };
      this.context.model.record({ op: "protect", sheet: sheet.name });
    });
  }
  unprotect(password?: string): void {
    // The class's set; a password needs 1.7 (the typings: "ExcelApi 1.7 for password").
    this.requirePassword(password);
    this.act("1.2", "unprotect", (sheet) => {
      this.context.model.assertWorkbookWritable();
      if (sheet.protected && sheet.password !== undefined && sheet.password !== password) {
        throw new FakeOfficeError("AccessDenied", `${sheet.name} is protected with a password`);
      }
      sheet.protected = false;
      this.context.model.record({ op: "unprotect", sheet: sheet.name });
    });
  }
}

class FreezePanesProxy extends ClientObject<FakeSheet> {
  protected readonly excelClass = "WorksheetFreezePanes";
  protected readonly loadable = {};
  protected read(): unknown {
    return undefined;
  }
  freezeRows(count: number): void {
    this.act("1.7", "freezeRows", (sheet) => (sheet.freezeRows = count));
  }
  unfreeze(): void {
    this.act("1.7", "unfreeze", (sheet) => (sheet.freezeRows = 0));
  }
}

class PageLayoutProxy extends ClientObject<FakeSheet> {
  protected readonly excelClass = "PageLayout";
  protected readonly loadable = { orientation: "1.9", paperSize: "1.9", zoom: "1.9" };
  protected read(sheet: FakeSheet, prop: string): unknown {
    if (prop === "zoom") return { ...(sheet.pageLayout.zoom ?? {}) };
    return prop === "orientation" ? sheet.pageLayout.orientation : sheet.pageLayout.paperSize;
  }
  private setLayout(member: string, change: (layout: FakeSheet["pageLayout"]) => void): void {
    this.act("1.9", member, (sheet) => change(sheet.pageLayout));
  }
  get orientation(): string {
    return this.get("orientation");
  }
  get paperSize(): string {
    return this.get("paperSize");
  }
  get zoom(): FakeSheet["pageLayout"]["zoom"] {
    return this.get("zoom");
  }
  /** The print title rows as a range (`'Sheet'!$1:$2`), or a null object. */
  getPrintTitleRowsOrNullObject(): RangeProxy {
    this.context.requireApi("1.9", "PageLayout.getPrintTitleRowsOrNullObject");
    return new RangeProxy(
      this.context,
      this.child((sheet) => {
        const rows = /^\$?(\d+):\$?(\d+)$/.exec(sheet.pageLayout.printTitleRows ?? "");
        if (!rows) return null;
        const first = Number(rows[1]) - 1;
        return { sheet, area: { row: first, col: 0, rows: Number(rows[2]) - first, cols: MAX_COLS } };
      }),
    );
  }
  set orientation(value: string) {
    this.setLayout("orientation", (l) => (l.orientation = value));
  }
  set paperSize(value: string) {
    this.setLayout("paperSize", (l) => (l.paperSize = value));
  }
  set zoom(value: FakeSheet["pageLayout"]["zoom"]) {
    this.setLayout("zoom", (l) => (l.zoom = { ...value }));
  }
  get headersFooters(): { defaultForAllPages: Record<"centerHeader" | "leftFooter" | "rightFooter", string> } {
    const set = (key: "centerHeader" | "leftFooter" | "rightFooter", text: string): void =>
      this.setLayout(`HeaderFooter.${key}`, (l) => (l[key] = text));
    const pages = {} as Record<"centerHeader" | "leftFooter" | "rightFooter", string>;
    for (const key of ["centerHeader", "leftFooter", "rightFooter"] as const) {
      Object.defineProperty(pages, key, {
        set: (text: string) => set(key, text),
        get: () => {
          throw notLoaded(key);
        },
      });
    }
    return { defaultForAllPages: pages };
  }
  setPrintTitleRows(rows: string): void {
    this.setLayout("setPrintTitleRows", (l) => (l.printTitleRows = rows));
  }
  setPrintTitleColumns(columns: string): void {
    this.setLayout("setPrintTitleColumns", (l) => (l.printTitleColumns = columns));
  }
  setPrintArea(area: string): void {
    this.setLayout("setPrintArea", (l) => (l.printArea = area));
  }
}

/** Manual page breaks: only `add` (a break above the range's first row), which is all the adapter uses. */
class PageBreakCollectionProxy extends ClientObject<FakeSheet> {
  protected readonly excelClass = "PageBreakCollection";
  protected readonly loadable = {};
  protected read(): unknown {
    return undefined;
  }
  add(pageBreakRange: string): void {
    this.act("1.9", "add", (sheet) => (sheet.pageLayout.rowBreaks = [...(sheet.pageLayout.rowBreaks ?? []), pageBreakRange]));
  }
  getCount(): FakeClientResult<number> {
    this.context.requireApi("1.9", "PageBreakCollection.getCount");
    const result = new FakeClientResult<number>();
    this.context.enqueue(() => (result.value = (this.target().pageLayout.rowBreaks ?? []).length));
    return result;
  }
}

// ---- charts ---------------------------------------------------------------------------------------

class ChartCollection extends Collection<FakeChart, ChartProxy> {
  protected readonly excelClass = "ChartCollection";
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => FakeSheet | null,
    charts: () => readonly FakeChart[] | null,
  ) {
    super(context, charts);
  }
  protected makeItem(item: FakeChart): ChartProxy {
    return new ChartProxy(this.context, () => item, this.sheet);
  }
  getItem(name: string): ChartProxy {
    const find = (): FakeChart => {
      const chart = this.resolve()?.find((c) => c.name === name);
      if (!chart) throw new FakeOfficeError("ItemNotFound", `No chart named ${name}`);
      return chart;
    };
    this.context.enqueue(() => void find());
    return new ChartProxy(this.context, find, this.sheet);
  }
  add(type: string, source: RangeProxy, seriesBy = "Auto"): ChartProxy {
    let created: FakeChart | null = null;
    this.context.enqueue(() => {
      const { sheet, area } = source.resolved();
      this.context.model.assertWritable(sheet, area, "structure");
      created = { name: `Chart ${sheet.charts.length + 1}`, type, source: areaRef(area), seriesBy, title: "" };
      sheet.charts.push(created);
      this.context.model.record({ op: "addChart", sheet: sheet.name, address: areaRef(area) });
    });
    return new ChartProxy(this.context, () => created, this.sheet);
  }
}

class ChartProxy extends ClientObject<FakeChart> {
  protected readonly excelClass = "Chart";
  protected readonly loadable = { name: "1.1" };
  constructor(
    context: FakeRequestContext,
    resolve: () => FakeChart | null,
    private readonly sheet: () => FakeSheet | null,
  ) {
    super(context, resolve);
  }
  protected read(chart: FakeChart): unknown {
    return chart.name;
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.act("1.1", "name", (chart) => (chart.name = name));
  }
  get title(): { text: string } {
    const self = this;
    return {
      set text(text: string) {
        self.act("1.1", "ChartTitle.text", (chart) => (chart.title = text));
      },
      get text(): string {
        throw notLoaded("text");
      },
    };
  }
  setPosition(start: string, end: string): void {
    this.act("1.1", "setPosition", (chart) => (chart.position = { start, end }));
  }
  delete(): void {
    this.act("1.1", "delete", (chart) => {
      const sheet = this.sheet();
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "chart's sheet is gone");
      this.context.model.assertWritable(sheet, { row: 0, col: 0, rows: 1, cols: 1 }, "structure");
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
      this.context.model.record({ op: "deleteChart", sheet: sheet.name, detail: chart.name });
    });
  }
}

// ---- notes ----------------------------------------------------------------------------------------

/** One note of a sheet, as the fake stores it: its cell (`B12`) in the sheet's `notes` map. */
interface FakeNoteEntry {
  readonly sheet: FakeSheet;
  readonly address: string;
}

class SheetNoteCollection extends Collection<FakeNoteEntry, NoteProxy> {
  protected readonly excelClass = "NoteCollection";
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => FakeSheet | null,
  ) {
    super(context, () => {
      const target = sheet();
      return target ? [...target.notes.keys()].map((address) => ({ sheet: target, address })) : null;
    });
  }
  protected makeItem(item: FakeNoteEntry): NoteProxy {
    return new NoteProxy(this.context, () => item);
  }
  /** "Gets a note by its cell address" (the typings); `ItemNotFound` when that cell has none. */
  getItem(key: string): NoteProxy {
    this.context.requireApi("1.18", "NoteCollection.getItem");
    return new NoteProxy(this.context, () => {
      const sheet = this.sheet();
      const address = key.toUpperCase().replace(/\$/g, "");
      if (!sheet || !sheet.notes.has(address)) throw new FakeOfficeError("ItemNotFound", `fake: no note on ${key}`);
      return { sheet, address };
    });
  }
}

class NoteProxy extends ClientObject<FakeNoteEntry> {
  protected readonly excelClass = "Note";
  protected readonly loadable = { content: "1.18", authorName: "1.18" };
  protected read(note: FakeNoteEntry, prop: string): unknown {
    // The fake's notes have no author: Excel gives the name of whoever wrote the note.
    return prop === "content" ? (note.sheet.notes.get(note.address) ?? "") : "";
  }
  get content(): string {
    return this.get("content");
  }
  get authorName(): string {
    return this.get("authorName");
  }
  getLocation(): RangeProxy {
    this.context.requireApi("1.18", "Note.getLocation");
    return new RangeProxy(
      this.context,
      this.child((note) => ({ sheet: note.sheet, area: parseRef(note.address) as Area })),
    );
  }
  delete(): void {
    this.act("1.18", "delete", (note) => {
      note.sheet.notes.delete(note.address);
      this.context.model.record({ op: "deleteNote", sheet: note.sheet.name, address: note.address });
    });
  }
}

// ---- tables ---------------------------------------------------------------------------------------

/** The workbook's tables (`sheet` null) or one sheet's. */
class TableCollection extends Collection<FakeTable, TableProxy> {
  protected readonly excelClass = "TableCollection";
  constructor(context: FakeRequestContext, sheet: (() => FakeSheet | null) | null) {
    super(context, () => {
      const all = context.model.tables;
      if (sheet === null) return all;
      const owner = sheet();
      return owner === null ? null : all.filter((t) => t.sheet === owner);
    });
    this.sheet = sheet;
  }
  private readonly sheet: (() => FakeSheet | null) | null;
  protected makeItem(item: FakeTable): TableProxy {
    return new TableProxy(this.context, () => item);
  }
  getItem(name: string): TableProxy {
    const find = (): FakeTable => {
      const table = this.resolve()?.find((t) => t.name.toUpperCase() === name.toUpperCase());
      if (!table) throw new FakeOfficeError("ItemNotFound", `No table named ${name}`);
      return table;
    };
    this.context.enqueue(() => void find());
    return new TableProxy(this.context, find);
  }
  getItemOrNullObject(name: string): TableProxy {
    this.context.requireApi("1.4", "TableCollection.getItemOrNullObject");
    return new TableProxy(this.context, () => this.resolve()?.find((t) => t.name.toUpperCase() === name.toUpperCase()) ?? null);
  }
  /** `address` on this collection's sheet (or `Sheet!A1:B2` on the workbook's collection). */
  add(address: string, hasHeaders: boolean): TableProxy {
    this.context.requireApi("1.1", "TableCollection.add");
    const model = this.context.model;
    let created: FakeTable | null = null;
    this.context.enqueue(() => {
      const owner = this.sheet?.() ?? null;
      const { sheet, area } = owner ? { sheet: owner, area: parseRef(address) } : resolveAddress(model, address);
      if (!area) throw new FakeOfficeError("InvalidArgument", `fake: bad address ${address}`);
      if (!hasHeaders) throw new FakeOfficeError("InvalidArgument", "fake: tables without a header row are not modelled");
      model.assertWritable(sheet, area, "structure");
      if (model.tables.some((t) => t.sheet === sheet && overlapsArea(t.area, area))) {
        throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
      }
      created = { name: `Table${model.tables.length + 1}`, sheet, area, style: "TableStyleMedium2" };
      model.tables.push(created);
      model.record({ op: "addTable", sheet: sheet.name, address: areaRef(area) });
    });
    return new TableProxy(this.context, () => created);
  }
}

function overlapsArea(a: Area, b: Area): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

class TableProxy extends ClientObject<FakeTable> {
  protected readonly excelClass = "Table";
  protected readonly loadable = { name: "1.1", style: "1.1" };
  protected read(table: FakeTable, prop: string): unknown {
    return prop === "name" ? table.name : table.style;
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.act("1.1", "name", (table) => {
      const model = this.context.model;
      if (model.names.has(name.toUpperCase()) || model.tables.some((t) => t !== table && t.name.toUpperCase() === name.toUpperCase())) {
        throw new FakeOfficeError("InvalidArgument", `The name ${name} is already used`);
      }
      table.name = name;
    });
  }
  get style(): string {
    return this.get("style");
  }
  set style(style: string) {
    this.act("1.1", "style", (table) => (table.style = style));
  }
  getRange(): RangeProxy {
    this.context.requireApi("1.1", "Table.getRange");
    return new RangeProxy(
      this.context,
      this.child((table) => ({ sheet: table.sheet, area: table.area })),
    );
  }
  delete(): void {
    this.act("1.1", "delete", (table) => {
      const model = this.context.model;
      model.assertWritable(table.sheet, table.area, "structure");
      for (const [row, col] of [...model.cellsIn(table.sheet, table.area)]) table.sheet.cells.delete(cellKey(row, col));
      model.tables.splice(model.tables.indexOf(table), 1);
      model.record({ op: "deleteTable", sheet: table.sheet.name, detail: table.name });
    });
  }
}

// ---- ranges ---------------------------------------------------------------------------------------

interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly area: Area;
}

const CELL_LIMIT = 200_000;

const BLANK: FakeCell = blankCell();

function cellsOf(target: RangeTarget): FakeCell[][] {
  const { sheet, area } = target;
  if (area.rows * area.cols > CELL_LIMIT)
    throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `fake: ${areaRef(area)} is too large to read`);
  const rows: FakeCell[][] = [];
  for (let r = 0; r < area.rows; r++) {
    const row: FakeCell[] = [];
    for (let c = 0; c < area.cols; c++) row.push(sheet.cells.get(cellKey(area.row + r, area.col + c)) ?? BLANK);
    rows.push(row);
  }
  return rows;
}

function outputValue(cell: FakeCell): string | number | boolean {
  const value = cell.value;
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return value;
}

function valueType(cell: FakeCell): string {
  const value = cell.value;
  if (value === null) return "Empty";
  if (typeof value === "object") return "Error";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

/** Office.js accepts a 2-D array of the range's size, or one value for every cell. */
function grid<V>(input: unknown, area: Area, prop: string): (r: number, c: number) => V {
  if (!Array.isArray(input)) return () => input as V;
  const rows = input as unknown[][];
  if (rows.length !== area.rows || rows.some((row) => !Array.isArray(row) || row.length !== area.cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}, ${areaRef(area)}).`,
    );
  }
  return (r, c) => rows[r][c] as V;
}

export class RangeProxy extends ClientObject<RangeTarget> {
  protected readonly excelClass = "Range";
  protected readonly loadable = {
    values: "1.1",
    numberFormat: "1.1",
    valueTypes: "1.1",
    address: "1.1",
    rowIndex: "1.1",
    columnIndex: "1.1",
    rowCount: "1.1",
    columnCount: "1.1",
    formulas: "1.1",
    hyperlink: "1.7",
    isEntireColumn: "1.7",
  };

  protected read(target: RangeTarget, prop: string): unknown {
    const model = this.context.model;
    const { sheet, area } = target;
    switch (prop) {
      case "values":
        return cellsOf(target).map((row) => row.map(outputValue));
      case "valueTypes":
        return cellsOf(target).map((row) => row.map(valueType));
      case "numberFormat":
        return cellsOf(target).map((row) => row.map((cell) => cell.numberFormat));
      case "formulas":
        return cellsOf(target).map((row) => row.map((cell) => cell.formula ?? outputValue(cell)));
      case "address":
        return model.address(sheet, area);
      case "rowIndex":
        return area.row;
      case "columnIndex":
        return area.col;
      case "rowCount":
        return area.rows;
      case "hyperlink": {
        const link = sheet.cells.get(cellKey(area.row, area.col))?.hyperlink;
        return link ? { ...link } : null;
      }
      case "isEntireColumn":
        return area.row === 0 && area.rows === MAX_ROWS;
      default:
        return area.cols;
    }
  }

  /** For actions of other proxies that take a range argument (names.add, charts.add). */
  resolved(): RangeTarget {
    return this.target();
  }

  get values(): unknown[][] {
    return this.get("values");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  get address(): string {
    return this.get("address");
  }
  get isEntireColumn(): boolean {
    return this.get("isEntireColumn");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }

  set values(input: unknown[][]) {
    this.act("1.1", "values", (target) => {
      const model = this.context.model;
      model.assertWritable(target.sheet, target.area, "values");
      const at = grid<unknown>(input, target.area, "values");
      this.forEachCell(target, (cell, r, c) => enterValue(cell, at(r, c), model.date1904));
      model.record({ op: "values", sheet: target.sheet.name, address: areaRef(target.area), detail: input });
    });
  }

  /**
   * Formulas in English (`Range.formulas`, ExcelApi 1.1). The fake does not calculate: the cell
   * keeps the formula and reads as empty, which is what the live check gives while nothing changed.
   */
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(input: unknown[][]) {
    this.act("1.1", "formulas", (target) => {
      const model = this.context.model;
      model.assertWritable(target.sheet, target.area, "values");
      const at = grid<unknown>(input, target.area, "formulas");
      this.forEachCell(target, (cell, r, c) => {
        const formula = at(r, c);
        if (typeof formula !== "string" || !formula.startsWith("=")) {
          enterValue(cell, formula, model.date1904);
          return;
        }
        cell.formula = formula;
        cell.value = null;
        delete cell.quotePrefix;
      });
      model.record({ op: "formulas", sheet: target.sheet.name, address: areaRef(target.area), detail: input });
    });
  }

  set numberFormat(input: unknown[][]) {
    this.act("1.1", "numberFormat", (target) => {
      this.context.model.assertWritable(target.sheet, target.area, "format");
      const at = grid<string | null>(input, target.area, "numberFormat");
      this.forEachCell(target, (cell, r, c) => {
        const format = at(r, c);
        if (format !== null && format !== undefined) cell.numberFormat = format;
      });
      this.context.model.record({ op: "numberFormat", sheet: target.sheet.name, address: areaRef(target.area) });
    });
  }

  get hyperlink(): { documentReference?: string; address?: string; textToDisplay?: string } | null {
    return this.get("hyperlink");
  }
  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.act("1.7", "hyperlink", (target) => {
      this.context.model.assertWritable(target.sheet, target.area, "values");
      this.forEachCell(target, (cell) => {
        cell.hyperlink = { ...link };
        if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
      });
    });
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      this.child((target) => target.sheet),
    );
  }

  /** The smallest block of this range holding every value (and, unless valuesOnly, every format). */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    this.context.requireApi("1.4", "Range.getUsedRangeOrNullObject");
    const model = this.context.model;
    return new RangeProxy(
      this.context,
      this.child(({ sheet, area }) => {
        const used = model.usedArea(sheet, valuesOnly, area);
        return used ? { sheet, area: used } : null;
      }),
    );
  }

  getRowsBelow(count = 1): RangeProxy {
    this.context.requireApi("1.2", "Range.getRowsBelow");
    return new RangeProxy(
      this.context,
      this.child(({ sheet, area }) => {
        const row = area.row + area.rows;
        if (row + count > MAX_ROWS) throw new FakeOfficeError("InvalidArgument", "fake: rows below the end of the sheet");
        return { sheet, area: { row, col: area.col, rows: count, cols: area.cols } };
      }),
    );
  }

  get format(): RangeFormatProxy {
    return new RangeFormatProxy(
      this.context,
      this.child((target) => target),
    );
  }

  get conditionalFormats(): ConditionalFormatsProxy {
    this.context.requireApi("1.6", "Range.conditionalFormats");
    return new ConditionalFormatsProxy(
      this.context,
      this.child((target) => target),
    );
  }

  get dataValidation(): DataValidationProxy {
    this.context.requireApi("1.8", "Range.dataValidation");
    return new DataValidationProxy(
      this.context,
      this.child((target) => target),
    );
  }

  clear(applyTo: string = "All"): void {
    this.act("1.1", "clear", (target) => {
      const { sheet, area } = target;
      this.context.model.assertWritable(sheet, area, applyTo === "Contents" ? "values" : "format");
      for (const [row, col, cell] of [...this.context.model.cellsIn(sheet, area)]) {
        if (applyTo === "All") sheet.cells.delete(cellKey(row, col));
        else if (applyTo === "Contents") {
          cell.value = null;
          delete cell.formula;
        } else if (applyTo === "Formats")
          Object.assign(cell, { numberFormat: "General", font: {}, borders: {}, locked: true, fill: undefined });
      }
      this.context.model.record({ op: "clear", sheet: sheet.name, address: areaRef(area), detail: applyTo });
    });
  }

  merge(across = false): void {
    this.act("1.2", "merge", ({ sheet, area }) => {
      this.context.model.assertWritable(sheet, area, "structure");
      if (across) for (let r = 0; r < area.rows; r++) sheet.merges.push({ row: area.row + r, col: area.col, rows: 1, cols: area.cols });
      else sheet.merges.push({ ...area });
    });
  }

  unmerge(): void {
    this.act("1.2", "unmerge", ({ sheet, area }) => {
      const gone = this.context.model.mergesOverlapping(sheet, area);
      sheet.merges = sheet.merges.filter((m) => !gone.includes(m));
    });
  }

  select(): void {
    this.act("1.1", "select", ({ sheet, area }) => {
      this.context.model.selection = { sheet: sheet.name, address: areaRef(area) };
    });
  }

  forEachCell(target: RangeTarget, visit: (cell: FakeCell, r: number, c: number) => void): void {
    const { sheet, area } = target;
    if (area.rows * area.cols > CELL_LIMIT)
      throw new FakeOfficeError("InvalidArgument", `fake: ${areaRef(area)} is too large to write cell by cell`);
    for (let r = 0; r < area.rows; r++) {
      for (let c = 0; c < area.cols; c++) visit(this.context.model.cellAt(sheet, area.row + r, area.col + c), r, c);
    }
  }
}

type FormatKey = "horizontal" | "vertical" | "wrap" | "indent";

export class RangeFormatProxy extends ClientObject<RangeTarget> {
  protected readonly excelClass = "RangeFormat";
  protected readonly loadable = {
    horizontalAlignment: "1.1",
    verticalAlignment: "1.1",
    wrapText: "1.1",
    columnWidth: "1.2",
    rowHeight: "1.2",
  };

  protected read({ sheet, area }: RangeTarget, prop: string): unknown {
    const cell = sheet.cells.get(cellKey(area.row, area.col));
    switch (prop) {
      case "horizontalAlignment":
        return cell?.horizontal ?? "General";
      case "verticalAlignment":
        return cell?.vertical ?? "Bottom";
      case "wrapText":
        return cell?.wrap ?? false;
      case "columnWidth":
        return sheet.columnWidths.get(area.col) ?? 48;
      default:
        return sheet.rowHeights.get(area.row) ?? 15;
    }
  }

  private setCells(version: string, member: string, change: (cell: FakeCell) => void): void {
    this.act(version, member, (target) => {
      this.context.model.assertWritable(target.sheet, target.area, "format");
      new RangeProxy(this.context, () => target).forEachCell(target, change);
    });
  }

  private setCell(key: FormatKey, version: string, member: string, value: unknown): void {
    this.setCells(version, member, (cell) => ((cell as unknown as Record<string, unknown>)[key] = value));
  }

  get horizontalAlignment(): string {
    return this.get("horizontalAlignment");
  }
  get verticalAlignment(): string {
    return this.get("verticalAlignment");
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  get indentLevel(): number {
    throw notLoaded("indentLevel");
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  get rowHeight(): number {
    return this.get("rowHeight");
  }
  get useStandardWidth(): boolean {
    throw notLoaded("useStandardWidth");
  }
  get useStandardHeight(): boolean {
    throw notLoaded("useStandardHeight");
  }
  set horizontalAlignment(value: string) {
    this.setCell("horizontal", "1.1", "horizontalAlignment", value);
  }
  set verticalAlignment(value: string) {
    this.setCell("vertical", "1.1", "verticalAlignment", value);
  }
  set wrapText(value: boolean) {
    this.setCell("wrap", "1.1", "wrapText", value);
  }
  set indentLevel(value: number) {
    this.setCell("indent", "1.9", "indentLevel", value);
  }

  set columnWidth(points: number) {
    this.act("1.2", "columnWidth", ({ sheet, area }) => {
      for (let c = area.col; c < area.col + area.cols; c++) sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.act("1.2", "rowHeight", ({ sheet, area }) => {
      for (let r = area.row; r < area.row + area.rows; r++) sheet.rowHeights.set(r, points);
    });
  }
  set useStandardWidth(standard: boolean) {
    this.act("1.7", "useStandardWidth", ({ sheet, area }) => {
      if (!standard) return;
      for (const col of [...sheet.columnWidths.keys()]) if (col >= area.col && col < area.col + area.cols) sheet.columnWidths.delete(col);
    });
  }
  set useStandardHeight(standard: boolean) {
    this.act("1.7", "useStandardHeight", ({ sheet, area }) => {
      if (!standard) return;
      for (const row of [...sheet.rowHeights.keys()]) if (row >= area.row && row < area.row + area.rows) sheet.rowHeights.delete(row);
    });
  }

  get fill(): { color: string } {
    const self = this;
    return {
      set color(color: string) {
        self.setCells("1.1", "RangeFill.color", (cell) => (cell.fill = color.toUpperCase()));
      },
      get color(): string {
        throw notLoaded("color");
      },
    };
  }

  get font(): Record<"name" | "size" | "bold" | "italic" | "underline" | "color", unknown> {
    const font = {} as Record<"name" | "size" | "bold" | "italic" | "underline" | "color", unknown>;
    for (const key of ["name", "size", "bold", "italic", "underline", "color"] as const) {
      Object.defineProperty(font, key, {
        set: (value: unknown) =>
          this.setCells("1.1", `RangeFont.${key}`, (cell) => {
            (cell.font as Record<string, unknown>)[key] = key === "color" ? String(value).toUpperCase() : value;
          }),
        get: () => {
          throw notLoaded(key);
        },
      });
    }
    return font;
  }

  get protection(): { locked: boolean } {
    const self = this;
    return {
      set locked(locked: boolean) {
        self.act("1.2", "FormatProtection.locked", (target) => {
          self.context.model.assertWritable(target.sheet, target.area, "format");
          new RangeProxy(self.context, () => target).forEachCell(target, (cell) => (cell.locked = locked));
        });
      },
      get locked(): boolean {
        throw notLoaded("locked");
      },
    };
  }

  get borders(): { getItem(edge: string): Record<"style" | "color" | "weight", string> } {
    return {
      getItem: (edge: string) => {
        const border = {} as Record<"style" | "color" | "weight", string>;
        for (const key of ["style", "color", "weight"] as const) {
          Object.defineProperty(border, key, {
            set: (value: string) => this.setBorder(edge, key, value),
            get: () => {
              throw notLoaded(key);
            },
          });
        }
        return border;
      },
    };
  }

  /** A border on a block: its outer edges, or the lines between its cells (Inside*). */
  private setBorder(edge: string, key: "style" | "color" | "weight", value: string): void {
    this.act("1.1", `RangeBorder.${key}`, (target) => {
      const { sheet, area } = target;
      this.context.model.assertWritable(sheet, area, "format");
      const sides: [number, number, string][] = [];
      for (let r = 0; r < area.rows; r++) {
        for (let c = 0; c < area.cols; c++) {
          const top = r === 0,
            bottom = r === area.rows - 1,
            left = c === 0,
            right = c === area.cols - 1;
          if (edge === "EdgeTop" && top) sides.push([r, c, "top"]);
          if (edge === "EdgeBottom" && bottom) sides.push([r, c, "bottom"]);
          if (edge === "EdgeLeft" && left) sides.push([r, c, "left"]);
          if (edge === "EdgeRight" && right) sides.push([r, c, "right"]);
          if (edge === "InsideHorizontal") {
            if (!top) sides.push([r, c, "top"]);
            if (!bottom) sides.push([r, c, "bottom"]);
          }
          if (edge === "InsideVertical") {
            if (!left) sides.push([r, c, "left"]);
            if (!right) sides.push([r, c, "right"]);
          }
        }
      }
      for (const [r, c, side] of sides) {
        const cell = this.context.model.cellAt(sheet, area.row + r, area.col + c);
        const line = cell.borders[side] ?? { style: "Continuous", color: "#000000", weight: "Thin" };
        cell.borders[side] = { ...line, [key]: key === "color" ? value.toUpperCase() : value };
      }
    });
  }
}

class ConditionalFormatsProxy extends ClientObject<RangeTarget> {
  protected readonly excelClass = "ConditionalFormatCollection";
  protected readonly loadable = {};
  protected read(): unknown {
    return undefined;
  }
  add(type: string): {
    dataBar: {
      positiveFormat: { fillColor: string; gradientFill: boolean };
      lowerBoundRule: { type: string; formula?: string };
      upperBoundRule: { type: string; formula?: string };
    };
  } {
    const record: FakeSheet["conditionalFormats"][number] = { type, address: "" };
    this.act("1.6", "add", ({ sheet, area }) => {
      this.context.model.assertWritable(sheet, area, "format");
      record.address = areaRef(area);
      sheet.conditionalFormats.push(record);
    });
    const self = this;
    return {
      dataBar: {
        positiveFormat: {
          set fillColor(color: string) {
            self.act("1.6", "ConditionalDataBarPositiveFormat.fillColor", () => (record.fillColor = color));
          },
          get fillColor(): string {
            throw notLoaded("fillColor");
          },
          set gradientFill(gradient: boolean) {
            self.act("1.6", "ConditionalDataBarPositiveFormat.gradientFill", () => (record.gradientFill = gradient));
          },
          get gradientFill(): boolean {
            throw notLoaded("gradientFill");
          },
        },
        set lowerBoundRule(rule: { type: string; formula?: string }) {
          self.act("1.6", "DataBarConditionalFormat.lowerBoundRule", () => (record.lowerBound = { ...rule }));
        },
        get lowerBoundRule(): { type: string; formula?: string } {
          throw notLoaded("lowerBoundRule");
        },
        set upperBoundRule(rule: { type: string; formula?: string }) {
          self.act("1.6", "DataBarConditionalFormat.upperBoundRule", () => (record.upperBound = { ...rule }));
        },
        get upperBoundRule(): { type: string; formula?: string } {
          throw notLoaded("upperBoundRule");
        },
      },
    };
  }
  clearAll(): void {
    this.act("1.6", "clearAll", ({ sheet, area }) => {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => {
        const at = parseRef(cf.address);
        return !at || !(at.row >= area.row && at.col >= area.col && at.row < area.row + area.rows && at.col < area.col + area.cols);
      });
    });
  }
}

class DataValidationProxy extends ClientObject<RangeTarget> {
  protected readonly excelClass = "DataValidation";
  protected readonly loadable = { rule: "1.8" };
  /** The rule set on exactly this range, else an empty rule. */
  protected read({ sheet, area }: RangeTarget): unknown {
    const found = [...sheet.validations].reverse().find((v) => v.address === areaRef(area));
    return found ? JSON.parse(JSON.stringify(found.rule)) : {};
  }
  set rule(rule: unknown) {
    this.act("1.8", "rule", ({ sheet, area }) => {
      this.context.model.assertWritable(sheet, area, "format");
      sheet.validations.push({ address: areaRef(area), rule: JSON.parse(JSON.stringify(rule)) });
    });
  }
  get rule(): { list?: { source?: string } } {
    return this.get("rule");
  }
  clear(): void {
    this.act("1.8", "clear", ({ sheet, area }) => {
      const whole = areaRef(area);
      sheet.validations = sheet.validations.filter((v) => {
        const at = parseRef(v.address);
        return (
          whole !== v.address &&
          !(
            at &&
            at.row >= area.row &&
            at.col >= area.col &&
            at.row + at.rows <= area.row + area.rows &&
            at.col + at.cols <= area.col + area.cols
          )
        );
      });
    });
  }
}
