/**
 * A failed write of the user's file, put into words: each system error code that a user can act
 * on gets its own sentence (no permission in the folder, a full or read-only disk), and every
 * sentence that says "nothing was written" is true: the temporary file is gone, or named.
 */
import * as path from "path";
import type { CliKey } from "../core/i18n/cli-catalogue";
import { FileRefusal, LockBlocked, WriteFailure } from "./files";

export interface Said {
  readonly key: CliKey;
  readonly params: Readonly<Record<string, string | number>>;
}

const KEY_BY_CODE: Readonly<Record<string, CliKey>> = {
  EACCES: "write.noPermission",
  EPERM: "write.noPermission",
  ENOSPC: "write.diskFull",
  EDQUOT: "write.diskFull",
  EROFS: "write.readOnlyDisk",
  EFBIG: "write.tooLarge",
};

/** Whether `error` is a system error (it has an errno code), not one of ours. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === "string" &&
    typeof (error as NodeJS.ErrnoException).syscall === "string"
  );
}

export function writeFailure(error: unknown, file: string): Said {
  if (error instanceof WriteFailure) {
    return { key: "write.leftover", params: { file, reason: error.cause.code ?? error.message, temp: error.leftover } };
  }
  const code = isSystemError(error) ? (error.code ?? "") : "";
  const reason = code || (error as Error).message;
  const key = KEY_BY_CODE[code];
  if (key) return { key, params: { file, folder: path.dirname(file), reason } };
  return { key: "file.cannotWrite", params: { file, reason: (error as Error).message } };
}

/** A file-system failure from any command (evaluate, template, connect) in words; null for our own defects. */
export function fileFailureWords(error: unknown): Said | null {
  if (error instanceof LockBlocked) return { key: "lock.blocked", params: { file: error.file, lock: error.lock, pid: error.pid ?? "?" } };
  if (error instanceof FileRefusal) return { key: error.key, params: { file: error.file } };
  if (error instanceof WriteFailure) return writeFailure(error, error.file);
  if (isSystemError(error) && error.path !== undefined) return writeFailure(error, error.path);
  return null;
}
