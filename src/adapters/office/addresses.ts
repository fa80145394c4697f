/** A1 addresses as Office.js takes and gives them: the core's one implementation. */
export { rectA1 as rectAddress, columnLetters, splitAddress, isMultiAreaFormula } from "../../core/address";
