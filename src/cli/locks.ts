/**
 * The lock that makes two runs on one workbook take turns, built so that it can never wedge the
 * workbook: created atomically with its content (written to a file of our own, then hard-linked
 * into place, which fails if a lock exists), it names its owner by PID, start time and boot, and
 * is broken when that process is gone, when the PID now belongs to a process started after the
 * lock, or when it holds no owner at all (empty or garbage, once it is old enough not to be a lock
 * being written by an older version of this command). Breaking goes through a second lock, so
 * that two runs seeing the same stale lock cannot delete each other's fresh one.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { bootId, processExists, runsNode, startTicks, startedAtMs } from "./process-info";
import { removeOnExit } from "./cleanup";

export function lockPath(file: string): string {
  return path.join(path.dirname(file), `.~${path.basename(file)}.mvsp-lock`);
}

/** A lock that blocks: the workbook, the lock file (so the user can find it) and its owner. */
export class LockBlocked extends Error {
  readonly key = "file.locked";
  constructor(
    readonly file: string,
    readonly lock: string,
    readonly pid: number | null,
  ) {
    super(`locked: ${file}`);
    this.name = "LockBlocked";
  }
}

interface Owner {
  readonly pid: number;
  readonly start: number | null;
  readonly boot: string | null;
}

function me(): Owner {
  return { pid: process.pid, start: startTicks(process.pid), boot: bootId() };
}

/** The owner a lock names; a bare PID is what earlier versions wrote. Null: no owner in it. */
export function parseOwner(text: string): Owner | null {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed), start: null, boot: null };
  try {
    const value = JSON.parse(trimmed) as Partial<Owner>;
    if (!Number.isSafeInteger(value.pid) || (value.pid as number) <= 0) return null;
    const start = Number.isSafeInteger(value.start) ? (value.start as number) : null;
    return { pid: value.pid as number, start, boot: typeof value.boot === "string" ? value.boot : null };
  } catch {
    return null;
  }
}

/** How long a run waits for another run's lock: `MVSP_LOCK_WAIT_SECONDS` (0 … 3600), else 30 s. */
export function lockWaitMs(env: Readonly<Record<string, string | undefined>>): number {
  const seconds = Number(env.MVSP_LOCK_WAIT_SECONDS);
  return env.MVSP_LOCK_WAIT_SECONDS !== undefined && env.MVSP_LOCK_WAIT_SECONDS.trim() !== "" && seconds >= 0 && seconds <= 3600
    ? seconds * 1000
    : 30000;
}

/** A lock with no owner in it younger than this may be one an older version is still writing. */
const OWNERLESS_GRACE_MS = 2000;
/** A breaker older than this was left by a run killed while breaking (which takes milliseconds). */
const BREAKER_STALE_MS = 10000;

/** Whether the process a lock names is certainly not running any more. */
export function ownerGone(owner: Owner, lockMtimeMs: number): boolean {
  if (!processExists(owner.pid)) return true;
  const boot = bootId();
  if (owner.boot !== null && boot !== null && owner.boot !== boot) return true;
  if (owner.start !== null) {
    const start = startTicks(owner.pid);
    return start !== null && start !== owner.start;
  }
  // An earlier version's bare PID: reused if that process started after the lock was written,
  // or if it is not a Node process at all.
  const startedAt = startedAtMs(owner.pid);
  if (startedAt !== null && startedAt > lockMtimeMs + 1000) return true;
  return runsNode(owner.pid) === false;
}

type Seen =
  { readonly kind: "none" } | { readonly kind: "held"; readonly text: string; readonly owner: Owner | null; readonly stale: boolean };

async function inspect(lock: string): Promise<Seen> {
  try {
    const [text, stat] = await Promise.all([fs.readFile(lock, "utf8"), fs.stat(lock)]);
    const owner = parseOwner(text);
    const stale = owner === null ? Date.now() - stat.mtimeMs > OWNERLESS_GRACE_MS : ownerGone(owner, stat.mtimeMs);
    return { kind: "held", text, owner, stale };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "none" };
    throw error;
  }
}

/** Creates the lock with its content in one step; false when another lock is there. */
async function tryCreate(lock: string, content: string): Promise<boolean> {
  const temp = `${lock}.${process.pid}.new`;
  await fs.writeFile(temp, content, { flag: "w" }).catch(async (error) => {
    await fs.rm(temp, { force: true });
    throw error;
  });
  try {
    await fs.link(temp, lock);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    // File systems without hard links (FAT, some shares): exclusive create, then the content.
    if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP" || code === "ENOSYS") return createExclusive(lock, content);
    throw error;
  } finally {
    await fs.rm(temp, { force: true });
  }
}

async function createExclusive(lock: string, content: string): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(lock, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    await handle.writeFile(content);
    await handle.close();
    return true;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(lock, { force: true });
    throw error;
  }
}

/** Removes a stale lock, only if it is still the one judged stale (under the breaker lock). */
async function breakStale(lock: string, judged: string): Promise<void> {
  const breaker = `${lock}.break`;
  try {
    const handle = await fs.open(breaker, "wx");
    await handle.close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const stat = await fs.stat(breaker).catch(() => null);
    if (stat && Date.now() - stat.mtimeMs > BREAKER_STALE_MS) await fs.rm(breaker, { force: true });
    return;
  }
  try {
    const now = await fs.readFile(lock, "utf8").catch(() => null);
    if (now === judged) await fs.rm(lock, { force: true });
  } finally {
    await fs.rm(breaker, { force: true });
  }
}

/**
 * Runs `work` holding the lock of `file`. Another run on the same file waits (up to `waitMs`)
 * rather than reading a state that is about to be replaced; then a `LockBlocked` names the lock.
 */
export async function withFileLock<T>(file: string, work: () => Promise<T>, waitMs = 30000): Promise<T> {
  const lock = lockPath(file);
  const content = JSON.stringify(me());
  const deadline = Date.now() + waitMs;
  let pause = 20;
  while (!(await tryCreate(lock, content))) {
    const seen = await inspect(lock);
    if (seen.kind === "none") continue;
    if (seen.stale) {
      await breakStale(lock, seen.text);
      continue;
    }
    if (Date.now() > deadline) throw new LockBlocked(file, lock, seen.owner?.pid ?? null);
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, 200);
  }
  const release = removeOnExit(lock);
  try {
    return await work();
  } finally {
    // Only our own lock: if it was broken meanwhile (wrongly), the new owner's stays.
    const now = await fs.readFile(lock, "utf8").catch(() => null);
    if (now === content) await fs.rm(lock, { force: true });
    release();
  }
}
