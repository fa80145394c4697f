/** Cell XML of the package writer: text that XML cannot hold, Excel's limits, odd numbers. */
import { SaxesParser } from "saxes";
import { cellXml, MAX_CELL_TEXT, writtenValue } from "../../src/adapters/xlsx/write/worksheet-xml";

/** The text of the `<t>` element, as an XML parser decodes it (and fails on ill-formed XML). */
function parsedText(xml: string): string {
  const parser = new SaxesParser();
  let text = "";
  let inT = false;
  parser.on("opentag", (tag) => {
    inT = tag.name === "t";
  });
  parser.on("text", (t) => {
    if (inT) text += t;
  });
  parser.write(xml).close();
  return text;
}

describe("cellXml", () => {
  it("escapes markup and keeps leading and trailing spaces", () => {
    const xml = cellXml(0, 0, '  <b>&"x"</b>  ', 3);
    expect(xml).toContain('xml:space="preserve"');
    expect(parsedText(xml)).toBe('  <b>&"x"</b>  ');
    expect(xml.startsWith('<c r="A1" s="3" t="inlineStr">')).toBe(true);
  });

  it("spells characters XML forbids as Excel does, and protects a literal escape", () => {
    expect(parsedText(cellXml(0, 0, "a\u0001b", 0))).toBe("a_x0001_b");
    expect(parsedText(cellXml(0, 0, "_x0041_", 0))).toBe("_x005F_x0041_");
    expect(parsedText(cellXml(0, 0, "ok \u{1F600} \uD800x", 0))).toBe("ok \u{1F600} \uFFFDx");
  });

  it("cuts text at Excel's cell limit, and says so in the written value", () => {
    const long = "x".repeat(MAX_CELL_TEXT + 10);
    expect(parsedText(cellXml(0, 0, long, 0)).length).toBe(MAX_CELL_TEXT);
    expect(writtenValue(long)).toHaveLength(MAX_CELL_TEXT);
  });

  it("writes numbers, booleans and blanks; a number Excel cannot hold becomes a blank", () => {
    expect(cellXml(1, 2, 1.5e-7, 0)).toBe('<c r="C2"><v>1.5e-7</v></c>');
    expect(cellXml(1, 2, false, 4)).toBe('<c r="C2" s="4" t="b"><v>0</v></c>');
    expect(cellXml(1, 2, null, 4)).toBe('<c r="C2" s="4"/>');
    expect(cellXml(1, 2, Number.NaN, 0)).toBe('<c r="C2"/>');
    expect(writtenValue(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it("writes in the part's prefix", () => {
    expect(cellXml(0, 0, "a", 0, "x:")).toBe('<x:c r="A1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c>');
  });
});
