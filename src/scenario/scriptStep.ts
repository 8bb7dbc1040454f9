// One step of a scripted run, and the `--steps` shorthand that writes them on one line.
import { UsageError, UserError } from '../core/errors.js';
import type { MessageId, ParamValue } from '../i18n/messages.js';
import { msg, userErrorOf } from '../i18n/userError.js';
import type { Expectation } from './scriptSchema.js';

/** Where a step was written (`file:line:col`, or the item of `--steps`), and the same as catalog text for messages in another language. */
type Place = { readonly where: string; readonly place?: ParamValue };

/** A step with where it was written, for messages. */
export type ScriptStep =
  | ({ readonly kind: 'fire'; readonly trigger: string } & Place)
  | ({ readonly kind: 'advance'; readonly months: number } & Place)
  | ({ readonly kind: 'roll'; readonly months: number } & Place)
  | ({ readonly kind: 'deadline' } & Place)
  | ({ readonly kind: 'expect'; readonly expect: Expectation } & Place);

/** A step word that cannot be read, at its place, from the catalog (so `run --lang` words it). */
function stepError(id: 'err.step.unreadable' | 'err.step.months' | 'err.step.count', at: Place, params: Readonly<Record<string, ParamValue>>): UserError {
  return userErrorOf(msg('err.at', { where: at.place ?? at.where, message: { id, params } }), { id: `${id}.hint` as MessageId, params });
}

/** Reads one word such as `advance`, `advance:3`, `roll:2`, `deadline` or a trigger id. */
export function parseStepWord(word: string, where: string, place?: ParamValue): ScriptStep {
  const at: Place = place === undefined ? { where } : { where, place };
  const [name, count, extra] = word.split(':');
  if (extra !== undefined || name === undefined || name === '') throw stepError('err.step.unreadable', at, { word });
  if (name === 'advance' || name === 'roll') {
    // Digits only: Number() would also take 0x10, 1e3 and blanks.
    const months = count === undefined ? 1 : /^\d{1,4}$/.test(count) ? Number(count) : Number.NaN;
    if (!Number.isInteger(months) || months < 1 || months > 1000) throw stepError('err.step.months', at, { word, name });
    return { kind: name, months, ...at };
  }
  if (count !== undefined) throw stepError('err.step.count', at, { word });
  if (name === 'deadline') return { kind: 'deadline', ...at };
  return { kind: 'fire', trigger: name, ...at };
}

/** Parses `--steps "advance,isis_resurgence,advance:3"`. */
export function parseStepsOption(text: string): ScriptStep[] {
  return text
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
    .map((w, i) => {
      try {
        return parseStepWord(w, `--steps item ${i + 1}`, msg('where.stepsItem', { n: i + 1 }));
      } catch (e) {
        if (e instanceof UserError) throw new UsageError(e.message, e.hint, e.text);
        throw e;
      }
    });
}
