/**
 * "Copy for the Board report": the paragraph of the quarterly implementation report, from the
 * same core function as `mvsp-triggers evaluate --format text`. Where the webview forbids
 * copying, the text is shown, selected, so that Ctrl+C does it.
 */
import * as React from "react";
import { Button, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import { boardParagraph } from "../../core/board-report";
import type { Evaluation } from "../../core/model";
import type { LogEntry } from "../../core";
import { copyText } from "../clipboard";
import { usePane } from "../i18n";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
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

export function BoardCopy(props: { readonly evaluation: Evaluation; readonly history: readonly LogEntry[] }) {
  const { lang, t } = usePane();
  const styles = useStyles();
  const [copied, setCopied] = React.useState<boolean | null>(null);
  const textRef = React.useRef<HTMLTextAreaElement>(null);
  const paragraph = React.useMemo(() => boardParagraph(props.evaluation, props.history, lang), [props.evaluation, props.history, lang]);
  React.useEffect(() => setCopied(null), [paragraph]);
  React.useEffect(() => {
    if (copied === false) textRef.current?.select();
  }, [copied]);
  return (
    <div className={styles.root}>
      <Button icon={<CopyRegular />} onClick={async () => setCopied(await copyText(paragraph))}>
        {t("board.copy")}
      </Button>
      <div aria-live="polite">{copied === true ? <Text size={200}>{t("board.copied")}</Text> : null}</div>
      {copied === false ? (
        <Notice intent="warning">
          <MessageBarBody>{t("board.copyFailed")}</MessageBarBody>
        </Notice>
      ) : null}
      {copied === false ? (
        <textarea ref={textRef} readOnly value={paragraph} aria-label={t("board.label")} className={styles.text} />
      ) : null}
    </div>
  );
}
