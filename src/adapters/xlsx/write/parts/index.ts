/**
 * Parts a sheet may own besides its worksheet part, as XML text: pure functions, no package
 * access. The package writer adds them with the relationship and content types of `../ooxml`.
 */
export { chartPartXml, type ChartPartOptions } from "./chart";
export { drawingPartXml, type DrawingPartOptions } from "./drawing";
export { commentsPartXml, vmlDrawingXml, vmlIdBlocks, type NoteBox, type NoteText, type VmlDrawingOptions } from "./comments";
export { tablePartXml, tableProblems, type TableProblem } from "./table";
