// A team's seat screen: header, news and what is asked of the team, the world, the log, the status and the keys.
import { Box, Text } from 'ink';
import { isRightToLeft, t } from '../../i18n/messages.js';
import { type BidiMode, fitLogical, fitVisual } from '../bidi.js';
import { wrapCells } from '../fitCells.js';
import { useColor } from '../theme.js';
import type { SeatUi } from './handleSeatKey.js';
import { briefingLines, logLines, newsLines, seatFormLines, seatHeader, seatLang, turnLines, worldLines } from './seatLines.js';

/** `bidi`: how right-to-left lines reach the terminal (docs/arabic.md); the language is the host's, read from the view. */
type Props = {
  readonly ui: SeatUi;
  readonly seat: string;
  readonly watch: boolean;
  readonly width: number;
  readonly height: number;
  readonly bidi?: BidiMode;
};

/** A team's seat (or the projector view when `watch`), worded in the host's language. */
export function SeatScreen({ ui, seat, watch, width, height, bidi = 'terminal' }: Props) {
  const color = useColor();
  const lang = seatLang(ui);
  const visual = isRightToLeft(lang) && bidi === 'visual';
  const fitCells = visual ? fitVisual : fitLogical;
  if (width < 80 || height < 24) return <Text>{fitCells(t(lang, 'seat.small', { w: width, h: height }), width)}</Text>;
  const v = ui.view;
  const body = height - 4;
  const left = Math.floor(width / 2) - 1;
  const right = width - left - 1;
  // Lines beyond the rows end in a mark of how many more (w shows the world and the odds whole), never dropped unsaid.
  const pad = (lines: readonly string[], w: number, rows: number) => {
    const kept = lines.length > rows ? [...lines.slice(0, rows - 1), t(lang, 'list.below', { n: lines.length - rows + 1 })] : lines;
    return [...kept, ...Array(Math.max(0, rows - kept.length)).fill('')].map((l) => fitCells(l, w));
  };
  let rows: string[];
  if (!v) rows = pad(waitingLines(ui, lang, width), width, body);
  else if (ui.form) rows = pad(seatFormLines(ui, width), width, body);
  else if (ui.showBriefing) rows = pad(briefingLines(v, width), width, body);
  else if (ui.showWorld) rows = pad(worldLines(v, width), width, body);
  else {
    const top = Math.floor(body / 2);
    const news = pad([t(lang, 'seat.news'), ...newsLines(v, left)], left, top);
    const turn = pad([t(lang, watch ? 'seat.theClass' : 'seat.yourTurn'), ...turnLines(v, right, watch)], right, top);
    const all = logLines(v, width);
    const shown = all.slice(0, Math.max(0, all.length - ui.logScroll)).slice(-(body - top - 1));
    const log = pad([ui.logScroll ? t(lang, 'seat.logMore', { n: ui.logScroll }) : t(lang, 'seat.log'), ...shown], width, body - top);
    rows = [...news.map((l, i) => (visual ? `${turn[i]} ${l}` : `${l} ${turn[i]}`)), ...log];
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
      <Text {...(ui.status?.kind === 'error' ? color('red') : {})}>{fitCells((!v && ui.status?.connection ? '' : ui.status?.text) ?? '', width)}</Text>
      <Text dimColor>{fitCells(t(lang, watch ? 'seat.watchKeys' : 'seat.keys'), width)}</Text>
    </Box>
  );
}

/** Before the first view: connecting, and why the seat is not in yet (a refusal, an unreachable host), wrapped whole. */
function waitingLines(ui: SeatUi, lang: string, width: number): string[] {
  const problem = ui.status?.connection ? wrapCells(ui.status.text, width) : [];
  const hint = ui.connection === 'offline' && ui.status?.hint ? ['', ...wrapCells(t(lang, 'seat.problem.unreachableHint'), width)] : [];
  if (ui.connection === 'refused') return problem;
  return [t(lang, 'seat.connecting'), ...(problem.length > 0 ? ['', ...problem] : []), ...hint];
}
