/** Task pane entry: waits for Office, picks the theme from Office's, and renders the pane. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createExcelGateway } from "./excel-gateway";
import { prefersDark } from "./theme";

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const dark = prefersDark(Office.context?.officeTheme, typeof window.matchMedia === "function" ? (q) => window.matchMedia(q) : undefined);
  document.body.style.background = dark ? "#292929" : "#ffffff";
  createRoot(container).render(<App gateway={createExcelGateway()} dark={dark} />);
});
