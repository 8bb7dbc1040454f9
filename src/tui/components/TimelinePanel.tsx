// Recent steps, newest last; the selected one can be explained in full.
import { Box, Text } from 'ink';
import { t } from '../../i18n/messages.js';
import type { StepRow } from '../screenModel.js';
import { useFit } from '../theme.js';

type Props = {
  readonly rows: readonly StepRow[];
  readonly selected: number;
  readonly focused: boolean;
  readonly height: number;
  readonly width: number;
  readonly lang?: string;
};

export function TimelinePanel({ rows, selected, focused, height, width, lang = 'en' }: Props) {
  const fitLine = useFit();
  const room = Math.max(1, height - 1);
  const total = rows.at(-1)?.index ?? 0;
  const visible = total > room ? Math.max(1, room - 1) : room;
  const at = rows.findIndex((r) => r.index === selected);
  const last = at < 0 ? rows.length : Math.max(Math.min(rows.length, visible), at + 1);
  const shown = rows.slice(Math.max(0, last - visible), last);
  const above = (shown[0]?.index ?? 1) - 1;
  const below = total - (shown.at(-1)?.index ?? total);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold underline={focused}>
        {fitLine(rows.length === 0 ? t(lang, 'panel.timeline.empty') : t(lang, 'panel.timeline', { n: selected }), width)}
      </Text>
      {shown.map((r) => (
        <Text key={r.index} inverse={focused && r.index === selected}>
          {fitLine(`${r.index === selected ? '>' : ' '}#${r.index} ${r.date} ${r.trigger}: ${r.summary}`, width)}
        </Text>
      ))}
      {total > room && (
        <Text dimColor>
          {fitLine(
            `  ${above > 0 ? t(lang, 'timeline.earlier', { n: above }) : t(lang, 'timeline.first')}${below > 0 ? ` · ${t(lang, 'list.below', { n: below })}` : ''} · ${t(lang, 'timeline.scroll')}`,
            width,
          )}
        </Text>
      )}
    </Box>
  );
}
