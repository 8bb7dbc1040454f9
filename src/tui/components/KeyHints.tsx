// The key hint bar, always visible; it changes with what the keys do now.
import { Text } from 'ink';
import { t } from '../../i18n/messages.js';
import { fitCells } from '../fitCells.js';
import { useColor } from '../theme.js';

export const HINTS = {
  normal: '↑↓ select  ⏎ fire  a month  R roll  u/r undo/redo  e explain  ? help  q quit',
  wide: '↑↓/jk select  Tab panel  ⏎ fire/explain  a month  A deadline  R roll  P autoplay  u/r undo/redo  g jump  b/B branch/list  c compare  e explain  w watch  / filter  s/o save/open  ? help  q quit',
  filter: 'type to filter triggers  ⏎ keep filter  Esc clear',
  prompt: 'type  ⏎ confirm  Esc cancel',
  overlay: '↑↓ PgUp PgDn scroll  any other key closes',
  explain: '↑↓ PgUp PgDn scroll  any other key closes',
  branches: '↑↓ select  ⏎ switch  Esc close',
  compare: '←→ other branch  ↑↓ PgUp PgDn scroll  any other key closes',
  drivers: '↑↓ PgUp PgDn scroll  any other key closes',
  signposts: '↑↓ PgUp PgDn scroll  any other key closes (and stops the computation)',
  quit: 'y quits without saving  s saves, then quits  any other key stays',
  autoplay: 'autoplay: a month at a time by chance  any key stops',
  open: 'y opens another session (unsaved work is lost)  s saves first  any other key stays',
  restore: 'y restore  n discard  Esc decide later  ↑↓ scroll',
} as const;

type Props = { readonly hint: keyof typeof HINTS; readonly width: number; readonly lang?: string };

export function KeyHints({ hint, width, lang = 'en' }: Props) {
  const color = useColor();
  const text = hint === 'normal' && width >= 150 ? HINTS.wide : hint === 'normal' ? t(lang, 'hint.normal') : HINTS[hint];
  return (
    <Text inverse {...color('cyan')}>
      {fitCells(text, width)}
    </Text>
  );
}
