/** Task pane entry: waits for Office, picks the theme from Office's, and renders the pane. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createExcelGateway } from "./excel-gateway";
import { isDarkColour } from "./theme";
import { loadAllLanguages } from "../core/i18n/all";

// The language picker switches at once: every catalogue is in the pane's bundle.
loadAllLanguages();

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  // officeTheme is absent outside Office and on some hosts: then the light theme.
  const dark = isDarkColour(Office.context?.officeTheme?.bodyBackgroundColor);
  document.body.style.background = dark ? "#292929" : "#ffffff";
  createRoot(container).render(<App gateway={createExcelGateway()} dark={dark} />);
});
