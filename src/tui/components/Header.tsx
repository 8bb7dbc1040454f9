// The top line: scenario title, date and step, seed, branch.
import { Text } from 'ink';
import stringWidth from 'string-width';
import { t } from '../../i18n/messages.js';
import { fitCells } from '../fitCells.js';
import { useColor, useFit } from '../theme.js';

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
  readonly lang?: string;
};

export function Header({ title, date, month, months, step, seed, branch, dirty, width, lang = 'en' }: Props) {
  const color = useColor();
  const fitLine = useFit();
  const right = ` ${date} (${t(lang, 'header.month', { n: month + 1, of: months + 1 })}) · ${t(lang, 'header.step', { n: step })} · ${t(lang, 'header.seed', { n: seed })} · ${branch}${dirty ? ' *' : ''}`;
  return (
    <Text bold {...color('cyan')}>
      {fitLine(`${fitCells(title, Math.max(0, width - stringWidth(right)))}${right}`, width)}
    </Text>
  );
}
