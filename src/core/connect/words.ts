/** The states and the shape checks in words, the same in the CLI and the pane. */
import { connectText } from "../i18n/connect-catalogue";
import type { Language, Problem } from "../model";
import { labelled, problemMessage } from "../text";
import type { ShapeNote } from "./shape";
import { readSummaryParams, type InputState } from "./states";

/** "Connected: Inputs!B4 (3,080,000 USD)", "Missing", "Problem: ..." */
export function stateText(state: InputState, lang: Language): string {
  switch (state.kind) {
    case "connected": {
      const where = state.table
        ? connectText(lang, "state.table", { table: state.table, address: state.address })
        : connectText(lang, "state.connected", { address: state.address });
      return state.read ? `${where} (${connectText(lang, state.read.key, readSummaryParams(state.read, lang))})` : where;
    }
    case "missing":
      if (state.notNeededBecause) return connectText(lang, "state.notNeeded", { other: state.notNeededBecause });
      return connectText(lang, state.optional ? "state.missingOptional" : "state.missing");
    case "problem":
      return labelled(lang, connectText(lang, "state.problem"), problemMessage(state.problem, lang));
  }
}

/** Why a block was refused, or what was said about it: the reader's own sentence or the check's. */
export function shapeText(reason: ShapeNote | Problem, lang: Language): string {
  return "severity" in reason ? problemMessage(reason, lang) : connectText(lang, `shape.${reason.code}`, reason.params);
}
