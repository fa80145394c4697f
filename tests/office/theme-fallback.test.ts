/** The pane's theme: Office's where given, the browser's where Excel on the web gives none. */
import { prefersDark } from "../../src/taskpane/theme";

const media = (dark: boolean) => (query: string) => ({ matches: dark && query === "(prefers-color-scheme: dark)" });

describe("prefersDark", () => {
  it("follows Office's body colour when the host gives one, whatever the browser says", () => {
    expect(prefersDark({ bodyBackgroundColor: "#1f1f1f" }, media(false))).toBe(true);
    expect(prefersDark({ bodyBackgroundColor: "#ffffff" }, media(true))).toBe(false);
  });

  it("falls back to prefers-color-scheme where officeTheme is undefined (Excel on the web)", () => {
    expect(prefersDark(undefined, media(true))).toBe(true);
    expect(prefersDark(undefined, media(false))).toBe(false);
    expect(prefersDark(undefined, undefined)).toBe(false);
  });
});
