/**
 * Fluent's MessageBar labels itself by a MessageBarTitle's id; the pane's bars have either no
 * title or a real heading (for the heading outline), so the label is passed explicitly and a
 * dangling aria-labelledby never reaches the DOM.
 */
import { MessageBar, type MessageBarProps } from "@fluentui/react-components";

export function Notice(props: MessageBarProps & { readonly labelledBy?: string }) {
  const { labelledBy, ...rest } = props;
  return <MessageBar layout="multiline" {...rest} aria-labelledby={labelledBy} />;
}
