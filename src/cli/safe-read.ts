/**
 * Reading the user's workbook as a regular file only. The path is opened first (following
 * symlinks) and the opened file is checked, so a link cannot be swapped in between: a FIFO
 * (opened non-blocking, so a pipe with no writer cannot block), a device such as /dev/zero (which
 * never ends), a folder or a socket is refused at once instead of being read forever.
 */
import { constants, promises as fs, type Stats } from "fs";

export type SpecialKind = "fifo" | "device" | "directory" | "other";

export class NotRegularFile extends Error {
  constructor(readonly kind: SpecialKind) {
    super(`not a regular file: ${kind}`);
    this.name = "NotRegularFile";
  }
}

/** Larger than any workbook this command reads (the package reader stops at 1 GB uncompressed). */
export class FileTooLarge extends Error {}
export const MAX_FILE_BYTES = 1024 ** 3;

function kindOf(stat: Stats): SpecialKind {
  if (stat.isFIFO()) return "fifo";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "device";
  if (stat.isDirectory()) return "directory";
  return "other";
}

/** The kind of special file `file` is (symlinks followed); null for a regular file or no file. */
export async function specialKind(file: string): Promise<SpecialKind | null> {
  const stat = await fs.stat(file).catch(() => null);
  return stat === null || stat.isFile() ? null : kindOf(stat);
}

export async function readRegularFile(file: string): Promise<Buffer> {
  // O_NOCTTY: opening a terminal device must not make it this process's controlling terminal.
  const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new NotRegularFile(kindOf(stat));
    if (stat.size > MAX_FILE_BYTES) throw new FileTooLarge();
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * Node decodes the command line as UTF-8 and puts U+FFFD where the bytes were not: such a name
 * can no longer reach the file the user meant, so it is said, never taken for another name.
 */
export const hasUndecodableBytes = (name: string): boolean => name.includes("\ufffd");
