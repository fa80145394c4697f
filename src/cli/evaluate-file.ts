/**
 * One workbook through the engine: read it, evaluate, and (when asked) write the outputs into
 * the requested file, or, when writing there could harm something the user made, into a
 * separate report that keeps its own log. Every failure becomes words and an exit code; nothing
 * is written unless the saved package was checked first.
 */
import * as path from "path";
import { PRODUCT_VERSION, clockAt, namesToRead, runEvaluation, type EvaluationRun, type LogEntry } from "../core";
import type { Day, Evaluation, Language, Problem } from "../core/model";
import { OWNERSHIP_NAMES, SUMMARY_AREA_NAMES, type WritePlan } from "../core/plan/types";
import type { WorkbookSnapshot } from "../core/cells";
import { cliText, type CliKey } from "../core/i18n/cli-catalogue";
import { problemMessage } from "../core/text";
import { PackageError, XlsxPackage } from "../adapters/xlsx/package";
import { ReadLimitError, readSnapshot } from "../adapters/xlsx/read";
import type { ApplyOutcome, ApplyOptions, ProtectionRefusal, WriteRefusal } from "../adapters/xlsx/write";
import type { XmlPartError } from "../adapters/xlsx/write/dom";
import { loadWriter, type Writer } from "./writer";
import { noInputsRefusal } from "./no-inputs";
import { FileRefusal, LockBlocked, assertWritable, fileState, realTarget, withFileLock, writeAtomically } from "./files";
import { carriesOurMarks, isEarlierOutput, outPathRefusal } from "./out-target";
import { FileTooLarge, NotRegularFile, hasUndecodableBytes, readRegularFile } from "./safe-read";
import { isSystemError, writeFailure } from "./write-errors";

/** Why a workbook could not be read: the reason's catalogue key, said after "Could not read {file}:". */
export class UnreadableFile extends Error {
  constructor(
    readonly reasonKey: CliKey | null,
    readonly params: Readonly<Record<string, string | number>> = {},
    readonly detail?: string,
  ) {
    super(reasonKey ?? detail);
    this.name = "UnreadableFile";
  }
}

/** A failure already put into words (catalogue key + parameters): exit code 2. */
export class CliFailure extends Error {
  constructor(
    readonly key: CliKey,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(key);
    this.name = "CliFailure";
  }
}

export interface EvaluateRequest {
  readonly input: string;
  /** Where the outputs go: null writes nothing. */
  readonly target: string | null;
  readonly inPlace: boolean;
  /** `--force`: an existing `--out` file that is not an earlier output may be replaced. */
  readonly force?: boolean;
  /** How long to wait for another run's lock (`--in-place`, the report). */
  readonly lockWaitMs?: number;
  readonly date: Day | null;
  /** The language of the person at the terminal, for words about files. */
  readonly uiLang: Language;
  readonly now: Date;
}

/** A catalogue sentence, or one already in words (input problems and conflicts come from the core's catalogue). */
export type FileMessage =
  | { readonly key: CliKey; readonly params?: Readonly<Record<string, string | number>>; readonly text?: undefined }
  | { readonly key: null; readonly text: string };

export interface EvaluateResult {
  readonly exitCode: number;
  /** Absent when the workbook could not be evaluated at all. */
  readonly evaluation?: Evaluation;
  /** The workbook's log before this evaluation (oldest first), to compare with. */
  readonly history?: readonly LogEntry[];
  readonly language: Language;
  /** What to tell the user besides the result, in order. */
  readonly messages: readonly FileMessage[];
  readonly failure?: FileMessage;
}

/** `budget.xlsx` → `budget.mvsp-report.xlsx`, beside it (a macro workbook's report has no macros). */
export function reportPath(target: string): string {
  return target.replace(/(\.xls[xm])?$/i, ".mvsp-report.xlsx");
}

/** A damaged or unsupported package, in the words of the one table of reasons (`package.<code>`). */
function packageFailure(error: PackageError | XmlPartError): UnreadableFile {
  if (!(error instanceof PackageError)) return new UnreadableFile("package.notWellFormed", { part: error.part });
  return new UnreadableFile(`package.${error.code}`, { part: error.part ?? "?" });
}

/**
 * The writer reads parts the reader did not need (content types, relationships, styles): one
 * found damaged there is the same refusal as at reading, never an internal error.
 */
function applyOrRefuse(writer: Writer, pkg: XlsxPackage, plan: WritePlan, options?: ApplyOptions): ApplyOutcome {
  try {
    return writer.applyPlanToPackage(pkg, plan, options);
  } catch (error) {
    if (error instanceof PackageError || error instanceof writer.XmlPartError) throw packageFailure(error);
    throw error;
  }
}

/** Opens and reads a workbook; every way this can fail is a sentence about the file. */
export function readWorkbook(buffer: Buffer): { pkg: XlsxPackage; snapshot: WorkbookSnapshot } {
  try {
    const pkg = XlsxPackage.open(buffer);
    return { pkg, snapshot: readSnapshot(pkg, namesToRead()) };
  } catch (error) {
    if (error instanceof PackageError) throw packageFailure(error);
    if (error instanceof ReadLimitError) {
      throw new UnreadableFile("file.rangeTooLarge", {
        name: error.definedName,
        cells: error.cells.toLocaleString("en-US"),
        limit: error.limit.toLocaleString("en-US"),
      });
    }
    throw error;
  }
}

/** A regular file's bytes; special files, undecodable names and permissions said as reasons. */
export async function readFileOrFail(file: string): Promise<Buffer> {
  try {
    return await readRegularFile(file);
  } catch (error) {
    if (error instanceof NotRegularFile) throw new UnreadableFile(`file.notRegular.${error.kind}`);
    if (error instanceof FileTooLarge) throw new UnreadableFile("file.tooLargeToRead");
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnreadableFile(hasUndecodableBytes(file) ? "file.nameNotUtf8" : "file.notFound");
    if (code === "EACCES" || code === "EPERM") throw new UnreadableFile("file.noReadPermission");
    throw new UnreadableFile(null, {}, (error as Error).message);
  }
}

function refusalMessage(refusal: WriteRefusal): { readonly key: CliKey; readonly params: Readonly<Record<string, string>> } {
  const known = ["pivotTable", "arrayFormula", "dataTable", "tableHeader", "mergedCell", "notWorksheet"] as const;
  const code = known.find((k) => k === refusal.code);
  return { key: code === undefined ? "refuse.other" : `refuse.${code}`, params: { where: refusal.where } };
}

/** Saves `pkg` over `target` once the saved bytes have been read back and checked. */
export async function saveChecked(
  pkg: XlsxPackage,
  written: ApplyOutcome,
  target: string,
  now: Date,
  expected?: Awaited<ReturnType<typeof fileState>>,
): Promise<void> {
  const saved = pkg.toBuffer(now);
  const problem = (await loadWriter()).verifySavedPackage(pkg, saved, written);
  if (problem !== null) throw new CliFailure("verify.failed", { file: target, detail: problem });
  try {
    await writeAtomically(target, saved, expected);
  } catch (error) {
    if (error instanceof FileRefusal) throw new CliFailure(error.key, { file: error.file });
    const said = writeFailure(error, target);
    throw new CliFailure(said.key, said.params);
  }
}

function evaluate(snapshot: WorkbookSnapshot, request: EvaluateRequest): EvaluationRun {
  return runEvaluation(snapshot, clockAt(request.now), {
    displayLanguage: request.uiLang,
    version: PRODUCT_VERSION,
    ...(request.date !== null && { evaluationDate: request.date }),
  });
}

function conflictMessages(run: EvaluationRun): FileMessage[] {
  // The header speaks of sheets the add-in did not create; a full log says what it is itself.
  const header: FileMessage[] = (run.conflicts as readonly Problem[]).some((c) => c.code === "sheetNotOwned")
    ? [{ key: "conflict.header" }]
    : [];
  return [...header, ...(run.conflicts as readonly Problem[]).map((c) => ({ key: null, text: `  ${problemMessage(c, run.language)}` }))];
}

/** An existing report, only if the add-in wrote it: an unrelated file of that name is left alone. */
async function ourReport(report: string, input: string): Promise<XlsxPackage> {
  try {
    const pkg = readWorkbook(await readFileOrFail(report)).pkg;
    if (carriesOurMarks(readSnapshot(pkg, namesToRead()))) return pkg;
  } catch {
    // Unreadable: not ours either.
  }
  throw new CliFailure("report.notOurs", { file: report, input });
}

/** The report's sheets would overwrite sheets of someone else's: its messages, and exit 2. */
class ReportConflicts extends Error {
  constructor(readonly messages: FileMessage[]) {
    super("report conflicts");
  }
}

/**
 * The summary and log in a workbook of their own, for a user workbook that is better left
 * alone. An existing report is evaluated again like any owned workbook: its log grows.
 */
async function writeReport(snapshot: WorkbookSnapshot, request: EvaluateRequest, target: string): Promise<FileMessage[]> {
  const report = await realTarget(reportPath(target));
  if (report === (await realTarget(request.input))) throw new CliFailure("refuse.reportIsInput", { file: report });
  await assertWritable(report).catch((error) => {
    throw error instanceof FileRefusal ? new CliFailure(error.key, { file: error.file }) : error;
  });
  return withFileLock(
    report,
    async () => {
      const before = await fileState(report);
      const writer = await loadWriter();
      const pkg = before ? await ourReport(report, request.input) : writer.newWorkbookPackage({ date1904: snapshot.date1904 });
      const own = before ? readSnapshot(pkg, namesToRead()) : null;
      // The inputs are the user's workbook's; the sheets, marks and log are the report's own.
      const reportSnapshot: WorkbookSnapshot = {
        ...snapshot,
        date1904: own?.date1904 ?? snapshot.date1904,
        names: {
          ...snapshot.names,
          [OWNERSHIP_NAMES.summary]: own?.names[OWNERSHIP_NAMES.summary] ?? { kind: "missing" },
          [OWNERSHIP_NAMES.log]: own?.names[OWNERSHIP_NAMES.log] ?? { kind: "missing" },
          // The report's own page and Notes box (their text is the report's, not the workbook's).
          [SUMMARY_AREA_NAMES.page]: own?.names[SUMMARY_AREA_NAMES.page] ?? { kind: "missing" },
          [SUMMARY_AREA_NAMES.notes]: own?.names[SUMMARY_AREA_NAMES.notes] ?? { kind: "missing" },
        },
        sheets: own?.sheets ?? [],
        log: own?.log ?? null,
        summaryNotes: own?.summaryNotes ?? [],
      };
      const run = evaluate(reportSnapshot, request);
      if (!run.plan) throw new ReportConflicts(conflictMessages(run));
      const written = applyOrRefuse(writer, pkg, run.plan as WritePlan, { roles: ["summary", "log"], skipStatusCells: true });
      await saveChecked(pkg, written, report, request.now, before);
      return [{ key: "refuse.report", params: { file: report } }];
    },
    request.lockWaitMs,
  );
}

async function evaluateAndWrite(request: EvaluateRequest, input: string, target: string | null): Promise<EvaluateResult> {
  const expected = request.inPlace ? await fileState(input) : undefined;
  const { pkg, snapshot } = readWorkbook(await readFileOrFail(input));
  const run = evaluate(snapshot, request);
  const { evaluation, history } = run;
  const exitCode = evaluation.problems.some((p) => p.severity === "error") ? 1 : 0;
  const done = (messages: readonly FileMessage[], code = exitCode): EvaluateResult => ({
    exitCode: code,
    evaluation,
    history,
    language: run.language,
    messages,
  });
  if (target === null) return done([]);
  // A workbook with none of the inputs would get a summary of eight "No data": say how to connect it instead.
  const unconnected = noInputsRefusal(snapshot, request.input, request.uiLang);
  if (unconnected) return { ...done([], 2), failure: unconnected };
  if (!run.plan) return done(conflictMessages(run), 2);
  if (!request.inPlace && !request.force && (await fileState(target)) !== null && !(await isEarlierOutput(target, snapshot))) {
    throw new CliFailure("out.exists", { file: request.target ?? target, input });
  }
  const writer = await loadWriter();
  const locked = writer.protectionRefusal(pkg, run.plan);
  if (locked) return { ...done([], 2), failure: protectionMessage(locked, input) };
  let written: ApplyOutcome;
  try {
    written = applyOrRefuse(writer, pkg, run.plan);
  } catch (error) {
    if (!(error instanceof writer.WriteRefusal)) throw error;
    const header: FileMessage = {
      key: "refuse.header",
      params: { file: input, reason: cliText(run.language, refusalMessage(error).key, refusalMessage(error).params) },
    };
    // The requested file is not written (SPEC: exit 2), even when the separate report is.
    try {
      return done([header, ...(await writeReport(snapshot, request, target))], 2);
    } catch (failure) {
      if (failure instanceof ReportConflicts) return done([header, ...failure.messages], 2);
      throw failure;
    }
  }
  await saveChecked(pkg, written, target, request.now, expected);
  return done([{ key: "file.written", params: { file: request.inPlace ? request.input : (request.target ?? target) } }]);
}

/** Refused as Excel (and so the add-in) refuses: a protected sheet's cells, a locked structure's new sheets. */
function protectionMessage(refusal: ProtectionRefusal, file: string): FileMessage {
  if (refusal.code === "structureLocked") return { key: "protect.structure", params: { file, sheets: refusal.sheets.join(", ") } };
  return { key: "protect.sheet", params: { file, cell: refusal.cell, sheet: refusal.sheet } };
}

/** Evaluates one workbook; resolves to its result and never throws for the user's mistakes. */
export async function evaluateFile(request: EvaluateRequest): Promise<EvaluateResult> {
  const fail = (failure: FileMessage): EvaluateResult => ({ exitCode: 2, language: request.uiLang, messages: [], failure });
  try {
    if (!request.inPlace) {
      const refused = request.target === null ? null : await outPathRefusal(request.target);
      if (refused) return fail(refused);
      const target = request.target === null ? null : await realTarget(request.target);
      if (target !== null) await assertWritable(target);
      return await evaluateAndWrite(request, request.input, target);
    }
    // In place: the file a symlink points at is the one updated; the link stays a link.
    const real = await realTarget(request.input);
    await assertWritable(real);
    return await withFileLock(real, () => evaluateAndWrite(request, real, real), request.lockWaitMs);
  } catch (error) {
    if (error instanceof LockBlocked)
      return fail({ key: "lock.blocked", params: { file: error.file, lock: error.lock, pid: error.pid ?? "?" } });
    if (error instanceof FileRefusal) return fail({ key: error.key, params: { file: error.file } });
    if (error instanceof CliFailure) return fail({ key: error.key, params: error.params });
    if (error instanceof UnreadableFile) {
      const reason = error.reasonKey === null ? (error.detail ?? "") : cliText(request.uiLang, error.reasonKey, error.params);
      return fail({ key: "file.cannotRead", params: { file: request.input, reason } });
    }
    // The lock or the temporary file could not be created beside the workbook (permissions, full disk).
    if (isSystemError(error)) return fail(writeFailure(error, request.inPlace ? request.input : (request.target ?? request.input)));
    throw error;
  }
}

export const displayName = (file: string): string => path.relative(process.cwd(), file) || file;
