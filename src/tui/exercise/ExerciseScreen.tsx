// The facilitator's screen: header and odds, this month and what is due, actors and indicators, the log; or the form, or the help.
import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import { t } from '../../i18n/messages.js';
import { fitCells, wrapCells } from '../fitCells.js';
import { useColor } from '../theme.js';
import { exerciseHelp, exerciseHints } from './exerciseKeymap.js';
import { dueLines, formLines, headerLine, logLines, monthLines, oddsLine } from './exerciseLines.js';
import type { ExerciseUi } from './exerciseUi.js';

type Props = { readonly ui: ExerciseUi; readonly width: number; readonly height: number };

/** The smallest terminal the screen is laid out for. */
export const MIN_SIZE = { columns: 80, rows: 24 } as const;

const pad = (lines: readonly string[], w: number, rows: number) =>
  [...lines.slice(0, rows), ...Array(Math.max(0, rows - lines.length)).fill('')].map((l) => fitCells(l, w));

export function ExerciseScreen({ ui, width, height }: Props) {
  const color = useColor();
  if (width < MIN_SIZE.columns || height < MIN_SIZE.rows)
    return <Text>{fitCells(`Enlarge the terminal to 80×24 (now ${width}×${height}); keys wait; q quits`, width)}</Text>;
  const body = height - 6;
  const left = Math.floor(width * 0.55);
  const right = width - left - 1;
  const logRows = Math.max(4, Math.floor(body / 4));
  const topRows = body - logRows - 1;
  const ended = ui.run.session.cursor.world.ended;
  const wrap = (w: number) => (l: string) => (stringWidth(l) <= w ? [l] : wrapCells(l, w, /^[•!?■]/.test(l) ? '  ' : undefined));
  const month = pad(monthLines(ui).flatMap(wrap(left)), left, topRows);
  const due = pad(dueLines(ui).flatMap(wrap(right)), right, topRows);
  const log = logLines(ui, logRows);
  const full = (lines: readonly string[]) =>
    pad(lines, width, body + 1).map((l, i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
      <Text key={i}>{l}</Text>
    ));
  const status = ui.status;
  return (
    <Box flexDirection="column" width={width} height={height - 1}>
      <Text bold {...color('cyan')}>
        {fitCells(headerLine(ui, width), width)}
      </Text>
      <Text {...color('yellow')}>{fitCells(oddsLine(ui), width)}</Text>
      {ui.help ? (
        <Box flexDirection="column" height={body + 1}>
          {full([t(ui.lang, 'x.helpTitle'), '', ...exerciseHelp(ui.lang, width)])}
        </Box>
      ) : ui.form ? (
        <Box flexDirection="column" height={body + 1}>
          {full(formLines(ui, body + 1).flatMap((l, i) => (i === 0 || /^ {2,4}✗/.test(l) ? wrapCells(l, width, '      ') : [l])))}
        </Box>
      ) : (
        <Box flexDirection="column" height={body + 1}>
          <Text bold>{`${fitCells('THIS MONTH', left)} ${fitCells(ended ? 'THE END' : 'DUE NOW', right)}`}</Text>
          {month.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
            <Text key={i}>{`${l} ${due[i]}`}</Text>
          ))}
          <Text bold>{fitCells(`LOG ${log.position}`, width)}</Text>
          {pad(log.lines, width, logRows).map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
            <Text key={`log${i}`}>{l}</Text>
          ))}
        </Box>
      )}
      <Text {...color(status?.kind === 'error' ? 'red' : null)} bold={status?.kind === 'error'}>
        {fitCells(status ? `${status.kind === 'error' ? '! ' : ''}${status.text}` : '', width)}
      </Text>
      <Text inverse {...color('cyan')}>
        {fitCells(exerciseHints(ui, width), width)}
      </Text>
    </Box>
  );
}
