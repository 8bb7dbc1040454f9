// Headless exercise scripts: the entries a class would make, for tests and rehearsals.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { UserError } from '../core/errors.js';
import { checkShape } from './checkShape.js';
import { type Entry, entrySchema } from './exerciseEntry.js';
import { locate, parseSource } from './parseSource.js';

/** Entry kinds a script writes as one value (`force: TRIGGER`, `note: TEXT`): the entry field that value fills. */
const SHORTHAND: Readonly<Record<string, string>> = { force: 'trigger', note: 'text' };

/** A script step per entry kind, derived from the entry schema: `advance`, or `{ KIND: fields }` (a value for shorthand kinds). */
const stepSchema = z.union(
  entrySchema.options.map((option) => {
    const kind = option.shape.kind.value;
    if (kind === 'advance' || kind === 'undo') return z.literal(kind);
    const fields: Record<string, z.ZodType> = Object.fromEntries(Object.entries(option.shape).filter(([name]) => name !== 'kind'));
    const field = SHORTHAND[kind];
    return z.strictObject({ [kind]: field ? (fields[field] as z.ZodType) : z.strictObject(fields) });
  }),
);
const schema = z.strictObject({ steps: z.array(stepSchema) });

/** The entry a script step stands for. */
function entryOfStep(step: z.infer<typeof stepSchema>): Entry {
  if (step === 'advance' || step === 'undo') return { kind: step };
  const [kind, body] = Object.entries(step)[0] as [string, unknown];
  const field = SHORTHAND[kind];
  return entrySchema.parse(field ? { kind, [field]: body } : { kind, ...(body as object) });
}

/** The entries of a script, each with its file:line:col. */
export function loadExerciseScript(file: string): { entry: Entry; where: string }[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`script file not found: ${file}`, 'check the path');
  }
  const { source, value } = parseSource(file, text);
  const data = checkShape(source, schema, value);
  return data.steps.map((s, i) => {
    const pos = locate(source, ['steps', i]);
    return { entry: entryOfStep(s), where: `${file}:${pos.line}:${pos.column}` };
  });
}
