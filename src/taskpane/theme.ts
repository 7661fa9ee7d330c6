/** The Fluent theme that matches Office's own: dark when Office paints the pane dark. */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The part of Office.context.officeTheme the pane reads. */
export interface OfficeThemeColours {
  readonly bodyBackgroundColor?: string;
}

/** Whether a colour (#RRGGBB or #RGB) is dark, by its relative luminance; false when unreadable. */
export function isDarkColour(colour: string | undefined): boolean {
  const hex = colour?.trim().replace(/^#/, '') ?? '';
  const full = /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => linear(parseInt(full.slice(i, i + 2), 16) / 255)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2;
}

/** sRGB component to linear light (WCAG's relative luminance). */
function linear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The Fluent theme for Office's theme (light when Office does not say). */
export function themeFor(officeTheme: OfficeThemeColours | undefined): Theme {
  return isDarkColour(officeTheme?.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
