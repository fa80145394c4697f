/**
 * `inputs`, `connect` and `template --into`: a workbook of the user's own layout connected to the
 * inputs where they already are. `connect` changes only the defined names; `template --into`
 * adds the template's sheet for the inputs the workbook lacks and never re-points one it has.
 */
import { absoluteAddress, rangeAddress } from "../core/address";
import { PRODUCT_VERSION, buildTemplatePlan, clockAt, reportLanguage, runEvaluation } from "../core";
import type { WorkbookSnapshot } from "../core/cells";
import {
  checkCandidate,
  connectedRanges,
  contractInput,
  CONTRACT_INPUTS,
  inputStates,
  readSummaryParams,
  shapeText,
  stateText,
  type InputState,
  type ShapeCheck,
} from "../core/connect";
import { connectText } from "../core/i18n/connect-catalogue";
import { cliText } from "../core/i18n/cli-catalogue";
import type { Language } from "../core/model";
import { TEMPLATE_INPUT_NAMES } from "../core/plan/template";
import { readInputs } from "../core/read";
import { problemMessage } from "../core/text";
import {
  applyPlanToPackage,
  defineNames,
  readCandidate,
  readWorkbookIndex,
  WriteRefusal,
  type ApplyOutcome,
  type NameDefinition,
  type XlsxPackage,
} from "../adapters/xlsx";
import type { ConnectCommand } from "./connect-args";
import { fitText } from "./wrap";
import { CliFailure, readFileOrFail, readWorkbook, saveChecked, UnreadableFile } from "./evaluate-file";
import { assertWritable, fileState, FileRefusal, realTarget, withFileLock } from "./files";
import { outPathRefusal } from "./out-target";

export interface ConnectIo {
  /** Words for people, fitted to the terminal. */
  readonly say: (text: string) => void;
  readonly warn: (text: string) => void;
  /** Printed whole (JSON). */
  readonly print: (text: string) => void;
  readonly now: () => Date;
  /** The terminal's width (see `outputWidth`). */
  readonly width: number;
}

async function open(file: string, lang: Language): Promise<{ pkg: XlsxPackage; snapshot: WorkbookSnapshot }> {
  try {
    return readWorkbook(await readFileOrFail(file));
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    const reason = error.reasonKey === null ? (error.detail ?? "") : cliText(lang, error.reasonKey, error.params);
    throw new CliFailure("file.cannotRead", { file, reason });
  }
}

function statesOf(snapshot: WorkbookSnapshot, now: Date, lang: Language): InputState[] {
  const run = runEvaluation(snapshot, clockAt(now), { displayLanguage: lang, version: PRODUCT_VERSION });
  return inputStates(snapshot, readInputs(snapshot).inputs, run.evaluation);
}

/** `inputs BOOK [--json]`: exit 0 when every needed input is connected without errors, else 1. */
export async function inputsRun(command: Extract<ConnectCommand, { kind: "inputs" }>, lang: Language, io: ConnectIo): Promise<number> {
  const { snapshot } = await open(command.book, lang);
  const states = statesOf(snapshot, io.now(), lang);
  const incomplete = states.some((s) => s.kind === "problem" || (s.kind === "missing" && !s.optional && !s.notNeededBecause));
  if (command.json) {
    const json = states.map((s) => ({
      name: s.name,
      state: s.kind,
      address: s.kind === "missing" ? null : s.address,
      read: s.kind === "connected" && s.read ? connectText(lang, s.read.key, readSummaryParams(s.read, lang)) : null,
      problem: s.kind === "problem" ? { cell: s.problem.cell, message: problemMessage(s.problem, lang) } : null,
    }));
    io.print(JSON.stringify(json, null, 2));
    return incomplete ? 1 : 0;
  }
  io.say(connectText(lang, "cli.inputs.header", { file: command.book }));
  const width = Math.max(...CONTRACT_INPUTS.map((i) => i.name.length));
  // Two columns: the state wraps within its own column, under its first line.
  const indent = " ".repeat(width + 4);
  for (const state of states) {
    const lines = fitText(stateText(state, lang), Math.max(20, io.width - indent.length), 0).split("\n");
    io.print([`  ${state.name.padEnd(width)}  ${lines[0]}`, ...lines.slice(1).map((line) => indent + line)].join("\n"));
  }
  if (states.every((s) => s.kind === "missing")) io.say(connectText(lang, "cli.inputs.none", { file: command.book }));
  return incomplete ? 1 : 0;
}

function refusalText(check: Extract<ShapeCheck, { ok: false }>, lang: Language): string {
  return shapeText(check.reason, lang);
}

/**
 * `--out` never replaces a file without `--force` (SPEC, Command line): unlike `evaluate`, these
 * commands leave no mark by which an earlier output could be recognised. Dangling links and
 * special files are refused as `evaluate` refuses them.
 */
async function refuseOut(out: string, force: boolean): Promise<void> {
  const refused = await outPathRefusal(out);
  if (refused !== null) throw new CliFailure(refused.key, refused.params);
  if (!force && (await fileState(out)) !== null) throw new CliFailure("out.existsNoForce", { file: out });
}

/** Reads, changes and saves `book` into `--out` or in place, under the workbook's lock when in place. */
async function rewrite(
  book: string,
  out: string | null,
  force: boolean,
  lang: Language,
  change: (pkg: XlsxPackage, snapshot: WorkbookSnapshot) => ApplyOutcome | null,
  now: Date,
): Promise<boolean> {
  const inPlace = out === null;
  if (out !== null) await refuseOut(out, force);
  const target = await realTarget(inPlace ? book : out);
  try {
    await assertWritable(target);
  } catch (error) {
    if (error instanceof FileRefusal) throw new CliFailure(error.key, { file: error.file });
    throw error;
  }
  const work = async (): Promise<boolean> => {
    const expected = inPlace ? await fileState(target) : undefined;
    const { pkg, snapshot } = await open(book, lang);
    const outcome = change(pkg, snapshot);
    if (outcome === null) return false;
    await saveChecked(pkg, outcome, target, now, expected);
    return true;
  };
  return inPlace ? withFileLock(target, work) : work();
}

/** `connect BOOK NAME=RANGE... (--out OUT | --in-place)`: every name checked first; any refusal writes nothing. */
export async function connectRun(command: Extract<ConnectCommand, { kind: "connect" }>, lang: Language, io: ConnectIo): Promise<number> {
  if (command.out !== null && (await realTarget(command.out)) === (await realTarget(command.book)))
    throw new CliFailure("usage.outIsInput");
  let refused = false;
  let changed = false;
  const written = await rewrite(
    command.book,
    command.out,
    command.force,
    lang,
    (pkg, snapshot) => {
      const index = readWorkbookIndex(pkg);
      let connected = connectedRanges(snapshot);
      const definitions: NameDefinition[] = [];
      const lines: string[] = [];
      for (const { name, range } of command.assignments) {
        const candidate = readCandidate(pkg, index, name, range);
        if (candidate === null) {
          io.warn(connectText(lang, "shape.badRange", { address: range }));
          refused = true;
          continue;
        }
        const check = checkCandidate(name, candidate, connected, snapshot.date1904);
        if (!check.ok) {
          io.warn(refusalText(check, lang));
          refused = true;
          continue;
        }
        for (const note of check.notes) lines.push(connectText(lang, `shape.${note.code}`, note.params));
        const input = contractInput(name)!;
        const formula =
          check.target.kind === "table" ? `${check.target.table}[#All]` : absoluteAddress(check.target.sheet, check.target.rect);
        const before = snapshot.names[input.name];
        const old =
          before?.kind === "range"
            ? rangeAddress(
                before.range.sheet,
                before.range.row,
                before.range.col,
                before.range.values.length,
                before.range.values[0]?.length ?? 1,
              )
            : null;
        if (old === check.address) {
          lines.push(connectText(lang, "shape.unchanged", { name: input.name, address: check.address }));
          continue;
        }
        definitions.push({ name: input.name, formula });
        lines.push(
          old === null
            ? connectText(lang, "cli.connect.defined", { name: input.name, address: check.address })
            : connectText(lang, "cli.connect.repointed", { name: input.name, old, new: check.address }),
        );
        // Later assignments of the same command must not overlap this one either.
        const block = candidate.range;
        if (block) {
          const rect = { row: block.row, col: block.col, rows: block.values.length, cols: block.values[0]?.length ?? 1 };
          connected = [...connected.filter((c) => c.name !== input.name), { name: input.name, sheet: block.sheet, ...rect }];
        }
      }
      if (refused) return null;
      for (const line of lines) io.say(line);
      if (definitions.length === 0) return null;
      changed = true;
      return defineNames(pkg, definitions);
    },
    io.now(),
  );
  if (refused) {
    io.warn(connectText(lang, "cli.connect.nothing"));
    return 2;
  }
  if (!changed) {
    io.say(connectText(lang, "cli.connect.noChange"));
    return 0;
  }
  if (written) io.say(cliText(lang, "file.written", { file: command.out ?? command.book }));
  return 0;
}

/** `template --into BOOK (--out OUT | --in-place)`: the template's sheet for the inputs BOOK lacks. */
export async function templateIntoRun(
  command: Extract<ConnectCommand, { kind: "templateInto" }>,
  uiLang: Language,
  io: ConnectIo,
): Promise<number> {
  if (command.out !== null && (await realTarget(command.out)) === (await realTarget(command.book)))
    throw new CliFailure("usage.outIsInput");
  let nothing = false;
  let failure: string | null = null;
  let summary: string[] = [];
  const target = command.out ?? command.book;
  await rewrite(
    command.book,
    command.out,
    command.force,
    uiLang,
    (pkg, snapshot) => {
      const lang = command.lang ?? reportLanguage(snapshot, uiLang);
      const built = buildTemplatePlan(lang, snapshot);
      if (!("plan" in built)) {
        if (built.conflicts.every((c) => c.code === "templateNotNeeded")) nothing = true;
        else failure = built.conflicts.map((c) => problemMessage(c, uiLang)).join("\n");
        return null;
      }
      const sheet = built.plan.sheets[0].name;
      const defined = TEMPLATE_INPUT_NAMES.filter(
        (n) => built.plan.names.some((p) => p.name === n) || (built.plan.sheets[0].tables ?? []).some((t) => t.name === n),
      );
      const kept = TEMPLATE_INPUT_NAMES.filter((n) => !defined.includes(n));
      summary = [connectText(uiLang, "cli.template.into", { sheet, file: target, names: defined.join(", ") })];
      if (kept.length > 0) summary.push(connectText(uiLang, "cli.template.kept", { names: kept.join(", ") }));
      try {
        return applyPlanToPackage(pkg, built.plan);
      } catch (error) {
        if (error instanceof WriteRefusal) {
          failure = cliText(uiLang, "refuse.other", { where: error.where });
          return null;
        }
        throw error;
      }
    },
    io.now(),
  );
  if (failure !== null) {
    io.warn(failure);
    return 2;
  }
  if (nothing) {
    io.say(connectText(uiLang, "cli.template.nothing", { file: command.book }));
    return 0;
  }
  for (const line of summary) io.say(line);
  io.say(connectText(uiLang, "cli.template.next", { file: target }));
  return 0;
}
