/** The outcome in words, its counts and date, the incompleteness sentence, and who decides. */
import { MessageBarBody, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Evaluation, Outcome } from "../../core/model";
import { outcomeLabel, outcomeSentence } from "../../core/text";
import { translate } from "../../core/i18n";
import type { LogEntry } from "../../core";
import { usePane } from "../i18n";
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
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  meta: { color: tokens.colorNeutralForeground2 },
});

export function OutcomeBanner(props: { readonly evaluation: Evaluation; readonly previous?: LogEntry }) {
  const { lang, t } = usePane();
  const styles = useStyles();
  const { evaluation, previous } = props;
  const headingId = useId("outcome");
  return (
    <Notice intent={INTENT[evaluation.outcome]} labelledBy={headingId} data-outcome={evaluation.outcome} data-intent={INTENT[evaluation.outcome]}>
      <MessageBarBody className={styles.body}>
        <Heading id={headingId}>{outcomeLabel(evaluation.outcome, lang)}</Heading>
        <Text block>{outcomeSentence(evaluation, lang)}</Text>
        <Text block size={200} className={styles.meta}>
          {t("banner.counts", { met: evaluation.metCount, near: evaluation.nearCount, noData: evaluation.noDataCount })}
        </Text>
        <Text block size={200} className={styles.meta}>
          {t("banner.date", { date: evaluation.evaluationDate ?? translate(lang, "report", "summary.noEvaluationDate") })}
        </Text>
        {previous ? (
          <Text block size={200} className={styles.meta}>
            {t("banner.previous", { date: previous.evaluationDate, outcome: outcomeLabel(previous.outcome, lang) })}
          </Text>
        ) : null}
        <Text block weight="semibold">
          {translate(lang, "terms", "outcome.boardDecides")}
        </Text>
      </MessageBarBody>
    </Notice>
  );
}
