import { problems } from "./problems";
import { explanations } from "./explanations";
import { terms } from "./terms";
import { report } from "./report";
import { pane } from "./pane";
import { cli } from "./cli";

export const fr = { problems, explanations, terms, report, pane, cli };
