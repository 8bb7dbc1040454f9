// One line under the panels: the last action's result or error, or the prompt being typed.
import { Text } from 'ink';
import { wrapCells } from '../fitCells.js';
import { useColor, useFit } from '../theme.js';

type Props = { readonly kind: 'info' | 'error' | 'prompt'; readonly text: string; readonly width: number; readonly rows?: number };

/** Long messages wrap onto `rows` lines (the screen gives a second row when the text needs it). */
export function StatusLine({ kind, text, width, rows = 1 }: Props) {
  const fitLine = useFit();
  const color = useColor();
  const shown = kind === 'error' ? `! ${text}` : kind === 'prompt' ? `${text}▌` : text;
  const lines = rows > 1 ? wrapCells(shown, width, '  ') : [shown];
  const cut =
    lines.length > rows
      ? [
          ...lines.slice(0, rows - 1),
          lines
            .slice(rows - 1)
            .map((l) => l.trim())
            .join(' '),
        ]
      : lines;
  return (
    <Text {...color(kind === 'error' ? 'red' : kind === 'prompt' ? 'cyan' : null)} bold={kind !== 'info'}>
      {cut.map((l) => fitLine(l, width)).join('\n')}
    </Text>
  );
}
