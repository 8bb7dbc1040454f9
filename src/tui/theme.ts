// How the screen is drawn besides its layout: colour (NO_COLOR turns it off) and right-to-left lines in visual order.
import { createContext, useContext } from 'react';
import { fitLogical, fitVisual } from './bidi.js';

/** `visual`: right-to-left lines are reordered and right-aligned by statecraft (docs/arabic.md). */
export type Theme = { readonly color: boolean; readonly visual?: boolean };

export const ThemeContext = createContext<Theme>({ color: true });

/** Props that set a colour, or none in monochrome: spread them into a Text. */
export function useColor(): (name: string | null) => { color?: string } {
  const { color } = useContext(ThemeContext);
  return (name) => (color && name ? { color: name } : {});
}

/** Fits a line to a width in cells: as stored, or in visual right-to-left order when the theme says so. */
export function useFit(): (text: string, width: number) => string {
  const { visual } = useContext(ThemeContext);
  return visual ? fitVisual : fitLogical;
}

/** Whether lines are drawn right to left by statecraft (panels then sit mirrored: the first on the right). */
export function useVisual(): boolean {
  return useContext(ThemeContext).visual === true;
}
