/** Input problems: severity in icon + word, the sentence naming the cell, and a way to get there. */
import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircleRegular, WarningRegular, CursorClickRegular } from "@fluentui/react-icons";
import type { Problem } from "../../core/model";
import { problemMessage } from "../../core/text";
import { usePane } from "../i18n";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
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
  action: { alignSelf: "flex-start" },
});

export function ProblemList(props: { readonly problems: readonly Problem[]; readonly onGoTo?: (cell: string) => void }) {
  const { lang, t } = usePane();
  const styles = useStyles();
  // Errors first: they are what makes indicators `no_data`.
  const sorted = [...props.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return (
    <ul className={styles.list}>
      {sorted.map((problem, i) => (
        <li key={`${problem.code}-${problem.name}-${problem.cell}-${i}`} className={styles.item} data-severity={problem.severity}>
          <Text
            size={200}
            className={mergeClasses(styles.severity, problem.severity === "error" ? styles.error : styles.warning)}
          >
            {problem.severity === "error" ? <ErrorCircleRegular aria-hidden /> : <WarningRegular aria-hidden />}
            {t(problem.severity === "error" ? "problems.error" : "problems.warning")}
          </Text>
          <Text className={styles.message}>{problemMessage(problem, lang)}</Text>
          {props.onGoTo && problem.cell ? (
            <Button
              className={styles.action}
              size="small"
              icon={<CursorClickRegular />}
              aria-label={t("problems.goToLabel", { cell: problem.cell })}
              onClick={() => props.onGoTo?.(problem.cell)}
            >
              {t("problems.goTo")}
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
