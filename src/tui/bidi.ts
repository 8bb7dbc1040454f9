// Right-to-left text for terminals without bidi support: each line reordered by the Unicode Bidirectional Algorithm (bidi-js) and right-aligned.
import bidiModule, { type Bidi } from 'bidi-js';
import stringWidth from 'string-width';
import { RTL_LETTER, withoutIsolates } from '../i18n/messages.js';
import { fitCells } from './fitCells.js';

/** bidi-js is CommonJS whose types declare an ES default export: at run time the factory is the module itself. */
const factory = bidiModule as unknown as (() => Bidi) | { readonly default: () => Bidi };
const bidi = typeof factory === 'function' ? factory() : factory.default();

/** How right-to-left lines reach the terminal: reordered by statecraft (`visual`) or in logical order for a terminal that reorders (`terminal`). */
export type BidiMode = 'visual' | 'terminal';

export { isRightToLeft } from '../i18n/messages.js';

/**
 * The bidi mode for a language: STATECRAFT_BIDI=visual|terminal when set; else `terminal` in a VTE (GNOME Terminal…)
 * or Konsole window outside tmux/screen, which reorder by themselves, and `visual` everywhere else.
 */
export function bidiModeOf(env: Readonly<Record<string, string | undefined>>): BidiMode {
  const asked = env.STATECRAFT_BIDI;
  if (asked === 'visual' || asked === 'terminal') return asked;
  const multiplexed = env.TMUX !== undefined || env.STY !== undefined || /^(screen|tmux)/.test(env.TERM ?? '');
  const reorders = Number(env.VTE_VERSION ?? 0) >= 5800 || env.KONSOLE_VERSION !== undefined;
  return reorders && !multiplexed ? 'terminal' : 'visual';
}

/**
 * A line in display order: with right-to-left letters it is a right-to-left paragraph (runs reversed as the algorithm
 * says, mirrored characters swapped); without any (ids, expressions, English text) it keeps its left-to-right order.
 */
export function visualOrder(line: string): string {
  const direction = RTL_LETTER.test(line) ? 'rtl' : 'ltr';
  const kept = direction === 'rtl' ? line.replace(NUMBER_RUN, (run) => `${LRI}${run}${PDI}`) : line;
  return withoutIsolates(bidi.getReorderedString(kept, bidi.getEmbeddingLevels(kept, direction)));
}

/**
 * Numbers joined by separators (`0..100`, `0-100`, `2025-09`, `10–22`, `12:30`): kept left to right as one run, since
 * the algorithm alone reverses `0..100` into `100..0` in a right-to-left line (two separators in a row part the numbers).
 */
const NUMBER_RUN = /\d+(?:[.,:\-–]+\d+)+/g;
const LRI = '\u2066';
const PDI = '\u2069';

/** `text` fitted to `width` cells in logical order, for a terminal that reorders by itself (without isolates, which not all show as nothing). */
export function fitLogical(text: string, width: number): string {
  return fitCells(withoutIsolates(text), width);
}

/** `text` fitted to `width` cells (cut in logical order, never inside a number), then in display order and right-aligned. */
export function fitVisual(text: string, width: number): string {
  const shown = visualOrder(fitCells(text, width).trimEnd());
  return ' '.repeat(Math.max(0, width - stringWidth(shown))) + shown;
}
