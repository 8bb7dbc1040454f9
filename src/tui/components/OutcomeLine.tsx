// The outcome: decided, undecided, or open with the next deadline.
import { Text } from 'ink';
import { fitCells } from '../fitCells.js';
import { useColor } from '../theme.js';

type Props = { readonly status: string; readonly label: string; readonly next: string | null; readonly width: number };

export function OutcomeLine({ status, label, next, width }: Props) {
  const color = useColor();
  const text =
    status === 'open'
      ? `OUTCOME  open${next ? ` · next deadline: ${next}` : ''}`
      : status === 'undecided'
        ? `OUTCOME  undecided: ${label}`
        : `OUTCOME  ${status}: ${label} (decided)`;
  return (
    <Text bold={status !== 'open'} {...color(status === 'open' ? null : 'magenta')}>
      {fitCells(text, width)}
    </Text>
  );
}
