/**
 * The inputs of the workbook contract as a person connects them: the shape each takes and
 * whether the evaluation can do without it. One list for the CLI's `inputs`/`connect` and the
 * task pane's Inputs view.
 */
import { INPUT } from "../read/names";

export type InputShape = "cell" | "cellOrColumn" | "table";

export interface ContractInput {
  readonly name: string;
  readonly shape: InputShape;
  /** The evaluation runs without it (a default, today, or the roster instead). */
  readonly optional: boolean;
  /** The count cells stand in for the roster: not needed when it is connected. */
  readonly replacedBy?: string;
}

/** In the order a person fills a budget workbook: date, finance, membership, external, settings. */
export const CONTRACT_INPUTS: readonly ContractInput[] = [
  { name: INPUT.evaluationDate, shape: "cell", optional: true },
  { name: INPUT.budgetEnvelope, shape: "cell", optional: false },
  { name: INPUT.plannedSpend, shape: "cellOrColumn", optional: false },
  { name: INPUT.cashOpeningBalance, shape: "cell", optional: false },
  { name: INPUT.cashFlow, shape: "table", optional: false },
  { name: INPUT.memberRoster, shape: "table", optional: false },
  { name: INPUT.activeMembers, shape: "cell", optional: true, replacedBy: INPUT.memberRoster },
  { name: INPUT.newMembers, shape: "cell", optional: true, replacedBy: INPUT.memberRoster },
  { name: INPUT.lostMembersAllTier1, shape: "cell", optional: true, replacedBy: INPUT.memberRoster },
  { name: INPUT.coreServiceCosts, shape: "table", optional: false },
  { name: INPUT.externalFactors, shape: "table", optional: false },
  { name: INPUT.triggerSettings, shape: "table", optional: true },
];

/** The contract's input of that name, whatever its case (Excel names ignore case). */
export function contractInput(name: string): ContractInput | undefined {
  const upper = name.toLocaleUpperCase("en-US");
  return CONTRACT_INPUTS.find((input) => input.name.toLocaleUpperCase("en-US") === upper);
}
