// A titled block of lines that takes the place of the panels; long content scrolls, with a position marker.
import { Box, Text } from 'ink';
import { fitCells } from '../fitCells.js';
import { overlayRoom } from '../overlayView.js';

type Props = { readonly title: string; readonly lines: readonly string[]; readonly rows: number; readonly width: number; readonly scroll?: number };

/** `rows` is the terminal's height; the overlay fills what the panels would. */
export function Overlay({ title, lines, rows, width, scroll = 0 }: Props) {
  const room = overlayRoom(rows, lines.length);
  const first = Math.max(0, Math.min(scroll, lines.length - room));
  const shown = lines.slice(first, first + room);
  const scrolls = lines.length > room;
  const below = lines.length - first - shown.length;
  const marker = `── lines ${first + 1}–${first + shown.length} of ${lines.length}${below > 0 ? ` · ${below} more below ↓` : ' · end'}${first > 0 ? ' · more above ↑' : ''} · ↑↓ PgUp PgDn scroll ──`;
  return (
    <Box flexDirection="column" width={width} height={room + 1 + (scrolls ? 1 : 0)}>
      <Text bold inverse>
        {fitCells(title, width)}
      </Text>
      {shown.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
        <Text key={i}>{fitCells(line, width)}</Text>
      ))}
      {scrolls && <Text dimColor>{fitCells(marker, width)}</Text>}
    </Box>
  );
}
