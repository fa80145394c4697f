import { addMonths, dayFromIso, dayFromSerial, dayFromYMD, isoFromDay, ymdFromDay } from "../../src/core/dates";

describe("dates as Excel serials", () => {
  it("matches Excel's 1900 system on known dates", () => {
    expect(dayFromYMD(1900, 3, 1)).toBe(61);
    expect(dayFromYMD(2026, 9, 30)).toBe(46295);
    expect(dayFromYMD(1970, 1, 1)).toBe(25569);
    expect(isoFromDay(46295)).toBe("2026-09-30");
  });

  it("converts 1904-system serials to the same calendar day", () => {
    // 30 Sep 2026 is 44833 in the 1904 system.
    expect(dayFromSerial(44833, true)).toBe(dayFromSerial(46295, false));
    expect(dayFromSerial(46295.75, false)).toBe(46295);
  });

  it("round-trips every day across leap years", () => {
    for (let d = dayFromYMD(1999, 12, 1); d < dayFromYMD(2032, 3, 1); d++) {
      const { year, month, day } = ymdFromDay(d);
      expect(dayFromYMD(year, month, day)).toBe(d);
    }
  });

  it("reads only real ISO dates", () => {
    expect(dayFromIso("2024-02-29")).toBe(dayFromYMD(2024, 2, 29));
    expect(dayFromIso("2026-02-29")).toBeNull();
    expect(dayFromIso("2026-13-01")).toBeNull();
    expect(dayFromIso("30/09/2026")).toBeNull();
  });

  it("moves by months, clamping to the month's end", () => {
    expect(isoFromDay(addMonths(dayFromYMD(2026, 9, 30), -12))).toBe("2025-09-30");
    expect(isoFromDay(addMonths(dayFromYMD(2026, 3, 31), -1))).toBe("2026-02-28");
    expect(isoFromDay(addMonths(dayFromYMD(2024, 3, 31), -1))).toBe("2024-02-29");
    expect(isoFromDay(addMonths(dayFromYMD(2026, 1, 15), -13))).toBe("2024-12-15");
  });
});
