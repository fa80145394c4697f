/**
 * Applies a core `WritePlan` through Office.js so that a failure never leaves half a result
 * unsaid. Excel does not roll a batch back: what ran before a failing call stays done
 * ("Error handling with the application-specific JavaScript APIs"). So the write goes in steps,
 * each its own sync, in an order where every failure is either harmless or exactly reported:
 *
 *   0. checks against the state read with the snapshot (ownership, read-only workbook, protected
 *      structure, a user's protected sheet under status cells): a refusal writes nothing;
 *   1. every `unprotect()` the plan needs, alone: a sheet re-protected with a password fails
 *      here, before any write; what was unprotected is protected again with its options;
 *   2. the log row, then the user's sheets the plan changes (Inputs, settings), then the summary,
 *      then the status cells, then the names, each step one sync: on a failure, the sheets are
 *      protected again and the error lists the parts written and the parts not;
 *      (protection and the active sheet go with the last of them);
 *   3. notes, in a sync of their own: a host that refuses them loses only the hints.
 */
import type { SheetPlan, WritePlan } from "../../core/plan/types";
import { AdapterError, toAdapterError, type Operation, type WritePart } from "./errors";
import { PAYLOAD_BUDGET, PlanWriter, hasSheet, isProtected, optionsOf } from "./plan-writer";
import { readWorkbook, sameSheet, type WorkbookState } from "./snapshot";
import { API, officeApiSupport, type ApiSupport } from "./support";

export { PAYLOAD_BUDGET } from "./plan-writer";

export interface ApplyOptions {
  /** The state read with the snapshot; without it applyPlan reads it first (two more syncs). */
  readonly state?: WorkbookState;
  readonly support?: ApiSupport;
  /** Test hook: a smaller payload budget. */
  readonly payloadBudget?: number;
}

export async function applyPlan(context: Excel.RequestContext, plan: WritePlan, options: ApplyOptions = {}): Promise<void> {
  const support = options.support ?? officeApiSupport();
  const state = options.state ?? (await readWorkbook(context, namesOfPlan(plan), support)).state;
  checkPlan(plan, state, support);
  const writer = new PlanWriter(context, plan, state, support, options.payloadBudget ?? PAYLOAD_BUDGET);
  const steps = writeSteps(plan, writer);
  const planned = steps.map((step) => step.part);
  const lifted = plan.sheets.filter((sheet) => hasSheet(state, sheet.name) && isProtected(state, sheet.name)).map((sheet) => sheet.name);

  await unprotect(context, writer, state, lifted, planned);

  const written: WritePart[] = [];
  let operation: Operation = "write";
  try {
    for (const [index, step] of steps.entries()) {
      operation = step.operation;
      writer.suspend();
      await step.queue();
      // Protection and the active sheet go with the last step: one round trip less.
      if (index === steps.length - 1) writer.queueProtection();
      await context.sync();
      written.push(step.part);
    }
  } catch (error) {
    await protectAgain(context, state, lifted);
    throw toAdapterError(
      error,
      operation,
      written,
      planned.filter((part) => !written.includes(part)),
    );
  }

  if (writer.queueNotes() > 0) {
    try {
      await context.sync();
    } catch (error) {
      throw toAdapterError(error, "notes");
    }
  }
}

/** The names whose state a plan depends on: those it (re)defines and its status cells. */
function namesOfPlan(plan: WritePlan): string[] {
  return [...plan.names.map((n) => n.name), ...plan.statusCells.map((s) => s.name)];
}

interface Step {
  readonly part: WritePart;
  /** What Excel's error codes mean in this step. */
  readonly operation: Operation;
  readonly queue: () => Promise<void> | void;
}

/** The order of the write: log first (it only grows), the summary last of the sheets. */
const SHEET_ORDER: readonly SheetPlan["role"][] = ["log", "inputs", "settings", "summary"];

function writeSteps(plan: WritePlan, writer: PlanWriter): Step[] {
  const steps: Step[] = [];
  for (const role of SHEET_ORDER) {
    const sheets = plan.sheets.filter((sheet) => sheet.role === role);
    if (sheets.length === 0) continue;
    steps.push({
      part: role === "log" ? "log" : role,
      operation: "write",
      queue: async () => {
        for (const sheet of sheets) await writer.writeSheet(sheet);
      },
    });
  }
  if (plan.statusCells.length > 0) steps.push({ part: "statusCells", operation: "write", queue: () => writer.queueStatusCells() });
  if (plan.names.length > 0) steps.push({ part: "names", operation: "names", queue: () => writer.queueNames() });
  return steps;
}

/**
 * Step 1: every protection the write must lift, in one sync before anything is written. On a
 * failure (a password), the sheets already unprotected are protected again and the error names
 * the sheets that stayed protected.
 */
async function unprotect(
  context: Excel.RequestContext,
  writer: PlanWriter,
  state: WorkbookState,
  sheets: readonly string[],
  planned: readonly WritePart[],
): Promise<void> {
  if (sheets.length === 0) return;
  for (const name of sheets) writer.sheet(name).protection.unprotect();
  try {
    await context.sync();
  } catch (error) {
    const stillProtected = await protectAgain(context, state, sheets);
    const failure = toAdapterError(error, "unprotect", [], planned);
    throw stillProtected.length > 0 && failure.code === "sheetPassword"
      ? new AdapterError("sheetPassword", stillProtected.join(", "), [], planned)
      : failure;
  }
}

/**
 * After a failure: protects again, with the options they had, the sheets this write unprotected
 * and that are unprotected now. Returns those found still protected. Best effort: a failure
 * here must not hide the one being reported.
 */
async function protectAgain(context: Excel.RequestContext, state: WorkbookState, sheets: readonly string[]): Promise<string[]> {
  if (sheets.length === 0) return [];
  try {
    const protections = sheets.map((name) => {
      const protection = context.workbook.worksheets.getItem(name).protection;
      protection.load("protected");
      return { name, protection };
    });
    await context.sync();
    const stillProtected = protections.filter(({ protection }) => protection.protected).map(({ name }) => name);
    for (const { name, protection } of protections) if (!protection.protected) protection.protect(optionsOf(state, name));
    await context.sync();
    return stillProtected;
  } catch {
    return [];
  }
}

/** Refuses, before anything is queued, a plan that would overwrite or fail half-way. */
export function checkPlan(plan: WritePlan, state: WorkbookState, support: ApiSupport): void {
  // A view-only workbook refuses every write; say so rather than "protected".
  if (state.readOnly && (plan.sheets.length > 0 || plan.statusCells.length > 0 || plan.names.length > 0))
    throw new AdapterError("readOnly", "");
  for (const sheet of plan.sheets) {
    const exists = hasSheet(state, sheet.name);
    if (sheet.mode === "create" && exists) throw new AdapterError("sheetExists", sheet.name);
    if (sheet.mode === "update" && !exists) throw new AdapterError("unknown", `sheet not found: ${sheet.name}`);
    if ((sheet.role === "summary" || sheet.role === "log") && sheet.mode !== "update" && exists) {
      const owned = state.ownedSheets[sheet.role];
      if (owned === null || !sameSheet(owned, sheet.name)) throw new AdapterError("sheetNotOwned", sheet.name);
    }
    // A sheet to add cannot be added under a protected structure.
    if (!exists && state.structureProtected) throw new AdapterError("structureProtected", sheet.name);
    if (exists && isProtected(state, sheet.name) && !support(API.unprotect)) {
      throw new AdapterError("sheetProtected", sheet.name);
    }
  }
  const planned = plan.sheets.map((s) => s.name);
  for (const cell of plan.statusCells) {
    // The user's protection on their own sheet is theirs to lift: never unprotected here.
    if (isProtected(state, cell.sheet) && !planned.some((name) => sameSheet(name, cell.sheet))) {
      throw new AdapterError("sheetProtected", cell.sheet);
    }
  }
}
