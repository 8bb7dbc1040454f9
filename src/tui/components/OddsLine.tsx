// Live odds of each outcome from the current state; marked while they are being recomputed.
import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import { formatNumber, formatPercent, t } from '../../i18n/messages.js';
import type { OddsState } from '../../workers/oddsService.js';
import { useColor, useFit } from '../theme.js';

type Props = { readonly odds: OddsState; readonly focused: boolean; readonly width: number; readonly lang?: string };

/**
 * The odds as lines of at most `width` cells: one when everything fits, else the outcomes packed whole (an outcome, its
 * percentage and its band are never split apart) over as many lines as they need, continuation lines indented.
 */
export function oddsLines(odds: OddsState, focused: boolean, width: number, lang = 'en'): string[] {
  if (odds.kind === 'off') return [' '];
  if (odds.kind === 'error') return [t(lang, 'odds.unavailable', { message: odds.message })];
  const shown = odds.kind === 'ready' ? odds.odds : odds.last;
  const band = (b: readonly [number, number] | undefined) =>
    b ? ` (${formatNumber(lang, Math.round(b[0] * 100))}–${formatNumber(lang, Math.round(b[1] * 100))})` : '';
  const parts = shown?.outcomes.map((o) => `${o.id} ${formatPercent(lang, o.p)}${band(o.band)}`) ?? [];
  const k = Math.round((shown?.runs ?? 0) / 1000);
  const tail = odds.kind === 'computing' ? t(lang, 'odds.updating') : t(lang, focused ? 'odds.runsDrivers' : 'odds.runs', { k });
  const title = t(lang, 'odds.title');
  const whole = `${title} ${parts.join(' · ')} ${tail}`;
  if (stringWidth(whole) <= width) return [whole];
  const head = `${title} `;
  const indent = ' '.repeat(stringWidth(head));
  const segments = [...parts.map((text, i) => ({ text, sep: i === 0 ? '' : ' · ' })), { text: tail, sep: ' ' }];
  const lines: string[] = [];
  let line = head;
  for (const { text, sep } of segments) {
    const candidate = line === head ? `${line}${text}` : `${line}${sep}${text}`;
    if (line === head || stringWidth(candidate) <= width) line = candidate;
    else {
      lines.push(line);
      line = `${indent}${text}`;
    }
  }
  return [...lines, line];
}

export function OddsLine({ odds, focused, width, lang = 'en' }: Props) {
  const fitLine = useFit();
  const color = useColor();
  const lines = oddsLines(odds, focused, width, lang);
  if (odds.kind === 'error') return <Text {...color('red')}>{fitLine(lines[0] ?? '', width)}</Text>;
  return (
    <Box flexDirection="column">
      {lines.map((line) => (
        <Text key={line} bold={focused} underline={focused} dimColor={odds.kind === 'computing'}>
          {fitLine(line, width)}
        </Text>
      ))}
    </Box>
  );
}
