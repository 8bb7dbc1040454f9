// Keys as data: each binding names its keys, says what it does, and holds its handler; help and hint bars are generated from it.
import stringWidth from 'string-width';
import { type MessageId, messageText, t } from '../i18n/messages.js';
import { wrapCells } from './fitCells.js';
import type { KeyPress } from './keyPress.js';

/** A binding key that answers any printable character typed (a name, a filter). */
export const TEXT = 'text';
/** A binding key that answers any press no other binding of the keymap takes. */
export const ANY = 'any';

/** A hint bar entry: the keys as symbols (`↑↓/jk`, `⏎`, `u/r`) and the catalog word for what they do. */
export type Hint = { readonly keys: string; readonly text: MessageId };

/** One binding: the presses it answers, how help and the hint bar describe it, and what it does. */
export type KeyBinding<S, C = undefined> = {
  /** Characters (`a`, `?`), key names (`enter`, `down`), `ctrl+c`, or TEXT / ANY. */
  readonly keys: readonly string[];
  /** The keys as the help overlay writes them, e.g. `u  r` (TEXT and ANY bindings have a catalog label). */
  readonly keyLabel?: string;
  /** What the binding does, as the help overlay says it. */
  readonly label: MessageId;
  /** Its entry in the full hint bar; none keeps it out of the bar. */
  readonly hint?: Hint;
  /** Its entry in the short hint bar, used when the full bar does not fit; none keeps it out of the short bar. */
  readonly shortHint?: Hint;
  /** Whether the binding is offered now (false: out of the hint bar; the screen says why if it is pressed). */
  readonly offered?: (state: S) => boolean;
  /** The next state after one of its keys. */
  readonly handle: (state: S, key: KeyPress, context: C) => S;
};

/** The bindings of one screen or mode, in the order help lists them. */
export type Keymap<S, C = undefined> = readonly KeyBinding<S, C>[];

/** The id a press is matched by: `ctrl+c`, a key name, or the character. */
export function keyId(key: KeyPress): string {
  if (key.ctrl) return `ctrl+${key.char}`;
  return key.name ?? key.char;
}

/** The binding that answers this press: by key id, else TEXT for a printable character, else ANY. */
export function findBinding<S, C>(keymap: Keymap<S, C>, key: KeyPress): KeyBinding<S, C> | undefined {
  const id = keyId(key);
  const exact = keymap.find((b) => b.keys.includes(id));
  if (exact) return exact;
  const typed = key.name === undefined && !key.ctrl && key.char !== '' ? keymap.find((b) => b.keys.includes(TEXT)) : undefined;
  return typed ?? keymap.find((b) => b.keys.includes(ANY));
}

/** The next state: the answering binding's handler, or no change. */
export function pressKey<S, C>(keymap: Keymap<S, C>, state: S, key: KeyPress, context: C): S {
  return findBinding(keymap, key)?.handle(state, key, context) ?? state;
}

/** How help writes a binding's keys. */
export function keyLabelOf<S, C>(b: KeyBinding<S, C>, lang: string): string {
  if (b.keyLabel !== undefined) return b.keyLabel;
  return b.keys.includes(TEXT) ? t(lang, 'key.text') : b.keys.includes(ANY) ? t(lang, 'key.any') : b.keys.join(' ');
}

/** Help lines: per binding the keys in a column, then what they do (wrapped under itself when `width` is given). */
export function helpLines<S, C>(keymap: Keymap<S, C>, lang: string, width = Number.POSITIVE_INFINITY): string[] {
  const labels = keymap.map((b) => keyLabelOf(b, lang));
  const column = Math.max(...labels.map((l) => stringWidth(l))) + 3;
  return keymap.flatMap((b, i) => {
    const label = labels[i] as string;
    const text = messageText(lang, b.label);
    const wrapped = Number.isFinite(width) ? wrapCells(text, Math.max(10, width - column)) : [text];
    return wrapped.map((l, j) => `${j === 0 ? label + ' '.repeat(column - stringWidth(label)) : ' '.repeat(column)}${l}`);
  });
}

/** A hint entry as the bar shows it: the keys, then the word. */
export function hintText(h: Hint, lang: string): string {
  return h.keys === '' ? messageText(lang, h.text) : `${h.keys} ${messageText(lang, h.text)}`;
}

/**
 * The hint bar for `width` cells: every offered binding's hint when they all fit, else the short hints;
 * still too wide, entries are dropped from the middle so the last two (help, quit) always show.
 */
export function hintLine<S, C>(keymap: Keymap<S, C>, lang: string, width: number, state?: S): string {
  const offered = keymap.filter((b) => state === undefined || b.offered === undefined || b.offered(state));
  const full = offered.flatMap((b) => (b.hint ? [hintText(b.hint, lang)] : []));
  if (stringWidth(full.join('  ')) <= width) return full.join('  ');
  const short = offered.flatMap((b) => (b.shortHint ? [hintText(b.shortHint, lang)] : []));
  const entries = short.length > 0 ? short : full;
  const tail = entries.slice(-2);
  const kept: string[] = [];
  for (const e of entries.slice(0, -2)) if (stringWidth([...kept, e, ...tail].join('  ')) <= width) kept.push(e);
  return [...kept, ...tail].join('  ');
}
