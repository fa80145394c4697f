/** Cell value parsers: every accepted form, and the ambiguous ones refused rather than guessed. */
import { DATE1904_OFFSET, dayFromIso } from "../../src/core/dates";
import { fold, isBlank, isDateFormat, isPercentFormat, shown } from "../../src/core/read/text";
import { parseAmount, parseCount, parseDate, parsePercent, parseTier, parseYesNo } from "../../src/core/read/values";

describe("amounts", () => {
  it.each([
    [3080000, 3080000],
    [-12.5, -12.5],
    ["3080000", 3080000],
    ["3,080,000", 3080000],
    ["3,080,000.75", 3080000.75],
    ["1,234.5", 1234.5],
    ["3 080 000", 3080000],
    ["3\u00a0080\u00a0000", 3080000],
    ["3\u202f080\u202f000", 3080000],
    ["3 080 000,50", 3080000.5],
    ["3.080.000", 3080000],
    ["3.080.000,25", 3080000.25],
    ["1.234,5", 1234.5],
    ["1234.56", 1234.56],
    ["0.123", 0.123],
    ["USD 3,080,000", 3080000],
    ["3,080,000 USD", 3080000],
    ["$3,080,000", 3080000],
    ["US$ 500", 500],
    ["  42  ", 42],
    ["-500", -500],
    ["-$500", -500],
    ["\u2212 2 000", -2000],
  ])("%j → %d", (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });

  it.each([
    "3,5",
    "1,234",
    "1.234",
    "12.345",
    "1234,5",
    "3 080,000",
    "3,080.000,5",
    "three million",
    "",
    "1e6",
    "€500",
    "20%",
    "(500)",
    "--5",
    "9".repeat(400),
  ])("%j is refused as ambiguous or unreadable", (text) => {
    expect(parseAmount(text)).toBe("expectedAmount");
  });

  it("refuses non-finite numbers and booleans, and reports error values as such", () => {
    expect(parseAmount(NaN)).toBe("expectedAmount");
    expect(parseAmount(Infinity)).toBe("expectedAmount");
    expect(parseAmount(true)).toBe("expectedAmount");
    expect(parseAmount({ error: "#DIV/0!" })).toBe("errorValue");
  });
});

describe("percentages", () => {
  it.each([
    [0.2, 0.2],
    [0, 0],
    ["20%", 0.2],
    ["20 %", 0.2],
    ["20\u00a0%", 0.2],
    ["20,5 %", 0.205],
    ["12.5%", 0.125],
    ["0.15", 0.15],
  ])("%j → %d", (value, expected) => {
    expect(parsePercent(value)).toBeCloseTo(expected, 12);
  });

  it.each(["twenty", "20 percent", "%20", "0,2", ""])("%j is refused", (text) => {
    expect(parsePercent(text)).toBe("expectedPercent");
  });

  it("a percent-formatted cell already holds the fraction", () => {
    // Excel stores 20 % as 0.2 whatever the format; nothing to divide.
    expect(parsePercent(0.2)).toBe(0.2);
    expect(isPercentFormat("0%")).toBe(true);
    expect(isPercentFormat("0.0 %")).toBe(true);
    expect(isPercentFormat('"%"0')).toBe(false);
    expect(isPercentFormat("General")).toBe(false);
  });
});

describe("yes / no", () => {
  it.each([
    ["Yes", true],
    ["yes", true],
    [" YES ", true],
    ["Oui", true],
    ["Sí", true],
    ["SI", true],
    ["Si", true],
    ["TRUE", true],
    ["Vrai", true],
    ["Verdadero", true],
    [true, true],
    ["No", false],
    ["non", false],
    ["FALSE", false],
    ["Faux", false],
    ["falso", false],
    [false, false],
  ])("%j → %s", (value, expected) => {
    expect(parseYesNo(value)).toBe(expected);
  });

  it.each(["Maybe", "Y", "1", "", "Oui!?x"])("%j is refused", (text) => {
    expect(parseYesNo(text)).toBe("expectedYesNo");
  });

  it("refuses numbers: 1 and 0 are not an assessment", () => {
    expect(parseYesNo(1)).toBe("expectedYesNo");
    expect(parseYesNo({ error: "#N/A" })).toBe("errorValue");
  });
});

describe("tiers", () => {
  it.each([
    [1, 1],
    [3, 3],
    ["1", 1],
    ["Tier 1", 1],
    ["tier 2", 2],
    ["Niveau 2", 2],
    ["Nivel 3", 3],
    ["T1", 1],
    ["Tier 12", 12],
  ])("%j → %d", (value, expected) => {
    expect(parseTier(value)).toBe(expected);
  });

  it.each([0, -1, 1.5, NaN, "Tier 0", "Tier -1", "Tier 1.5", "Gold", "1 Tier", "", true])("%j is refused", (value) => {
    expect(parseTier(value)).toBe("expectedTier");
  });
});

describe("counts", () => {
  it("reads whole numbers from 0, as numbers or digits", () => {
    expect(parseCount(0)).toBe(0);
    expect(parseCount(68)).toBe(68);
    expect(parseCount(" 68 ")).toBe(68);
    for (const bad of [-1, 2.5, "68.0", "sixty", "", NaN]) expect(parseCount(bad)).toBe("expectedNumber");
  });
});

describe("dates", () => {
  const day = dayFromIso("2026-03-31") as number;

  it("reads serial numbers in the 1900 system", () => {
    expect(day).toBe(46112);
    expect(parseDate(46112, false)).toBe(day);
    expect(parseDate(46112.75, false)).toBe(day); // the time of day is dropped
  });

  it("reads the same day from the 1904 system", () => {
    expect(parseDate(46112 - DATE1904_OFFSET, true)).toBe(day);
    expect(parseDate(46112 - DATE1904_OFFSET + 0.5, true)).toBe(day);
    expect(parseDate(0, true)).toBe(dayFromIso("1904-01-01"));
  });

  it.each(["2026-03-31", " 2026-03-31 ", "2026-03-31T00:00:00", "2026-03-31T00:00:00.000Z", "2026-03-31 14:30"])(
    "reads ISO text %j",
    (text) => {
      expect(parseDate(text, false)).toBe(day);
      expect(parseDate(text, true)).toBe(day); // text does not depend on the date system
    },
  );

  it.each(["31/03/2026", "03/31/2026", "2026-02-30", "2026-13-01", "2026-3-31", "31 March 2026", "", "1899-12-31", "yesterday"])(
    "refuses %j rather than guessing",
    (text) => {
      expect(parseDate(text, false)).toBe("expectedDate");
    },
  );

  it("refuses implausible serials", () => {
    for (const serial of [0, -5, 2958466, NaN, Infinity]) expect(parseDate(serial, false)).toBe("expectedDate");
    expect(parseDate(2958465, false)).toBe(dayFromIso("9999-12-31"));
    expect(parseDate(2958465, true)).toBe("expectedDate");
    expect(parseDate(true, false)).toBe("expectedDate");
    expect(parseDate({ error: "#REF!" }, false)).toBe("errorValue");
  });
});

describe("text helpers", () => {
  it("folds case, accents, spaces and punctuation away", () => {
    expect(fold("Date d'adhésion")).toBe(fold("DATE D’ADHESION"));
    expect(fold("  Coût   actuel ")).toBe("coutactuel");
    expect(fold("Organización")).toBe("organizacion");
  });

  it("treats whitespace-only text, including non-breaking spaces, as blank", () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(" \u00a0\u202f\t")).toBe(true);
    expect(isBlank("x")).toBe(false);
    expect(isBlank(" x")).toBe(false);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
  });

  it("recognises date formats, not number or time-only formats", () => {
    for (const f of ["yyyy-mm-dd", "d/m/yy", "[$-fr-FR]d mmmm yyyy", "mmm-yy", "dd.mm.yyyy hh:mm"]) expect(isDateFormat(f)).toBe(true);
    for (const f of ["General", "", "#,##0", "0.00%", "h:mm", "mm:ss", '#,##0 "days"']) expect(isDateFormat(f)).toBe(false);
  });

  it("shows values as Excel displays them", () => {
    expect(shown(0.155, "0.0%")).toBe("15.5%");
    expect(shown(46112, "yyyy-mm-dd")).toBe("2026-03-31");
    expect(shown(46112 - DATE1904_OFFSET, "d/m/yyyy", true)).toBe("2026-03-31");
    expect(shown(46112, "General")).toBe("46112");
    expect(shown(true)).toBe("TRUE");
    expect(shown({ error: "#N/A" })).toBe("#N/A");
    expect(shown(null)).toBe("");
    expect(shown("x".repeat(200)).length).toBe(80);
  });
});
