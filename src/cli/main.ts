#!/usr/bin/env node
/**
 * `mvsp-triggers`: the same engine as the add-in, on .xlsx files. Every failure becomes a
 * sentence on stderr and exit code 2; nothing is written unless everything before it worked.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { PRODUCT_VERSION, buildTemplatePlan, namesToRead, runEvaluation, clockAt } from "../core";
import { SHEET_NAMES, type WritePlan } from "../core/plan/types";
import { languageFromLocale } from "../core/i18n";
import { cliText } from "../core/i18n/cli-catalogue";
import { loadAllLanguages } from "../core/i18n/all";
import type { Language, Problem, WorkbookSnapshot } from "../core";
import { problemMessage } from "../core/text";
import { applyPlan, loadWorkbook, readSnapshotFromExcelJs as readSnapshot, saveWorkbook, type LoadedWorkbook, type PreservationRisk } from "../adapters/xlsx";
import { parseArgs, requestedLanguage, UsageError, type Command } from "./args";
import { toJson, toTable } from "./render";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  now: () => new Date(),
};

/** A failure already put into words (catalogue key + parameters): exit code 2. */
class CliFailure extends Error {
  constructor(
    readonly key: string,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(key);
  }
}

function systemLanguage(env: CliIo["env"]): Language {
  return languageFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || null);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readWorkbookFile(file: string, lang: Language): Promise<LoadedWorkbook> {
  try {
    await fs.access(file);
  } catch {
    throw new CliFailure("file.cannotRead", { file, reason: cliText(lang, "file.notFound") });
  }
  try {
    return await loadWorkbook(file);
  } catch (error) {
    const notZip = /zip|central directory|signature|end of data/i.test(reason(error));
    const why = notZip ? cliText(lang, "file.notWorkbook") : reason(error);
    throw new CliFailure("file.cannotRead", { file, reason: why });
  }
}

async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  return (await real(a)) === (await real(b));
}

async function save(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  try {
    await saveWorkbook(workbook, file);
  } catch (error) {
    throw new CliFailure("file.cannotWrite", { file, reason: reason(error) });
  }
}

/** `budget.xlsx` → `budget.mvsp-report.xlsx`, beside it. */
export function reportPath(target: string): string {
  return target.replace(/(\.xlsx)?$/i, ".mvsp-report.xlsx");
}

/**
 * The summary and log alone, in a new workbook, for a user workbook that cannot be rewritten
 * safely. The log starts from the rows the user's workbook already holds, so the history stays.
 */
function reportWorkbook(plan: WritePlan, snapshot: WorkbookSnapshot): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = snapshot.date1904;
  if (snapshot.log) {
    const ws = workbook.addWorksheet(SHEET_NAMES.log);
    snapshot.log.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) ws.getCell(r + 1, c + 1).value = typeof value === "object" ? { error: value.error as ExcelJS.CellErrorValue["error"] } : value;
      }),
    );
  }
  applyPlan(workbook, plan, { roles: ["summary", "log"], skipStatusCells: true });
  return workbook;
}

function riskLines(risks: readonly PreservationRisk[], lang: Language): string[] {
  return risks.map((risk) =>
    cliText(lang, "preserve.item", { kind: cliText(lang, `preserve.kind.${risk.kind}`), where: risk.where }),
  );
}

async function evaluateCommand(command: Extract<Command, { kind: "evaluate" }>, io: CliIo): Promise<number> {
  const uiLang = command.lang ?? systemLanguage(io.env);
  if (command.out !== null && (await samePath(command.out, command.input))) throw new UsageError("usage.outIsInput");
  const loaded = await readWorkbookFile(command.input, uiLang);
  const snapshot = readSnapshot(loaded.workbook, namesToRead(), loaded.rawNames);
  const options = {
    displayLanguage: uiLang,
    version: PRODUCT_VERSION,
    ...(command.date !== null && { evaluationDate: command.date }),
  };
  const run = runEvaluation(snapshot, clockAt(io.now()), options);
  const lang = run.language;
  const { evaluation } = run;
  // Human-readable notes go to stderr under --json, so stdout stays one JSON document.
  const note = command.json ? io.stderr : io.stdout;

  io.stdout(command.json ? JSON.stringify(toJson(evaluation, lang), null, 2) : toTable(evaluation, lang));
  const exitCode = evaluation.problems.some((p) => p.severity === "error") ? 1 : 0;

  const target = command.inPlace ? command.input : command.out;
  if (target === null) return exitCode;
  if (!run.plan) {
    io.stderr(cliText(lang, "conflict.header"));
    for (const conflict of run.conflicts as readonly Problem[]) io.stderr(`  ${problemMessage(conflict, lang)}`);
    return 2;
  }
  if (loaded.risks.length > 0) {
    const report = reportPath(target);
    await save(reportWorkbook(run.plan, snapshot), report);
    io.stderr(cliText(lang, "preserve.header", { file: command.input }));
    for (const line of riskLines(loaded.risks, lang)) io.stderr(line);
    io.stderr(cliText(lang, "preserve.report", { file: report }));
    return exitCode;
  }
  applyPlan(loaded.workbook, run.plan);
  await save(loaded.workbook, target);
  note(cliText(lang, "file.written", { file: target }));
  return exitCode;
}

async function templateCommand(command: Extract<Command, { kind: "template" }>, io: CliIo): Promise<number> {
  const lang = command.lang ?? systemLanguage(io.env);
  const exists = await fs.stat(command.out).then(
    () => true,
    () => false,
  );
  if (exists) throw new CliFailure("file.exists", { file: command.out });
  const built = buildTemplatePlan(lang);
  if (!("plan" in built)) {
    for (const conflict of built.conflicts) io.stderr(problemMessage(conflict, lang));
    return 2;
  }
  const workbook = new ExcelJS.Workbook();
  applyPlan(workbook, built.plan);
  await save(workbook, command.out);
  io.stdout(cliText(lang, "file.written", { file: command.out }));
  return 0;
}

/** Runs one command line; resolves to the exit code and never throws. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  loadAllLanguages();
  const lang = requestedLanguage(argv) ?? systemLanguage(io.env);
  try {
    const command = parseArgs(argv);
    switch (command.kind) {
      case "help":
        io.stdout(cliText(lang, "help"));
        return 0;
      case "version":
        io.stdout(PRODUCT_VERSION);
        return 0;
      case "evaluate":
        return await evaluateCommand(command, io);
      case "template":
        return await templateCommand(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof CliFailure) io.stderr(cliText(lang, error.key, error.params));
    else io.stderr(cliText(lang, "error.unexpected", { message: reason(error) }));
    return 2;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
