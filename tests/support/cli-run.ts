/** Shared by the package-*.test.ts files: the CLI in-process, with the CliIo of cli.test.ts. */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main, type CliIo } from "../../src/cli/main";

export const ROOT = path.join(__dirname, "..", "..");
export const PACKAGES = path.join(ROOT, "tests", "fixtures", "packages");
export const GENERATOR = path.join(ROOT, "tests", "fixtures", "make-package-fixtures.py");
export const BIN = path.join(ROOT, "lib", "cli", "main.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => (stdout += `${text}\n`),
    stderr: (text) => (stderr += `${text}\n`),
    env: { LANG: "en_GB.UTF-8" },
    now: () => new Date(2026, 9, 5, 14, 30),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Killed after this long, so that a hang fails its test within jest's 60 s instead of blocking it. */
export const BIN_TIMEOUT_MS = 55000;

/**
 * The compiled bin in a child process: for file modes, symlinks, concurrent runs, and inputs
 * that once hung or exhausted the heap (an in-process hang would block jest's own timeout).
 */
export function runBin(...argv: string[]): Promise<Run> {
  return runNode([], argv);
}

/**
 * The bin with a V8 heap limit (MB): reading only the parts the names need keeps far below
 * it; loading a whole huge package does not. A memory bound instead of a timing one.
 */
export function runBinWithHeap(heapMb: number, ...argv: string[]): Promise<Run> {
  return runNode([`--max-old-space-size=${heapMb}`], argv);
}

function runNode(nodeOptions: string[], argv: string[]): Promise<Run> {
  return collected(
    spawn("node", [...nodeOptions, BIN, ...argv], { env: { ...process.env, LANG: "en_GB.UTF-8", LC_ALL: "", COLUMNS: "" } }),
  );
}

/** A child's exit code and output once it ends; killed (and said so on stderr) after BIN_TIMEOUT_MS. */
export function collected(child: ChildProcessWithoutNullStreams): Promise<Run> {
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => {
      stderr += `\n[killed after ${BIN_TIMEOUT_MS} ms]`;
      child.kill("SIGKILL");
    }, BIN_TIMEOUT_MS);
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds lib/ unless it is newer than every file of src/ (several test files ask for it). */
export function buildBin(): void {
  if (existsSync(BIN) && statSync(BIN).mtimeMs > newestSource(path.join(ROOT, "src"))) return;
  // Other people's files may carry type errors mid-edit; tsc still emits, so only the bin matters.
  spawnSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, encoding: "utf8" });
  if (!existsSync(BIN)) throw new Error("lib/cli/main.js was not built");
}

export interface TempDir {
  readonly dir: string;
  readonly file: (name: string) => string;
  readonly cleanup: () => void;
}

export function makeTempDir(prefix: string): TempDir {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, file: (name) => path.join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fixture copied into dir under another name (the CLI never sees the committed file). */
export function copyFixture(dir: TempDir, fixture: string, as = fixture): string {
  const file = dir.file(as);
  copyFileSync(path.join(PACKAGES, fixture), file);
  return file;
}

/** Runs the fixture generator in a mode that writes a file too big to commit. */
export function generate(mode: "bomb" | "million-rows", out: string): void {
  const result = spawnSync("/usr/bin/python3", [GENERATOR, mode, out], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`generator ${mode} failed: ${result.stderr}`);
}

/** Output with its wrapping undone: the CLI wraps messages at 80 columns, where depends on the paths in them. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}
