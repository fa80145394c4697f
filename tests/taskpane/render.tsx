/** Renders the pane around a fake gateway and runs an evaluation the way a user would. */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { FakeGateway } from "./fake-gateway";

export function renderPane(gateway: FakeGateway, dark = false) {
  return render(<App gateway={gateway} dark={dark} />);
}

/** Clicks the Evaluate button (in whatever language) and waits until the outcome is shown. */
export async function evaluateNow(name: RegExp = /evaluate triggers/i): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name }));
  await screen.findAllByRole("heading", { level: 2 });
}

/** Async so that Fluent's deferred tab-indicator update settles inside act(). */
export async function openTab(name: RegExp): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name }));
    // The indicator's update waits for an animation frame (jsdom: ~16 ms).
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

export function liveRegion(): HTMLElement {
  return screen.getByRole("status");
}

export { within };
