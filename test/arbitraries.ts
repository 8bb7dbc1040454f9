// fast-check generators of valid scenarios and of action sequences.
import fc from 'fast-check';
import { stringify } from 'yaml';

const guardOf = (indicators: number) =>
  fc.oneof(
    fc.constant(undefined),
    fc.tuple(fc.nat(indicators - 1), fc.integer({ min: 0, max: 100 }), fc.constantFrom('<', '>=')).map(([i, k, op]) => `indicators.i${i} ${op} ${k}`),
    fc.tuple(fc.nat(indicators - 1), fc.constantFrom('<', '>=')).map(([i, op]) => `indicators.i${i} ${op} params.k`),
  );

/** The `parameters:` block: a chance `q` and a number `k`, each a constant or a range. */
const arbParameters = fc.record({
  q: fc.constantFrom<unknown>(0.3, { low: 0.1, high: 0.6 }, { low: 0.1, high: 0.6, mean: 0.25 }, { beta: [2, 3] }),
  k: fc.constantFrom<unknown>(40, { low: 20, high: 80 }, { low: 30, high: 70, dist: 'normal' }),
});

/** A random valid scenario as YAML text: nested states, guards, effects, month-end drift, a schedule, locks, parameters read as params.q and params.k. */
export const arbScenarioText = fc
  .record({
    indicators: fc.integer({ min: 1, max: 3 }),
    actors: fc.integer({ min: 1, max: 3 }),
    triggers: fc.integer({ min: 1, max: 5 }),
    months: fc.integer({ min: 0, max: 4 }),
  })
  .chain((n) => {
    const stateIds = ['s0', 's1', 's2', 'g0', 'g1'];
    const actor = fc.nat(n.actors - 1);
    const effect = fc.oneof(
      fc.integer({ min: -60, max: 60 }).map((v) => ({ add: v })),
      fc.constantFrom(0.5, 1.5, 2).map((v) => ({ mul: v })),
      fc.integer({ min: -10, max: 120 }).map((v) => ({ set: v })),
      fc.constant({ add: 'params.k - 50.0' }),
    );
    const trigger = fc.record({
      kind: fc.constantFrom('exogenous', 'move'),
      chance: fc.constantFrom(0.1, 0.5, 1, 'indicators.i0 > 50.0 ? 0.6 : 0.2', 'params.q', 'indicators.i0 > params.k ? params.q : 0.1'),
      when: fc.oneof(fc.constant(undefined), guardOf(n.indicators)),
      effects: fc.uniqueArray(fc.tuple(fc.nat(n.indicators - 1), effect), { selector: ([i]) => i, maxLength: n.indicators }),
      transitions: fc.array(
        fc.record({
          actor,
          from: fc.option(fc.constantFrom(...stateIds), { nil: undefined }),
          to: fc.constantFrom('s0', 's1', 's2', 'g', 'g1'),
          guard: guardOf(n.indicators),
        }),
        { maxLength: 2 },
      ),
    });
    return fc.record({
      n: fc.constant(n),
      initials: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n.indicators, maxLength: n.indicators }),
      drifts: fc.array(fc.option(fc.record({ toward: fc.integer({ min: 0, max: 100 }), rate: fc.constantFrom(0.1, 0.25, 1 / 3, 1) }), { nil: undefined }), {
        minLength: n.indicators,
        maxLength: n.indicators,
      }),
      triggers: fc.array(trigger, { minLength: n.triggers, maxLength: n.triggers }),
      outcomes: fc.array(fc.tuple(actor, fc.constantFrom('s0', 's1', 's2', 'g0', 'g1'), fc.boolean()), { minLength: 1, maxLength: 3 }),
      scheduled: fc.boolean(),
      parameters: arbParameters,
    });
  })
  .map(({ n, initials, drifts, triggers, outcomes, scheduled, parameters }) => {
    const clean = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
    const states = {
      s0: { label: 'S0' },
      s1: { label: 'S1' },
      s2: { label: 'S2' },
      g: { label: 'G', initial: 'g0', states: { g0: { label: 'G0' }, g1: { label: 'G1' } } },
    };
    const triggerDefs: Record<string, unknown> = {};
    triggers.forEach((t, i) => {
      triggerDefs[`t${i}`] = clean({
        kind: t.kind,
        actor: t.kind === 'move' ? 'a0' : undefined,
        label: `T${i}`,
        chance: t.chance,
        when: t.when,
        effects: Object.fromEntries(t.effects.map(([ind, e]) => [`i${ind}`, e])),
        transitions: t.transitions.map((tr) => clean({ actor: `a${tr.actor}`, from: tr.from, to: tr.to, guard: tr.guard })),
      });
    });
    if (scheduled) triggerDefs.deadline = { kind: 'scheduled', label: 'Deadline', effects: { i0: { add: 10 } } };
    return stringify({
      id: 'random',
      title: 'Random',
      clock: { start: '2025-01', end: `2025-${String(n.months + 1).padStart(2, '0')}`, schedule: scheduled ? [{ at: '2025-01', trigger: 'deadline' }] : [] },
      parameters: { q: { chance: parameters.q, rationale: 'random' }, k: { value: parameters.k, rationale: 'random' } },
      indicators: Object.fromEntries(initials.map((v, i) => [`i${i}`, clean({ label: `I${i}`, min: 0, max: 100, initial: v, drift: drifts[i] })])),
      actors: Object.fromEntries(Array.from({ length: n.actors }, (_, i) => [`a${i}`, { label: `A${i}`, initial: 's0', states }])),
      triggers: triggerDefs,
      outcomes: Object.fromEntries(outcomes.map(([a, s, lock], i) => [`o${i}`, { label: `O${i}`, rule: `actors.a${a} == "${s}"`, priority: i + 1, lock }])),
      invariants: { bounded: 'indicators.i0 >= 0.0 && indicators.i0 <= 100.0' },
    });
  });

/** A user action: fire the trigger at an index, advance, roll, or undo. */
export type ArbAction = { kind: 'fire'; index: number } | { kind: 'advance' } | { kind: 'roll' } | { kind: 'undo' };

export const arbActions = fc.array(
  fc.oneof(
    fc.nat(6).map((index): ArbAction => ({ kind: 'fire', index })),
    fc.constant<ArbAction>({ kind: 'advance' }),
    fc.constant<ArbAction>({ kind: 'roll' }),
    fc.constant<ArbAction>({ kind: 'undo' }),
  ),
  { maxLength: 16 },
);
