// The facilitator's screen: header and odds, this month and what is due, actors and indicators, the log; or the form, or the help.
import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import { t } from '../../i18n/messages.js';
import { fitCells, wrapCells } from '../fitCells.js';
import { hintLine } from '../keymap.js';
import { useColor, useFit, useVisual } from '../theme.js';
import { EXERCISE_SMALL_KEYS, exerciseHelp, exerciseHints, type MoreKeys } from './exerciseKeymap.js';
import { dueLines, formLines, headerLine, logLines, monthLines, oddsRows } from './exerciseLines.js';
import type { ExerciseUi } from './exerciseUi.js';

/**
 * `above`: rows a screen around this one draws above it (the host's bar beyond its first line), counted in the terminal's size;
 * `moreKeys`: the keys that screen answers first, listed in the help.
 */
type Props = { readonly ui: ExerciseUi; readonly width: number; readonly height: number; readonly above?: number; readonly moreKeys?: MoreKeys };

/** The smallest terminal the screen is laid out for. */
export const MIN_SIZE = { columns: 80, rows: 24 } as const;

const pad = (lines: readonly string[], w: number, rows: number) =>
  [...lines.slice(0, rows), ...Array(Math.max(0, rows - lines.length)).fill('')].map((l) => fitCells(l, w));

export function ExerciseScreen({ ui, width, height, above = 0, moreKeys = [] }: Props) {
  const color = useColor();
  const fitLine = useFit();
  const visual = useVisual();
  if (width < MIN_SIZE.columns || height + above < MIN_SIZE.rows)
    return (
      <Text>
        {fitLine(
          t(ui.lang, 'x.small', { w: MIN_SIZE.columns, h: MIN_SIZE.rows, nw: width, nh: height + above, hint: hintLine(EXERCISE_SMALL_KEYS, ui.lang, width) }),
          width,
        )}
      </Text>
    );
  if (ui.help) {
    // The help takes the whole screen (any key closes it): every key shows at 80×24, the host's too; the blank line goes first when short.
    const keys = exerciseHelp(ui.lang, width, moreKeys);
    const lines = [t(ui.lang, 'x.helpTitle'), ...(keys.length + 2 <= height - 1 ? [''] : []), ...keys];
    return (
      <Box flexDirection="column" width={width} height={height - 1}>
        {pad(lines, width, height - 1).map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
          <Text key={i}>{fitLine(l, width)}</Text>
        ))}
      </Box>
    );
  }
  /** The odds break between outcomes onto a second line when one does not hold them (Arabic words are longer), never cut. */
  const odds = oddsRows(ui, width).slice(0, 2);
  const body = height - 6 - (odds.length - 1);
  const left = Math.floor(width * 0.55);
  const right = width - left - 1;
  const logRows = Math.max(4, Math.floor(body / 4));
  const topRows = body - logRows - 1;
  const ended = ui.run.session.cursor.world.ended;
  const wrap = (w: number) => (l: string) => (stringWidth(l) <= w ? [l] : wrapCells(l, w, /^[•!?■]/.test(l) ? '  ' : undefined));
  /** A column cut to its rows says how many lines it leaves out, rather than dropping them silently. */
  const column = (lines: readonly string[], w: number) =>
    pad(lines.length > topRows ? [...lines.slice(0, topRows - 1), t(ui.lang, 'list.below', { n: lines.length - topRows + 1 })] : lines, w, topRows);
  const month = column(monthLines(ui).flatMap(wrap(left)), left);
  const due = column(dueLines(ui).flatMap(wrap(right)), right);
  const log = logLines(ui, logRows, width);
  const full = (lines: readonly string[]) =>
    pad(lines, width, body + 1).map((l, i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
      <Text key={i}>{fitLine(l, width)}</Text>
    ));
  const status = ui.status;
  /** Two columns on one row; drawn right to left, the first column sits on the right. */
  const row = (a: string, b: string) => (visual ? `${fitLine(b, right)} ${fitLine(a, left)}` : `${fitLine(a, left)} ${fitLine(b, right)}`);
  return (
    <Box flexDirection="column" width={width} height={height - 1}>
      <Text bold {...color('cyan')}>
        {fitLine(headerLine(ui, width), width)}
      </Text>
      {odds.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
        <Text key={`odds${i}`} {...color('yellow')}>
          {fitLine(l, width)}
        </Text>
      ))}
      {ui.form ? (
        <Box flexDirection="column" height={body + 1}>
          {full(formLines(ui, body + 1).flatMap((l, i) => (i === 0 || /^ {2,4}✗/.test(l) ? wrapCells(l, width, '      ') : [l])))}
        </Box>
      ) : (
        <Box flexDirection="column" height={body + 1}>
          <Text bold>{row(t(ui.lang, 'x.thisMonth'), t(ui.lang, ended ? 'x.theEnd' : 'x.dueNow'))}</Text>
          {month.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
            <Text key={i}>{row(l, due[i] ?? '')}</Text>
          ))}
          <Text bold>{fitLine(t(ui.lang, 'x.log', { position: log.position }), width)}</Text>
          {pad(log.lines, width, logRows).map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
            <Text key={`log${i}`}>{fitLine(l, width)}</Text>
          ))}
        </Box>
      )}
      <Text {...color(status?.kind === 'error' ? 'red' : null)} bold={status?.kind === 'error'}>
        {fitLine(status ? `${status.kind === 'error' ? '! ' : ''}${status.text}` : '', width)}
      </Text>
      <Text inverse {...color('cyan')}>
        {fitLine(exerciseHints(ui, width), width)}
      </Text>
    </Box>
  );
}
