/**
 * "No longer true": shown when the pane opens a workbook whose written results no longer match
 * it, in the same words as `mvsp-triggers verify` (one core function), with the inputs changed
 * and the result cells edited by hand. It never evaluates by itself: Evaluate is the user's.
 */
import { MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Language } from "../../core/model";
import type { VerifyReport } from "../../core/review/verify";
import { reviewLines } from "../../core/review/words";
import { Notice } from "./Notice";

export function ReviewNotice(props: { readonly report: VerifyReport; readonly language: Language }) {
  const [title, ...details] = reviewLines(props.report, props.language);
  return (
    <Notice intent="warning" layout="multiline" labelledBy="review-title" data-review>
      <MessageBarBody>
        <MessageBarTitle id="review-title">{title}</MessageBarTitle>
        <ul style={{ margin: 0, paddingInlineStart: "1.2em" }}>
          {details.map((line, i) => (
            <li key={i}>{line.trim()}</li>
          ))}
        </ul>
      </MessageBarBody>
    </Notice>
  );
}
