// The key hint bar, always visible; its text is generated from the keymap of what the keys do now.
import { Text } from 'ink';
import { useColor, useFit } from '../theme.js';

type Props = { readonly text: string; readonly width: number };

export function KeyHints({ text, width }: Props) {
  const fitLine = useFit();
  const color = useColor();
  return (
    <Text inverse {...color('cyan')}>
      {fitLine(text, width)}
    </Text>
  );
}
