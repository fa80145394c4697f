/**
 * Everything the task pane asks of the workbook, behind one interface: components never touch
 * Office.js, so tests and the browser check drive them with a fake.
 */
import type { Day, Evaluation, Language, Problem, TriggerInputs } from "../core/model";
import type { LogEntry } from "../core";
import type { WorkbookSettings } from "../core/read/settings";
import type { SettingsChanges } from "../core/settings";

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

/** The outcome of a write that refuses to overwrite what the user owns. */
export type WriteOutcome = { readonly ok: true } | { readonly ok: false; readonly conflicts: readonly Problem[] };

export interface WorkbookGateway {
  /** Office's display language (`fr-FR`), null when unknown. */
  displayLanguage(): string | null;
  /** The same evaluation as the ribbon: read, evaluate, write. */
  evaluate(): Promise<PaneEvaluation>;
  /** Select a cell (`'Budget 2026'!B7`) and bring its sheet to the front. */
  goTo(address: string): Promise<void>;
  insertTemplate(language: Language): Promise<WriteOutcome>;
  /** The workbook's `TriggerSettings` table as an evaluation would read it (the Settings tab starts from it). */
  readSettings(): Promise<WorkbookSettings>;
  /** Write the settings the user changed, and only those, into `TriggerSettings` (see core/settings-plan). */
  saveSettings(changes: SettingsChanges, language: Language): Promise<WriteOutcome>;
}
