/**
 * Puts `Office`, `Excel` and `OfficeExtension` globals backed by a FakeWorkbook on `scope`
 * (globalThis in jest, `window` in the browser tests). Returns what the host would see: the
 * functions the add-in associated, the dialogs it opened, the contexts it ran.
 */
import { ApiLevel, FakeRequestContext } from "./api";
import { FakeOfficeError, type FakeWorkbook } from "./model";

export interface FakeDialog {
  readonly url: string;
  readonly options: unknown;
  closed: boolean;
}

export interface OfficeFakeOptions {
  /** Highest ExcelApi 1.x minor the host supports (default 18: a current Microsoft 365). */
  readonly apiMinor?: number;
  /** `Office.context.displayLanguage` (default `en-US`). */
  readonly displayLanguage?: string;
  /** Make `displayDialogAsync` fail, as when a dialog is already open or blocked. */
  readonly dialogFails?: boolean;
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
  const api = new ApiLevel(options.apiMinor ?? 18);
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
    onReady: (callback?: (info: typeof hostInfo) => void) => {
      callback?.(hostInfo);
      return Promise.resolve(hostInfo);
    },
    actions: {
      associate: (name: string, handler: (event: unknown) => unknown) => actions.set(name, handler),
    },
    context: {
      displayLanguage: options.displayLanguage ?? "en-US",
      requirements: {
        isSetSupported: (set: string, version?: string) => set === "ExcelApi" && api.supports(version ?? "1.1"),
      },
      ui: {
        displayDialogAsync: (url: string, dialogOptions: unknown, callback?: (result: unknown) => void) => {
          if (options.dialogFails) {
            callback?.({ status: "failed", error: { code: 12007, message: "A dialog box is already opened from this add-in." } });
            return;
          }
          const dialog: FakeDialog = { url, options: dialogOptions, closed: false };
          dialogs.push(dialog);
          callback?.({
            status: "succeeded",
            value: {
              close: () => (dialog.closed = true),
              addEventHandler: (_type: string, _handler: unknown) => undefined,
            },
          });
        },
        messageParent: () => undefined,
      },
    },
  };

  target.Excel = {
    run: async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
      const context = new FakeRequestContext(workbook, api);
      contexts.push(context);
      const result = await batch(context);
      // Excel.run sends what is still queued when the batch returns: a round trip like any other.
      if (context.pending > 0) await context.sync();
      return result;
    },
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
