/**
 * jsdom lacks a few browser APIs Fluent UI touches; component tests import this file first.
 * Also registers jest-axe's matcher.
 */
import { toHaveNoViolations } from "jest-axe";

expect.extend(toHaveNoViolations);

if (typeof window !== "undefined") {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!("ResizeObserver" in window)) {
    class ResizeObserverStub {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
  }
}

/**
 * Fluent UI's TabList animates its selection indicator in a requestAnimationFrame after the
 * test's own act() has returned; React then warns that "an update to Tab" was not wrapped in
 * act. It changes nothing the tests read, so exactly that warning is silenced; every other
 * console error still shows.
 */
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const [first, second] = args;
  if (typeof first === "string" && first.includes("not wrapped in act(") && second === "Tab") return;
  consoleError(...args);
};
