import type { Element } from "@xmldom/xmldom";
import { commentsPartXml, vmlDrawingXml, vmlIdBlocks } from "../../src/adapters/xlsx/write/parts";
import { elementChildren, expectSchemaOrder, NS, only, parseXml, path } from "./parts-support";

const M = NS.main;

function commentList(xml: string): Element {
  const root = parseXml(xml).documentElement!;
  expect(root.namespaceURI).toBe(M);
  expect(root.localName).toBe("comments");
  expectSchemaOrder(root, ["authors", "commentList", "extLst"]);
  return root;
}

const noteText = (comment: Element): string =>
  Array.from(comment.getElementsByTagNameNS(M, "t"))
    .map((t) => t.textContent)
    .join("");

describe("commentsPartXml", () => {
  const root = commentList(
    commentsPartXml(
      [
        { ref: "C10", text: "Third & <last>" },
        { ref: "$b$2", text: "  Leading spaces kept\nand a second line" },
        { ref: "A2", text: "Literal _x0041_ and a bell\u0007" },
      ],
      "MVSP & <Monitor>",
    ),
  );
  const comments = elementChildren(only(root, M, "commentList"), M, "comment");

  it("names the one author, escaped, and every note points at it", () => {
    expect(elementChildren(only(root, M, "authors"), M, "author").map((a) => a.textContent)).toEqual(["MVSP & <Monitor>"]);
    expect(comments.map((c) => c.getAttribute("authorId"))).toEqual(["0", "0", "0"]);
  });

  it("writes the notes in sheet order, with plain A1 references", () => {
    expect(comments.map((c) => c.getAttribute("ref"))).toEqual(["A2", "B2", "C10"]);
  });

  it("keeps the text as typed: markup escaped, spaces preserved, Excel's _xHHHH_ escapes applied", () => {
    expect(comments.map(noteText)).toEqual([
      "Literal _x005F_x0041_ and a bell_x0007_",
      "  Leading spaces kept\nand a second line",
      "Third & <last>",
    ]);
    for (const t of Array.from(root.getElementsByTagNameNS(M, "t"))) expect(t.getAttribute("xml:space")).toBe("preserve");
  });

  it("refuses a reference that is not a cell, and two notes on one cell", () => {
    expect(() => commentsPartXml([{ ref: "Sheet1!A1", text: "x" }], "a")).toThrow(/Sheet1!A1/);
    expect(() => commentsPartXml([{ ref: "XFE1", text: "x" }], "a")).toThrow(RangeError);
    expect(() =>
      commentsPartXml(
        [
          { ref: "B2", text: "x" },
          { ref: "$B$2", text: "y" },
        ],
        "a",
      ),
    ).toThrow(/two notes on one cell: B2/);
  });
});

describe("vmlDrawingXml", () => {
  const xml = vmlDrawingXml([
    { row: 9, col: 2, text: "short" },
    { row: 0, col: 0 },
    { row: 1, col: 1, text: "A long explanation. ".repeat(20) },
  ]);
  const root = parseXml(xml).documentElement!;
  const shapes = elementChildren(root, NS.v, "shape");
  const clientData = (shape: Element) => only(shape, NS.x, "ClientData");
  const field = (shape: Element, name: string) => only(clientData(shape), NS.x, name).textContent;

  it("is well-formed XML without a declaration, as Excel writes VML", () => {
    expect(xml.startsWith("<xml ")).toBe(true);
    expect(root.localName).toBe("xml");
  });

  it("declares the note shape type that every shape uses, and the id block of its shapes", () => {
    const type = only(root, NS.v, "shapetype");
    expect(type.getAttribute("id")).toBe("_x0000_t202");
    expect(shapes.map((s) => s.getAttribute("type"))).toEqual(["#_x0000_t202", "#_x0000_t202", "#_x0000_t202"]);
    expect(path(root, NS.o, "shapelayout", "idmap").getAttribute("data")).toBe("1");
    expect(shapes.map((s) => s.getAttribute("id"))).toEqual(["_x0000_s1025", "_x0000_s1026", "_x0000_s1027"]);
  });

  it("makes one hidden Note per cell, in sheet order, at the cell's 0-based row and column", () => {
    expect(shapes.map((s) => clientData(s).getAttribute("ObjectType"))).toEqual(["Note", "Note", "Note"]);
    expect(shapes.map((s) => [field(s, "Row"), field(s, "Column")])).toEqual([
      ["0", "0"],
      ["1", "1"],
      ["9", "2"],
    ]);
    for (const shape of shapes) {
      expect(shape.getAttribute("style")).toContain("visibility:hidden");
      expect(elementChildren(clientData(shape), NS.x, "Visible")).toHaveLength(0);
    }
  });

  it("places each box beside its cell and makes it tall enough for its text", () => {
    const anchors = shapes.map((s) =>
      field(s, "Anchor")!
        .split(",")
        .map((n) => Number(n.trim())),
    );
    // LeftColumn, LeftOffset, TopRow, TopOffset, RightColumn, RightOffset, BottomRow, BottomOffset.
    expect(anchors.map((a) => a.length)).toEqual([8, 8, 8]);
    expect(anchors.map((a) => [a[0], a[2]])).toEqual([
      [1, 0],
      [2, 0],
      [3, 8],
    ]);
    const height = (a: number[]) => a[6] - a[2];
    expect(height(anchors[1])).toBeGreaterThan(height(anchors[2]));
    expect(height(anchors[2])).toBe(4);
  });

  it("uses the id blocks it is given, several when the notes outgrow one", () => {
    const many = Array.from({ length: 1100 }, (_, i) => ({ row: i, col: 0 }));
    expect(vmlIdBlocks(many.length)).toBe(2);
    const big = parseXml(vmlDrawingXml(many, { idBlock: 3 })).documentElement!;
    expect(path(big, NS.o, "shapelayout", "idmap").getAttribute("data")).toBe("3,4");
    const ids = elementChildren(big, NS.v, "shape").map((s) => Number(s.getAttribute("id")!.replace("_x0000_s", "")));
    expect(ids[0]).toBe(3 * 1024 + 1);
    expect(new Set(ids).size).toBe(1100);
    expect(Math.max(...ids)).toBeLessThan(5 * 1024);
  });

  it("refuses a position outside the grid's indices and two notes on one cell", () => {
    expect(() => vmlDrawingXml([{ row: -1, col: 0 }])).toThrow(RangeError);
    expect(() => vmlDrawingXml([{ row: 0, col: 0.5 }])).toThrow(RangeError);
    expect(() => vmlDrawingXml([{ row: 0, col: 0 }], { idBlock: 0 })).toThrow(RangeError);
    expect(() =>
      vmlDrawingXml([
        { row: 2, col: 1 },
        { row: 2, col: 1 },
      ]),
    ).toThrow(/B3/);
  });
});

describe("commentsPartXml with the user's notes kept beside the add-in's", () => {
  it("lists each author once, the part's own first, and points each note at its author (a blank one too)", () => {
    const root = commentList(
      commentsPartXml(
        [
          { ref: "A1", text: "the add-in's" },
          { ref: "M12", text: "the treasurer's", author: "Treasurer" },
          { ref: "M13", text: "again", author: "Treasurer" },
          { ref: "M14", text: "nobody's", author: "" },
        ],
        "MVSP Trigger Monitor",
      ),
    );
    const authors = Array.from(root.getElementsByTagNameNS(M, "author")).map((a) => a.textContent);
    expect(authors).toEqual(["MVSP Trigger Monitor", "Treasurer", ""]);
    const byRef = Object.fromEntries(
      Array.from(root.getElementsByTagNameNS(M, "comment")).map((c) => [c.getAttribute("ref"), Number(c.getAttribute("authorId"))]),
    );
    expect(byRef).toEqual({ A1: 0, M12: 1, M13: 1, M14: 2 });
  });
});
