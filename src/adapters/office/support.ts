/**
 * Which Excel JavaScript API sets the host offers. The manifest asks for ExcelApi 1.4 only, so
 * every newer feature the adapter uses is checked here at run time and skipped (or degraded)
 * where the host lacks it: older Excel 2016 builds, Mac and the web differ.
 */

/** `version` is an ExcelApi requirement set, e.g. "1.9". */
export type ApiSupport = (version: string) => boolean;

/** The running host's answer; false outside Office (tests, plain browser). */
export function officeApiSupport(): ApiSupport {
  return (version) => {
    if (typeof Office === "undefined") return false;
    return Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  };
}

/** The API set each optional feature needs, in one place so the code reads by feature. */
export const API = {
  namedItemFormula: "1.7",
  suspendCalculation: "1.6",
  suspendScreenUpdating: "1.9",
  conditionalFormats: "1.6",
  dataValidation: "1.8",
  hyperlinks: "1.7",
  notes: "1.18",
  comments: "1.10",
  freezePanes: "1.7",
  pageLayout: "1.9",
  unprotect: "1.7",
  tabColor: "1.7",
  gridlines: "1.8",
  indentLevel: "1.9",
} as const;
