/** One category's indicators, each a compact row (`IndicatorRow`) that opens on its details. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Category, IndicatorResult } from "../../core/model";
import { categoryName } from "../../core/text";
import type { LogEntry } from "../../core";
import { usePane } from "../i18n";
import { IndicatorRow } from "./IndicatorRow";

const useStyles = makeStyles({
  // A styled section rather than Fluent's Card: the card itself is not interactive.
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
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
    rowGap: tokens.spacingVerticalXS,
  },
});

export function CategoryCard(props: {
  readonly category: Category;
  readonly indicators: readonly IndicatorResult[];
  /** The last logged evaluation: each row shows its value beside today's ("72 → 68") and what changed. */
  readonly previous?: LogEntry;
}) {
  const { lang } = usePane();
  const styles = useStyles();
  const headingId = `category-${props.category}`;
  return (
    <section aria-labelledby={headingId} className={styles.card}>
      <Text as="h3" weight="semibold" size={300} id={headingId} className={styles.heading}>
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
