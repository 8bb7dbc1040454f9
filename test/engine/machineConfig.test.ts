import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { CLOCK_REGION, machineConfig, OUTCOME_REGION } from '../../src/engine/machineConfig.js';
import { fixtureStepper } from '../helpers.js';

describe('machineConfig', () => {
  const stepper = fixtureStepper('minimal');
  const config = machineConfig(stepper.ir);

  it('should be plain JSON, so it can be printed and opened in Stately tools', () => {
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it('should have one parallel region per actor plus the clock and the outcome', () => {
    expect(config.type).toBe('parallel');
    expect(Object.keys(config.states as object)).toEqual([CLOCK_REGION, 'gov', OUTCOME_REGION]);
  });

  it('should put a transition on its source state, with a parameterized guard', () => {
    const gov = (config.states as Record<string, { states: Record<string, { on?: Record<string, unknown> }> }>).gov;
    expect(gov?.states.calm?.on?.shock).toEqual([
      { target: '#gov.alarmed', guard: { type: 'transition', params: { trigger: 'shock', actor: 'gov', index: 0 } } },
    ]);
  });

  it('should run as a live XState actor with the same result as the stepper', () => {
    const actor = createActor(stepper.machine).start();
    actor.send({ type: 'shock' });
    actor.send({ type: 'speak' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toMatchObject({ gov: { alarmed: 'loud' }, [OUTCOME_REGION]: 'crisis' });
    const viaStepper = stepper.step(stepper.step(stepper.initial, 'shock', 'fired', 1).world, 'speak', 'fired', 2).world;
    expect(snapshot.context).toEqual(viaStepper);
  });
});
