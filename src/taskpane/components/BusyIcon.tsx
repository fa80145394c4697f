/**
 * A small spinning ring for busy buttons. Fluent's Spinner carries label layouts the buttons do
 * not need; this keeps the task pane under its size budget. The button's text says "…ing".
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  ring: {
    display: "inline-block",
    boxSizing: "border-box",
    width: "16px",
    height: "16px",
    borderRadius: "50%",
    border: `2px solid ${tokens.colorNeutralStroke1}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "0.9s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media (prefers-reduced-motion: reduce)": { animationDuration: "2.5s" },
  },
  inverted: { border: `2px solid ${tokens.colorNeutralStrokeOnBrand}`, borderTopColor: tokens.colorNeutralForegroundOnBrand },
});

export function BusyIcon(props: { readonly inverted?: boolean }) {
  const styles = useStyles();
  return <span aria-hidden className={mergeClasses(styles.ring, props.inverted && styles.inverted)} data-busy="" />;
}
