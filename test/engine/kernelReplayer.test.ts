import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import type { Stepper } from '../../src/engine/createStepper.js';
import { pathTo } from '../../src/engine/historyNode.js';
import { advance, branch, fire, roll, type Session, startSession, timeline, undo } from '../../src/engine/session.js';
import { rebuildSession, type SessionData, serializeSession } from '../../src/engine/sessionFile.js';
import { arbScenarioText } from '../arbitraries.js';
import { shippedStepper, stepperFromText, tiny } from '../helpers.js';
import { propertyRuns } from '../propertyRuns.js';

type Step = { kind: 'fire'; index: number } | { kind: 'advance' } | { kind: 'roll' } | { kind: 'undo' } | { kind: 'branch' };
const arbSteps = fc.array(
  fc.oneof(
    { arbitrary: fc.nat(30).map((index): Step => ({ kind: 'fire', index })), weight: 5 },
    fc.constant<Step>({ kind: 'advance' }),
    fc.constant<Step>({ kind: 'roll' }),
    fc.constant<Step>({ kind: 'undo' }),
    fc.constant<Step>({ kind: 'branch' }),
  ),
  { maxLength: 40 },
);
/** Actions written into a file by hand: each may be refused on replay. */
const arbTampering = fc.array(fc.record({ at: fc.nat(60), index: fc.integer({ min: -1, max: 30 }) }), { maxLength: 3 });

/** Plays the steps live (refused ones are skipped), as a person would. */
function play(stepper: Stepper, steps: readonly Step[], seed: number): Session {
  let s = startSession(stepper, seed);
  const ids = stepper.ir.triggers.map((t) => t.id);
  steps.forEach((step, i) => {
    try {
      if (step.kind === 'fire') s = fire(s, ids[step.index % ids.length] as string);
      else if (step.kind === 'advance') s = advance(s);
      else if (step.kind === 'roll') s = roll(s);
      else if (step.kind === 'undo') s = undo(s);
      else s = branch(s, `b${i}`);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
    }
  });
  return s;
}

/** Everything a person can observe of a session: every node of every branch, the cursors, and the explanations. */
const view = (s: Session) => ({
  branch: s.branch,
  cursor: s.cursor.depth,
  cursors: Object.fromEntries(Object.entries(s.cursors ?? {}).map(([k, n]) => [k, n.depth])),
  branches: Object.fromEntries(
    Object.entries(s.branches).map(([k, head]) => [
      k,
      pathTo(head).map((n) => ({ depth: n.depth, steps: n.steps, action: n.action, world: n.world, rng: n.rng })),
    ]),
  ),
  explained: timeline(s),
});

/** Rebuilds `data` both ways: the same session, or the same refusal. */
function compareBothWays(data: SessionData, stepper: Stepper): Session | null {
  const attempt = (fast: boolean) => {
    try {
      return { session: rebuildSession(data, 'x.session.json', stepper, fast) };
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      return { refused: e.message };
    }
  };
  const full = attempt(false);
  const fast = attempt(true);
  if ('refused' in full) {
    expect(fast).toEqual(full);
    return null;
  }
  expect('refused' in fast ? fast.refused : 'rebuilt', 'the fast path must not refuse').toBe('rebuilt');
  expect(view((fast as { session: Session }).session)).toEqual(view(full.session));
  return (fast as { session: Session }).session;
}

/** Writes hand-made actions (a trigger by index, or an advance for -1) into the file's branches. */
function tamper(data: SessionData, stepper: Stepper, edits: readonly { at: number; index: number }[]): SessionData {
  const ids = stepper.ir.triggers.map((t) => t.id);
  const branches = Object.fromEntries(
    Object.entries(data.branches).map(([name, actions]) => {
      const out = [...actions];
      for (const e of edits)
        out.splice(e.at % (out.length + 1), 0, e.index < 0 ? { kind: 'advance' } : { kind: 'fire', trigger: ids[e.index % ids.length] as string });
      return [name, out];
    }),
  );
  return { ...data, branches };
}

describe('replaying a session file through the kernel', () => {
  it('should rebuild exactly the session the full XState replay rebuilds, and the live one', () => {
    let compared = 0;
    fc.assert(
      fc.property(arbScenarioText, arbSteps, fc.nat(10_000), arbTampering, (text, steps, seed, edits) => {
        const stepper = stepperFromText(text);
        const live = play(stepper, steps, seed);
        const data = JSON.parse(serializeSession(live)) as SessionData;
        const rebuilt = compareBothWays(data, stepperFromText(text));
        expect(rebuilt, 'a saved session always replays').not.toBeNull();
        expect(view(rebuilt as Session)).toEqual(view(live));
        if (compareBothWays(tamper(data, stepper, edits), stepperFromText(text))) compared++;
      }),
      { numRuns: propertyRuns(300) },
    );
    expect(compared, 'some hand-edited files must replay').toBeGreaterThan(0);
  });

  it('should agree on the shipped scenario over long sessions', () => {
    const stepper = shippedStepper('iraq-coalition');
    let played = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.nat(30).map((index): Step => ({ kind: 'fire', index })),
          { minLength: 20, maxLength: 120 },
        ),
        arbSteps,
        fc.nat(10_000),
        (fires, steps, seed) => {
          const live = play(stepper, [...fires, ...steps], seed);
          // Undo may take a session back to its start; most keep steps, and those are what this compares.
          if (live.cursor.steps > 0) played++;
          compareBothWays(JSON.parse(serializeSession(live)) as SessionData, stepper);
        },
      ),
      { numRuns: propertyRuns(40) },
    );
    expect(played, 'long sessions must end with steps played').toBeGreaterThan(0);
  });

  it('should count the steps of a month whose scheduled trigger ends the scenario as the machine does', () => {
    const text = tiny({
      clock: {
        start: '2025-01',
        end: '2025-03',
        schedule: [
          { at: '2025-01', trigger: 'end_it' },
          { at: '2025-01', trigger: 'after' },
        ],
      },
      triggers: {
        t: { kind: 'exogenous', label: 'T', transitions: [{ actor: 'a', from: 's0', to: 's1' }] },
        end_it: { kind: 'scheduled', label: 'End', transitions: [{ actor: 'a', from: 's0', to: 's2' }] },
        after: { kind: 'scheduled', label: 'After', effects: { x: { add: 1 } } },
      },
      outcomes: { done: { label: 'Done', rule: 'actors.a == "s2"', priority: 1, lock: true } },
    });
    const stepper = stepperFromText(text);
    let live = advance(startSession(stepper, 1));
    expect(live.cursor.steps, 'the trigger that ended it, no clock').toBe(1);
    live = advance(advance(fire(branch(undo(live), 'other'), 't')), 2);
    expect(live.cursor.steps, 't, then end_it, after and the clock, then two clock months').toBe(6);
    const rebuilt = compareBothWays(JSON.parse(serializeSession(live)) as SessionData, stepper);
    expect(view(rebuilt as Session)).toEqual(view(live));
  });
});
