// One step of a scripted run, and the `--steps` shorthand that writes them on one line.
import { UsageError, UserError } from '../core/errors.js';
import type { Expectation } from './scriptSchema.js';

/** A step with where it was written, for messages. */
export type ScriptStep =
  | { readonly kind: 'fire'; readonly trigger: string; readonly where: string }
  | { readonly kind: 'advance'; readonly months: number; readonly where: string }
  | { readonly kind: 'roll'; readonly months: number; readonly where: string }
  | { readonly kind: 'deadline'; readonly where: string }
  | { readonly kind: 'expect'; readonly expect: Expectation; readonly where: string };

/** Reads one word such as `advance`, `advance:3`, `roll:2`, `deadline` or a trigger id. */
export function parseStepWord(word: string, where: string): ScriptStep {
  const [name, count, extra] = word.split(':');
  if (extra !== undefined || name === undefined || name === '')
    throw new UserError(`${where}: cannot read step "${word}"`, 'write steps like advance, advance:3, roll:2, deadline or a trigger id');
  if (name === 'advance' || name === 'roll') {
    const months = count === undefined ? 1 : Number(count);
    if (!Number.isInteger(months) || months < 1 || months > 1000)
      throw new UserError(`${where}: "${word}" needs a whole number of months from 1 to 1000`, `write ${name}:3`);
    return { kind: name, months, where };
  }
  if (count !== undefined) throw new UserError(`${where}: only advance and roll take a count, not "${word}"`, 'repeat the trigger instead');
  if (name === 'deadline') return { kind: 'deadline', where };
  return { kind: 'fire', trigger: name, where };
}

/** Parses `--steps "advance,isis_resurgence,advance:3"`. */
export function parseStepsOption(text: string): ScriptStep[] {
  return text
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
    .map((w, i) => {
      try {
        return parseStepWord(w, `--steps item ${i + 1}`);
      } catch (e) {
        if (e instanceof UserError) throw new UsageError(e.message, e.hint);
        throw e;
      }
    });
}
