// A plain-language reading of a simple guard ("KRG is Lobbying and Attacks in Kurdistan is at least 70"), when one can be given.
import type { IR } from '../engine/ir.js';
import { type MessageId, messageText, t } from '../i18n/messages.js';
import { stateLabel } from './formatRunText.js';
import { textOf } from './textOf.js';

const OPS: Record<string, MessageId> = { '>=': 'read.atLeast', '>': 'read.above', '<=': 'read.atMost', '<': 'read.below', '==': 'read.is', '!=': 'read.isNot' };
const ATOM = /^(!?)\s*(actors|indicators)\.([a-z_][a-z0-9_]*)\s*(>=|<=|==|!=|>|<)\s*("([^"]*)"|'([^']*)'|-?\d+(?:\.\d+)?)$/;

/** The reading of `expr`, or null when it is more than comparisons of actors and indicators joined by && or ||. */
export function readExpression(ir: IR, expr: string, lang = 'en'): string | null {
  if (/[()]/.test(expr) || (expr.includes('&&') && expr.includes('||'))) return null;
  const join = t(lang, expr.includes('||') ? 'read.or' : 'read.and');
  const parts = expr.split(/&&|\|\|/).map((atom) => readAtom(ir, atom.trim(), lang));
  return parts.every((p): p is string => p !== null) ? parts.join(join) : null;
}

function readAtom(ir: IR, atom: string, lang: string): string | null {
  const m = ATOM.exec(atom);
  if (!m || m[1]) return null;
  const [, , kind, id, op, literal, dq, sq] = m as unknown as [string, string, string, string, string, string, string?, string?];
  const text = dq ?? sq;
  if (kind === 'actors') {
    const def = ir.scenario.actors[id];
    if (!def || text === undefined || (op !== '==' && op !== '!=')) return null;
    return `${textOf(def.label, lang, id)} ${messageText(lang, OPS[op] as MessageId)} "${stateLabel(ir, id, text, lang)}"`;
  }
  const def = ir.scenario.indicators[id];
  if (!def || text !== undefined) return null;
  return `${textOf(def.label, lang, id)} ${messageText(lang, OPS[op] as MessageId)} ${literal}`;
}
