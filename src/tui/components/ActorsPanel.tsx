// Each actor's current state; states that changed in the last step are marked.
import { Box, Text } from 'ink';
import { t } from '../../i18n/messages.js';
import { fitCells } from '../fitCells.js';
import type { ActorRow } from '../screenModel.js';
import { useColor, useFit } from '../theme.js';

type Props = { readonly rows: readonly ActorRow[]; readonly width: number; readonly idWidth: number; readonly lang?: string };

export function ActorsPanel({ rows, width, idWidth, lang = 'en' }: Props) {
  const fitLine = useFit();
  const color = useColor();
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>{fitLine(t(lang, 'panel.actors'), width)}</Text>
      {rows.map((r) => (
        <Text key={r.id} {...color(r.changed ? 'yellow' : null)} bold={r.changed}>
          {fitLine(`${r.changed ? '*' : ' '}${fitCells(r.id, idWidth)} ${r.stateLabel}`, width)}
        </Text>
      ))}
    </Box>
  );
}
