// The top line: scenario title, date and step, seed, branch.
import { Text } from 'ink';
import { fitCells } from '../fitCells.js';
import { useColor } from '../theme.js';

type Props = {
  readonly title: string;
  readonly date: string;
  readonly month: number;
  readonly months: number;
  readonly step: number;
  readonly seed: number;
  readonly branch: string;
  readonly dirty: boolean;
  readonly width: number;
};

export function Header({ title, date, month, months, step, seed, branch, dirty, width }: Props) {
  const color = useColor();
  const right = ` ${date} (month ${month + 1}/${months + 1}) · step ${step} · seed ${seed} · ${branch}${dirty ? ' *' : ''}`;
  return (
    <Text bold {...color('cyan')}>
      {fitCells(title, width - right.length)}
      {right}
    </Text>
  );
}
