import { readInputs } from "../../src/core/read";
import { problemMessage } from "../../src/core/text";
import { MAX_PROBLEMS_PER_NAME } from "../../src/core/read/context";
import { range, validNames, workbook } from "./read-helpers";

describe("a range full of errors", () => {
  it("lists the first problems and closes with how many more there are", () => {
    const rows: (string | number)[][] = [["Service", "Current cost", "Historical average"]];
    for (let i = 0; i < MAX_PROBLEMS_PER_NAME + 20; i++) rows.push([`S${i}`, "lots", 100]);
    const { inputs, problems } = readInputs(workbook({ ...validNames(), CoreServiceCosts: range("Inputs", "A40", rows) }));
    const ours = problems.filter((p) => p.name === "CoreServiceCosts");
    expect(ours).toHaveLength(MAX_PROBLEMS_PER_NAME + 1);
    const last = ours[ours.length - 1];
    expect(last.code).toBe("moreProblems");
    expect(last.severity).toBe("error");
    expect(problemMessage(last, "en")).toBe("CoreServiceCosts: 20 more problems in this range are not listed.");
    expect(problemMessage(last, "fr")).toContain("20 autres problèmes");
    expect(inputs.serviceCosts).toBeNull();
  });

  it("adds no closing line below the cap", () => {
    const { problems } = readInputs(workbook(validNames()));
    expect(problems.some((p) => p.code === "moreProblems")).toBe(false);
  });
});
