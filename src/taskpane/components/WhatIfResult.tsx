/**
 * The scenario's result, pinned at the top of the What-if view so that a change made further down
 * shows at once, even in a 320 × 700 px pane: the outcome (announced politely), then only the
 * indicators whose status the scenario changes. Kept to about a third of the pane's height.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowRightRegular } from "@fluentui/react-icons";
import type { Outcome } from "../../core/model";
import type { WhatIfComparison } from "../../core/what-if";
import { translate } from "../../core/i18n";
import { outcomeLabel, statusWord } from "../../core/text";
import { useWhatIfWords } from "./what-if-words";
import { useVisuallyHiddenStyles } from "./visually-hidden";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  pinned: {
    position: "sticky",
    top: 0,
    // Above Fluent's inputs (their focus underline is positioned), on the pane's own background.
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalS} 0`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    maxHeight: "33vh",
    overflowY: "auto",
    boxSizing: "border-box",
  },
  outcome: { fontWeight: tokens.fontWeightSemibold },
  arrow: {
    verticalAlign: "middle",
    margin: `0 ${tokens.spacingHorizontalXXS}`,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  // "old → new" wraps as one piece, after the name, never between the arrow and the new status.
  change: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXXS,
    whiteSpace: "nowrap",
  },
});

/** "→" for the eye, a word for the ear ("becomes"): a screen reader never reads "right arrow". */
function Becomes() {
  const { t } = useWhatIfWords();
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  return (
    <>
      <ArrowRightRegular aria-hidden className={styles.arrow} />
      <span className={hidden.hidden}>{` ${t("whatIf.becomes")} `}</span>
    </>
  );
}

function OutcomeLine(props: { readonly workbook: Outcome; readonly scenario: Outcome }) {
  const { lang, t } = useWhatIfWords();
  const styles = useStyles();
  const { workbook, scenario } = props;
  return (
    <Text block className={styles.outcome}>
      {`${t("whatIf.outcomeLabel")} `}
      {workbook === scenario ? (
        `${outcomeLabel(scenario, lang)} ${t("whatIf.asInWorkbook")}`
      ) : (
        <>
          {outcomeLabel(workbook, lang)}
          <Becomes />
          {outcomeLabel(scenario, lang)}
        </>
      )}
    </Text>
  );
}

export interface WhatIfResultProps {
  /** null while some field is invalid: no scenario is shown, only what to fix. */
  readonly comparison: WhatIfComparison | null;
  /** How many fields are invalid. */
  readonly invalidFields: number;
}

export function WhatIfResult(props: WhatIfResultProps) {
  const { lang, t } = useWhatIfWords();
  const styles = useStyles();
  const { comparison } = props;
  return (
    <section
      aria-label={t("whatIf.resultLabel")}
      className={styles.pinned}
      // Focusable so that the keyboard can scroll it when many indicators change.
      tabIndex={0}
      {...(comparison ? { "data-what-if-outcome": comparison.outcome.scenario } : {})}
    >
      {/* Only the outcome (or what to fix) is announced as values change; the list is read on demand. */}
      <div aria-live="polite" aria-atomic="true">
        {comparison ? (
          <OutcomeLine workbook={comparison.outcome.workbook} scenario={comparison.outcome.scenario} />
        ) : (
          <Text block className={styles.outcome}>
            {t("whatIf.fixFields", { count: props.invalidFields })}
          </Text>
        )}
      </div>
      {comparison && comparison.changed.length > 0 ? (
        <ul className={styles.list}>
          {comparison.changed.map((row) => (
            <li key={row.id} className={styles.row} data-indicator={row.id}>
              <span className={styles.name}>
                {t("whatIf.indicatorLabel", {
                  name: translate(lang, "terms", `short.${row.id}`),
                })}
              </span>
              <span className={styles.change}>
                <span>{statusWord(row.workbook, lang)}</span>
                <Becomes />
                <StatusBadge status={row.scenario} />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {comparison ? (
        <Text block size={200}>
          {comparison.changed.length === 0
            ? t("whatIf.noChange", { count: comparison.kept })
            : t("whatIf.kept", { count: comparison.kept })}
        </Text>
      ) : null}
    </section>
  );
}
