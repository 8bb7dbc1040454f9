// One line under the panels: the last action's result or error, or the prompt being typed.
import { Text } from 'ink';
import { fitCells } from '../fitCells.js';
import { useColor } from '../theme.js';

type Props = { readonly kind: 'info' | 'error' | 'prompt'; readonly text: string; readonly width: number };

export function StatusLine({ kind, text, width }: Props) {
  const color = useColor();
  const shown = kind === 'error' ? `! ${text}` : kind === 'prompt' ? `${text}▌` : text;
  return (
    <Text {...color(kind === 'error' ? 'red' : kind === 'prompt' ? 'cyan' : null)} bold={kind !== 'info'}>
      {fitCells(shown, width)}
    </Text>
  );
}
