/**
 * One indicator as a compact row: its name and status on the first line (the status wraps below
 * a long name rather than squeezing it), today's value (beside the last evaluation's when it
 * differs: "72 → 68") and the margin on the second; the rule, the explanation and the change
 * since the last evaluation one click (or Enter) away.
 */
import * as React from "react";
import { Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowSwapRegular, ArrowUpRegular, SparkleRegular } from "@fluentui/react-icons";
import type { IndicatorResult } from "../../core/model";
import { dateText, explanationText, indicatorName, labelled, marginText, metWhenText, nearFromText, statusWord, valueText } from "../../core/text";
import { translate } from "../../core/i18n";
import type { LogEntry } from "../../core";
import { changeSince, type Change } from "../present";
import { usePane } from "../i18n";
import { DisclosureButton } from "./Disclosure";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  toggle: { width: "100%", alignItems: "flex-start", justifyContent: "space-between" },
  label: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    flexGrow: 1,
    minWidth: 0,
  },
  name: { fontWeight: tokens.fontWeightSemibold, minWidth: 0, overflowWrap: "anywhere" },
  badge: { flexShrink: 0 },
  figures: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
  },
  // Only while open: a display here would override the `hidden` attribute.
  details: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  rule: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  change: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
});

function ChangeMark(props: { readonly change: Change }) {
  const { lang, t } = usePane();
  const styles = useStyles();
  const { change } = props;
  if (change.kind === "none") return null;
  const icon =
    change.kind === "new" ? (
      <SparkleRegular aria-hidden />
    ) : change.kind === "worse" ? (
      <ArrowUpRegular aria-hidden />
    ) : change.kind === "better" ? (
      <ArrowDownRegular aria-hidden />
    ) : (
      <ArrowSwapRegular aria-hidden />
    );
  const words = change.kind === "new" ? t("change.new") : t(`change.${change.kind}`, { status: statusWord(change.previous, lang) });
  return (
    <Text size={200} className={styles.change} data-change={change.kind}>
      {icon}
      {words}
    </Text>
  );
}

export function IndicatorRow(props: {
  readonly indicator: IndicatorResult;
  /** The last logged evaluation, to show what changed since. */
  readonly previous?: LogEntry;
}) {
  const { lang, t } = usePane();
  const styles = useStyles();
  const { indicator, previous } = props;
  const detailsId = useId("indicator-details");
  const [open, setOpen] = React.useState(false);
  const show = (v: number | null) => valueText(v, indicator.unit, lang) ?? t("indicator.noValue");
  const value = show(indicator.value);
  const before = previous?.values[indicator.id] ?? null;
  const beforeStatus = previous?.statuses[indicator.id] ?? null;
  const nearFrom = nearFromText(indicator, lang);
  const margin = marginText(indicator, lang);
  return (
    <li className={styles.item} data-indicator={indicator.id}>
      <Text as="h4" className={styles.heading}>
        <DisclosureButton expanded={open} controls={detailsId} onToggle={() => setOpen((o) => !o)} className={styles.toggle}>
          <span className={styles.label}>
            <span className={styles.name}>{indicatorName(indicator.id, lang)}</span>
            <span className={styles.badge}>
              <StatusBadge status={indicator.status} />
            </span>
          </span>
        </DisclosureButton>
      </Text>
      <div className={styles.figures}>
        <Text size={200} data-value>
          {before !== null && before !== indicator.value
            ? t("indicator.valueSince", { previous: show(before), value })
            : t("indicator.value", { value })}
        </Text>
        {margin !== null ? (
          <Text size={200} weight="semibold" data-margin={indicator.margin?.amount}>
            {margin}
          </Text>
        ) : null}
      </div>
      <div id={detailsId} hidden={!open} className={open ? styles.details : undefined}>
        <div className={styles.rule}>
          <Text size={200}>{t("indicator.threshold", { threshold: metWhenText(indicator, lang) })}</Text>
          {nearFrom !== null ? (
            <Text size={200} data-near-from>
              {labelled(lang, translate(lang, "report", "summary.col.nearFrom"), nearFrom)}
            </Text>
          ) : null}
        </div>
        <Text size={300}>{explanationText(indicator, lang)}</Text>
        <ChangeMark change={changeSince(indicator, previous)} />
        {previous && (before !== null || beforeStatus !== null) ? (
          <Text size={200} className={styles.change} data-previous>
            {t("change.previous", {
              date: dateText(previous.evaluationDate, lang),
              value: show(before),
              status: beforeStatus === null ? t("indicator.noValue") : statusWord(beforeStatus, lang),
            })}
          </Text>
        ) : null}
      </div>
    </li>
  );
}
