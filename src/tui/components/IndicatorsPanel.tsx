// Each indicator: value, a bar within its bounds, the change from the last step and a sparkline, one line each.
import { Box, Text } from 'ink';
import { t } from '../../i18n/messages.js';
import { bar, sparkline } from '../charts.js';
import { fitCells, padStartCells } from '../fitCells.js';
import { fitNumber, widestNumbers } from '../fitNumber.js';
import type { IndicatorRow } from '../screenModel.js';
import { useColor, useFit } from '../theme.js';

type Props = { readonly rows: readonly IndicatorRow[]; readonly width: number; readonly useLabels: boolean; readonly lang?: string };

/** The value and change columns: as wide as the bounds need, at most `cap` cells (numbers then lose decimals to fit). */
export function numberColumns(rows: readonly IndicatorRow[], cap: number): { readonly value: number; readonly change: number } {
  const widest = rows.map((r) => widestNumbers(r.min, r.max));
  return {
    value: Math.min(cap, Math.max(3, ...widest.map((w) => w.value))),
    change: Math.min(cap, Math.max(3, ...widest.map((w) => w.change))),
  };
}

export function IndicatorsPanel({ rows, width, useLabels, lang = 'en' }: Props) {
  const fitLine = useFit();
  const color = useColor();
  const wide = width >= 70;
  const barWidth = wide ? 16 : 8;
  const sparkWidth = wide ? 16 : 6;
  const cols = numberColumns(rows, wide ? 8 : 5);
  const nameWidth = width - barWidth - sparkWidth - cols.value - cols.change - 4;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>{fitLine(t(lang, 'panel.indicators'), width)}</Text>
      {rows.map((r) => (
        <Text key={r.id} wrap="truncate">
          {useLabels ? fitLine(r.label, nameWidth) : fitCells(r.id, nameWidth)} <Text {...color('blue')}>{bar(r.value, r.min, r.max, barWidth)}</Text>{' '}
          {padStartCells(fitNumber(r.value, cols.value), cols.value)}{' '}
          <Text {...color(r.delta === 0 ? null : r.delta > 0 ? 'green' : 'red')} bold={r.delta !== 0}>
            {padStartCells(fitNumber(r.delta, cols.change, true), cols.change)}
          </Text>{' '}
          <Text {...color('gray')}>{sparkline(r.history, r.min, r.max, sparkWidth)}</Text>
        </Text>
      ))}
    </Box>
  );
}
