/** `Excel.run` as every face should call it. */
import { API, officeApiSupport, type ApiSupport } from "./support";

/**
 * With ExcelApi 1.11 the batch waits while the user is typing in a cell (`delayForCellEdit`)
 * instead of failing; older hosts fail it, and the failure is reported as cell-edit mode.
 */
export function runInExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>, support: ApiSupport = officeApiSupport()): Promise<T> {
  return support(API.delayForCellEdit) ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch);
}
