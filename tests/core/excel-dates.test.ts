/**
 * Dates within Excel's range, 1900-01-01 … 9999-12-31, and its 1900 leap-year quirk (issue 16):
 * Excel numbers 1900-01-01 as serial 1 and counts a 29 February 1900 that never was (serial 60),
 * so days before 1 March 1900 are one lower than a plain day count gives.
 */
import { EXCEL_FIRST_DAY, EXCEL_LAST_DAY, addMonths, dayFromYMD, excelDayFromIso, isoFromDay, ymdFromDay } from "../../src/core/dates";
import { parseDate } from "../../src/core/read/values";
import { shown } from "../../src/core/read/text";

describe("the 1900 system's first days", () => {
  it("numbers them as Excel does", () => {
    expect(dayFromYMD(1900, 1, 1)).toBe(1);
    expect(dayFromYMD(1900, 2, 28)).toBe(59);
    expect(dayFromYMD(1900, 3, 1)).toBe(61);
    expect(isoFromDay(1)).toBe("1900-01-01");
    expect(isoFromDay(59)).toBe("1900-02-28");
    expect(isoFromDay(61)).toBe("1900-03-01");
    expect(ymdFromDay(60)).toEqual({ year: 1900, month: 2, day: 29 });
  });

  it("round-trips every real day of 1900", () => {
    for (let d = 1; d <= 400; d++) {
      if (d === 60) continue;
      const { year, month, day } = ymdFromDay(d);
      expect(dayFromYMD(year, month, day)).toBe(d);
    }
    expect(isoFromDay(addMonths(dayFromYMD(1900, 3, 31), -1))).toBe("1900-02-28");
  });

  it("reads serial 1 and ISO 1900-01-01 as the same day, and refuses serial 60 (29 Feb 1900 never was)", () => {
    expect(parseDate(1, false)).toBe(1);
    expect(parseDate("1900-01-01", false)).toBe(1);
    expect(parseDate(59, false)).toBe(parseDate("1900-02-28", false));
    expect(parseDate(60, false)).toBe("expectedDate");
    expect(parseDate(61, false)).toBe(parseDate("1900-03-01", false));
  });

  it("shows a date cell as the day Excel shows", () => {
    expect(shown(1, "yyyy-mm-dd")).toBe("1900-01-01");
    expect(shown(59, "yyyy-mm-dd")).toBe("1900-02-28");
    expect(shown(2958465, "yyyy-mm-dd")).toBe("9999-12-31");
  });
});

describe("a date typed on the command line", () => {
  it.each(["0000-01-01", "1899-12-31", "1800-06-01", "10000-01-01", "1900-02-29", "2026-02-30"])(
    "refuses %s, outside Excel's calendar",
    (text) => {
      expect(excelDayFromIso(text)).toBeNull();
    },
  );

  it("takes Excel's first and last days", () => {
    expect(excelDayFromIso("1900-01-01")).toBe(EXCEL_FIRST_DAY);
    expect(excelDayFromIso("9999-12-31")).toBe(EXCEL_LAST_DAY);
    expect(EXCEL_FIRST_DAY).toBe(1);
    expect(EXCEL_LAST_DAY).toBe(2958465);
  });
});
