/** Temp files and raw-package access for the package adapter tests (JSZip: another zip implementation). */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import JSZip from "jszip";
import { promises as fs } from "fs";

export function makeTempDir(prefix = "mvsp-xlsx-"): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, file: (name) => path.join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function zipText(file: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const entry = zip.file(part);
  if (!entry) throw new Error(`${part} not in ${file}`);
  return entry.async("string");
}

/** Rewrites one part of a saved package (to add what a test needs, e.g. constant names). */
export async function editPart(file: string, part: string, edit: (xml: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const xml = await zip.file(part)!.async("string");
  zip.file(part, edit(xml));
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
}

export const FIXTURES = path.join(__dirname, "..", "fixtures");
