/**
 * The Problems tab: a summary line, then the problems grouped by the input they concern (errors
 * first, in the workbook contract's order), each group headed by the input's label and its
 * counts. With many problems only the first group starts open; the counts stay visible on the
 * closed ones.
 */
import * as React from "react";
import { MessageBarBody, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Problem } from "../../core/model";
import { groupProblems, inputLabel, type ProblemGroup } from "../../core/problem-groups";
import { usePane, type PaneWords } from "../i18n";
import { DisclosureButton } from "./Disclosure";
import { Notice } from "./Notice";
import { ProblemList, SeverityIcon } from "./ProblemList";

/** Above this many problems, the groups after the first start closed. */
export const OPEN_ALL_UP_TO = 8;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  toggle: { width: "100%", alignItems: "flex-start", justifyContent: "space-between" },
  label: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    flexGrow: 1,
    minWidth: 0,
  },
  name: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  count: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** "2 errors, 1 warning", "3 warnings": only the severities present, each with its plural. */
export function countsText(t: PaneWords["t"], errors: number, warnings: number): string {
  if (errors > 0 && warnings > 0) return t("problems.summary", { errors, warnings });
  return errors > 0 ? t("problems.errors", { count: errors }) : t("problems.warnings", { count: warnings });
}

function Group(props: {
  readonly group: ProblemGroup;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly onGoTo: (cell: string) => void;
}) {
  const { lang, t } = usePane();
  const styles = useStyles();
  const { group } = props;
  const listId = useId("problem-group");
  return (
    <div className={styles.group} data-input={group.name} data-errors={group.errors} data-warnings={group.warnings}>
      <h2 className={styles.heading}>
        <DisclosureButton expanded={props.open} controls={listId} onToggle={props.onToggle} className={styles.toggle}>
          <span className={styles.label}>
            <span className={styles.name}>
              <SeverityIcon severity={group.severity} />
              {inputLabel(group.name, lang)}
            </span>
            <span className={styles.count} data-count>
              {countsText(t, group.errors, group.warnings)}
            </span>
          </span>
        </DisclosureButton>
      </h2>
      <ProblemList id={listId} hidden={!props.open} problems={group.problems} onGoTo={props.onGoTo} />
    </div>
  );
}

export function ProblemsView(props: {
  readonly problems: readonly Problem[];
  readonly onGoTo: (cell: string) => void;
  /** Why the last "Go to cell" failed, shown above the groups; null when it did not. */
  readonly goToFailure: string | null;
}) {
  const { t } = usePane();
  const styles = useStyles();
  const groups = React.useMemo(() => groupProblems(props.problems), [props.problems]);
  const openAll = props.problems.length <= OPEN_ALL_UP_TO;
  // What the user opened or closed, by input; the rest follow the default.
  const [toggled, setToggled] = React.useState<ReadonlyMap<string, boolean>>(new Map());
  const errors = props.problems.filter((p) => p.severity === "error").length;
  const warnings = props.problems.length - errors;
  return (
    <div className={styles.root}>
      <Text>{props.problems.length === 0 ? t("problems.none") : countsText(t, errors, warnings)}</Text>
      {props.goToFailure ? (
        <Notice intent="error">
          <MessageBarBody>{props.goToFailure}</MessageBarBody>
        </Notice>
      ) : null}
      {groups.map((group, i) => {
        const open = toggled.get(group.name) ?? (openAll || i === 0);
        return (
          <Group
            key={group.name}
            group={group}
            open={open}
            onToggle={() => setToggled((before) => new Map(before).set(group.name, !open))}
            onGoTo={props.onGoTo}
          />
        );
      })}
    </div>
  );
}
