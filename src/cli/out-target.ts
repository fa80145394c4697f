/**
 * What `--out` may replace (SPEC, Command line): a new file, an earlier output of the same
 * workbook, or anything with `--force`. An earlier output carries the add-in's ownership marks,
 * and every sheet in it that the add-in does not own is a sheet of the input (so replacing it
 * loses no sheet the user added there). A dangling symlink is refused, never replaced: writing
 * through it would create a file wherever the link happens to point.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { OWNERSHIP_NAMES } from "../core/plan/types";
import type { WorkbookSnapshot } from "../core/cells";
import { XlsxPackage } from "../adapters/xlsx/package";
import { readSnapshot } from "../adapters/xlsx/read";
import { hasUndecodableBytes, readRegularFile, specialKind } from "./safe-read";
import type { Said } from "./write-errors";

/** Refusals that need no reading: a name that cannot be written as typed, a dangling link, a special file. */
export async function outPathRefusal(out: string): Promise<Said | null> {
  if (hasUndecodableBytes(path.basename(out))) return { key: "out.nameNotUtf8", params: { file: out } };
  const link = await fs.lstat(out).catch(() => null);
  if (link === null) return null;
  if (link.isSymbolicLink() && (await fs.stat(out).catch(() => null)) === null) {
    const target = await fs.readlink(out).catch(() => "?");
    return { key: "out.danglingLink", params: { file: out, link: target } };
  }
  return (await specialKind(out)) === null ? null : { key: "out.notRegular", params: { file: out } };
}

/** The sheets the add-in owns in `snapshot`, from its ownership names. */
function ownedSheets(snapshot: WorkbookSnapshot): string[] {
  return [OWNERSHIP_NAMES.summary, OWNERSHIP_NAMES.log].flatMap((name) => {
    const mark = snapshot.names[name];
    return mark?.kind === "range" ? [mark.range.sheet] : [];
  });
}

/** Whether `snapshot` is a workbook the add-in wrote into (both marks present). */
export function carriesOurMarks(snapshot: WorkbookSnapshot): boolean {
  return ownedSheets(snapshot).length === 2;
}

/** Whether the existing file `out` is an earlier output of the workbook read as `input`. */
export async function isEarlierOutput(out: string, input: WorkbookSnapshot): Promise<boolean> {
  try {
    const existing = readSnapshot(XlsxPackage.open(await readRegularFile(out)), [OWNERSHIP_NAMES.summary, OWNERSHIP_NAMES.log]);
    if (!carriesOurMarks(existing)) return false;
    const fold = (name: string) => name.toLowerCase();
    const ours = new Set(ownedSheets(existing).map(fold));
    const inputs = new Set(input.sheets.map((s) => fold(s.name)));
    return existing.sheets.every((s) => ours.has(fold(s.name)) || inputs.has(fold(s.name)));
  } catch {
    // Unreadable, damaged, not a workbook: certainly not an output of ours.
    return false;
  }
}
