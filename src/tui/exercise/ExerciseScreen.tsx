// The facilitator's screen: this month, what is due, the log; or the form being filled.
import { Box, Text } from 'ink';
import { fitCells, wrapCells } from '../fitCells.js';
import { useColor } from '../theme.js';
import { HINTS_EXERCISE } from './exerciseHints.js';
import { dueLines, formLines, headerLine, logLines, monthLines } from './exerciseLines.js';
import type { ExerciseUi } from './handleExerciseKey.js';

type Props = { readonly ui: ExerciseUi; readonly width: number; readonly height: number };

export function ExerciseScreen({ ui, width, height }: Props) {
  const color = useColor();
  if (width < 80 || height < 24) return <Text>{fitCells(`Enlarge the terminal to at least 80×24 (now ${width}×${height}); q quits`, width)}</Text>;
  const body = height - 1 - 5;
  const left = Math.floor(width * 0.55);
  const right = width - left - 1;
  const logRows = Math.max(3, Math.floor(body / 4));
  const topRows = body - logRows - 1;
  const column = (lines: readonly string[], w: number, rows: number) =>
    [...lines.slice(0, rows), ...Array(Math.max(0, rows - lines.length)).fill('')].map((l) => fitCells(l, w));
  const status = ui.status;
  const month = column(
    monthLines(ui).flatMap((l) => wrapCells(l, left, l.startsWith('•') ? '  ' : undefined)),
    left,
    topRows - 1,
  );
  const due = column(
    dueLines(ui).flatMap((l) => (l.startsWith('!') || l.startsWith('?') ? wrapCells(l, right, '  ') : [l])),
    right,
    topRows - 1,
  );
  return (
    <Box flexDirection="column" width={width} height={height - 1}>
      <Text bold {...color('cyan')}>
        {fitCells(headerLine(ui), width)}
      </Text>
      <Text> </Text>
      {ui.form ? (
        <Box flexDirection="column" height={body + 1}>
          {column(formLines(ui), width, body + 1).map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
            <Text key={i}>{l}</Text>
          ))}
        </Box>
      ) : (
        <Box flexDirection="column" height={body + 1}>
          <Text bold>{`${fitCells('THIS MONTH', left)} ${fitCells('DUE NOW, AND THE ACTORS', right)}`}</Text>
          {month.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
            <Text key={i}>{`${l} ${due[i]}`}</Text>
          ))}
          <Text bold>{fitCells('LOG', width)}</Text>
          {column(logLines(ui, logRows), width, logRows).map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
            <Text key={`log${i}`}>{l}</Text>
          ))}
        </Box>
      )}
      <Text {...color(status?.kind === 'error' ? 'red' : null)} bold={status?.kind === 'error'}>
        {fitCells(status ? `${status.kind === 'error' ? '! ' : ''}${status.text}` : '', width)}
      </Text>
      <Text inverse {...color('cyan')}>
        {fitCells(ui.form ? HINTS_EXERCISE.form : HINTS_EXERCISE.main, width)}
      </Text>
    </Box>
  );
}
