/**
 * One indicator as a compact row: its name and status on the first line (the status wraps below
 * a long name rather than squeezing it), today's value (beside the last evaluation's when it
 * differs: "72 → 68") and the margin on the second; the rule, the explanation and the change
 * since the last evaluation one click (or Enter) away.
 */
import * as React from "react";
import { Text, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowSwapRegular, ArrowUpRegular, SparkleRegular } from "@fluentui/react-icons";
import type { IndicatorResult } from "../../core/model";
import { dateText, explanationText, indicatorName, labelled, marginText, metWhenText, nearFromText, statusWord, valueText } from "../../core/text";
import { translate } from "../../core/i18n";
import type { LogEntry } from "../../core";
import { changeSince, type Change } from "../present";
import { usePane } from "../i18n";
import { DisclosureButton } from "./Disclosure";
import { StatusBadge } from "./StatusBadge";

/** A pane this narrow (320 px) gives the name its own line; the status goes beside the value. */
const NARROW = "@media (max-width: 400px)";

const useStyles = makeStyles({
  // One wrapping line box: name + status, then value + margin, then the details (wide pane);
  // name, then status + value, then margin (narrow pane). Same order in the document either way.
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: 0,
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: 0,
    minWidth: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    [NARROW]: { flexBasis: "100%" },
  },
  toggle: { width: "100%", alignItems: "flex-start", justifyContent: "space-between" },
  name: { fontWeight: tokens.fontWeightSemibold, minWidth: 0, overflowWrap: "anywhere" },
  badge: { flexShrink: 0 },
  // Ends the first line in a wide pane; not needed in a narrow one (the name fills its line).
  break: { flexBasis: "100%", height: 0, [NARROW]: { display: "none" } },
  value: { color: tokens.colorNeutralForeground2 },
  margin: { color: tokens.colorNeutralForeground1, [NARROW]: { flexBasis: "100%" } },
  full: { flexBasis: "100%" },
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
          <span className={styles.name}>{indicatorName(indicator.id, lang)}</span>
        </DisclosureButton>
      </Text>
      <span className={styles.badge}>
        <StatusBadge status={indicator.status} />
      </span>
      <span className={styles.break} aria-hidden />
      <Text size={200} className={styles.value} data-value>
        {/* Compared as displayed: a re-saved 12.1% is no change. */}
        {/* The trigger beside the value ("68 · trigger < 70"); the Board's factors read as its answer. */}
        {indicator.unit === "yesno"
          ? before !== null && show(before) !== value
            ? t("indicator.boardSince", { previous: show(before), value })
            : t("indicator.board", { value })
          : before !== null && show(before) !== value
            ? t("indicator.valueSince", { previous: show(before), value, threshold: metWhenText(indicator, lang) })
            : t("indicator.value", { value, threshold: metWhenText(indicator, lang) })}
      </Text>
      {margin !== null ? (
        <Text size={200} className={styles.margin} data-margin={indicator.margin?.amount}>
          {margin}
        </Text>
      ) : null}
      <div id={detailsId} hidden={!open} className={open ? mergeClasses(styles.details, styles.full) : undefined}>
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
