import { drawingPartXml } from "../../src/adapters/xlsx/write/parts";
import { elementChildren, expectSchemaOrder, NS, only, parseXml, path } from "./parts-support";

const X = NS.xdr;

function anchorOf(xml: string) {
  const root = parseXml(xml).documentElement!;
  expect(root.namespaceURI).toBe(X);
  expect(root.localName).toBe("wsDr");
  const anchors = elementChildren(root);
  expect(anchors.map((a) => a.localName)).toEqual(["twoCellAnchor"]);
  return anchors[0];
}

const corner = (anchor: ReturnType<typeof anchorOf>, name: string) =>
  ["col", "colOff", "row", "rowOff"].map((field) => Number(path(anchor, X, name, field).textContent));

describe("drawingPartXml", () => {
  const anchor = anchorOf(
    drawingPartXml({ row: 5, col: 10, rows: 18, cols: 2 }, "rId7", { name: "History & <trend>", description: 'Met "count" by quarter' }),
  );

  it("covers exactly the anchor block: from its top-left cell to the cell just past it", () => {
    expect(corner(anchor, "from")).toEqual([10, 0, 5, 0]);
    expect(corner(anchor, "to")).toEqual([12, 0, 23, 0]);
  });

  it("holds a graphic frame whose chart points at the relationship, in the relationships namespace", () => {
    const data = path(anchor, X, "graphicFrame");
    const graphicData = path(data, NS.a, "graphic", "graphicData");
    expect(graphicData.getAttribute("uri")).toBe(NS.chart);
    const chart = only(graphicData, NS.chart, "chart");
    expect(chart.getAttributeNS(NS.rel, "id")).toBe("rId7");
  });

  it("names the shape and gives it alternative text, escaped", () => {
    const properties = path(anchor, X, "graphicFrame", "nvGraphicFramePr", "cNvPr");
    expect(properties.getAttribute("name")).toBe("History & <trend>");
    expect(properties.getAttribute("descr")).toBe('Met "count" by quarter');
    expect(Number(properties.getAttribute("id"))).toBeGreaterThan(0);
  });

  it("puts the anchor's and the frame's children in ECMA-376 order, with client data last", () => {
    expectSchemaOrder(anchor, ["from", "to", "sp", "grpSp", "graphicFrame", "cxnSp", "pic", "contentPart", "clientData"]);
    expect(elementChildren(anchor).map((e) => e.localName)).toEqual(["from", "to", "graphicFrame", "clientData"]);
    expectSchemaOrder(path(anchor, X, "graphicFrame"), ["nvGraphicFramePr", "xfrm", "graphic"]);
  });

  it("refuses an empty block", () => {
    expect(() => drawingPartXml({ row: 0, col: 0, rows: 0, cols: 3 }, "rId1")).toThrow(RangeError);
    expect(() => drawingPartXml({ row: -1, col: 0, rows: 2, cols: 3 }, "rId1")).toThrow(RangeError);
  });
});
