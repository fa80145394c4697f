/** Red marks only what is adverse on the Board's page (SPEC, "Printing the Board's page"). */
import { NUMBER_FORMATS } from "../../src/core/plan/styles";

const sections = (format: string): string[] => format.split(";");

describe("number formats", () => {
  it("shows a cost above its average in red and one below it in brackets, not red", () => {
    const [above, below, zero] = sections(NUMBER_FORMATS.signedPercent);
    expect(above).toContain("[Red]");
    expect(below).not.toContain("[Red]");
    expect(below).toMatch(/^\(.*\)$/);
    expect(zero).not.toContain("[Red]");
  });

  it("never colours a percentage red: spend under the envelope is good news", () => {
    expect(NUMBER_FORMATS.percent).not.toContain("[Red]");
    expect(sections(NUMBER_FORMATS.percent)[1]).toMatch(/^\(.*\)$/);
  });

  it("shows a negative amount or cash balance in red brackets", () => {
    for (const format of [NUMBER_FORMATS.amount, NUMBER_FORMATS.usd]) {
      const [positive, negative] = sections(format);
      expect(positive).not.toContain("[Red]");
      expect(negative).toContain("[Red]");
      expect(negative).toMatch(/\(.*\)$/);
    }
  });
});
