import { el, text, xstring } from "../../src/adapters/xlsx/write/xml";
import { SaxesParser } from "saxes";
import { parseXml } from "./parts-support";

const roundTrip = (xml: string) => parseXml(xml).documentElement!;

/** saxes checks every character against XML 1.0 (xmldom only warns about U+FFFD, which is legal). */
function strictRead(xml: string): { attributes: Record<string, string>; text: string } {
  const parser = new SaxesParser();
  let attributes: Record<string, string> = {};
  let content = "";
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    attributes = Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, String(v)]));
  });
  parser.on("text", (t) => {
    content += t;
  });
  parser.write(xml).close();
  return { attributes, text: content };
}

describe("the parts' XML writer", () => {
  it("escapes markup in text and attributes so that a parser reads back the same string", () => {
    const tricky = `a & b < c > d "e" 'f' ]]>`;
    const root = roundTrip(el("r", { v: tricky }, text(tricky)));
    expect(root.getAttribute("v")).toBe(tricky);
    expect(root.textContent).toBe(tricky);
  });

  it("keeps tabs and line breaks in attributes, which a parser would otherwise fold to spaces", () => {
    const root = roundTrip(el("r", { v: "one\ttwo\nthree\r\nfour" }));
    expect(root.getAttribute("v")).toBe("one\ttwo\nthree\r\nfour");
  });

  it("never writes what XML 1.0 cannot hold: controls and unpaired surrogates become U+FFFD, pairs stay", () => {
    const read = strictRead(el("r", { v: "x\u0001y" }, text("bell\u0007 half\uD83D end \uDC00 pair\uD83D\uDE00 \uFFFF")));
    expect(read.attributes.v).toBe("x\uFFFDy");
    expect(read.text).toBe("bell\uFFFD half\uFFFD end \uFFFD pair\uD83D\uDE00 \uFFFD");
  });

  it("spells control characters Excel's way in ST_Xstring, and protects a literal _xHHHH_", () => {
    expect(xstring("a\u0001b\tc\nd")).toBe("a_x0001_b\tc\nd");
    expect(xstring("a\tb\nc", { keepBreaks: false })).toBe("a_x0009_b_x000A_c");
    expect(xstring("_x0041_ and _x00e9_ but not _x41_ or x0041_")).toBe("_x005F_x0041_ and _x005F_x00e9_ but not _x41_ or x0041_");
  });

  it("writes booleans as 1/0, leaves undefined attributes out, and refuses numbers XML Schema cannot read back", () => {
    expect(el("b", { on: true, off: false, none: undefined, n: 2.5 })).toBe('<b on="1" off="0" n="2.5"/>');
    expect(() => el("b", { n: Number.NaN })).toThrow(RangeError);
    expect(() => el("b", { n: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});
