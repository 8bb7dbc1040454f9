// Live odds of each outcome from the current state; marked while they are being recomputed.
import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import { formatNumber, formatPercent, isRightToLeft, t } from '../../i18n/messages.js';
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
  const outcomes = shown?.outcomes ?? [];
  const kind = intervalKind(outcomes);
  const parts = outcomes.map((o) => isolated(`${o.id} ${formatPercent(lang, o.p)}${intervalOf(o, kind, lang)}`, lang));
  const k = Math.round((shown?.runs ?? 0) / 1000);
  const legend = t(lang, `odds.legend.${kind}`);
  const tail = odds.kind === 'computing' ? t(lang, 'odds.updating') : t(lang, focused ? 'odds.runsDrivers' : 'odds.runs', { k, legend });
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

type Outcome = { readonly p: number; readonly ci95: readonly [number, number]; readonly band?: readonly [number, number] };

/** Which uncertainty the odds show: the band over parameter draws (ranges declared), the runs' 95% interval, or none when every run ends alike. */
function intervalKind(outcomes: readonly Outcome[]): 'band' | 'runs' | 'alike' {
  if (outcomes.some((o) => o.band)) return 'band';
  return outcomes.every((o) => o.p === 0 || o.p === 1) ? 'alike' : 'runs';
}

/** ` (10–22)`: the band in whole points, or the runs' 95% interval to a tenth of a point. */
function intervalOf(o: Outcome, kind: 'band' | 'runs' | 'alike', lang: string): string {
  const range = (r: readonly [number, number], digits: number) =>
    ` (${formatNumber(lang, Math.round(r[0] * 100 * 10 ** digits) / 10 ** digits, digits)}–${formatNumber(lang, Math.round(r[1] * 100 * 10 ** digits) / 10 ** digits, digits)})`;
  if (kind === 'band' && o.band) return range(o.band, 0);
  return kind === 'runs' ? range(o.ci95, 1) : '';
}

const LRI = '\u2066';
const PDI = '\u2069';
/** An outcome kept left to right as one unit in a right-to-left line: its id, then its % and interval, the same way for every outcome. */
const isolated = (text: string, lang: string) => (isRightToLeft(lang) ? `${LRI}${text}${PDI}` : text);

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
