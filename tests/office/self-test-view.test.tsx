/**
 * @jest-environment jsdom
 */
/** "Check this Excel" in the pane, through the real Excel gateway on the Office.js fake. */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { createExcelGateway } from "../../src/taskpane/excel-gateway";
import { FakeWorkbook, installOfficeFake, type OfficeFake } from "../support/office-fake";

import { SELF_TEST_IDS } from "../../src/adapters/office/self-test";

let fake: OfficeFake | null = null;
afterEach(() => fake?.uninstall());

describe("Check this Excel", () => {
  it("is reachable from the pane, shows one passed row per behaviour, and copies the report", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Budget");
    fake = installOfficeFake(globalThis, book);
    const written: string[] = [];
    Object.assign(navigator, { clipboard: { writeText: async (text: string) => void written.push(text) } });
    render(<App gateway={createExcelGateway()} dark={false} />);
    fireEvent.click(screen.getByRole("button", { name: "Check this Excel" }));
    fireEvent.click(await screen.findByRole("button", { name: "Run the checks" }));
    const passed = new RegExp(`${SELF_TEST_IDS.length} passed, 0 failed, 0 not available`);
    expect(await screen.findByText(passed, {}, { timeout: 20000 })).toBeTruthy();
    const table = screen.getByRole("table");
    const protection = within(table).getByText("Protect and unprotect a sheet").closest("tr")!;
    expect(within(protection as HTMLElement).getByText("1.2")).toBeTruthy();
    expect(within(protection as HTMLElement).getByText("Passed")).toBeTruthy();
    expect(book.sheets.map((s) => s.name)).toEqual(["Budget"]);
    fireEvent.click(screen.getByRole("button", { name: "Copy report" }));
    expect(await screen.findByText("Report copied to the clipboard.")).toBeTruthy();
    expect(written[0]).toMatch(/^Check this Excel: Excel PC .*ExcelApi 1\.18\n/);
    expect(written[0]).toContain("Draw a line chart\tExcelApi 1.1\tPassed");
    fireEvent.click(screen.getByRole("button", { name: "Back" }));
    // Back on the pane's first screen: this workbook has no named input, so setting it up comes first.
    expect(await screen.findByRole("button", { name: "Set up a new Inputs sheet" })).toBeTruthy();
  });

  it("shows Excel's error text for a failed behaviour", async () => {
    const book = new FakeWorkbook();
    fake = installOfficeFake(globalThis, book, { missingMembers: ["Workbook.notes"] });
    render(<App gateway={createExcelGateway()} dark={false} />);
    fireEvent.click(screen.getByRole("button", { name: "Check this Excel" }));
    fireEvent.click(await screen.findByRole("button", { name: "Run the checks" }));
    const library = (await screen.findByText("Office.js library matches this Excel", {}, { timeout: 10000 })).closest("tr") as HTMLElement;
    expect(within(library).getByText("Failed")).toBeTruthy();
    expect(within(library).getByText(/this office.js lacks: Workbook.notes/)).toBeTruthy();
  });
});
