/** The task pane: evaluate, read the results, fix problems, tune settings, try scenarios. */
import * as React from "react";
import {
  Button,
  FluentProvider,
  MessageBarBody,
  Select,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { PlayRegular } from "@fluentui/react-icons";
import { LANGUAGES, type Category, type Language } from "../core/model";
import type { SettingsChanges } from "../core/settings";
import { isLanguageLoaded, languageFromLocale, translate } from "../core/i18n";
import { loadLanguage } from "../core/i18n/load";
import { outcomeLabel } from "../core/text";
import { isFailed, type GatewayFailure, type PaneEvaluation, type WorkbookGateway, type WriteOutcome } from "./gateway";
import { LanguageProvider, usePane } from "./i18n";
import { themeFor } from "./theme";
import { CategoryCard } from "./components/CategoryCard";
import { OutcomeBanner } from "./components/OutcomeBanner";
import { ProblemList } from "./components/ProblemList";
import type { SaveResult } from "./components/SettingsView";
import { TemplateOffer } from "./components/TemplateOffer";
import { BusyIcon } from "./components/BusyIcon";
import { Notice } from "./components/Notice";

const SettingsView = React.lazy(() =>
  import(/* webpackChunkName: "forms" */ "./components/forms").then((m) => ({ default: m.SettingsView })),
);
const WhatIfView = React.lazy(() =>
  import(/* webpackChunkName: "forms" */ "./components/forms").then((m) => ({ default: m.WhatIfView })),
);

const SelfTestView = React.lazy(() =>
  import(/* webpackChunkName: "self-test" */ "./components/SelfTestView").then((m) => ({ default: m.SelfTestView })),
);

type View = "results" | "problems" | "settings" | "whatIf";
const VIEWS: readonly View[] = ["results", "problems", "settings", "whatIf"];
const CATEGORIES: readonly Category[] = ["membership", "finance", "external"];

const useStyles = makeStyles({
  provider: { minHeight: "100vh", boxSizing: "border-box" },
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "600px",
    minWidth: 0,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalXS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  language: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  evaluate: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  tabs: { flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/** Excel's failures in the user's words (cell-edit mode, protected sheet...), with Excel's own detail. */
function errorText(failure: GatewayFailure, lang: Language): string {
  return translate(lang, "messages", `error.${failure.code}`, { detail: failure.detail });
}

/** A gateway that throws after all (a bug, not Excel's refusal) is reported like an unknown failure. */
function thrown(error: unknown): GatewayFailure {
  return { code: "unknown", detail: error instanceof Error ? error.message : String(error) };
}

/** Missing named inputs mean a workbook not yet set up: offer the template. */
function needsTemplate(result: PaneEvaluation): boolean {
  return result.evaluation.problems.some((p) => p.code === "nameMissing" && p.severity === "error");
}

export interface AppProps {
  readonly gateway: WorkbookGateway;
  readonly dark?: boolean;
}

export function App(props: AppProps) {
  const styles = useStyles();
  const { gateway } = props;
  const [picked, setPicked] = React.useState<Language | null>(null);
  const [result, setResult] = React.useState<PaneEvaluation | null>(null);
  const language: Language = picked ?? result?.language ?? languageFromLocale(gateway.displayLanguage());
  // French and Spanish reports and explanations come as chunks of their own, fetched the first
  // time they are shown (the pane's own words are always there); render again once they are in.
  const [, setLoaded] = React.useState(0);
  React.useEffect(() => {
    if (isLanguageLoaded(language)) return;
    let current = true;
    void loadLanguage(language).then(() => current && setLoaded((n) => n + 1));
    return () => {
      current = false;
    };
  }, [language]);
  return (
    <FluentProvider theme={themeFor(Boolean(props.dark))} className={styles.provider} lang={language}>
      <LanguageProvider lang={language}>
        <Pane gateway={gateway} result={result} setResult={setResult} language={language} onLanguage={setPicked} />
      </LanguageProvider>
    </FluentProvider>
  );
}

function Pane(props: {
  readonly gateway: WorkbookGateway;
  readonly result: PaneEvaluation | null;
  readonly setResult: (result: PaneEvaluation) => void;
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
}) {
  const { gateway, result, setResult, language } = props;
  const { t, lang } = usePane();
  const styles = useStyles();
  const [view, setView] = React.useState<View>("results");
  const [running, setRunning] = React.useState(false);
  const [failure, setFailure] = React.useState<string | null>(null);
  // The announcement is worded at render time, so it speaks the language the results appear in.
  const [announce, setAnnounce] = React.useState(false);
  const [template, setTemplate] = React.useState<{ busy: boolean; outcome: WriteOutcome | { error: string } | null }>({
    busy: false,
    outcome: null,
  });
  const [goToFailure, setGoToFailure] = React.useState<string | null>(null);
  const [checking, setChecking] = React.useState(false);

  const runEvaluation = async () => {
    setRunning(true);
    setFailure(null);
    setAnnounce(false);
    try {
      const outcome = await gateway.evaluate();
      if (outcome.ok) {
        setResult(outcome.result);
        setAnnounce(true);
      } else setFailure(errorText(outcome.failure, lang));
    } catch (error) {
      setFailure(errorText(thrown(error), lang));
    } finally {
      setRunning(false);
    }
  };

  const insertTemplate = async () => {
    setTemplate({ busy: true, outcome: null });
    try {
      const outcome = await gateway.insertTemplate(language);
      setTemplate({ busy: false, outcome: isFailed(outcome) ? { error: errorText(outcome.failure, lang) } : outcome });
    } catch (error) {
      setTemplate({ busy: false, outcome: { error: errorText(thrown(error), lang) } });
    }
  };

  const goTo = async (cell: string) => {
    setGoToFailure(null);
    try {
      const outcome = await gateway.goTo(cell);
      if (!outcome.ok) setGoToFailure(t("problems.goToFailed", { cell, message: errorText(outcome.failure, lang) }));
    } catch (error) {
      setGoToFailure(t("problems.goToFailed", { cell, message: errorText(thrown(error), lang) }));
    }
  };

  const saveSettings = async (changes: SettingsChanges): Promise<SaveResult> => {
    try {
      const outcome = await gateway.saveSettings(changes, language);
      return isFailed(outcome) ? { ok: false, error: errorText(outcome.failure, lang) } : outcome;
    } catch (error) {
      return { ok: false, error: errorText(thrown(error), lang) };
    }
  };

  // Stable, so the Settings tab reads the workbook once when it opens, not on every render.
  // The Settings view shows a read failure as its own notice: Excel's refusal becomes that text.
  const readSettings = React.useCallback(async () => {
    const read = await gateway.readSettings();
    if (isFailed(read)) throw new Error(errorText(read.failure, lang));
    return read.settings;
  }, [gateway, lang]);

  React.useEffect(() => {
    document.title = t("app.title");
  }, [t]);

  const problems = result?.evaluation.problems ?? [];
  const previous = result?.history[result.history.length - 1];
  const tabLabel = (v: View) =>
    v === "problems" && problems.length > 0 ? t("tabs.problemsCount", { count: problems.length }) : t(`tabs.${v}`);

  if (checking) {
    return (
      <main className={styles.root}>
        <React.Suspense fallback={<Text>{t("app.loading")}</Text>}>
          <SelfTestView gateway={gateway} onBack={() => setChecking(false)} />
        </React.Suspense>
      </main>
    );
  }

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t("app.title")}</h1>
        <div className={styles.language}>
          <label htmlFor="pane-language">
            <Text size={200}>{t("app.language")}</Text>
          </label>
          <Select
            id="pane-language"
            size="small"
            value={language}
            onChange={(_, data) => props.onLanguage(data.value as Language)}
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`language.${code}`)}
              </option>
            ))}
          </Select>
        </div>
      </header>

      <section className={styles.evaluate} aria-label={t("evaluate.button")}>
        {result ? null : <Text>{t("evaluate.intro")}</Text>}
        <Button
          appearance="primary"
          size="large"
          icon={running ? <BusyIcon inverted /> : <PlayRegular />}
          disabled={running}
          onClick={runEvaluation}
        >
          {running ? t("evaluate.running") : t("evaluate.button")}
        </Button>
        {failure ? (
          <Notice intent="error" layout="multiline">
            <MessageBarBody>{t("evaluate.failed", { message: failure })}</MessageBarBody>
          </Notice>
        ) : null}
      </section>

      <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
        {announce && result
          ? t("evaluate.announce", {
              outcome: outcomeLabel(result.evaluation.outcome, language),
              met: result.evaluation.metCount,
              near: result.evaluation.nearCount,
              noData: result.evaluation.noDataCount,
            })
          : ""}
      </div>

      <TabList
        className={styles.tabs}
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value as View)}
        aria-label={t("tabs.label")}
        size="small"
      >
        {VIEWS.map((v) => (
          <Tab key={v} id={`tab-${v}`} value={v} aria-controls="pane-view">
            {tabLabel(v)}
          </Tab>
        ))}
      </TabList>

      <div role="tabpanel" id="pane-view" aria-labelledby={`tab-${view}`} className={styles.panel}>
        {view === "results" ? (
          <>
            {result ? <OutcomeBanner evaluation={result.evaluation} previous={previous} /> : null}
            {result && needsTemplate(result) ? <TemplateOffer busy={template.busy} onInsert={insertTemplate} /> : null}
            <TemplateResult outcome={template.outcome} />
            {result && result.conflicts.length > 0 ? (
              <Notice intent="error" layout="multiline">
                <MessageBarBody>
                  {t("evaluate.notWritten")}
                  <ProblemList problems={result.conflicts} onGoTo={goTo} />
                </MessageBarBody>
              </Notice>
            ) : null}
            {result?.written ? <Text size={200}>{t("evaluate.written")}</Text> : null}
            {result
              ? CATEGORIES.map((category) => (
                  <CategoryCard
                    key={category}
                    category={category}
                    indicators={result.evaluation.indicators.filter((i) => i.category === category)}
                    previous={previous}
                  />
                ))
              : null}
          </>
        ) : null}
        {view === "problems" ? (
          result === null ? (
            <Text>{t("problems.evaluateFirst")}</Text>
          ) : (
            <>
              <Text>
                {problems.length === 0
                  ? t("problems.none")
                  : t("problems.summary", {
                      errors: problems.filter((p) => p.severity === "error").length,
                      warnings: problems.filter((p) => p.severity === "warning").length,
                    })}
              </Text>
              {goToFailure ? (
                <Notice intent="error">
                  <MessageBarBody>{goToFailure}</MessageBarBody>
                </Notice>
              ) : null}
              <ProblemList problems={problems} onGoTo={goTo} />
            </>
          )
        ) : null}
        <React.Suspense fallback={<Text>{t("app.loading")}</Text>}>
          {view === "settings" ? (
            <SettingsView load={readSettings} onSave={saveSettings} onGoTo={goTo} />
          ) : null}
          {view === "whatIf" ? <WhatIfView result={result} /> : null}
        </React.Suspense>
      </div>
      <footer>
        <Button appearance="subtle" size="small" onClick={() => setChecking(true)}>
          {t("selfTest.open")}
        </Button>
      </footer>
    </main>
  );
}

function TemplateResult(props: { readonly outcome: WriteOutcome | { error: string } | null }) {
  const { t } = usePane();
  const { outcome } = props;
  if (!outcome) return null;
  if ("error" in outcome) {
    return (
      <Notice intent="error">
        <MessageBarBody>{t("template.failed", { message: outcome.error })}</MessageBarBody>
      </Notice>
    );
  }
  if (outcome.ok) {
    return (
      <Notice intent="success">
        <MessageBarBody>{t("template.done")}</MessageBarBody>
      </Notice>
    );
  }
  return (
    <Notice intent="error" layout="multiline">
      <MessageBarBody>
        <ProblemList problems={outcome.conflicts} />
      </MessageBarBody>
    </Notice>
  );
}
