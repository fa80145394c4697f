/** How a write of the pane ended, said the same way for the template, the settings and the language. */
import { MessageBarBody } from "@fluentui/react-components";
import type { WriteNotice } from "../usePaneActions";
import { Notice } from "./Notice";
import { ProblemList } from "./ProblemList";

export function WriteResultNotice(props: {
  readonly result: WriteNotice | null;
  readonly done: string;
  /** Said above the list of what the write would have overwritten. */
  readonly refused: string;
  readonly failed: (message: string) => string;
  readonly onGoTo?: (cell: string) => void;
}) {
  const { result } = props;
  if (result === null) return null;
  if (result.kind === "done") {
    return (
      <Notice intent="success" data-write-result="done">
        <MessageBarBody>{props.done}</MessageBarBody>
      </Notice>
    );
  }
  if (result.kind === "failed") {
    return (
      <Notice intent="error" data-write-result="failed">
        <MessageBarBody>{props.failed(result.message)}</MessageBarBody>
      </Notice>
    );
  }
  return (
    <Notice intent="error" layout="multiline" data-write-result="refused">
      <MessageBarBody>
        {props.refused}
        <ProblemList problems={result.conflicts} onGoTo={props.onGoTo} />
      </MessageBarBody>
    </Notice>
  );
}
