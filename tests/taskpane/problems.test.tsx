/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { BAD_SPEND, MISSING_ENVELOPE, UNASSESSED, evaluationWith, paneEvaluation } from "./fixtures";
import { fakeGateway } from "./fake-gateway";
import { evaluateNow, openTab, renderPane } from "./render";

describe("Problems view", () => {
  it("asks for an evaluation first", async () => {
    renderPane(fakeGateway({}));
    await openTab(/problems/i);
    expect(screen.getByText("Evaluate to check the workbook's inputs.")).toBeTruthy();
  });

  it("lists problems errors first, with severity in words and the message naming the cell", async () => {
    const { container } = renderPane(
      fakeGateway({
        result: paneEvaluation(evaluationWith({ spend_vs_envelope: "no_data" }, [UNASSESSED, BAD_SPEND, MISSING_ENVELOPE])),
      }),
    );
    await evaluateNow();
    await openTab(/problems/i);
    expect(screen.getByText("2 errors, 1 warning")).toBeTruthy();
    const items = screen.getAllByRole("listitem");
    expect(items.map((item) => item.getAttribute("data-severity"))).toEqual(["error", "error", "warning"]);
    expect(within(items[0]).getByText("Error")).toBeTruthy();
    expect(within(items[2]).getByText("Warning")).toBeTruthy();
    // The message comes from the problems catalogue and names the cell.
    expect(items[0].textContent).toContain("Inputs!C7");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("'Go to cell' selects the problem's cell through the gateway; problems without a cell have no button", async () => {
    const gateway = fakeGateway({ result: paneEvaluation(evaluationWith({}, [MISSING_ENVELOPE, BAD_SPEND, UNASSESSED])) });
    renderPane(gateway);
    await evaluateNow();
    await openTab(/problems/i);
    const buttons = screen.getAllByRole("button", { name: /go to cell/i });
    expect(buttons).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: "Go to cell Inputs!C20" }));
    fireEvent.click(screen.getByRole("button", { name: "Go to cell Inputs!C7" }));
    await waitFor(() => expect(gateway.calls.goTo).toEqual(["Inputs!C20", "Inputs!C7"]));
  });

  it("says when a cell cannot be selected", async () => {
    const gateway = fakeGateway({ result: paneEvaluation(evaluationWith({}, [BAD_SPEND])) });
    gateway.goTo = async () => {
      throw new Error("sheet deleted");
    };
    renderPane(gateway);
    await evaluateNow();
    await openTab(/problems/i);
    fireEvent.click(screen.getByRole("button", { name: "Go to cell Inputs!C7" }));
    expect(await screen.findByText("Could not select Inputs!C7: Excel reported an unexpected error: sheet deleted")).toBeTruthy();
  });

  it("says there are none", async () => {
    renderPane(fakeGateway({ result: paneEvaluation(evaluationWith({})) }));
    await evaluateNow();
    await openTab(/problems/i);
    expect(screen.getByText("No input problems.")).toBeTruthy();
  });
});
