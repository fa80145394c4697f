/**
 * Issue 16, --in-place when the disk says no, through the compiled bin: a folder the user may not
 * create files in (once "Unexpected error" from the lock's EACCES), and a write cut short (the
 * file-size limit stands in for a full disk: the same partial temporary file, a different errno).
 * Afterwards no temporary file or lock is left, and the next run works.
 */
import { spawn } from "child_process";
import { chmodSync, chownSync, copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "fs";
import * as path from "path";
import { BIN, PACKAGES, buildBin, collected, makeTempDir, oneLine, runBin, type Run } from "../support/cli-run";

const tmp = makeTempDir("mvsp-write-fail-");
beforeAll(() => {
  buildBin();
  // Another user (below) must reach the files.
  chmodSync(tmp.dir, 0o755);
}, 180000);
afterAll(() => tmp.cleanup());

function runAs(options: { uid?: number; gid?: number; shell?: string }, ...argv: string[]): Promise<Run> {
  const [command, args] = options.shell ? ["sh", ["-c", `${options.shell}; exec node "$@"`, "sh", BIN, ...argv]] : ["node", [BIN, ...argv]];
  return collected(
    spawn(command as string, args as string[], {
      env: { ...process.env, LANG: "en_GB.UTF-8", LC_ALL: "", COLUMNS: "" },
      ...(options.uid !== undefined && { uid: options.uid, gid: options.gid }),
    }),
  );
}

const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.startsWith(".~"));

it("--in-place in a folder where no file may be created: a clear sentence naming the folder, exit 2", async () => {
  const folder = tmp.file("read-only-folder");
  mkdirSync(folder);
  const book = path.join(folder, "book.xlsx");
  copyFileSync(path.join(PACKAGES, "base.xlsx"), book);
  chmodSync(book, 0o666);
  chmodSync(folder, 0o555);
  // Root may create files anywhere: the run is made as `nobody`, who may write the file but not the folder.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  if (process.getuid?.() !== 0) chownSync(folder, process.getuid!(), process.getgid!());
  const before = readFileSync(book);
  const result = await runAs(asUser, "evaluate", book, "--in-place", "--date", "2026-09-30");
  expect(result.code).toBe(2);
  expect(oneLine(result.stderr)).toContain(`Could not write ${book}: the folder ${folder} does not let you create files (EACCES)`);
  expect(result.stderr).not.toMatch(/Unexpected error|\n\s+at /);
  expect(readFileSync(book).equals(before)).toBe(true);
  expect(leftovers(folder)).toEqual([]);
  chmodSync(folder, 0o755);
}, 60000);

it("a write cut short (file-size limit, like a full disk): temporary file and lock removed, the message true, the next run works", async () => {
  const folder = tmp.file("small-disk");
  mkdirSync(folder);
  const book = path.join(folder, "book.xlsx");
  copyFileSync(path.join(PACKAGES, "base.xlsx"), book);
  // What a run killed mid-write (SIGKILL) leaves: a temporary file of a process that is gone.
  writeFileSync(path.join(folder, ".~book.xlsx.999999999.tmp"), "partial");
  const before = readFileSync(book);
  // 16 blocks of 512 bytes: the lock fits, the evaluated workbook does not. SIGXFSZ is ignored so that write() fails with EFBIG.
  const cut = await runAs({ shell: "trap '' XFSZ; ulimit -f 16" }, "evaluate", book, "--in-place", "--date", "2026-09-30");
  expect(cut.code).toBe(2);
  expect(oneLine(cut.stderr)).toContain(
    `Could not write ${book}: the file would be larger than this disk or your account allows (EFBIG). Nothing was written, and the temporary file was removed.`,
  );
  expect(readFileSync(book).equals(before)).toBe(true);
  expect(leftovers(folder)).toEqual([]);
  const next = await runBin("evaluate", book, "--in-place", "--date", "2026-09-30");
  expect(next.code).toBe(0);
  expect(leftovers(folder)).toEqual([]);
}, 60000);
