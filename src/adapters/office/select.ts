/**
 * Selecting a cell for the pane's "go to" links: apart from the evaluation (./evaluate) so that
 * the pane's first screen does not carry the engine.
 */
import { splitAddress } from "./addresses";
import { toAdapterError } from "./errors";

/** "Go to cell": activates the sheet and selects `'Budget 2026'!B7` (or a range). One sync. */
export async function selectAddress(context: Excel.RequestContext, address: string): Promise<void> {
  const { sheet, ref } = splitAddress(address);
  const worksheet = sheet === null ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(ref).select();
  try {
    await context.sync();
  } catch (error) {
    throw toAdapterError(error);
  }
}
