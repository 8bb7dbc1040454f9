// Per-branch cursors: switching back to a branch returns to where it was left, and session files keep it.
import { describe, expect, it } from 'vitest';
import { advance, branch, depthOfStep, fire, startSession, switchBranch, undo } from '../../src/engine/session.js';
import { parseSession, serializeSession } from '../../src/engine/sessionFile.js';
import { fixtureStepper } from '../helpers.js';

const stepper = fixtureStepper('minimal');

describe('per-branch cursors', () => {
  it('should return to where a branch was left, not to its head', () => {
    let s = advance(fire(advance(startSession(stepper, 1)), 'shock'));
    s = undo(s);
    expect(s.cursor.depth).toBe(2);
    s = branch(s, 'other', 1);
    s = advance(s);
    s = switchBranch(s, 'main');
    expect(s.cursor.depth).toBe(2);
    expect(s.branches.main?.depth).toBe(3);
    s = switchBranch(s, 'other');
    expect(s.cursor.depth).toBe(2);
    expect(s.branch).toBe('other');
  });

  it('should save cursors in a version 3 file and restore them', () => {
    let s = undo(advance(fire(advance(startSession(stepper, 1)), 'shock')));
    s = switchBranch(branch(s, 'other', 1), 'other');
    const text = serializeSession(s);
    expect(JSON.parse(text)).toMatchObject({ version: 3, branch: 'other', cursors: { main: 2 } });
    const back = switchBranch(parseSession(text, 'x.json', stepper), 'main');
    expect(back.cursor.depth).toBe(2);
    expect(serializeSession(parseSession(text, 'x.json', stepper))).toBe(text);
  });

  it('should still open a version 2 file (no cursors: each branch at its head)', () => {
    const s = advance(fire(startSession(stepper, 1), 'shock'));
    const v2 = JSON.parse(serializeSession(s));
    v2.version = 2;
    delete v2.cursors;
    const opened = parseSession(JSON.stringify(v2), 'old.json', stepper);
    expect(opened.cursor.depth).toBe(2);
  });

  it('should find the action that holds a step, so b and g work on the step selected in the timeline', () => {
    const s = fire(advance(startSession(stepper, 1)), 'shock');
    expect(depthOfStep(s, 1)).toBe(1);
    expect(depthOfStep(s, s.cursor.steps)).toBe(2);
    expect(() => depthOfStep(s, 99)).toThrow('no step 99');
  });
});
