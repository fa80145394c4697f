/** @jest-environment jsdom */
/**
 * The tab row at 320 px, laid out by hand (jsdom measures nothing): each tab and the More button
 * as wide as their words, the row 296 px. The row keeps one order whatever is selected.
 */
import "./setup";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { evaluationWith, paneEvaluation } from "./fixtures";
import { fakeGateway } from "./fake-gateway";
import { evaluateNow, renderPane } from "./render";

const ROW_WIDTH = 296;
const realRect = HTMLElement.prototype.getBoundingClientRect;
const realWidth = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "clientWidth");

/** Each tab's width at 320 px in English; the More button: 60 with its own word, the tab's width + 30 with a tab's name. */
const WIDTH: Record<string, number> = { results: 70, problems: 100, inputs: 60, whatIf: 65, settings: 70 };

beforeAll(() => {
  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    const rect = realRect.call(this);
    const { measureTab, measureMore } = this.dataset;
    if (measureTab === undefined && measureMore === undefined) return rect;
    const width =
      measureTab !== undefined ? WIDTH[measureTab] : measureMore !== undefined && measureMore in WIDTH ? WIDTH[measureMore] + 30 : 60;
    return { x: 0, y: 0, top: 0, left: 0, bottom: rect.height, right: width, height: rect.height, width, toJSON: () => ({}) };
  };
  Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => ROW_WIDTH });
});
afterAll(() => {
  HTMLElement.prototype.getBoundingClientRect = realRect;
  if (realWidth) Object.defineProperty(HTMLElement.prototype, "clientWidth", realWidth);
});

const rowTabs = () => screen.getAllByRole("tab").map((tab) => tab.id);

/** Picks a view from the More menu (by its data-tab, whatever the item's role). */
async function choose(value: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: /more views/i }));
  });
  await act(async () => {
    fireEvent.click(document.querySelector(`[data-tab="${value}"]`) as HTMLElement);
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

describe("the tab row at 320 px", () => {
  it("keeps Results and Problems (2) in place while a tab from More is selected, shown on the More button", async () => {
    const result = paneEvaluation(
      evaluationWith({ active_members: "met" }, [
        { severity: "warning", name: "ExternalFactors", cell: "Inputs!C40", code: "notAssessed", params: { id: "E2" } },
        { severity: "warning", name: "ExternalFactors", cell: "Inputs!C41", code: "notAssessed", params: { id: "E3" } },
      ]),
    );
    const { container } = renderPane(fakeGateway({ result }));
    await evaluateNow();
    const before = rowTabs();
    expect(before.slice(0, 2)).toEqual(["tab-results", "tab-problems"]);
    expect(screen.getByRole("tab", { name: "Problems (2)" }).id).toBe("tab-problems");
    const more = screen.getByRole("button", { name: "More views" });
    expect(more.textContent).toBe("More");

    await choose("settings");
    expect(rowTabs()).toEqual(before);
    const current = screen.getByRole("button", { name: "More views: Settings" });
    expect(current.textContent).toBe("Settings");
    expect(current.getAttribute("aria-current")).toBe("true");
    // The panel is named by what selected it.
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe(current.id);
    expect(screen.getAllByRole("tab").every((tab) => tab.getAttribute("aria-selected") === "false")).toBe(true);
    expect(await axe(container)).toHaveNoViolations();

    // The menu says which view is open.
    await act(async () => {
      fireEvent.click(current);
    });
    const menu = screen.getByRole("menu");
    expect(within(menu).getByRole("menuitemradio", { name: "Settings" }).getAttribute("aria-checked")).toBe("true");
    expect(within(menu).getByRole("menuitemradio", { name: "What-if" }).getAttribute("aria-checked")).toBe("false");
    expect(document.activeElement?.textContent).toBe("Settings");
    await act(async () => {
      fireEvent.click(within(menu).getByRole("menuitemradio", { name: "What-if" }));
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(rowTabs()).toEqual(before);
    expect(screen.getByRole("button", { name: "More views: What-if" }).getAttribute("aria-current")).toBe("true");

    // Back on a tab of the row: the More button is More again.
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: "Problems (2)" }));
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(rowTabs()).toEqual(before);
    expect(screen.getByRole("button", { name: "More views" }).getAttribute("aria-current")).toBeNull();
  });
});
