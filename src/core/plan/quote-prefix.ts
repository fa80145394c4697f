/**
 * Text the add-in writes that starts like a formula (`=`, `+`, `-`, `@`: a service name pasted
 * from elsewhere, a negative margin in words, evidence quoted from an e-mail) is stored as text
 * already, but a spreadsheet that exports it to CSV, or a user who edits and confirms the cell,
 * would turn it into a formula. Excel marks such text with its apostrophe (`quotePrefix`): every
 * such cell of the plan gets a style that carries it, decided here once for both adapters.
 */
import type { CellStyle, PlanCell, WritePlan } from "./types";

const FORMULA_START = /^[=+\-@]/;

export function needsQuotePrefix(value: unknown): boolean {
  return typeof value === "string" && FORMULA_START.test(value);
}

/** The plan with a quote-prefix variant of the style of every text cell that needs one. */
export function withQuotePrefixes(plan: WritePlan): WritePlan {
  const styles: Record<string, CellStyle> = { ...plan.styles };
  const quoted = (key: string | undefined): string => {
    const name = `${key ?? ""}+quotePrefix`;
    styles[name] ??= { ...(key === undefined ? {} : plan.styles[key]), quotePrefix: true };
    return name;
  };
  let changed = false;
  const sheets = plan.sheets.map((sheet) => {
    if (!sheet.cells.some((c) => c.formula === undefined && needsQuotePrefix(c.value))) return sheet;
    changed = true;
    const cells: PlanCell[] = sheet.cells.map((c) =>
      c.formula === undefined && needsQuotePrefix(c.value) ? { ...c, style: quoted(c.style) } : c,
    );
    return { ...sheet, cells };
  });
  return changed ? { ...plan, styles, sheets } : plan;
}
