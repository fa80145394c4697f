import { tabsThatFit, type PaneTab } from "../../src/taskpane/components/PaneTabs";

type V = "results" | "problems" | "whatIf" | "settings";
const TABS: PaneTab<V>[] = [
  { value: "results", label: "Results" },
  { value: "problems", label: "Problems (22)" },
  { value: "whatIf", label: "What-if" },
  { value: "settings", label: "Settings" },
];
const WIDTHS = new Map<V, number>([
  ["results", 70],
  ["problems", 110],
  ["whatIf", 65],
  ["settings", 70],
]);

describe("which tabs stay on the row", () => {
  it("keeps every tab when they all fit, with no room kept for More", () => {
    expect(tabsThatFit(TABS, WIDTHS, 315, 60, "results")).toEqual(["results", "problems", "whatIf", "settings"]);
  });

  it("moves the last tabs into More when the row is too narrow, leaving room for the button", () => {
    // 70 + 110 + 65 = 245, + 60 for More = 305 > 290: only two tabs stay.
    expect(tabsThatFit(TABS, WIDTHS, 290, 60, "results")).toEqual(["results", "problems"]);
    expect(tabsThatFit(TABS, WIDTHS, 305, 60, "results")).toEqual(["results", "problems", "whatIf"]);
  });

  it("always keeps the selected tab on the row, in its place", () => {
    expect(tabsThatFit(TABS, WIDTHS, 290, 60, "settings")).toEqual(["results", "settings"]);
    expect(tabsThatFit(TABS, WIDTHS, 200, 60, "whatIf")).toEqual(["results", "whatIf"]);
  });

  it("keeps the selected tab even when nothing else fits", () => {
    expect(tabsThatFit(TABS, WIDTHS, 100, 60, "problems")).toEqual(["problems"]);
  });
});
