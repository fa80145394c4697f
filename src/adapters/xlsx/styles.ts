/** The plan's cell styles → ExcelJS style properties. Pure translation, no choices of its own. */
import type ExcelJS from "exceljs";
import type { CellStyle } from "../../core/plan/types";

/** `#C6EFCE` → ExcelJS's opaque ARGB `FFC6EFCE`. */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** Only the aspects the plan style sets: the rest of a user's cell formatting stays as it was. */
export function toExcelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.font) {
    const { name, size, bold, italic, underline, color } = style.font;
    out.font = {
      ...(name !== undefined && { name }),
      ...(size !== undefined && { size }),
      ...(bold !== undefined && { bold }),
      ...(italic !== undefined && { italic }),
      ...(underline !== undefined && { underline }),
      ...(color !== undefined && { color: { argb: argb(color) } }),
    };
  }
  if (style.numberFormat !== undefined) out.numFmt = style.numberFormat;
  if (style.horizontal || style.vertical || style.wrap !== undefined || style.indent !== undefined) {
    out.alignment = {
      ...(style.horizontal && { horizontal: style.horizontal }),
      ...(style.vertical && { vertical: style.vertical === "center" ? "middle" : style.vertical }),
      ...(style.wrap !== undefined && { wrapText: style.wrap }),
      ...(style.indent !== undefined && { indent: style.indent }),
    };
  }
  if (style.border) {
    const line: Partial<ExcelJS.Border> = { style: style.border.weight ?? "thin", color: { argb: argb(style.border.color) } };
    out.border = Object.fromEntries(style.border.edges.map((edge) => [edge, line]));
  }
  if (style.locked !== undefined) out.protection = { locked: style.locked };
  return out;
}

/**
 * Applies a style to one cell. ExcelJS shares one style object among all cells loaded with the
 * same format, so the cell gets a fresh object rather than a mutation that would leak to others.
 */
export function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined): void {
  if (!style) return;
  cell.style = { ...cell.style, ...toExcelStyle(style) };
}
