// The odds as seen after every step of the current branch: one sparkline per outcome under the live odds.
import { Text } from 'ink';

type Props = { readonly line: string | null };

export function OddsTrend({ line }: Props) {
  return <Text dimColor>{line ?? ' '}</Text>;
}
