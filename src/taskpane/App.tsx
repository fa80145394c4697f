/** The task pane: evaluate, read the results, fix problems, try scenarios, tune settings. */
import * as React from "react";
import { Button, FluentProvider, MessageBarBody, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { PlayRegular } from "@fluentui/react-icons";
import { LANGUAGES, type Language } from "../core/model";
import { isLanguageLoaded } from "../core/i18n";
import { loadLanguage } from "../core/i18n/load";
import { outcomeLabel } from "../core/text";
import type { PaneEvaluation, WorkbookGateway } from "./gateway";
import { LanguageProvider, usePane } from "./i18n";
import { themeFor } from "./theme";
import { usePaneActions, type PaneActions } from "./usePaneActions";
import { BusyIcon } from "./components/BusyIcon";
import { Notice } from "./components/Notice";
import { PaneTabs } from "./components/PaneTabs";
import { useVisuallyHiddenStyles } from "./components/visually-hidden";
import { TemplateOffer } from "./components/TemplateOffer";
import { WriteResultNotice } from "./components/WriteResultNotice";
import { ResultsView } from "./views/ResultsView";
import { ReviewNotice } from "./components/ReviewNotice";
import { useReview } from "./useReview";

const SettingsView = React.lazy(() =>
  import(/* webpackChunkName: "forms" */ "./components/forms").then((m) => ({
    default: m.SettingsView,
  })),
);
const WhatIfView = React.lazy(() =>
  import(/* webpackChunkName: "forms" */ "./components/forms").then((m) => ({
    default: m.WhatIfView,
  })),
);
// Problems and the first run are not on the first screen of a set-up workbook: fetched when shown.
const ProblemsView = React.lazy(() =>
  import(/* webpackChunkName: "problems" */ "./components/ProblemsView").then((m) => ({ default: m.ProblemsView })),
);
const FirstRunView = React.lazy(() =>
  import(/* webpackChunkName: "first-run" */ "./views/FirstRunView").then((m) => ({ default: m.FirstRunView })),
);
// Connecting the workbook's own cells: its view and words travel in a chunk of their own.
const InputsView = React.lazy(() => import(/* webpackChunkName: "inputs" */ "./views/InputsView").then((m) => ({ default: m.InputsView })));
const SelfTestView = React.lazy(() =>
  import(/* webpackChunkName: "self-test" */ "./components/SelfTestView").then((m) => ({ default: m.SelfTestView })),
);

type View = "results" | "problems" | "inputs" | "whatIf" | "settings";
const VIEWS: readonly View[] = ["results", "problems", "inputs", "whatIf", "settings"];
const PANEL_ID = "pane-view";

const useStyles = makeStyles({
  provider: { minHeight: "100vh", boxSizing: "border-box" },
  root: {
    display: "flex",
    flexDirection: "column",
    // Tight at 320 px: a short banner and four indicators on a 700 px first screen.
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    maxWidth: "600px",
    minWidth: 0,
  },
  footer: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  language: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
  },
  evaluate: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
});

/** Missing named inputs after an evaluation mean a workbook half set up: offer the template there too. */
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
  const actions = usePaneActions(gateway);
  const { language } = actions;

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
        <Pane actions={actions} gateway={gateway} language={language} onLanguage={(chosen) => void actions.chooseLanguage(chosen)} />
      </LanguageProvider>
    </FluentProvider>
  );
}

function Pane(props: {
  readonly actions: PaneActions;
  readonly gateway: WorkbookGateway;
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
}) {
  const { actions, language } = props;
  const { t } = usePane();
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const [view, setView] = React.useState<View>("results");
  const [checking, setChecking] = React.useState(false);
  // "Connect my workbook" on the first screen opens the Inputs view instead of the set-up offer.
  const [connecting, setConnecting] = React.useState(false);
  const { result } = actions;
  // Checked once on opening; an evaluation in this pane brings the results up to date, so the notice goes.
  const review = useReview(props.gateway, actions.inspection);

  React.useEffect(() => {
    document.title = t("app.title");
  }, [t]);

  if (checking) {
    return (
      <main className={styles.root}>
        <React.Suspense fallback={<Text>{t("app.loading")}</Text>}>
          <SelfTestView gateway={props.gateway} onBack={() => setChecking(false)} />
        </React.Suspense>
      </main>
    );
  }

  const problems = result?.evaluation.problems ?? [];
  const tabs = VIEWS.map((value) => ({
    value,
    label: value === "problems" && problems.length > 0 ? t("tabs.problemsCount", { count: problems.length }) : t(`tabs.${value}`),
  }));
  const firstRun = actions.inspection?.setUp === false && result === null && !connecting;
  const templateDone = actions.templateResult?.kind === "done";
  const templateNotice = (
    <WriteResultNotice
      result={actions.templateResult}
      done={t("template.done")}
      refused={t("template.refused")}
      failed={(message) => t("template.failed", { message })}
      onGoTo={actions.goTo}
    />
  );

  return (
    <main className={styles.root}>
      <header>
        <h1 className={styles.title}>{t("app.title")}</h1>
      </header>

      {firstRun ? (
        <React.Suspense fallback={<Text>{t("app.loading")}</Text>}>
          <FirstRunView
            busy={actions.templateBusy}
            onSetUp={actions.insertTemplate}
            onConnect={() => {
              setConnecting(true);
              setView("inputs");
            }}
          />
          {templateNotice}
        </React.Suspense>
      ) : (
        <>
          <section className={styles.evaluate} aria-label={t("evaluate.button")}>
            {templateNotice}
            {review && result === null ? <ReviewNotice report={review} language={language} /> : null}
            <Button
              appearance="primary"
              icon={actions.running ? <BusyIcon inverted /> : <PlayRegular />}
              disabled={actions.running}
              onClick={actions.evaluate}
              data-evaluate
            >
              {actions.running ? t("evaluate.running") : t("evaluate.button")}
            </Button>
            {actions.evaluateFailure ? (
              <Notice intent="error" layout="multiline">
                <MessageBarBody>{t("evaluate.failed", { message: actions.evaluateFailure })}</MessageBarBody>
              </Notice>
            ) : null}
            {result && needsTemplate(result) && !templateDone ? (
              <TemplateOffer busy={actions.templateBusy} onInsert={actions.insertTemplate} />
            ) : null}
          </section>

          <PaneTabs
            tabs={tabs}
            selected={view}
            onSelect={setView}
            label={t("tabs.label")}
            moreText={t("tabs.more")}
            moreLabel={t("tabs.moreLabel")}
            moreCurrentLabel={(tab) => t("tabs.moreCurrent", { tab })}
            // Results and Problems (with its count) stay on the row at any width.
            keep={2}
            panelId={PANEL_ID}
          />

          <div role="tabpanel" id={PANEL_ID} aria-labelledby={`tab-${view}`} className={styles.panel}>
            {view === "results" ? <ResultsView result={result} onGoTo={actions.goTo} /> : null}
            <React.Suspense fallback={<Text>{t("app.loading")}</Text>}>
              {view === "problems" ? (
                result === null ? (
                  <Text>{t("problems.evaluateFirst")}</Text>
                ) : (
                  <ProblemsView problems={problems} onGoTo={actions.goTo} goToFailure={actions.goToFailure} />
                )
              ) : null}
              {view === "inputs" ? <InputsView gateway={props.gateway} onGoTo={actions.goTo} /> : null}
              {view === "whatIf" ? <WhatIfView result={result} /> : null}
              {view === "settings" ? (
                <SettingsView load={actions.readSettings} onSave={actions.saveSettings} onGoTo={actions.goTo} />
              ) : null}
            </React.Suspense>
          </div>
        </>
      )}

      <div role="status" aria-live="polite" aria-atomic="true" className={hidden.hidden}>
        {actions.announce && result
          ? t("evaluate.announce", {
              outcome: outcomeLabel(result.evaluation.outcome, language),
              met: result.evaluation.metCount,
              near: result.evaluation.nearCount,
              noData: result.evaluation.noDataCount,
            })
          : ""}
      </div>

      {/* Chosen once per workbook: below the work, so that the results keep the first screen. */}
      <footer className={styles.footer}>
        <div className={styles.language}>
          <label htmlFor="pane-language">
            <Text size={200}>{t("app.language")}</Text>
          </label>
          <Select id="pane-language" size="small" value={language} onChange={(_, data) => props.onLanguage(data.value as Language)}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`language.${code}`)}
              </option>
            ))}
          </Select>
        </div>
        <WriteResultNotice
          result={actions.languageResult}
          done={result ? t("language.savedNextEvaluation") : t("language.saved")}
          refused={t("language.refused")}
          failed={(message) => t("language.failed", { message })}
          onGoTo={actions.goTo}
        />
        <Button appearance="subtle" size="small" onClick={() => setChecking(true)} data-self-test-open>
          {t("selfTest.open")}
        </Button>
      </footer>
    </main>
  );
}
