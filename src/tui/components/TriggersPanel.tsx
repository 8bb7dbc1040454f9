// The triggers, filterable; disabled ones are greyed and marked with ×.
import { Box, Text } from 'ink';
import { t } from '../../i18n/messages.js';
import { fitCells } from '../fitCells.js';
import type { TriggerRow } from '../screenModel.js';
import { useColor, useFit } from '../theme.js';

type Props = {
  readonly rows: readonly TriggerRow[];
  readonly total: number;
  readonly selected: number;
  readonly focused: boolean;
  readonly filter: string;
  readonly filtering: boolean;
  readonly height: number;
  readonly width: number;
  readonly lang?: string;
};

export function TriggersPanel({ rows, total, selected, focused, filter, filtering, height, width, lang = 'en' }: Props) {
  const fitLine = useFit();
  const color = useColor();
  const enabled = rows.filter((r) => r.enabled).length;
  const room = Math.max(1, height - 1);
  const visible = rows.length > room ? Math.max(1, room - 1) : room;
  const first = Math.max(0, Math.min(selected - Math.floor(visible / 2), rows.length - visible));
  const above = first;
  const below = Math.max(0, rows.length - first - visible);
  const title =
    filtering || filter
      ? t(lang, 'panel.triggers.filter', { filter: `${filter}${filtering ? '▌' : ''}`, shown: rows.length, total, enabled })
      : t(lang, 'panel.triggers', { enabled, total });
  const idWidth = Math.min(24, Math.max(...rows.map((r) => r.id.length), 8));
  return (
    <Box flexDirection="column" width={width}>
      <Text bold underline={focused}>
        {fitLine(title, width)}
      </Text>
      {rows.length === 0 && <Text>{fitLine(`  ${t(lang, 'panel.noMatch')}`, width)}</Text>}
      {rows.slice(first, first + visible).map((r, i) => {
        const isSelected = first + i === selected;
        return (
          <Text key={r.id} inverse={isSelected && focused} dimColor={!r.enabled} {...color(r.enabled ? null : 'gray')}>
            {fitLine(`${isSelected ? '>' : ' '}${r.enabled ? ' ' : '×'}${width >= 50 ? `${fitCells(r.id, idWidth)} ${r.label}` : r.id}`, width)}
          </Text>
        );
      })}
      {rows.length > room && (
        <Text dimColor>
          {fitLine(
            `  ${below > 0 ? t(lang, 'list.below', { n: below }) : t(lang, 'list.end')}${above > 0 ? ` · ${t(lang, 'list.above', { n: above })}` : ''}`,
            width,
          )}
        </Text>
      )}
    </Box>
  );
}
