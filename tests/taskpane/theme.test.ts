/** Office's body background decides between Fluent's light and dark web themes. */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { isDarkColour, themeFor } from "../../src/taskpane/theme";

describe("theme", () => {
  it.each([
    ["#1f1f1f", true], // Office "Black"
    ["#262626", true],
    ["#ffffff", false], // "White" / "Colorful"
    ["#e6e6e6", false], // "Dark Gray" keeps a light body
    ["6b6b6b", true],
    ["", false],
    [undefined, false],
    ["not a colour", false],
  ])("%s is dark: %s", (colour, dark) => {
    expect(isDarkColour(colour)).toBe(dark);
  });

  it("maps to Fluent's web themes", () => {
    expect(themeFor(true)).toBe(webDarkTheme);
    expect(themeFor(false)).toBe(webLightTheme);
  });
});
