#!/usr/bin/env node
/**
 * `mvsp-triggers`: the same engine as the add-in, on .xlsx files. Every failure becomes a
 * sentence on stderr and exit code 2; nothing is written unless everything before it worked.
 */
import { promises as fs } from "fs";
import { PRODUCT_VERSION, buildTemplatePlan } from "../core";
import { languageFromLocale } from "../core/i18n";
import { cliText } from "../core/i18n/cli-catalogue";
import { loadAllLanguages } from "../core/i18n/all";
import type { Language } from "../core";
import { problemMessage } from "../core/text";
import { parseArgs, requestedLanguage, UsageError, type Command, type OutputFormat } from "./args";
import { toJson, toTable } from "./render";
import { fitText, outputWidth } from "./wrap";
import { boardParagraph } from "../core/board-report";
import { CliFailure, evaluateFile, type EvaluateResult, type FileMessage } from "./evaluate-file";
import { realTarget, writeAtomically } from "./files";
import { lockWaitMs } from "./locks";
import { fileFailureWords, writeFailure } from "./write-errors";
import { hasUndecodableBytes } from "./safe-read";
import type { ConnectIo } from "./connect";
import { loadWriter } from "./writer";
import { connectText } from "../core/i18n/connect-catalogue";
import { escapeControls, processIo, terminalSafe, type CliIo } from "./output";

export { reportPath } from "./evaluate-file";
export type { CliIo } from "./output";

function systemLanguage(env: CliIo["env"]): Language {
  return languageFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || null);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function say(lang: Language, message: FileMessage): string {
  return message.key === null ? message.text : cliText(lang, message.key, message.params);
}

/** Words for people, fitted to the terminal; JSON and the Board paragraph are left whole. */
function fitted(io: CliIo): CliIo {
  const width = outputWidth(io.env, io.columns);
  return { ...io, stdout: (text) => io.stdout(fitText(text, width)), stderr: (text) => io.stderr(fitText(text, width)) };
}

/** The result itself: the SPEC's JSON (pretty), the Board paragraph, or the table. */
function resultText(result: EvaluateResult, format: OutputFormat, io: CliIo): string | null {
  const { evaluation, language, history = [] } = result;
  if (!evaluation) return null;
  if (format === "json") return escapeControls(JSON.stringify(toJson(evaluation, language), null, 2));
  // One paragraph on one line, so that it pastes into the report as a paragraph.
  if (format === "text") return boardParagraph(evaluation, history, language);
  return toTable(evaluation, language, { width: outputWidth(io.env, io.columns), history });
}

/** Prints one workbook's result and its messages. */
function printOne(result: EvaluateResult, format: OutputFormat, io: CliIo): void {
  const words = fitted(io);
  // Notes go to stderr under --json and --format text, so stdout holds only the result.
  const note = format === "table" ? words.stdout : words.stderr;
  const text = resultText(result, format, io);
  if (text !== null) io.stdout(text);
  for (const message of result.messages) (message.key === "file.written" ? note : words.stderr)(say(result.language, message));
  if (result.failure) words.stderr(say(result.language, result.failure));
}

/** Several workbooks: with --json one compact document per line (JSON Lines), each naming its file. */
function printMany(file: string, result: EvaluateResult, format: OutputFormat, io: CliIo): void {
  if (format === "json") {
    const body = result.evaluation
      ? toJson(result.evaluation, result.language)
      : { error: result.failure ? say(result.language, result.failure) : "" };
    io.stdout(escapeControls(JSON.stringify({ file, ...body })));
    for (const message of result.messages) io.stderr(say(result.language, message));
    if (result.evaluation && result.failure) io.stderr(say(result.language, result.failure));
    return;
  }
  fitted(io).stdout(cliText(result.language, "many.header", { file }));
  printOne(result, format, io);
  io.stdout("");
}

async function evaluateCommand(command: Extract<Command, { kind: "evaluate" }>, io: CliIo): Promise<number> {
  const uiLang = command.lang ?? systemLanguage(io.env);
  if (command.out !== null && (await realTarget(command.out)) === (await realTarget(command.inputs[0])))
    throw new UsageError("usage.outIsInput");
  let worst = 0;
  for (const input of command.inputs) {
    const result = await evaluateFile({
      input,
      target: command.inPlace ? input : command.out,
      inPlace: command.inPlace,
      force: command.force,
      lockWaitMs: lockWaitMs(io.env),
      date: command.date,
      uiLang,
      now: io.now(),
    });
    if (command.inputs.length === 1) printOne(result, command.format, io);
    else printMany(input, result, command.format, io);
    worst = Math.max(worst, result.exitCode);
  }
  return worst;
}

async function templateCommand(command: Extract<Command, { kind: "template" }>, io: CliIo): Promise<number> {
  const lang = command.lang ?? systemLanguage(io.env);
  const exists = await fs.lstat(command.out).then(
    () => true,
    () => false,
  );
  if (exists) throw new CliFailure("file.exists", { file: command.out });
  if (hasUndecodableBytes(command.out)) throw new CliFailure("out.nameNotUtf8", { file: command.out });
  const built = buildTemplatePlan(lang);
  if (!("plan" in built)) {
    for (const conflict of built.conflicts) fitted(io).stderr(problemMessage(conflict, lang));
    return 2;
  }
  const writer = await loadWriter();
  const pkg = writer.newWorkbookPackage({ date1904: false });
  writer.applyPlanToPackage(pkg, built.plan);
  try {
    await writeAtomically(command.out, pkg.toBuffer(io.now()), null);
  } catch (error) {
    const said = writeFailure(error, command.out);
    throw new CliFailure(said.key, said.params);
  }
  fitted(io).stdout(cliText(lang, "file.written", { file: command.out }));
  fitted(io).stdout(connectText(lang, "cli.template.next", { file: command.out }));
  return 0;
}

function connectIo(io: CliIo): ConnectIo {
  const words = fitted(io);
  return { say: words.stdout, warn: words.stderr, print: io.stdout, now: io.now, width: outputWidth(io.env, io.columns) };
}

/** Runs one command line; resolves to the exit code and never throws. */
export async function main(argv: readonly string[], rawIo?: CliIo): Promise<number> {
  loadAllLanguages();
  const lang = requestedLanguage(argv) ?? systemLanguage(rawIo?.env ?? process.env);
  const io = terminalSafe(rawIo ?? processIo(() => lang));
  try {
    const command = parseArgs(argv);
    switch (command.kind) {
      case "help":
        fitted(io).stdout(cliText(lang, "help"));
        return 0;
      case "version":
        io.stdout(PRODUCT_VERSION);
        return 0;
      case "evaluate":
        return await evaluateCommand(command, io);
      case "template":
        return await templateCommand(command, io);
      // The other commands' modules are loaded when asked for: an evaluation does not pay for them.
      case "inputs":
        return await (await import("./connect")).inputsRun(command, command.lang ?? lang, connectIo(io));
      case "connect":
        return await (await import("./connect")).connectRun(command, command.lang ?? lang, connectIo(io));
      case "templateInto":
        return await (await import("./connect")).templateIntoRun(command, command.lang ?? lang, connectIo(io));
      case "verify":
        return await (await import("./verify")).verifyCommand({ ...command, lang: command.lang ?? lang }, io, fitted(io));
    }
  } catch (error) {
    const words = fitted(io);
    const said = fileFailureWords(error);
    if (error instanceof UsageError || error instanceof CliFailure) words.stderr(cliText(lang, error.key, error.params));
    else if (said) words.stderr(cliText(lang, said.key, said.params));
    else words.stderr(cliText(lang, "error.unexpected", { message: reason(error) }));
    return 2;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
