// One key press, split out of ink's batched input so each key is handled once.
import type { Key } from 'ink';

/** A single key: a printable character, or a named key. */
export type KeyPress = {
  readonly char: string;
  readonly name?: 'up' | 'down' | 'left' | 'right' | 'enter' | 'escape' | 'tab' | 'backspace' | 'pageup' | 'pagedown';
  readonly ctrl?: boolean;
};

/** Splits one ink input event into key presses: a named key, or one press per character. */
export function splitKeys(input: string, key: Key): KeyPress[] {
  const name = key.upArrow
    ? 'up'
    : key.downArrow
      ? 'down'
      : key.leftArrow
        ? 'left'
        : key.rightArrow
          ? 'right'
          : key.return
            ? 'enter'
            : key.escape
              ? 'escape'
              : key.tab
                ? 'tab'
                : key.backspace || key.delete
                  ? 'backspace'
                  : key.pageUp
                    ? 'pageup'
                    : key.pageDown
                      ? 'pagedown'
                      : undefined;
  if (name) return [{ char: '', name, ctrl: key.ctrl }];
  if (key.ctrl) return [{ char: input, ctrl: true }];
  const presses: KeyPress[] = [];
  for (const char of input) {
    if (char === '\r' || char === '\n') presses.push({ char: '', name: 'enter' });
    else if (char === '\t') presses.push({ char: '', name: 'tab' });
    else if (char === '\x7f' || char === '\b') presses.push({ char: '', name: 'backspace' });
    else presses.push({ char });
  }
  return presses;
}
