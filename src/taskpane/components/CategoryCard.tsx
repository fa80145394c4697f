/** One category's indicators: status, measured value against threshold, explanation, change. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowSwapRegular, ArrowUpRegular, SparkleRegular } from "@fluentui/react-icons";
import type { Category, IndicatorResult } from "../../core/model";
import { categoryName, explanationText, indicatorName, marginText, metWhenText, nearFromText, statusWord, valueText } from "../../core/text";
import { translate } from "../../core/i18n";
import type { LogEntry } from "../../core";
import { changeSince, type Change } from "../present";
import { usePane } from "../i18n";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  // A styled section rather than Fluent's Card: cards here are not interactive.
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", alignItems: "baseline", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  name: { margin: 0, fontWeight: tokens.fontWeightSemibold, minWidth: 0, overflowWrap: "anywhere" },
  figures: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  change: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
  badge: { flexShrink: 0 },
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
  const words =
    change.kind === "new" ? t("change.new") : t(`change.${change.kind}`, { status: statusWord(change.previous, lang) });
  return (
    <Text size={200} className={styles.change} data-change={change.kind}>
      {icon}
      {words}
    </Text>
  );
}

function IndicatorRow(props: { readonly indicator: IndicatorResult; readonly previous?: LogEntry }) {
  const { lang, t } = usePane();
  const styles = useStyles();
  const { indicator } = props;
  const value = valueText(indicator.value, indicator.unit, lang) ?? t("indicator.noValue");
  const nearFrom = nearFromText(indicator, lang);
  const margin = marginText(indicator, lang);
  return (
    <li className={styles.item} data-indicator={indicator.id}>
      <div className={styles.head}>
        <Text as="h4" className={styles.name}>
          {indicatorName(indicator.id, lang)}
        </Text>
        <span className={styles.badge}>
          <StatusBadge status={indicator.status} />
        </span>
      </div>
      <div className={styles.figures}>
        <Text size={200}>{t("indicator.value", { value })}</Text>
        {indicator.threshold !== null ? (
          <Text size={200}>
            {t("indicator.threshold", { threshold: metWhenText(indicator, lang) })}
          </Text>
        ) : null}
        {nearFrom !== null ? (
          <Text size={200} data-near-from>
            {`${translate(lang, "report", "summary.col.nearFrom")}: ${nearFrom}`}
          </Text>
        ) : null}
      </div>
      <Text size={300}>{explanationText(indicator, lang)}</Text>
      {margin !== null ? (
        <Text size={200} weight="semibold" data-margin={indicator.margin?.amount}>
          {margin}
        </Text>
      ) : null}
      <ChangeMark change={changeSince(indicator, props.previous)} />
    </li>
  );
}

export function CategoryCard(props: {
  readonly category: Category;
  readonly indicators: readonly IndicatorResult[];
  readonly previous?: LogEntry;
}) {
  const { lang } = usePane();
  const styles = useStyles();
  const headingId = `category-${props.category}`;
  return (
    <section aria-labelledby={headingId} className={styles.card}>
      <Text as="h3" weight="semibold" size={400} id={headingId} className={styles.heading}>
        {categoryName(props.category, lang)}
      </Text>
      <ul className={styles.list}>
        {props.indicators.map((indicator) => (
          <IndicatorRow key={indicator.id} indicator={indicator} previous={props.previous} />
        ))}
      </ul>
    </section>
  );
}
