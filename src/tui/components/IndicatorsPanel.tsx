// Each indicator: value, a bar within its bounds, the change from the last step and a sparkline.
import { Box, Text } from 'ink';
import { t } from '../../i18n/messages.js';
import { formatDelta, formatValue } from '../../report/formatValue.js';
import { bar, sparkline } from '../charts.js';
import { fitCells, padStartCells } from '../fitCells.js';
import type { IndicatorRow } from '../screenModel.js';
import { useColor, useFit } from '../theme.js';

type Props = { readonly rows: readonly IndicatorRow[]; readonly width: number; readonly useLabels: boolean; readonly lang?: string };

export function IndicatorsPanel({ rows, width, useLabels, lang = 'en' }: Props) {
  const fitLine = useFit();
  const color = useColor();
  const barWidth = width >= 70 ? 16 : 8;
  const sparkWidth = width >= 70 ? 16 : 6;
  const nameWidth = width - barWidth - sparkWidth - 5 - 5 - 4;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>{fitLine(t(lang, 'panel.indicators'), width)}</Text>
      {rows.map((r) => (
        <Text key={r.id}>
          {useLabels ? fitLine(r.label, nameWidth) : fitCells(r.id, nameWidth)} <Text {...color('blue')}>{bar(r.value, r.min, r.max, barWidth)}</Text>
          {padStartCells(formatValue(r.value), 6)}{' '}
          <Text {...color(r.delta === 0 ? null : r.delta > 0 ? 'green' : 'red')} bold={r.delta !== 0}>
            {padStartCells(formatDelta(r.delta), 5)}
          </Text>{' '}
          <Text {...color('gray')}>{sparkline(r.history, r.min, r.max, sparkWidth)}</Text>
        </Text>
      ))}
    </Box>
  );
}
