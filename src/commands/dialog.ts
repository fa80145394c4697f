/**
 * The ribbon command's message dialog: shows what its opener sends, as text only (it may quote
 * cell contents typed by anyone, so it never becomes markup). The message comes by
 * `messageChild` (DialogApi 1.2), else as JSON in the query string.
 */
import { DIALOG_READY, PAYLOAD_PARAM, parseDialogMessage, type DialogMessage } from "./dialog-message";

export function show(message: DialogMessage): void {
  // The page's own words stand until a message arrives (dialog.html), then give way to it.
  document.getElementById("fallback")?.remove();
  if (message.lang) document.documentElement.lang = message.lang;
  document.title = message.title;
  setText("title", message.title);
  const list = document.getElementById("message");
  for (const line of message.lines.filter((l) => l.trim() !== "")) {
    const item = document.createElement("li");
    item.textContent = line;
    list?.appendChild(item);
  }
  setText("detail", message.detail);
}

function setText(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

const inQuery = parseDialogMessage(new URLSearchParams(window.location.search).get(PAYLOAD_PARAM));
if (inQuery) show(inQuery);
else if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    Office.context.ui.addHandlerAsync(
      Office.EventType.DialogParentMessageReceived,
      (arg: Office.DialogParentMessageReceivedEventArgs) => {
        const message = parseDialogMessage(arg.message);
        if (message) show(message);
      },
      // Only once the handler is in place can the opener's answer be received.
      () => Office.context.ui.messageParent(DIALOG_READY),
    );
  });
}
