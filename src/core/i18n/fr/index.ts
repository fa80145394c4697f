import { problems } from "./problems";
import { explanations } from "./explanations";
import { terms } from "./terms";
import { report } from "./report";
import { messages } from "./messages";
import { settings } from "./settings";
import { board } from "./board";
import { page } from "./page";
import { notes } from "./notes";
import { outcomes } from "./outcomes";
import { indicatorNames } from "./indicator-names";

/**
 * What the core and every face speak: documents, problems, messages. The task pane's and the
 * command line's own words (`pane.ts`, `cli.ts`) are bundled only where they are used.
 */
export const fr = { problems, explanations, terms, report, messages, settings, board, page, notes, outcomes, indicatorNames };
