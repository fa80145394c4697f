import { tabRow, tabsThatFit, type PaneTab } from "../../src/taskpane/components/PaneTabs";

type V = "results" | "problems" | "inputs" | "whatIf" | "settings";
const TABS: PaneTab<V>[] = [
  { value: "results", label: "Results" },
  { value: "problems", label: "Problems (22)" },
  { value: "inputs", label: "Inputs" },
  { value: "whatIf", label: "What-if" },
  { value: "settings", label: "Settings" },
];
const WIDTHS = new Map<V, number>([
  ["results", 70],
  ["problems", 110],
  ["inputs", 60],
  ["whatIf", 65],
  ["settings", 70],
]);
/** The More button at its widest: its own word (60) or the widest name it may show. */
const more = (rest: readonly V[]) => Math.max(60, ...rest.map((value) => (WIDTHS.get(value) ?? 0) + 20));

describe("which tabs stay on the row", () => {
  it("keeps every tab when they all fit, with no room kept for More", () => {
    expect(tabsThatFit(TABS, WIDTHS, 375, more)).toEqual(["results", "problems", "inputs", "whatIf", "settings"]);
  });

  it("moves the last tabs into More, leaving room for the button showing the widest of them", () => {
    // 70 + 110 + 60 + 65 = 305, + More holding Settings (90) = 395 > 374: What-if goes too.
    expect(tabsThatFit(TABS, WIDTHS, 374, more)).toEqual(["results", "problems", "inputs"]);
    // 70 + 110 + 60 = 240, + More holding What-if or Settings (90) = 330.
    expect(tabsThatFit(TABS, WIDTHS, 330, more)).toEqual(["results", "problems", "inputs"]);
    expect(tabsThatFit(TABS, WIDTHS, 329, more)).toEqual(["results", "problems"]);
  });

  it("keeps the first tabs asked for even when they do not fit beside More", () => {
    expect(tabsThatFit(TABS, WIDTHS, 200, more, 2)).toEqual(["results", "problems"]);
    expect(tabsThatFit(TABS, WIDTHS, 200, more)).toEqual(["results"]);
  });
});

describe("how the More button shows the selected tab it holds", () => {
  /** The button: 60 with its own word, the tab's width + 20 with its name. */
  const moreWidths = new Map<string, number>([["", 60], ...[...WIDTHS].map(([value, width]): [string, number] => [value, width + 20])]);
  const VALUES = TABS.map((tab) => tab.value);

  it("by name when the row leaves room for the widest name", () => {
    for (const selected of VALUES) {
      expect(tabRow(TABS, WIDTHS, 330, moreWidths, selected, 2)).toEqual({ visible: ["results", "problems", "inputs"], named: true });
      expect(tabRow(TABS, WIDTHS, 270, moreWidths, selected, 2)).toEqual({ visible: ["results", "problems"], named: true });
    }
  });

  it("keeps the tabs that always stay whole, naming the selected tab only where its name fits", () => {
    // 70 + 110 + 90 (Settings' name) = 270 > 260: the row keeps room for the word (60) only.
    expect(tabRow(TABS, WIDTHS, 260, moreWidths, "settings", 2)).toEqual({ visible: ["results", "problems"], named: false });
    // Inputs' name (80) fits in the 80 px left: the same row, named.
    expect(tabRow(TABS, WIDTHS, 260, moreWidths, "inputs", 2)).toEqual({ visible: ["results", "problems"], named: true });
    // The word leaves room for one more tab: 70 + 110 + 60 + 60 = 300.
    const wide = new Map([
      ["", 60],
      ["inputs", 300],
      ["whatIf", 300],
      ["settings", 300],
    ]);
    for (const selected of VALUES) expect(tabRow(TABS, WIDTHS, 300, wide, selected, 2).visible).toEqual(["results", "problems", "inputs"]);
  });
});
