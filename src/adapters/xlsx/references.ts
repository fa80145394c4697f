/** Defined-name formulas as Excel stores them: the core's one implementation. */
export { parseReference, parseArea, MAX_ROWS, MAX_COLS, type SheetArea, type ParsedReference } from "../../core/address";
