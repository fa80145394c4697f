/**
 * A show/hide button (WAI-ARIA disclosure): a native button, so Enter and Space work, with
 * aria-expanded and aria-controls naming the region it opens. The region stays in the document
 * (hidden), so aria-controls never points at nothing. Plain styles: no Fluent component needed.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChevronDownRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  button: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    border: "none",
    background: "none",
    color: "inherit",
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  chevron: {
    flexShrink: 0,
    fontSize: tokens.fontSizeBase300,
    transitionProperty: "transform",
    transitionDuration: tokens.durationFaster,
    "@media (prefers-reduced-motion: reduce)": { transitionDuration: "0.01ms" },
  },
  open: { transform: "rotate(180deg)" },
});

export function DisclosureButton(props: {
  readonly expanded: boolean;
  readonly controls: string;
  readonly onToggle: () => void;
  readonly className?: string;
  readonly children: ReactNode;
  readonly "aria-label"?: string;
}) {
  const styles = useStyles();
  return (
    <button
      type="button"
      className={mergeClasses(styles.button, props.className)}
      aria-expanded={props.expanded}
      aria-controls={props.controls}
      aria-label={props["aria-label"]}
      onClick={props.onToggle}
    >
      {props.children}
      <ChevronDownRegular aria-hidden className={mergeClasses(styles.chevron, props.expanded && styles.open)} />
    </button>
  );
}
