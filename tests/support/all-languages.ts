/** Tests speak every language, as the CLI and the task pane do (they load all catalogues at start). */
import { loadAllLanguages } from "../../src/core/i18n/all";

loadAllLanguages();
