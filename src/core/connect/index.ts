/** Connecting a workbook's own cells to the inputs: the contract's shapes, the states, the checks. */
export { CONTRACT_INPUTS, contractInput, type ContractInput, type InputShape } from "./contract";
export {
  checkCandidate,
  connectedRanges,
  type Candidate,
  type ConnectedRange,
  type ShapeCheck,
  type ShapeCode,
  type ShapeNote,
} from "./shape";
export { inputStates, hasNoInputs, definesNoInput, readSummaryParams, type InputState, type ReadSummary } from "./states";
export { stateText, shapeText } from "./words";
