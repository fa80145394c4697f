/** The pane follows Office's theme: a dark Office body gets Fluent's dark web theme. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** `#1f1f1f` → true. Relative luminance below one half reads as a dark theme. */
export function isDarkColour(hex: string | undefined | null): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec((hex ?? "").trim());
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function themeFor(dark: boolean): Theme {
  return dark ? webDarkTheme : webLightTheme;
}

/**
 * Office's theme where the host gives one; Excel on the web leaves `officeTheme` undefined
 * (office-js#6134), so there the browser's `prefers-color-scheme` decides.
 */
export function prefersDark(
  officeTheme: { readonly bodyBackgroundColor?: string } | undefined,
  matchMedia: ((query: string) => { readonly matches: boolean }) | undefined,
): boolean {
  if (officeTheme?.bodyBackgroundColor) return isDarkColour(officeTheme.bodyBackgroundColor);
  return matchMedia?.("(prefers-color-scheme: dark)").matches === true;
}
