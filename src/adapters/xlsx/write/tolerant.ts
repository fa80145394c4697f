/**
 * Parts the writer reads but need not edit, or may drop: one that is damaged is left alone (or
 * dropped where Excel rebuilds it) instead of failing the whole write. Parts the writer must edit
 * are refused with a reason by the callers (`XmlPartError`, `PackageError`).
 */
import type { Document } from "@xmldom/xmldom";
import { PackageError, relsPathOf, type XlsxPackage } from "../package";
import { readRelationships, type Relationship } from "../read/xml";
import { parseXml, XmlPartError } from "./dom";

/** The part's tree, or null when it is not well-formed. */
export function parseOrNull(text: string, part: string): Document | null {
  try {
    return parseXml(text, part);
  } catch (error) {
    if (error instanceof XmlPartError) return null;
    throw error;
  }
}

/**
 * A part's relationships, or none when its `.rels` cannot be read: the writer looks through
 * every part's relationships only to learn who refers to the sheets it replaces, and an
 * unrelated damaged `.rels` (untouched, copied as it is) must not stop that.
 */
export function relationshipsOrNone(pkg: XlsxPackage, sourcePart: string): Relationship[] {
  try {
    return readRelationships(pkg, relsPathOf(sourcePart));
  } catch (error) {
    if (error instanceof PackageError) return [];
    throw error;
  }
}

/** `make()` or null when the part it reads is not well-formed. */
export function appPropertiesOrNull<T>(make: () => T): T | null {
  try {
    return make();
  } catch (error) {
    if (error instanceof XmlPartError || error instanceof PackageError) return null;
    throw error;
  }
}
