// Whether the screen may use colour (NO_COLOR turns it off); the layout never depends on it.
import { createContext, useContext } from 'react';

export type Theme = { readonly color: boolean };

export const ThemeContext = createContext<Theme>({ color: true });

/** Props that set a colour, or none in monochrome: spread them into a Text. */
export function useColor(): (name: string | null) => { color?: string } {
  const { color } = useContext(ThemeContext);
  return (name) => (color && name ? { color: name } : {});
}
