// A titled block of lines that takes the place of the panels (help, explanations, branches, compare).
import { Box, Text } from 'ink';
import { fitCells } from '../fitCells.js';

type Props = { readonly title: string; readonly lines: readonly string[]; readonly height: number; readonly width: number; readonly scroll?: number };

export function Overlay({ title, lines, height, width, scroll = 0 }: Props) {
  const room = Math.max(1, height - 1);
  const first = Math.max(0, Math.min(scroll, lines.length - room));
  const shown = lines.slice(first, first + room);
  const more = lines.length > room ? ` (lines ${first + 1}–${first + shown.length} of ${lines.length})` : '';
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold inverse>
        {fitCells(`${title}${more}`, width)}
      </Text>
      {shown.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
        <Text key={i}>{fitCells(line, width)}</Text>
      ))}
    </Box>
  );
}
