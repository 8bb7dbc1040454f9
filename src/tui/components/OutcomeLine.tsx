// The outcome: decided, undecided, or open with the next deadline.
import { Text } from 'ink';
import { t } from '../../i18n/messages.js';
import { useColor, useFit } from '../theme.js';

type Props = { readonly status: string; readonly label: string; readonly next: string | null; readonly width: number; readonly lang?: string };

export function OutcomeLine({ status, label, next, width, lang = 'en' }: Props) {
  const fitLine = useFit();
  const color = useColor();
  const text =
    status === 'open'
      ? `${t(lang, 'outcome.open')}${next ? t(lang, 'outcome.next', { when: next }) : ''}`
      : status === 'undecided'
        ? t(lang, 'outcome.undecided', { label })
        : t(lang, 'outcome.decided', { id: status, label });
  return (
    <Text bold={status !== 'open'} {...color(status === 'open' ? null : 'magenta')}>
      {fitLine(text, width)}
    </Text>
  );
}
