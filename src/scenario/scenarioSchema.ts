// The zod schema of a scenario file: the single definition of its shape.
import { z } from 'zod';
import { SCENARIO_ID } from '../core/scenarioId.js';
import { uncertainSchema } from './uncertainSchema.js';

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'ids are snake_case: lowercase letters, digits and "_", starting with a letter');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'dates are months written YYYY-MM, e.g. 2025-09');

/** A label or description: plain text, or a map of language code to text. */
export const textSchema = z.union([
  z.string().min(1),
  z
    .record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'language codes look like en, ar, pt-BR'), z.string().min(1))
    .refine((m) => Object.keys(m).length > 0, 'give at least one language, e.g. {en: "…"}'),
]);

/** A CEL expression; bare numbers and booleans are accepted as constants. */
export const exprSchema = z.union([z.string().min(1), z.number(), z.boolean()]);

const cites = z.array(z.string()).optional();
const described = {
  label: textSchema,
  description: textSchema.optional(),
  sources: cites,
};

export type StateDef = {
  label: z.infer<typeof textSchema>;
  description?: z.infer<typeof textSchema> | undefined;
  sources?: string[] | undefined;
  initial?: string | undefined;
  states?: Record<string, StateDef> | undefined;
};

const stateSchema: z.ZodType<StateDef> = z.lazy(() =>
  z.strictObject({
    ...described,
    initial: id.optional(),
    states: z.record(id, stateSchema).optional(),
  }),
);

/** A number, an expression, or a range (`{low, high}`, `{beta: [a, b]}`) where uncertainty is allowed. */
const maybeUncertain = z.union([exprSchema, uncertainSchema]);

const effectSchema = z.union([z.strictObject({ add: maybeUncertain }), z.strictObject({ set: exprSchema }), z.strictObject({ mul: maybeUncertain })]);

/** Monthly pull toward a baseline: at each month's end the value closes `rate` of its gap to `toward`. */
const driftSchema = z.strictObject({
  toward: z.number(),
  rate: z
    .number()
    .gt(0, 'rate is the share of the gap closed each month: above 0, at most 1')
    .lte(1, 'rate is the share of the gap closed each month: above 0, at most 1'),
});

const transitionSchema = z.strictObject({
  actor: id,
  from: z.union([id, z.array(id).min(1)]).optional(),
  to: id,
  guard: exprSchema.optional(),
});

const triggerSchema = z.strictObject({
  ...described,
  kind: z.enum(['exogenous', 'move', 'scheduled']),
  actor: id.optional(),
  when: exprSchema.optional(),
  chance: maybeUncertain.optional(),
  rationale: z.string().optional(),
  effects: z.record(id, effectSchema).optional(),
  transitions: z.array(transitionSchema).optional(),
});

/** A named value expressions read as `params.NAME`: a chance (0..1, Beta when ranged) or a number (uniform or normal when ranged). */
const parameterSchema = z
  .strictObject({
    label: textSchema.optional(),
    chance: z.union([z.number(), uncertainSchema]).optional(),
    value: z.union([z.number(), uncertainSchema]).optional(),
    rationale: z.string().min(1, 'give a one-line reason for the value and its range'),
    sources: cites,
  })
  .refine((p) => (p.chance === undefined) !== (p.value === undefined), {
    message: 'a parameter has exactly one of chance: (a probability) or value: (any number)',
  })
  .describe(
    'A named value read in expressions as params.NAME: exactly one of chance (0..1; a range is a Beta) or value (a range is uniform, or normal with dist: normal), and a one-line rationale.',
  );

/** The whole scenario file. */
export const scenarioSchema = z.strictObject({
  id: z.string().regex(SCENARIO_ID, 'scenario ids are lowercase, e.g. iraq-coalition'),
  title: textSchema,
  summary: textSchema.optional(),
  sources: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]*$/), z.string().min(1)).optional(),
  clock: z.strictObject({
    start: month,
    end: month,
    step: z.literal('1 month').optional(),
    schedule: z.array(z.strictObject({ at: month, trigger: id })).optional(),
  }),
  indicators: z.record(
    id,
    z.strictObject({
      ...described,
      unit: textSchema.optional(),
      min: z.number(),
      max: z.number(),
      initial: z.union([z.number(), uncertainSchema]),
      drift: driftSchema.optional(),
    }),
  ),
  actors: z.record(
    id,
    z.strictObject({
      ...described,
      initial: id,
      states: z.record(id, stateSchema),
    }),
  ),
  parameters: z.record(id, parameterSchema).optional(),
  triggers: z.record(id, triggerSchema),
  outcomes: z.record(
    id,
    z.strictObject({
      ...described,
      rule: exprSchema,
      priority: z.number().int(),
      lock: z.boolean().optional(),
    }),
  ),
  undecided: textSchema.optional(),
  invariants: z.record(id, z.union([z.string().min(1), z.strictObject({ expr: z.string().min(1), label: textSchema.optional() })])).optional(),
});

/** A scenario as written, after its shape is checked. */
export type Scenario = z.infer<typeof scenarioSchema>;
export type Text = z.infer<typeof textSchema>;
export type Expr = z.infer<typeof exprSchema>;
export type TriggerDef = z.infer<typeof triggerSchema>;
export type ParameterDef = z.infer<typeof parameterSchema>;
