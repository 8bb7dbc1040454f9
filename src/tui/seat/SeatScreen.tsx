// A team's seat screen: header, news and what is asked of the team, the world, the log, the status and the keys.
import { Box, Text } from 'ink';
import { fitCells } from '../fitCells.js';
import { useColor } from '../theme.js';
import type { SeatUi } from './handleSeatKey.js';
import { briefingLines, logLines, newsLines, seatFormLines, seatHeader, turnLines, worldLines } from './seatLines.js';

type Props = { readonly ui: SeatUi; readonly seat: string; readonly watch: boolean; readonly width: number; readonly height: number };

const KEYS = 'p predict  d decide  m move  w world  b briefing  ↑↓ log  q quit';
const WATCH_KEYS = 'w world  b briefing  ↑↓ log  q quit';

export function SeatScreen({ ui, seat, watch, width, height }: Props) {
  const color = useColor();
  if (width < 80 || height < 24) return <Text>{fitCells(`Enlarge the terminal to at least 80×24 (now ${width}×${height}); q quits`, width)}</Text>;
  const v = ui.view;
  const body = height - 4;
  const left = Math.floor(width / 2) - 1;
  const right = width - left - 1;
  const pad = (lines: readonly string[], w: number, rows: number) =>
    [...lines.slice(0, rows), ...Array(Math.max(0, rows - lines.length)).fill('')].map((l) => fitCells(l, w));
  let rows: string[];
  if (!v) rows = pad(['Connecting to the host…'], width, body);
  else if (ui.form) rows = pad(seatFormLines(ui, width), width, body);
  else if (ui.showBriefing) rows = pad(briefingLines(v, width), width, body);
  else if (ui.showWorld) rows = pad(worldLines(v, width), width, body);
  else {
    const top = Math.floor(body / 2);
    const news = pad(['NEWS', ...newsLines(v, left)], left, top);
    const turn = pad([watch ? 'THE CLASS' : 'YOUR TURN', ...turnLines(v, right, watch)], right, top);
    const all = logLines(v, width);
    const shown = all.slice(0, Math.max(0, all.length - ui.logScroll)).slice(-(body - top - 1));
    const log = pad([`LOG${ui.logScroll ? ` (${ui.logScroll} newer lines below; ↓ shows them)` : ''}`, ...shown], width, body - top);
    rows = [...news.map((l, i) => `${l} ${turn[i]}`), ...log];
  }
  return (
    <Box flexDirection="column" width={width} height={height - 1}>
      <Text bold {...color('cyan')}>
        {fitCells(seatHeader(ui, seat), width)}
      </Text>
      {rows.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
        <Text key={i}>{l}</Text>
      ))}
      <Text {...(ui.status?.kind === 'error' ? color('red') : {})}>{fitCells(ui.status?.text ?? '', width)}</Text>
      <Text dimColor>{fitCells(watch ? WATCH_KEYS : KEYS, width)}</Text>
    </Box>
  );
}
