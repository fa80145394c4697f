/**
 * A button that copies a text for the Board's papers (the Board paragraph, a what-if scenario).
 * Where the webview forbids copying, the text is shown, selected, so that Ctrl+C does it.
 */
import * as React from "react";
import { Button, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import { copyText } from "../clipboard";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  // As wide as its container, so that a refused copy shows the text at full width.
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start", alignSelf: "stretch" },
  text: {
    width: "100%",
    boxSizing: "border-box",
    minHeight: "8em",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
});

export function CopyText(props: {
  readonly text: string;
  /** The button's words. */
  readonly copy: string;
  /** Said once copied. */
  readonly copied: string;
  /** Said when the webview refuses, above the selected text. */
  readonly failed: string;
  /** The accessible name of the text shown when copying is refused. */
  readonly label: string;
}) {
  const styles = useStyles();
  const [copied, setCopied] = React.useState<boolean | null>(null);
  const textRef = React.useRef<HTMLTextAreaElement>(null);
  const { text } = props;
  // A text that changed has not been copied yet.
  React.useEffect(() => setCopied(null), [text]);
  React.useEffect(() => {
    if (copied === false) textRef.current?.select();
  }, [copied]);
  return (
    <div className={styles.root}>
      <Button icon={<CopyRegular />} onClick={async () => setCopied(await copyText(text))}>
        {props.copy}
      </Button>
      <div aria-live="polite">{copied === true ? <Text size={200}>{props.copied}</Text> : null}</div>
      {copied === false ? (
        <Notice intent="warning">
          <MessageBarBody>{props.failed}</MessageBarBody>
        </Notice>
      ) : null}
      {copied === false ? <textarea ref={textRef} readOnly value={text} aria-label={props.label} className={styles.text} /> : null}
    </div>
  );
}
