/**
 * Writing a user's file without ever leaving it half-written, replaced by a different kind of
 * file, or losing another run's changes: temporary file beside the target, fsync, rename; the
 * target's mode kept; symlinks followed to the file they point at; read-only files refused; a
 * lock file so that two runs on the same workbook take turns.
 */
import { constants, promises as fs } from "fs";
import * as path from "path";
import { removeOnExit } from "./cleanup";
import { processExists } from "./process-info";

export { withFileLock, LockBlocked } from "./locks";

/** A file-system refusal already put into words by the caller (catalogue key). */
export class FileRefusal extends Error {
  constructor(
    readonly key: "file.readOnly" | "file.locked" | "file.changedMeanwhile",
    readonly file: string,
  ) {
    super(`${key}: ${file}`);
    this.name = "FileRefusal";
  }
}

/** The file a path names once symlinks are followed (the path itself when it does not exist yet). */
export async function realTarget(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    // A new file: resolve its folder, so `--out link-dir/new.xlsx` lands where the link points.
    const dir = await fs.realpath(path.dirname(file)).catch(() => path.dirname(path.resolve(file)));
    return path.join(dir, path.basename(file));
  }
}

/**
 * Refuses a file the user marked read-only: writing around it by rename would defeat the mark.
 * The mode bits are checked as well as access, because root may write anything.
 */
export async function assertWritable(file: string): Promise<void> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) return;
  const writable =
    (stat.mode & 0o222) !== 0 &&
    (await fs.access(file, constants.W_OK).then(
      () => true,
      () => false,
    ));
  if (!writable) throw new FileRefusal("file.readOnly", file);
}

/** What identifies a file's content between reading it and replacing it. */
export interface FileState {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
}

export async function fileState(file: string): Promise<FileState | null> {
  const stat = await fs.stat(file).catch(() => null);
  return stat && { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino };
}

const sameState = (a: FileState | null, b: FileState | null): boolean =>
  a === b || (a !== null && b !== null && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino);

/**
 * Replaces `target` with `data` atomically. `expected` is the target's state when it was read:
 * if anything else changed the file since (Excel saving it, another tool), nothing is written.
 */
export async function writeAtomically(target: string, data: Buffer, expected?: FileState | null): Promise<void> {
  const existing = await fs.stat(target).catch(() => null);
  // A new file gets the default mode the umask allows, as any program creating it would.
  const mode = existing ? existing.mode & 0o7777 : 0o666 & ~process.umask();
  await removeLeftTemps(target);
  const temp = tempPath(target, process.pid);
  const release = removeOnExit(temp);
  try {
    const handle = await fs.open(temp, "wx", mode);
    try {
      await handle.writeFile(data);
      await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (expected !== undefined && !sameState(expected, await fileState(target))) throw new FileRefusal("file.changedMeanwhile", target);
    await fs.rename(temp, target);
  } catch (error) {
    // A full disk leaves a partial temporary file: it goes, or the error says it is still there.
    const removed = await fs.rm(temp, { force: true }).then(
      () => true,
      () => false,
    );
    throw removed ? error : new WriteFailure(error as NodeJS.ErrnoException, target, temp);
  } finally {
    release();
  }
  // The rename itself is durable only once the folder is synced (not possible on every platform).
  const dir = await fs.open(path.dirname(target), "r").catch(() => null);
  if (dir) {
    await dir.sync().catch(() => undefined);
    await dir.close();
  }
}

/** A write that failed and left its temporary file behind (it could not be removed either). */
export class WriteFailure extends Error {
  constructor(
    readonly cause: NodeJS.ErrnoException,
    readonly file: string,
    readonly leftover: string,
  ) {
    super(cause.message);
    this.name = "WriteFailure";
  }
}

function tempPath(target: string, pid: number): string {
  return path.join(path.dirname(target), `.~${path.basename(target)}.${pid}.tmp`);
}

/** Temporary files of earlier runs on `target` that were killed (SIGKILL, power cut) mid-write. */
async function removeLeftTemps(target: string): Promise<void> {
  const prefix = `.~${path.basename(target)}.`;
  const names = await fs.readdir(path.dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = Number(name.slice(prefix.length, -".tmp".length));
    if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && !processExists(pid)) {
      await fs.rm(path.join(path.dirname(target), name), { force: true }).catch(() => undefined);
    }
  }
}
