/**
 * Puts `Office`, `Excel` and `OfficeExtension` globals backed by a FakeWorkbook on `scope`
 * (globalThis in jest, `window` in the browser tests). Returns what the host would see: the
 * functions the add-in associated, the dialogs it opened, the contexts it ran.
 */
import {
  ApiLevel,
  FakeRequestContext,
  RangeProxy,
  WorkbookProxy,
  WorksheetProxy,
  NamedItem,
  WorksheetProtectionProxy,
  RangeFormatProxy,
  ApplicationProxy,
} from "./api";
import { FakeOfficeError, type FakeWorkbook } from "./model";

export interface FakeDialog {
  readonly url: string;
  readonly options: unknown;
  closed: boolean;
  /** What the opener sent with `messageChild`. */
  readonly childMessages: string[];
  /** The dialog page's side: `messageParent`, and the user closing it (event 12006). */
  messageParent(message: string): void;
  closeByUser(): void;
}

export interface OfficeFakeOptions {
  /** Highest ExcelApi 1.x minor the host supports (default 18: a current Microsoft 365). */
  readonly apiMinor?: number;
  /** `Office.context.displayLanguage` (default `en-US`). */
  readonly displayLanguage?: string;
  /** Make `displayDialogAsync` fail, as when a dialog is already open or blocked. */
  readonly dialogFails?: boolean;
  /** Highest DialogApi 1.x minor (default 2: `messageChild` exists). */
  readonly dialogApiMinor?: number;
  /** Members the loaded office.js lacks whatever the host advertises (`Workbook.notes`). */
  readonly missingMembers?: readonly string[];
}

export interface OfficeFake {
  readonly workbook: FakeWorkbook;
  readonly api: ApiLevel;
  /** Functions registered with `Office.actions.associate`, by name. */
  readonly actions: Map<string, (event: unknown) => unknown>;
  readonly dialogs: FakeDialog[];
  /** Every context handed to an `Excel.run` batch. */
  readonly contexts: FakeRequestContext[];
  /** A context outside Excel.run, for adapter tests. */
  newContext(): FakeRequestContext;
  uninstall(): void;
}

const GLOBALS = ["Office", "Excel", "OfficeExtension"] as const;

export function installOfficeFake(scope: object, workbook: FakeWorkbook, options: OfficeFakeOptions = {}): OfficeFake {
  const target = scope as Record<string, unknown>;
  const saved = GLOBALS.map((name) => [name, target[name]] as const);
  const api = new ApiLevel(options.apiMinor ?? 18, options.missingMembers ?? []);
  const actions = new Map<string, (event: unknown) => unknown>();
  const dialogs: FakeDialog[] = [];
  const contexts: FakeRequestContext[] = [];

  const fake: OfficeFake = {
    workbook,
    api,
    actions,
    dialogs,
    contexts,
    newContext: () => new FakeRequestContext(workbook, api),
    uninstall: () => {
      for (const [name, value] of saved) {
        if (value === undefined) delete target[name];
        else target[name] = value;
      }
    },
  };

  const hostInfo = { host: "Excel", platform: "PC" };
  target.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    // Office.js calls back once its own scripts have loaded: never synchronously.
    onReady: (callback?: (info: typeof hostInfo) => void) =>
      new Promise((resolve) =>
        setTimeout(() => {
          callback?.(hostInfo);
          resolve(hostInfo);
        }, 0),
      ),
    actions: {
      associate: (name: string, handler: (event: unknown) => unknown) => actions.set(name, handler),
    },
    context: {
      displayLanguage: options.displayLanguage ?? "en-US",
      diagnostics: { host: "Excel", platform: "PC", version: "16.0.fake" },
      requirements: {
        isSetSupported: (set: string, version?: string) => {
          if (set === "DialogApi") return Number((version ?? "1.1").split(".")[1]) <= (options.dialogApiMinor ?? 2);
          return set === "ExcelApi" && api.supports(version ?? "1.1");
        },
      },
      ui: {
        displayDialogAsync: (url: string, dialogOptions: unknown, callback?: (result: unknown) => void) => {
          if (options.dialogFails) {
            callback?.({ status: "failed", error: { code: 12007, message: "A dialog box is already opened from this add-in." } });
            return;
          }
          const handlers = new Map<string, (arg: unknown) => void>();
          const dialog: FakeDialog = {
            url,
            options: dialogOptions,
            closed: false,
            childMessages: [],
            messageParent: (message) => handlers.get("dialogMessageReceived")?.({ message, origin: "https://localhost" }),
            closeByUser: () => {
              dialog.closed = true;
              handlers.get("dialogEventReceived")?.({ error: 12006 });
            },
          };
          dialogs.push(dialog);
          callback?.({
            status: "succeeded",
            value: {
              close: () => (dialog.closed = true),
              addEventHandler: (type: string, handler: (arg: unknown) => void) => handlers.set(type, handler),
              messageChild: (message: string) => {
                if ((options.dialogApiMinor ?? 2) < 2) throw new TypeError("messageChild is not a function");
                dialog.childMessages.push(message);
              },
            },
          });
        },
        messageParent: () => undefined,
      },
    },
  };

  target.Excel = {
    // Excel.run(batch) or Excel.run(options, batch): `delayForCellEdit` waits out cell-edit mode.
    run: async <T>(first: unknown, second?: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
      const batch = (second ?? first) as (context: FakeRequestContext) => Promise<T>;
      const runOptions = (second ? first : {}) as { delayForCellEdit?: boolean };
      if (runOptions.delayForCellEdit && !api.supports("1.11"))
        throw new FakeOfficeError("ApiNotFound", "delayForCellEdit needs ExcelApi 1.11");
      if (runOptions.delayForCellEdit) workbook.cellEditMode = false;
      const context = new FakeRequestContext(workbook, api);
      contexts.push(context);
      const result = await batch(context);
      // Excel.run sends what is still queued when the batch returns: a round trip like any other.
      if (context.pending > 0) await context.sync();
      return result;
    },
    // The classes whose prototypes tell which members the loaded library has.
    ...libraryClasses(api),
    ErrorCodes: {
      invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
      itemNotFound: "ItemNotFound",
      accessDenied: "AccessDenied",
      apiNotFound: "ApiNotFound",
    },
  };

  target.OfficeExtension = { Error: FakeOfficeError };
  return fake;
}

/** Office.js class name → the fake's class, as the adapter's feature detection sees them. */
const LIBRARY_CLASSES: Readonly<Record<string, { prototype: object }>> = {
  Range: RangeProxy,
  Workbook: WorkbookProxy,
  Worksheet: WorksheetProxy,
  NamedItem,
  WorksheetProtection: WorksheetProtectionProxy,
  RangeFormat: RangeFormatProxy,
  Application: ApplicationProxy,
};

/** Stand-ins whose prototypes list every member of the fake's class except the missing ones. */
function libraryClasses(api: ApiLevel): Record<string, { prototype: Record<string, true> }> {
  const result: Record<string, { prototype: Record<string, true> }> = {};
  for (const [name, cls] of Object.entries(LIBRARY_CLASSES)) {
    const members: Record<string, true> = {};
    for (let proto: object | null = cls.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const member of Object.getOwnPropertyNames(proto)) {
        if (member !== "constructor" && !api.missingMembers.has(`${name}.${member}`)) members[member] = true;
      }
    }
    result[name] = { prototype: members };
  }
  return result;
}
