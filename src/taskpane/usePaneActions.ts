/**
 * Everything the pane does to the workbook, in one hook: the views only render its state and
 * call its actions. Each gateway answer, refusal or failure becomes state here, so no view
 * handles an error, and every write ends in the one `WriteNotice` shape.
 */
import * as React from "react";
import type { Language, Problem } from "../core/model";
import type { SettingsChanges } from "../core/settings";
import type { WorkbookSettings } from "../core/read/settings";
import { languageFromLocale } from "../core/i18n";
import { failureText } from "../core/failure-text";
import { paneText } from "./i18n";
import { isFailed, type Failed, type GatewayFailure, type PaneEvaluation, type WorkbookGateway, type WriteOutcome } from "./gateway";

/** How every write of the pane ends: written, refused (it would overwrite what the user owns), or failed in Excel. */
export type WriteNotice =
  | { readonly kind: "done" }
  | { readonly kind: "refused"; readonly conflicts: readonly Problem[] }
  | { readonly kind: "failed"; readonly message: string };

/** What the pane knows of the workbook before any evaluation; `null` while it is being read. */
export type Inspection = { readonly setUp: boolean; readonly savedLanguage: Language | null } | null;

/** Excel's failures in the user's words (cell-edit mode, protected sheet...), with Excel's own detail. */
function errorText(failure: GatewayFailure, lang: Language): string {
  return failureText(failure, lang);
}

/** A gateway that throws after all (a bug, not Excel's refusal) is reported like an unknown failure. */
function thrown(error: unknown): GatewayFailure {
  return { code: "unknown", detail: error instanceof Error ? error.message : String(error) };
}

function writeResult(outcome: WriteOutcome | Failed, lang: Language): WriteNotice {
  if (outcome.ok) return { kind: "done" };
  return isFailed(outcome)
    ? { kind: "failed", message: errorText(outcome.failure, lang) }
    : { kind: "refused", conflicts: outcome.conflicts };
}

async function attempt(write: () => Promise<WriteOutcome | Failed>, lang: Language): Promise<WriteNotice> {
  try {
    return writeResult(await write(), lang);
  } catch (error) {
    return { kind: "failed", message: errorText(thrown(error), lang) };
  }
}

export interface PaneActions {
  readonly language: Language;
  readonly inspection: Inspection;
  readonly result: PaneEvaluation | null;
  readonly running: boolean;
  /** Why the last evaluation did not run, in the user's words. */
  readonly evaluateFailure: string | null;
  /** True once an evaluation finished, until the next starts: the live region speaks then. */
  readonly announce: boolean;
  readonly templateBusy: boolean;
  readonly templateResult: WriteNotice | null;
  readonly languageResult: WriteNotice | null;
  readonly goToFailure: string | null;
  evaluate(): Promise<void>;
  insertTemplate(): Promise<void>;
  goTo(cell: string): Promise<void>;
  /** The report's and the pane's language, saved in the workbook once it is set up. */
  chooseLanguage(language: Language): Promise<void>;
  readSettings(): Promise<WorkbookSettings>;
  saveSettings(changes: SettingsChanges): Promise<WriteNotice>;
}

/**
 * The pane speaks, and the report is written in, one language: the user's choice in the pane,
 * else the evaluation's (the workbook's `Language` setting or Office's), else the saved setting
 * read when the pane opened, else Office's display language.
 */
export function usePaneActions(gateway: WorkbookGateway): PaneActions {
  const [inspection, setInspection] = React.useState<Inspection>(null);
  const [result, setResult] = React.useState<PaneEvaluation | null>(null);
  const [picked, setPicked] = React.useState<Language | null>(null);
  const language: Language = picked ?? result?.language ?? inspection?.savedLanguage ?? languageFromLocale(gateway.displayLanguage());
  const [running, setRunning] = React.useState(false);
  const [evaluateFailure, setEvaluateFailure] = React.useState<string | null>(null);
  const [announce, setAnnounce] = React.useState(false);
  const [templateBusy, setTemplateBusy] = React.useState(false);
  const [templateResult, setTemplateResult] = React.useState<WriteNotice | null>(null);
  const [languageResult, setLanguageResult] = React.useState<WriteNotice | null>(null);
  const [goToFailure, setGoToFailure] = React.useState<string | null>(null);

  // One look at the workbook when the pane opens: set up or not, and the language it saved.
  React.useEffect(() => {
    let current = true;
    gateway
      .inspect()
      .then((read) => {
        if (!current) return;
        // A workbook that cannot be read is not called empty: the pane stays as for a set-up one.
        setInspection(
          read.ok ? { setUp: read.setUp, savedLanguage: read.settings.settings.Language } : { setUp: true, savedLanguage: null },
        );
      })
      .catch(() => current && setInspection({ setUp: true, savedLanguage: null }));
    return () => {
      current = false;
    };
  }, [gateway]);

  const evaluate = async () => {
    setRunning(true);
    setEvaluateFailure(null);
    setAnnounce(false);
    try {
      const outcome = await gateway.evaluate();
      if (outcome.ok) {
        setResult(outcome.result);
        setAnnounce(true);
      } else setEvaluateFailure(errorText(outcome.failure, language));
    } catch (error) {
      setEvaluateFailure(errorText(thrown(error), language));
    } finally {
      setRunning(false);
    }
  };

  const insertTemplate = async () => {
    setTemplateBusy(true);
    setTemplateResult(null);
    let outcome = await attempt(() => gateway.insertTemplate(language), language);
    // The template's settings leave the language blank (Office's); a language the user picked is kept.
    if (outcome.kind === "done" && picked !== null) {
      outcome = await attempt(() => gateway.saveSettings({ Language: picked }, language), language);
    }
    if (outcome.kind === "done") setInspection({ setUp: true, savedLanguage: picked });
    setTemplateResult(outcome);
    setTemplateBusy(false);
  };

  const goTo = async (cell: string) => {
    setGoToFailure(null);
    try {
      const outcome = await gateway.goTo(cell);
      if (!outcome.ok) setGoToFailure(paneText(language, "problems.goToFailed", { cell, message: errorText(outcome.failure, language) }));
    } catch (error) {
      setGoToFailure(paneText(language, "problems.goToFailed", { cell, message: errorText(thrown(error), language) }));
    }
  };

  const chooseLanguage = async (chosen: Language) => {
    setPicked(chosen);
    setLanguageResult(null);
    // Not set up yet: nothing to save into; the template takes the choice with it.
    if (!inspection?.setUp || inspection.savedLanguage === chosen) return;
    const outcome = await attempt(() => gateway.saveSettings({ Language: chosen }, chosen), chosen);
    if (outcome.kind === "done") setInspection({ setUp: true, savedLanguage: chosen });
    setLanguageResult(outcome);
  };

  // Stable, so the Settings tab reads the workbook once when it opens, not on every render.
  // The Settings view shows a read failure as its own notice: Excel's refusal becomes that text.
  const readSettings = React.useCallback(async () => {
    const read = await gateway.readSettings();
    if (isFailed(read)) throw new Error(errorText(read.failure, language));
    return read.settings;
  }, [gateway, language]);

  const saveSettings = (changes: SettingsChanges) => attempt(() => gateway.saveSettings(changes, language), language);

  return {
    language,
    inspection,
    result,
    running,
    evaluateFailure,
    announce,
    templateBusy,
    templateResult,
    languageResult,
    goToFailure,
    evaluate,
    insertTemplate,
    goTo,
    chooseLanguage,
    readSettings,
    saveSettings,
  };
}
