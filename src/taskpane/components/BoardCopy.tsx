/**
 * "Copy for the Board report": the paragraph of the quarterly implementation report, from the
 * same core function as `mvsp-triggers evaluate --format text`.
 */
import * as React from "react";
import { boardParagraph } from "../../core/board-report";
import type { Evaluation } from "../../core/model";
import type { LogEntry } from "../../core";
import { usePane } from "../i18n";
import { CopyText } from "./CopyText";

export function BoardCopy(props: { readonly evaluation: Evaluation; readonly history: readonly LogEntry[] }) {
  const { lang, t } = usePane();
  const paragraph = React.useMemo(() => boardParagraph(props.evaluation, props.history, lang), [props.evaluation, props.history, lang]);
  return (
    <CopyText text={paragraph} copy={t("board.copy")} copied={t("board.copied")} failed={t("board.copyFailed")} label={t("board.label")} />
  );
}
