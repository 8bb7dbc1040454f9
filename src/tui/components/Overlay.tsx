// A titled block of lines that takes the place of the panels; long content scrolls, with a position marker.
import { Box, Text } from 'ink';
import { t } from '../../i18n/messages.js';
import { overlayRoom } from '../overlayView.js';
import { useFit } from '../theme.js';

type Props = {
  readonly title: string;
  readonly lines: readonly string[];
  readonly rows: number;
  readonly width: number;
  readonly scroll?: number;
  readonly lang?: string;
};

/** `rows` is the terminal's height; the overlay fills what the panels would. */
export function Overlay({ title, lines, rows, width, scroll = 0, lang = 'en' }: Props) {
  const fitLine = useFit();
  const room = overlayRoom(rows, lines.length);
  const first = Math.max(0, Math.min(scroll, lines.length - room));
  const shown = lines.slice(first, first + room);
  const scrolls = lines.length > room;
  const below = lines.length - first - shown.length;
  const marker = [
    t(lang, 'overlay.lines', { from: first + 1, to: first + shown.length, total: lines.length }),
    below > 0 ? t(lang, 'overlay.below', { n: below }) : t(lang, 'overlay.end'),
    ...(first > 0 ? [t(lang, 'overlay.above')] : []),
    t(lang, 'overlay.scroll'),
  ].join(' · ');
  return (
    <Box flexDirection="column" width={width} height={room + 1 + (scrolls ? 1 : 0)}>
      <Text bold inverse>
        {fitLine(title, width)}
      </Text>
      {shown.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
        <Text key={i}>{fitLine(line, width)}</Text>
      ))}
      {scrolls && <Text dimColor>{fitLine(`── ${marker} ──`, width)}</Text>}
    </Box>
  );
}
