// The key hint bar, always visible; its text is generated from the keymap of what the keys do now.
import { Text } from 'ink';
import { fitCells } from '../fitCells.js';
import { useColor } from '../theme.js';

type Props = { readonly text: string; readonly width: number };

export function KeyHints({ text, width }: Props) {
  const color = useColor();
  return (
    <Text inverse {...color('cyan')}>
      {fitCells(text, width)}
    </Text>
  );
}
