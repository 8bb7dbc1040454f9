// One key press, split out of ink's batched input so each key is handled once.
import type { Key } from 'ink';

/** A key that has a name rather than a character. */
export type KeyName = 'up' | 'down' | 'left' | 'right' | 'enter' | 'escape' | 'tab' | 'backspace' | 'pageup' | 'pagedown';

/** A single key: a printable character, or a named key. */
export type KeyPress = {
  readonly char: string;
  readonly name?: KeyName;
  readonly ctrl?: boolean;
};

/** The name of a key ink reports by flag, first match wins. */
const NAMED_FLAGS: readonly (readonly [keyof Key, KeyName])[] = [
  ['upArrow', 'up'],
  ['downArrow', 'down'],
  ['leftArrow', 'left'],
  ['rightArrow', 'right'],
  ['return', 'enter'],
  ['escape', 'escape'],
  ['tab', 'tab'],
  ['backspace', 'backspace'],
  ['delete', 'backspace'],
  ['pageUp', 'pageup'],
  ['pageDown', 'pagedown'],
];

/** Control characters that arrive inside a batched chunk of typing. */
const NAMED_CHARS: Readonly<Record<string, KeyName>> = { '\r': 'enter', '\n': 'enter', '\t': 'tab', '\x7f': 'backspace', '\b': 'backspace' };

/** Splits one ink input event into key presses: a named key, or one press per character. */
export function splitKeys(input: string, key: Key): KeyPress[] {
  const name = NAMED_FLAGS.find(([flag]) => key[flag])?.[1];
  if (name) return [{ char: '', name, ctrl: key.ctrl }];
  if (key.ctrl) return [{ char: input, ctrl: true }];
  return [...input].map((char) => {
    const named = NAMED_CHARS[char];
    return named ? { char: '', name: named } : { char };
  });
}
