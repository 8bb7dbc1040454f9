// The odds as seen after every step of the current branch: one sparkline per outcome under the live odds.
import { Text } from 'ink';
import { useFit } from '../theme.js';

type Props = { readonly line: string | null; readonly width: number };

/** The trend row, fitted to the width in the reading order of the interface language (visual order for Arabic without terminal bidi). */
export function OddsTrend({ line, width }: Props) {
  const fitLine = useFit();
  return <Text dimColor>{line === null ? ' ' : fitLine(line, width)}</Text>;
}
