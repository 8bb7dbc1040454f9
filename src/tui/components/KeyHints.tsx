// The key hint bar, always visible; it changes with what the keys do now.
import { Text } from 'ink';
import { fitCells } from '../fitCells.js';
import { NORMAL_KEYS } from '../handleNormalKey.js';
import { hintLine } from '../keymap.js';
import { useColor } from '../theme.js';

/** The hint bar for each mode; the main screen's is read from its keymap (all of it when the terminal is wide). */
export const HINTS = {
  normal: hintLine(NORMAL_KEYS, false),
  wide: hintLine(NORMAL_KEYS, true),
  filter: 'type to filter triggers  ⏎ keep filter  Esc clear',
  prompt: 'type  ⏎ confirm  Esc cancel',
  overlay: 'any key closes',
  explain: '↑↓ scroll  any other key closes',
  branches: '↑↓ select  ⏎ switch  Esc close',
  compare: '←→ other branch  any other key closes',
  drivers: 'any key closes',
  quit: 'unsaved changes: y quits, any other key stays (s saves)',
} as const;

type Props = { readonly hint: keyof typeof HINTS; readonly width: number };

/** The hint bar: what the keys do now, fitted to the width. */
export function KeyHints({ hint, width }: Props) {
  const color = useColor();
  const text = hint === 'normal' && width >= 150 ? HINTS.wide : HINTS[hint];
  return (
    <Text inverse {...color('cyan')}>
      {fitCells(text, width)}
    </Text>
  );
}
