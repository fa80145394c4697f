/** The drawing part (`xl/drawings/drawingN.xml`) that places one chart over a block of cells. */
import type { PlanRect } from "../../../../core/plan/types";
import { el, part, text, type Xml } from "../xml";
import { NS } from "../ooxml";

export interface DrawingPartOptions {
  /** The shape's name in Excel's selection pane. */
  readonly name?: string;
  /** Alternative text read by screen readers (the chart's title is a good one). */
  readonly description?: string;
}

/**
 * `anchor` is the block the chart covers: its top-left cell and its size in cells. The chart's
 * relationship (`chartRelId`) belongs to this drawing part's own `.rels`.
 */
export function drawingPartXml(anchor: PlanRect, chartRelId: string, options: DrawingPartOptions = {}): string {
  if (anchor.rows < 1 || anchor.cols < 1) throw new RangeError("a chart anchor needs at least one row and one column");
  const corner = (name: string, row: number, col: number): Xml =>
    el(
      name,
      {},
      el("xdr:col", {}, cellIndex(col)),
      el("xdr:colOff", {}, cellIndex(0)),
      el("xdr:row", {}, cellIndex(row)),
      el("xdr:rowOff", {}, cellIndex(0)),
    );
  const frame = el(
    "xdr:graphicFrame",
    { macro: "" },
    el(
      "xdr:nvGraphicFramePr",
      {},
      el("xdr:cNvPr", { id: 2, name: options.name ?? "Chart 1", descr: options.description }),
      el("xdr:cNvGraphicFramePr", {}, el("a:graphicFrameLocks", { noGrp: 1 })),
    ),
    // The anchor decides the position; Excel ignores this transform inside a cell anchor.
    el("xdr:xfrm", {}, el("a:off", { x: 0, y: 0 }), el("a:ext", { cx: 0, cy: 0 })),
    el("a:graphic", {}, el("a:graphicData", { uri: NS.chart }, el("c:chart", { "xmlns:c": NS.chart, "r:id": chartRelId }))),
  );
  return part(
    el(
      "xdr:wsDr",
      { "xmlns:xdr": NS.spreadsheetDrawing, "xmlns:a": NS.drawingml, "xmlns:r": NS.rel },
      el(
        "xdr:twoCellAnchor",
        {},
        corner("xdr:from", anchor.row, anchor.col),
        // `to` is the cell just past the block, at offset 0: the chart covers exactly the block.
        corner("xdr:to", anchor.row + anchor.rows, anchor.col + anchor.cols),
        frame,
        el("xdr:clientData"),
      ),
    ),
  );
}

function cellIndex(value: number): Xml {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`not a cell index: ${value}`);
  return text(String(value));
}
