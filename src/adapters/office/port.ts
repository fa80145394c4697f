/**
 * The port the task pane talks to: everything it asks of the workbook, behind one interface, and
 * the one definition of what each operation answers. Components never touch Office.js, so tests
 * and the browser check drive them with a fake; the Office adapter's use cases (`pane.ts`)
 * answer in these very types. Every operation answers with plain data: `{ ok: true, ... }`, or
 * `{ ok: false, failure: { code, detail } }` when Excel refused (the code keys the
 * `error.<code>` messages), never by throwing. Types only: the ribbon's bundle may import it.
 */
import type { Day, Evaluation, Language, Problem, TriggerInputs } from "../../core/model";
import type { LogEntry } from "../../core/log";
import type { WorkbookSettings } from "../../core/read/settings";
import type { SettingsChanges } from "../../core/settings";
import type { KeyOf } from "../../core/i18n";
import type { WrittenPart } from "../../core/failure-text";
import type { VerifyReport } from "../../core/review/verify";
import type { AdapterErrorCode } from "./errors";
import type { SelfTestRow } from "./self-test";
import type { InputState, ShapeNote } from "../../core/connect";

export type { SelfTestRow };

/** A failure code keys its `error.<code>` message: every code the adapter answers has one. */
export type FailureCode = Extract<KeyOf<"messages">, `error.${string}`> extends `error.${infer C}` ? C : never;
type Holds<T extends true> = T;
/** Fails to compile when the adapter answers a code that has no `error.<code>` message. */
export type EveryAdapterCodeHasAMessage = Holds<[AdapterErrorCode] extends [FailureCode] ? true : false>;

/** One evaluation as the pane shows it, plus what the what-if panel needs to recompute. */
export interface PaneEvaluation {
  readonly evaluation: Evaluation;
  /** The report language: the `Language` setting, else Office's. */
  readonly language: Language;
  /** The log before this evaluation, oldest first. */
  readonly history: readonly LogEntry[];
  /** Why nothing was written (sheets of the add-in's names that it did not create). */
  readonly conflicts: readonly Problem[];
  /** True when status cells, summary and log were written. */
  readonly written: boolean;
  /** The inputs as read, and the reader's problems, for what-if scenarios. */
  readonly inputs: TriggerInputs;
  readonly readerProblems: readonly Problem[];
  /** The day that stood in for a missing `EvaluationDate`. */
  readonly today: Day;
}

/** Why Excel refused: `code` as in the messages catalogue (`error.cellEditMode`), `detail` Excel's own text (never a sentence of the add-in). */
export interface GatewayFailure {
  readonly code: AdapterErrorCode;
  readonly detail: string;
  /** For a write that stopped part-way: the parts written, and those not (core/failure-text). */
  readonly written?: readonly WrittenPart[];
  readonly missing?: readonly WrittenPart[];
}

export type Failed = { readonly ok: false; readonly failure: GatewayFailure };

/** The outcome of a write that refuses to overwrite what the user owns. */
export type WriteOutcome = { readonly ok: true } | { readonly ok: false; readonly conflicts: readonly Problem[] };

/** The pane's first look at the workbook, before any evaluation. */
export interface WorkbookInspection {
  /** False when the workbook defines none of the named inputs: the pane offers the template first. */
  readonly setUp: boolean;
  readonly settings: WorkbookSettings;
}

export interface WorkbookGateway {
  /** Office's display language (`fr-FR`), null when unknown. */
  displayLanguage(): string | null;
  /** Whether the workbook is set up, and its settings (the saved language among them); writes nothing. */
  inspect(): Promise<({ readonly ok: true } & WorkbookInspection) | Failed>;
  /** The same evaluation as the ribbon: read, evaluate, write. */
  evaluate(): Promise<{ readonly ok: true; readonly result: PaneEvaluation } | Failed>;
  /** Select a cell (`'Budget 2026'!B7`) and bring its sheet to the front. */
  goTo(address: string): Promise<{ readonly ok: true } | Failed>;
  insertTemplate(language: Language): Promise<WriteOutcome | Failed>;
  /** The workbook's `TriggerSettings` table as an evaluation would read it (the Settings tab starts from it). */
  readSettings(): Promise<{ readonly ok: true; readonly settings: WorkbookSettings } | Failed>;
  /** Write the settings the user changed, and only those, into `TriggerSettings` (see core/settings-plan). */
  saveSettings(changes: SettingsChanges, language: Language): Promise<WriteOutcome | Failed>;
  /** "Check this Excel": every Office.js behaviour the add-in relies on, on a scratch sheet. */
  selfTest(): Promise<readonly SelfTestRow[]>;
  /** Every input of the contract with its state (connected, missing, or its first problem); writes nothing. */
  inputStates(): Promise<{ readonly ok: true; readonly states: readonly InputState[] } | Failed>;
  /**
   * "Use selected cells" for an input: checks the selection's shape, then defines the name, or
   * asks first (`confirm`, old → new) when it would re-point one; `confirmed` is the address agreed to.
   */
  useSelection(name: string, confirmed: string | null): Promise<SelectionOutcome | Failed>;
  /** Which Excel this is, for the self-test report (`Excel PC 16.0.1234, ExcelApi up to 1.18`). */
  hostDescription(): string;
  /**
   * "Is this page still true?": the workbook's inputs and result cells against its last logged
   * evaluation (`review` null when it has none). Reads only; never evaluates. Optional: a gateway
   * without it (an older fake) simply shows no check.
   */
  review?(): Promise<{ readonly ok: true; readonly review: VerifyReport | null } | Failed>;
}

/** What "Use selected cells" did: refused (why), asks to confirm a re-point, or defined the name. */
export type SelectionOutcome =
  | { readonly ok: true; readonly kind: "refused"; readonly name: string; readonly reason: ShapeNote | Problem }
  | {
      readonly ok: true;
      readonly kind: "confirm";
      readonly name: string;
      readonly old: string;
      readonly address: string;
      readonly notes: readonly ShapeNote[];
    }
  | { readonly ok: true; readonly kind: "unchanged"; readonly name: string; readonly address: string }
  | { readonly ok: true; readonly kind: "defined"; readonly name: string; readonly address: string; readonly notes: readonly ShapeNote[] };
