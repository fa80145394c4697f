/** The defined names the reader looks up. */
import { INPUT } from "./input-names";
import { INDICATORS } from "../indicators";

export { INPUT, type InputName } from "./input-names";

/** Every input name of the workbook contract, in the order problems are listed. */
export const INPUT_NAMES: readonly string[] = Object.values(INPUT);

/** `Status_<id>`: the optional cells that receive each indicator's status. */
export const STATUS_NAMES: readonly string[] = INDICATORS.map((indicator) => `Status_${indicator.id}`);
