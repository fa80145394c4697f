/**
 * The outcome, short enough to leave the indicators on the first screen of a 320 px pane: its
 * label, the counts, the date and quarter; the sentence, the previous evaluation and who decides
 * are one "Details" away. The intent's icon and the label's words carry the outcome, not colour.
 */
import * as React from "react";
import { MessageBarBody, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Evaluation, Outcome } from "../../core/model";
import { dateText, outcomeLabel, outcomeSentence, quarterText } from "../../core/text";
import { translate } from "../../core/i18n";
import type { LogEntry } from "../../core";
import { usePane } from "../i18n";
import { DisclosureButton } from "./Disclosure";
import { Heading } from "./Heading";
import { Notice } from "./Notice";

/** `incomplete` is neutral ("info": grey, no ✓): missing inputs must never look reassuring. */
const INTENT: Record<Outcome, "error" | "warning" | "success" | "info"> = {
  consider_mvsp: "error",
  incomplete: "info",
  monitor: "warning",
  no_trigger: "success",
};

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  // The date and the Details button share a line when they fit, else the button wraps below.
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  toggle: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, fontWeight: tokens.fontWeightSemibold },
  // Only while open: a display here would override the `hidden` attribute.
  details: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
  },
});

export function OutcomeBanner(props: {
  readonly evaluation: Evaluation;
  readonly previous?: LogEntry;
  /** Open the details at first (collapsed by default). */
  readonly defaultExpanded?: boolean;
}) {
  const { lang, t } = usePane();
  const styles = useStyles();
  const { evaluation, previous } = props;
  const headingId = useId("outcome");
  const detailsId = useId("outcome-details");
  const [open, setOpen] = React.useState(props.defaultExpanded ?? false);
  const iso = evaluation.evaluationDate;
  const quarter = quarterText(iso, lang);
  const date =
    iso === null
      ? t("banner.date", { date: translate(lang, "report", "summary.noEvaluationDate") })
      : quarter === null
        ? t("banner.date", { date: dateText(iso, lang) })
        : t("banner.dateQuarter", { date: dateText(iso, lang), quarter });
  return (
    <Notice
      intent={INTENT[evaluation.outcome]}
      labelledBy={headingId}
      data-outcome={evaluation.outcome}
      data-intent={INTENT[evaluation.outcome]}
    >
      <MessageBarBody className={styles.body}>
        <Heading id={headingId}>{outcomeLabel(evaluation.outcome, lang)}</Heading>
        <Text block size={200}>
          {t("banner.counts", { met: evaluation.metCount, near: evaluation.nearCount, noData: evaluation.noDataCount })}
        </Text>
        <div className={styles.line}>
          <Text size={200} className={styles.meta} data-evaluation-date>
            {date}
          </Text>
          <DisclosureButton expanded={open} controls={detailsId} onToggle={() => setOpen((o) => !o)} className={styles.toggle}>
            {t("banner.details")}
          </DisclosureButton>
        </div>
        <div id={detailsId} hidden={!open} className={open ? styles.details : undefined}>
          <Text block>{outcomeSentence(evaluation, lang)}</Text>
          {previous ? (
            <Text block size={200} className={styles.meta}>
              {t("banner.previous", { date: dateText(previous.evaluationDate, lang), outcome: outcomeLabel(previous.outcome, lang) })}
            </Text>
          ) : null}
          <Text block weight="semibold">
            {translate(lang, "outcomes", "boardDecides")}
          </Text>
        </div>
      </MessageBarBody>
    </Notice>
  );
}
