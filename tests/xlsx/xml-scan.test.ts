/**
 * The fast tokenizer that streams the package's large parts gives what saxes (a conforming XML
 * parser) gives, on every XML part of the committed fixtures, fed whole and in awkward chunks; and
 * it refuses what is not well-formed.
 */
import { readdirSync } from "fs";
import * as path from "path";
import { SaxesParser } from "saxes";
import { XmlScanError, XmlScanner } from "../../src/adapters/xlsx/xml-scan";
import { readZip } from "../support/package-reader";

type Event = string;

/** Events with adjacent text merged (parsers may split character data anywhere). */
function merged(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    if (e.startsWith("T") && out.length > 0 && out[out.length - 1].startsWith("T")) out[out.length - 1] += e.slice(1);
    else out.push(e);
  }
  return out.filter((e) => e !== "T");
}

function bySaxes(text: string): Event[] {
  const events: Event[] = [];
  const parser = new SaxesParser({ xmlns: false });
  let depth = 0;
  parser.on("opentag", (t) => {
    depth++;
    events.push(`O${t.name}${JSON.stringify(t.attributes)}`);
  });
  parser.on("closetag", (t) => {
    depth--;
    events.push(`C${t.name}`);
  });
  // White space around the root element is no content.
  parser.on("text", (t) => depth > 0 && events.push(`T${t}`));
  parser.on("cdata", (t) => events.push(`T${t}`));
  parser.write(text).close();
  return merged(events);
}

function byScanner(text: string, chunk: number): Event[] {
  const events: Event[] = [];
  const scanner = new XmlScanner({
    open: (t) => events.push(`O${t.name}${JSON.stringify(t.attributes)}`),
    close: (name) => events.push(`C${name}`),
    text: (t) => events.push(`T${t}`),
  });
  for (let i = 0; i < text.length; i += chunk) scanner.write(text.slice(i, i + chunk));
  scanner.close();
  return merged(events);
}

const FIXTURES = path.join(__dirname, "..", "fixtures");
const books = ["packages", "writer"].flatMap((dir) =>
  readdirSync(path.join(FIXTURES, dir))
    .filter((f) => /\.xls[xm]$/.test(f) && !/encrypted|not-a-workbook/.test(f))
    .map((f) => path.join(FIXTURES, dir, f)),
);

describe("the streaming tokenizer", () => {
  it.each(books.map((b) => [path.basename(b), b]))(
    "reads every XML part of %s as saxes does, whole and in 7-character chunks",
    (_, book) => {
      let parts: Map<string, Buffer>;
      try {
        parts = readZip(book);
      } catch {
        return; // a fixture that is not a zip is another test's business
      }
      for (const [name, data] of parts) {
        if (!/\.(xml|rels)$/.test(name)) continue;
        const text = data.toString("utf8").replace(/^\uFEFF/, "");
        let expected: Event[];
        try {
          expected = bySaxes(text);
        } catch {
          expect(() => byScanner(text, text.length)).toThrow(XmlScanError);
          continue;
        }
        expect({ name, events: byScanner(text, text.length) }).toEqual({ name, events: expected });
        expect({ name, events: byScanner(text, 7) }).toEqual({ name, events: expected });
      }
    },
  );

  it("hands over references, CR LF and attribute white space as an XML parser does", () => {
    const text = `<r a="x&#10;y\tz" b='&lt;&amp;&quot;'>one&amp;two\r\nthree\rfour&#13;<![CDATA[<raw>]]><!-- note --><?pi x?></r>`;
    expect(byScanner(text, 3)).toEqual(bySaxes(text));
  });

  it.each([
    ["mismatched tags", "<a><b></a></b>"],
    ["an unquoted attribute", '<a x=1 y="2"/>'],
    ["an unknown entity", "<a>&nbsp;</a>"],
    ["a bare ampersand", "<a>fish & chips</a>"],
    ["text outside the root", "<a/>tail"],
    ["two roots", "<a/><b/>"],
    ["an unclosed element", "<a><b>"],
    ["a less-than sign in an attribute", '<a x="<"/>'],
  ])("refuses %s", (_, text) => {
    expect(() => byScanner(text, 2)).toThrow(XmlScanError);
    expect(() => byScanner(text, text.length)).toThrow(XmlScanError);
  });

  it("refuses a document type declaration as such", () => {
    expect(() => byScanner('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', 5)).toThrow(expect.objectContaining({ reason: "doctype" }));
  });
});
