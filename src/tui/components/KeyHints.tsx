// The key hint bar, always visible; it changes with what the keys do now.
import { Text } from 'ink';
import { fitCells } from '../fitCells.js';
import { useColor } from '../theme.js';

export const HINTS = {
  normal: '↑↓ select  ⏎ fire  a month  A deadline  u/r undo/redo  e explain  ? help  q quit',
  wide: '↑↓/jk select  Tab panel  ⏎ fire/explain  a month  A deadline  u/r undo/redo  b/B branch/list  c compare  e explain  / filter  s/o save/open  ? help  q quit',
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

export function KeyHints({ hint, width }: Props) {
  const color = useColor();
  const text = hint === 'normal' && width >= 150 ? HINTS.wide : HINTS[hint];
  return (
    <Text inverse {...color('cyan')}>
      {fitCells(text, width)}
    </Text>
  );
}
