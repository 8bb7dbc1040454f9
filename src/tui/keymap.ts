// Keys as data: each binding names its keys, says what it does, and holds its handler; help and hints are read from it.
import type { KeyPress } from './keyPress.js';

/** One binding: the presses it answers, how help and the hint bar describe it, and what it does. */
export type KeyBinding<S> = {
  /** Characters (`a`, `?`) or key names (`enter`, `down`) this binding answers. */
  readonly keys: readonly string[];
  /** The keys as the help overlay writes them, e.g. `u  r`. */
  readonly keyLabel: string;
  /** What the binding does, as the help overlay says it. */
  readonly label: string;
  /** Its entry in the wide hint bar, e.g. `u/r undo/redo`; none keeps it out of the bar. */
  readonly hint?: string;
  /** Its entry in the narrow hint bar; none keeps it out of the narrow bar. */
  readonly shortHint?: string;
  /** The next state after one of its keys. */
  readonly handle: (state: S, key: KeyPress) => S;
};

/** The bindings of one screen, in the order help lists them. */
export type Keymap<S> = readonly KeyBinding<S>[];

/** The binding that answers this press: matched by key name, else by character. */
export function findBinding<S>(keymap: Keymap<S>, key: KeyPress): KeyBinding<S> | undefined {
  const id = key.name ?? key.char;
  return keymap.find((b) => b.keys.includes(id));
}

/** One help line per binding: the keys in a column, then what they do. */
export function helpLines<S>(keymap: Keymap<S>): string[] {
  const column = Math.max(...keymap.map((b) => b.keyLabel.length)) + 4;
  return keymap.map((b) => `${b.keyLabel.padEnd(column)}${b.label}`);
}

/** The hint bar: every binding's hint (wide) or short hint (narrow), two spaces apart. */
export function hintLine<S>(keymap: Keymap<S>, wide: boolean): string {
  return keymap
    .map((b) => (wide ? b.hint : b.shortHint))
    .filter((h): h is string => h !== undefined)
    .join('  ');
}
