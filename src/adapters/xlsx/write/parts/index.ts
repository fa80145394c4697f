/**
 * Parts a sheet may own besides its worksheet part, as XML text: pure functions, no package
 * access. The package writer adds them with the relationships and content types below.
 */
export { chartPartXml, type ChartPartOptions } from "./chart";
export { drawingPartXml, type DrawingPartOptions } from "./drawing";
export { commentsPartXml, vmlDrawingXml, vmlIdBlocks, type NoteBox, type NoteText, type VmlDrawingOptions } from "./comments";
export { tablePartXml, tableProblems, type TableProblem } from "./table";

/** `[Content_Types].xml`: an `<Override>` per part, except VML which takes a `<Default Extension="vml">`. */
export const PART_CONTENT_TYPES = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vmlDrawing: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
} as const;

/**
 * Relationship types. The sheet's `.rels` points at the drawing, the comments, the VML drawing
 * and each table; the drawing's `.rels` points at the chart.
 */
export const PART_RELATIONSHIP_TYPES = {
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
} as const;
