/**
 * The pane's side of its port (`adapters/office/port.ts`, where every answer is defined once):
 * the types the views use, and how to tell Excel's refusal from the other answers.
 */
import type { Failed } from "../adapters/office/port";

export type {
  Failed,
  FailureCode,
  GatewayFailure,
  PaneEvaluation,
  SelfTestRow,
  WorkbookGateway,
  WorkbookInspection,
  WriteOutcome,
  SelectionOutcome,
} from "../adapters/office/port";

export function isFailed(outcome: { readonly ok: boolean }): outcome is Failed {
  return !outcome.ok && "failure" in outcome;
}
