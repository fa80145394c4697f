/** Number format code per cell style index (`<c s="3">`), from `styles.xml`. */
import type { XlsxPackage } from "../package";
import { localName, scanPart } from "./xml";

/** Built-in formats every locale shares (ECMA-376 Part 1, 18.8.30); the others are locale-dependent. */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export interface CellFormats {
  /** The format code of style index `s` (`General` when unknown). */
  format(styleIndex: number): string;
}

/** Reads `numFmts` and `cellXfs`; a package without styles formats every cell as General. */
export function readCellFormats(pkg: XlsxPackage, stylesPart: string | undefined): CellFormats {
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  if (stylesPart) {
    let inCellXfs = false;
    let depth = 0;
    scanPart(pkg, stylesPart, {
      open(tag) {
        const name = localName(tag.name);
        if (name === "numFmt") {
          const id = Number(tag.attributes.numFmtId);
          if (Number.isInteger(id)) custom.set(id, String(tag.attributes.formatCode ?? ""));
        } else if (name === "cellXfs") {
          inCellXfs = true;
          depth = 0;
        } else if (inCellXfs) {
          // Only the `xf` children of cellXfs, not their `alignment`/`protection` children.
          if (depth === 0 && name === "xf") xfFormatIds.push(Number(tag.attributes.numFmtId ?? 0) || 0);
          depth++; // saxes closes self-closing tags too
        }
      },
      close(name) {
        if (!inCellXfs) return;
        if (depth === 0) inCellXfs = localName(name) !== "cellXfs";
        else depth--;
      },
      text() {},
    });
  }
  const codes = xfFormatIds.map((id) => custom.get(id) ?? BUILT_IN_FORMATS[id] ?? "General");
  return { format: (styleIndex) => codes[styleIndex] ?? "General" };
}
