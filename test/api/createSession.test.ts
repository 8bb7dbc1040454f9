// A session in one call, and its run report.
import { describe, expect, it } from 'vitest';
import { advance, createSession, fire, loadScenario, serializeSession, sessionReport } from '../../src/index.js';

describe('createSession', () => {
  it('should start the same session from a name, a path or a loaded scenario', () => {
    const byName = createSession('base-closure', 3);
    expect(serializeSession(createSession('scenarios/base-closure.yaml', 3))).toBe(serializeSession(byName));
    expect(serializeSession(createSession(loadScenario('base-closure'), 3))).toBe(serializeSession(byName));
    expect(createSession().stepper.ir.id).toBe('iraq-coalition');
  });

  it('should report a session as `statecraft run --format json` does', () => {
    const report = sessionReport(advance(fire(createSession('base-closure', 5), 'attack')));
    expect(report).toMatchObject({ scenario: 'base-closure', seed: 5, final: { date: '2025-02', indicators: { threat: 55 } } });
    expect(report.steps.map((s) => s.trigger)).toEqual(['attack', 'advance']);
  });
});
