/**
 * Writing a user's file without ever leaving it half-written, replaced by a different kind of
 * file, or losing another run's changes: temporary file beside the target, fsync, rename; the
 * target's mode kept; symlinks followed to the file they point at; read-only files refused; a
 * lock file so that two runs on the same workbook take turns.
 */
import { constants, promises as fs } from "fs";
import * as path from "path";

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
  const writable = (stat.mode & 0o222) !== 0 && (await fs.access(file, constants.W_OK).then(() => true, () => false));
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

function lockPath(file: string): string {
  return path.join(path.dirname(file), `.~${path.basename(file)}.mvsp-lock`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Runs `work` holding the workbook's lock. Another run of this command on the same file waits
 * (up to `waitMs`) rather than reading a state that is about to be replaced; a lock left by a
 * process that no longer exists is taken over.
 */
export async function withFileLock<T>(file: string, work: () => Promise<T>, waitMs = 30000): Promise<T> {
  const lock = lockPath(file);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const handle = await fs.open(lock, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number((await fs.readFile(lock, "utf8").catch(() => "")).trim());
      if (Number.isInteger(holder) && holder > 0 && !processAlive(holder)) {
        await fs.rm(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new FileRefusal("file.locked", file);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await work();
  } finally {
    await fs.rm(lock, { force: true });
  }
}

/**
 * Replaces `target` with `data` atomically. `expected` is the target's state when it was read:
 * if anything else changed the file since (Excel saving it, another tool), nothing is written.
 */
export async function writeAtomically(target: string, data: Buffer, expected?: FileState | null): Promise<void> {
  const existing = await fs.stat(target).catch(() => null);
  // A new file gets the default mode the umask allows, as any program creating it would.
  const mode = existing ? existing.mode & 0o7777 : 0o666 & ~process.umask();
  const temp = path.join(path.dirname(target), `.~${path.basename(target)}.${process.pid}.tmp`);
  const handle = await fs.open(temp, "wx", mode);
  try {
    await handle.writeFile(data);
    await handle.chmod(mode);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (expected !== undefined && !sameState(expected, await fileState(target))) throw new FileRefusal("file.changedMeanwhile", target);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  // The rename itself is durable only once the folder is synced (not possible on every platform).
  const dir = await fs.open(path.dirname(target), "r").catch(() => null);
  if (dir) {
    await dir.sync().catch(() => undefined);
    await dir.close();
  }
}
