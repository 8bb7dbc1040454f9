// Live odds of each outcome from the current state; marked while they are being recomputed.
import { Text } from 'ink';
import { formatNumber, formatPercent, t } from '../../i18n/messages.js';
import type { OddsState } from '../../workers/oddsService.js';
import { useColor, useFit } from '../theme.js';

type Props = { readonly odds: OddsState; readonly focused: boolean; readonly width: number; readonly lang?: string };

export function OddsLine({ odds, focused, width, lang = 'en' }: Props) {
  const fitLine = useFit();
  const color = useColor();
  if (odds.kind === 'off') return <Text> </Text>;
  if (odds.kind === 'error') return <Text {...color('red')}>{fitLine(t(lang, 'odds.unavailable', { message: odds.message }), width)}</Text>;
  const shown = odds.kind === 'ready' ? odds.odds : odds.last;
  const band = (b: readonly [number, number] | undefined) =>
    b ? ` (${formatNumber(lang, Math.round(b[0] * 100))}–${formatNumber(lang, Math.round(b[1] * 100))})` : '';
  const parts = shown?.outcomes.map((o) => `${o.id} ${formatPercent(lang, o.p)}${band(o.band)}`).join(' · ') ?? '';
  const k = Math.round((shown?.runs ?? 0) / 1000);
  const tail = odds.kind === 'computing' ? t(lang, 'odds.updating') : t(lang, focused ? 'odds.runsDrivers' : 'odds.runs', { k });
  return (
    <Text bold={focused} underline={focused} dimColor={odds.kind === 'computing'}>
      {fitLine(`${t(lang, 'odds.title')} ${parts} ${tail}`, width)}
    </Text>
  );
}
