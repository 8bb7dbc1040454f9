// Headless exercise scripts: the entries a class would make, for tests and rehearsals.
import { z } from 'zod';
import type { Entry } from '../exercise/exerciseEntry.js';
import { readBounded } from '../files/readBounded.js';
import { checkShape } from './checkShape.js';
import { locate, parseSource } from './parseSource.js';

const step = z.union([
  z.literal('advance'),
  z.strictObject({ predict: z.strictObject({ prompt: z.string(), team: z.string().min(1), p: z.record(z.string(), z.number()) }) }),
  z.strictObject({ decide: z.strictObject({ decision: z.string(), choice: z.string() }) }),
  z.strictObject({ move: z.strictObject({ role: z.string(), trigger: z.string() }) }),
  z.strictObject({ force: z.string() }),
  z.strictObject({ veto: z.strictObject({ role: z.string(), trigger: z.string(), reason: z.string().min(1) }) }),
  z.strictObject({ override: z.strictObject({ indicator: z.string(), value: z.number(), reason: z.string().min(1) }) }),
  z.strictObject({ note: z.string().min(1) }),
]);
const schema = z.strictObject({ steps: z.array(step) });

/** The entries of a script, each with its file:line:col. */
export function loadExerciseScript(file: string): { entry: Entry; where: string }[] {
  const { source, value } = parseSource(file, readBounded(file, 'script'));
  const data = checkShape(source, schema, value);
  return data.steps.map((s, i) => {
    const pos = locate(source, ['steps', i]);
    const where = `${file}:${pos.line}:${pos.column}`;
    if (s === 'advance') return { entry: { kind: 'advance' }, where };
    if ('predict' in s) return { entry: { kind: 'predict', ...s.predict }, where };
    if ('decide' in s) return { entry: { kind: 'decide', ...s.decide }, where };
    if ('move' in s) return { entry: { kind: 'move', ...s.move }, where };
    if ('force' in s) return { entry: { kind: 'force', trigger: s.force }, where };
    if ('veto' in s) return { entry: { kind: 'veto', ...s.veto }, where };
    if ('override' in s) return { entry: { kind: 'override', ...s.override }, where };
    return { entry: { kind: 'note', text: s.note }, where };
  });
}
