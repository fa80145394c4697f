/** A status as icon + word + colour: colour is never the only signal. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircleFilled, ErrorCircleFilled, QuestionCircleFilled, WarningFilled } from "@fluentui/react-icons";
import type { Status } from "../../core/model";
import { statusWord } from "../../core/text";
import { usePane } from "../i18n";

// A plain styled span rather than Fluent's Badge: same look, a fraction of the bundle.
const useStyles = makeStyles({
  badge: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  // met is the alarming state (Excel's "Bad" style), not_met the reassuring one ("Good").
  met: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
  },
  near: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteMarigoldForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
  not_met: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
  },
  no_data: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});

const ICON: Record<Status, JSX.Element> = {
  met: <ErrorCircleFilled aria-hidden />,
  near: <WarningFilled aria-hidden />,
  not_met: <CheckmarkCircleFilled aria-hidden />,
  no_data: <QuestionCircleFilled aria-hidden />,
};

export function StatusBadge(props: { readonly status: Status }) {
  const { lang } = usePane();
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.badge, styles[props.status])} data-status={props.status}>
      {ICON[props.status]}
      {statusWord(props.status, lang)}
    </span>
  );
}
