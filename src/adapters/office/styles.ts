/**
 * A plan style → Office.js range format calls. The look is decided in the core plan; this file
 * only spells it in Office.js vocabulary.
 */
import type { CellStyle } from "../../core/plan/types";
import { API, type ApiSupport } from "./support";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const WEIGHT = { thin: "Thin", medium: "Medium" } as const;

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/**
 * Border lines of a block of `rows` × `cols` cells that all carry `edges`: a top or bottom line
 * on every cell is also a line between the block's rows, and left/right between its columns.
 */
export function borderEdges(edges: readonly string[], rows: number, cols: number): Edge[] {
  const result: Edge[] = [];
  if (edges.includes("top")) result.push("EdgeTop");
  if (edges.includes("bottom")) result.push("EdgeBottom");
  if (edges.includes("left")) result.push("EdgeLeft");
  if (edges.includes("right")) result.push("EdgeRight");
  if (rows > 1 && (edges.includes("top") || edges.includes("bottom"))) result.push("InsideHorizontal");
  if (cols > 1 && (edges.includes("left") || edges.includes("right"))) result.push("InsideVertical");
  return result;
}

/** Everything of `style` except the number format, which travels with the values. */
export function applyStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number, support: ApiSupport): void {
  const format = range.format;
  if (style.fill) format.fill.color = style.fill;
  if (style.font) {
    const { name, size, bold, italic, underline, color } = style.font;
    if (name !== undefined) format.font.name = name;
    if (size !== undefined) format.font.size = size;
    if (bold !== undefined) format.font.bold = bold;
    if (italic !== undefined) format.font.italic = italic;
    if (underline !== undefined) format.font.underline = underline ? "Single" : "None";
    if (color !== undefined) format.font.color = color;
  }
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.indent !== undefined && support(API.indentLevel)) format.indentLevel = style.indent;
  if (style.border) {
    for (const edge of borderEdges(style.border.edges, rows, cols)) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = style.border.color;
      border.weight = WEIGHT[style.border.weight ?? "thin"];
    }
  }
  if (style.locked !== undefined) format.protection.locked = style.locked;
}

/**
 * Excel column widths are in characters of the default font's widest digit; Office.js takes
 * points. For 11 pt Calibri (7 px digit, 5 px of padding): px = round(chars × 7 + 5), and
 * 1 px = 0.75 pt at 96 dpi. 10 characters → 75 px → 56.25 pt, which Excel shows back as 10.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round(characters * 7 + 5) * 0.75;
}
