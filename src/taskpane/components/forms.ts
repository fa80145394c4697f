/**
 * The two form views, loaded on first visit: the pane opens on Results, and Field, Input and
 * Checkbox are only needed here, so the first paint does not wait for them.
 */
export { SettingsView } from "./SettingsView";
export { WhatIfView } from "./WhatIfView";
