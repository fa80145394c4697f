/** The .xlsx package as a zip: which part is which sheet, and the relationships between parts. */
import type JSZip from "jszip";
import { xmlAttributes } from "./workbook-xml";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part that holds it (`../charts/chart1.xml`). */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const segments = fromPart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== ".") segments.push(segment);
  }
  return segments.join("/");
}

export async function readText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

export async function readRelationships(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await readText(zip, relsPath(part));
  if (!xml) return [];
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)].map((m) => {
    const a = xmlAttributes(m[1]);
    return { id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "", external: a.TargetMode === "External" };
  });
}

export interface SheetPart {
  readonly name: string;
  /** Resolved part path (`xl/worksheets/sheet1.xml`); a chartsheet's lives under `xl/chartsheets/`. */
  readonly part: string;
  readonly kind: "worksheet" | "chartsheet" | "other";
}

/** The workbook's sheets, in tab order, with the part each one lives in. */
export async function readSheetParts(zip: JSZip): Promise<SheetPart[]> {
  const workbook = (await readText(zip, "xl/workbook.xml")) ?? "";
  const rels = await readRelationships(zip, "xl/workbook.xml");
  return [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map((m) => {
    const a = xmlAttributes(m[1]);
    const rel = rels.find((r) => r.id === a["r:id"]);
    const part = rel ? resolveTarget("xl/workbook.xml", rel.target) : "";
    const kind = /\/worksheet$/.test(rel?.type ?? "") ? "worksheet" : /\/chartsheet$/.test(rel?.type ?? "") ? "chartsheet" : "other";
    return { name: a.name ?? "", part, kind };
  });
}
