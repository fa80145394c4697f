/** The What-if view's words in the pane's language; they come with the view's chunk, not the pane's first paint. */
import * as React from "react";
import { whatIfText, type WhatIfKey } from "../../core/i18n/what-if-catalogue";
import { usePane, type Params } from "../i18n";

export function useWhatIfWords(): {
  readonly lang: ReturnType<typeof usePane>["lang"];
  readonly t: (key: WhatIfKey, params?: Params) => string;
} {
  const { lang } = usePane();
  return React.useMemo(() => ({ lang, t: (key: WhatIfKey, params?: Params) => whatIfText(lang, key, params) }), [lang]);
}
