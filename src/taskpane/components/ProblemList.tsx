/** Input problems: severity in icon + word, the sentence naming the cell, and a way to get there. */
import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircleRegular, WarningRegular, CursorClickRegular } from "@fluentui/react-icons";
import type { Problem, Severity } from "../../core/model";
import { problemMessage } from "../../core/text";
import { usePane } from "../i18n";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Severity on the left, "Go to cell" on the right of the same line when both fit.
  top: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  severity: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground2 },
  message: { overflowWrap: "anywhere" },
});

/** The severity's icon, coloured; always beside a word that says the same. */
export function SeverityIcon(props: { readonly severity: Severity }) {
  const styles = useStyles();
  return props.severity === "error" ? (
    <ErrorCircleRegular aria-hidden className={styles.error} />
  ) : (
    <WarningRegular aria-hidden className={styles.warning} />
  );
}

/** One problem as a list item (`data-severity`): severity, its message naming the cell, "Go to cell". */
export function ProblemRow(props: { readonly problem: Problem; readonly onGoTo?: (cell: string) => void }) {
  const { lang, t } = usePane();
  const styles = useStyles();
  const { problem, onGoTo } = props;
  return (
    <li className={styles.item} data-severity={problem.severity}>
      <div className={styles.top}>
        <Text size={200} className={mergeClasses(styles.severity, problem.severity === "error" ? styles.error : styles.warning)}>
          <SeverityIcon severity={problem.severity} />
          {t(problem.severity === "error" ? "problems.error" : "problems.warning")}
        </Text>
        {onGoTo && problem.cell ? (
          <Button
            size="small"
            icon={<CursorClickRegular />}
            aria-label={t("problems.goToLabel", { cell: problem.cell })}
            onClick={() => onGoTo(problem.cell)}
          >
            {t("problems.goTo")}
          </Button>
        ) : null}
      </div>
      <Text size={300} className={styles.message}>
        {problemMessage(problem, lang)}
      </Text>
    </li>
  );
}

/** A flat list, errors first: for the few problems shown in place (conflicts that stopped writing). */
export function ProblemList(props: {
  readonly problems: readonly Problem[];
  readonly onGoTo?: (cell: string) => void;
  readonly id?: string;
  readonly hidden?: boolean;
}) {
  const styles = useStyles();
  // Errors first: they are what makes indicators `no_data`.
  const sorted = [...props.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return (
    // Only while shown: the list's display would override the `hidden` attribute.
    <ul id={props.id} hidden={props.hidden} className={props.hidden ? undefined : styles.list}>
      {sorted.map((problem, i) => (
        <ProblemRow key={`${problem.code}-${problem.name}-${problem.cell}-${i}`} problem={problem} onGoTo={props.onGoTo} />
      ))}
    </ul>
  );
}
