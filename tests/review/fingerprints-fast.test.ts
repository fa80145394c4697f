/**
 * The per-input fingerprints, the live check's figures and the example-member test are computed
 * in plain loops for speed on big rosters: they must give exactly what their definitions give.
 * Logs already written hold these fingerprints, so a digest may never change. The pinned values
 * below were computed by the definitions before the loops were rewritten.
 */
import { type CellValue, type NameSnapshot } from "../../src/core/cells";
import { isExampleOrganisation } from "../../src/core/connect/examples";
import { Fingerprint } from "../../src/core/fingerprint";
import { EXAMPLE_PLACES } from "../../src/core/plan/example-data";
import { fold } from "../../src/core/read/text";
import { nameFingerprint } from "../../src/core/review/fingerprints";
import { inputFigures } from "../../src/core/review/live-check";

function range(values: CellValue[][], source: "name" | "table" = "name"): NameSnapshot {
  return { kind: "range", source, range: { sheet: "S", row: 0, col: 0, values, formats: values.map((r) => r.map(() => "General")) } };
}

/** Every kind of cell, a float, an exponent, an astral character, empty text. */
function mixed(): CellValue[][] {
  return [
    ["Organisation", "Tier", "Joined", "Left"],
    ["Réseau d’Arvelia", 1, 46265.5, null],
    ["", -2, 1e21, { error: "#N/A" }],
    [true, false, "𝔘nicode", ""],
    ...Array.from({ length: 12 }, (_, i): CellValue[] => [`M${i}`, i * 123456789, null, i % 2 === 0]),
  ];
}

/** Rows with holes, as an adapter may build them. */
function sparse(): CellValue[][] {
  const rows: CellValue[][] = [
    ["Organisation", "Tier"],
    ["A", 1],
  ];
  rows[3] = [];
  rows[3][2] = "late";
  rows[3][5] = true;
  return rows;
}

/** The fingerprint's definition: each non-empty cell as its row, column, type and value, in order. */
function definedFingerprint(values: CellValue[][]): string {
  const h = new Fingerprint().add("range");
  values.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null || cell === "") return;
      h.add(r)
        .add(c)
        .add(typeof cell)
        .add(typeof cell === "object" ? cell.error : cell);
    }),
  );
  return h.digest().slice(0, 8);
}

describe("fingerprints computed in loops", () => {
  it("keep the digests logs already hold", () => {
    expect(nameFingerprint(range(mixed(), "table"))).toBe("326FF8EE");
    expect(nameFingerprint(range(sparse()))).toBe("80AD7331");
    expect(nameFingerprint(undefined)).toBe("1A1F4BC8");
    expect(nameFingerprint({ kind: "broken", formula: "=1" })).toBe("D6DF91E4");
  });

  it("give the definition's digest on a roster of thousands of rows", () => {
    const roster: CellValue[][] = [["Organisation", "Tier", "Joined", "Left"]];
    for (let i = 0; i < 3000; i++) roster.push([`Member ${i}`, (i % 3) + 1, 45000 + i * 0.5, i % 7 === 0 ? 46000 : null]);
    expect(nameFingerprint(range(roster))).toBe(definedFingerprint(roster));
    roster[1500][1] = 2.5;
    expect(nameFingerprint(range(roster))).toBe(definedFingerprint(roster));
  });

  it("hash an index as the digits of the number", () => {
    for (const n of [0, 1, 9, 10, 99, 100, 12345, 999999, 1048575, 2147483647, 2147483648, 1e21, -3, -0, 0.5, NaN, Infinity]) {
      expect(new Fingerprint().addIndex(n).digest()).toBe(new Fingerprint().add(n).digest());
    }
  });
});

describe("the live check's figures computed in place", () => {
  it("are the figures of the flattened cells", () => {
    expect(inputFigures("X", range(mixed(), "table"))).toEqual({
      name: "X",
      reference: "X[]",
      hasError: true,
      count: [16, 30],
      sum: [1.0000000000081482e21],
      magnitude: 1.0000000000081482e21,
      textLength: 50,
      firstLetters: 121158,
      trues: [7, 8],
    });
    expect(inputFigures("Y", range(sparse()))).toMatchObject({
      count: [1, 2],
      sum: [1, 2],
      textLength: 21,
      firstLetters: 336,
      trues: [1, 2],
    });
    // The first letter of an empty text is a space (UNICODE of "" & " ").
    expect(inputFigures("Z", range([[""]]))?.firstLetters).toBe(32);
  });
});

describe("the example-member test", () => {
  const defined = (text: string): boolean =>
    text.split(/[^\p{L}]+/u).some((word) => word !== "" && EXAMPLE_PLACES.map(fold).includes(fold(word)));

  it("agrees with splitting the name into words and folding each", () => {
    const names = [
      "Arvelia Open Data Foundation",
      "Agence de développement de Belmora",
      "ARVELIA",
      "arvelia-2",
      "2Arvelia_",
      "Arvelias",
      "Arvelian Institute",
      "NotArvelia",
      "Arvéliaé",
      "Árvelia",
      "Ministère d'Arvelia",
      "Arvelia’s fund",
      "Member 1",
      "Real Org",
      "Kestreliax Lunaria",
      "Ωmega Lunaria",
      "Lunariaж",
      "",
      "   ",
      "Corvania\tDunmerra",
      "Fondo de Ixtalia",
    ];
    for (const name of names) expect([name, isExampleOrganisation(name)]).toEqual([name, defined(name)]);
    expect(isExampleOrganisation("Arvelia Open Data Foundation")).toBe(true);
    expect(isExampleOrganisation("Arvelian Institute")).toBe(false);
  });
});
