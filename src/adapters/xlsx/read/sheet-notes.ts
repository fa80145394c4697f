/**
 * The notes (legacy comments) of one worksheet, read from its comments part: where each is,
 * who wrote it, its words. The add-in reads them on its own summary sheet, whose page it
 * rewrites: the core carries the notes on that page into the page's Notes box, and the writer
 * keeps the others where they are.
 */
import { parseA1 } from "../../../core/address";
import type { CellNote } from "../../../core/cells";
import { relsPathOf, resolveTarget, type XlsxPackage } from "../package";
import { attribute, child, children, parseTree, readRelationships, type XmlElement } from "./xml";

/** The text of a `<text>` element: plain `<t>` or the runs' `<t>`, phonetic guides left out. */
function words(body: XmlElement | undefined): string {
  if (!body) return "";
  const plain = children(body, "t").map((t) => t.text);
  const runs = children(body, "r").flatMap((r) => children(r, "t").map((t) => t.text));
  return [...plain, ...runs].join("");
}

export function readSheetNotes(pkg: XlsxPackage, sheetPart: string): CellNote[] {
  const rel = readRelationships(pkg, relsPathOf(sheetPart)).find((r) => r.kind === "comments" && !r.external);
  if (!rel) return [];
  const path = resolveTarget(sheetPart, rel.target);
  let root: XmlElement | undefined;
  try {
    root = parseTree(pkg, path);
  } catch {
    // Notes Excel could not show either: none to carry (the sheet's cells are read as usual).
    return [];
  }
  if (!root) return [];
  const authorsEl = child(root, "authors");
  const authors = authorsEl ? children(authorsEl, "author").map((a) => a.text) : [];
  const list = child(root, "commentList");
  return (list ? children(list, "comment") : []).flatMap((comment) => {
    const at = parseA1(attribute(comment, "ref") ?? "");
    if (!at) return [];
    return [
      { row: at.row, col: at.col, author: authors[Number(attribute(comment, "authorId"))] ?? "", text: words(child(comment, "text")) },
    ];
  });
}
