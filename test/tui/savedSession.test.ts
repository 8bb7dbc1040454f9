// Unsaved-work detection without serializing: `savesAs` and `sameFile` must agree with the saved text exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance, available, branch, fire, redo, type Session, startSession, switchBranch, undo } from '../../src/engine/session.js';
import { serializeSession } from '../../src/engine/sessionFile.js';
import { sameFile, savesAs } from '../../src/tui/savedSession.js';
import { shippedStepper } from '../helpers.js';
import { propertyRuns, propertyTimeout } from '../propertyRuns.js';

const stepper = shippedStepper('iraq-coalition');

/** One move a person can make in the simulator, chosen by a number; moves that do not apply leave the session as it is. */
function move(s: Session, choice: number): Session {
  try {
    switch (choice % 6) {
      case 0: {
        const enabled = available(s).filter((t) => t.enabled);
        const t = enabled[Math.floor(choice / 6) % Math.max(1, enabled.length)];
        return t ? fire(s, t.id) : s;
      }
      case 1:
        return undo(s);
      case 2:
        return redo(s);
      case 3:
        return branch(s, `b${Math.floor(choice / 6) % 3}`);
      case 4:
        return switchBranch(s, Object.keys(s.branches)[Math.floor(choice / 6) % Object.keys(s.branches).length] as string);
      default:
        return advance(s);
    }
  } catch {
    return s;
  }
}

describe('savesAs and sameFile', () => {
  const runs = propertyRuns(200);
  it(
    'should say two sessions are the same file exactly when they serialize to the same text',
    () => {
      fc.assert(
        fc.property(fc.array(fc.nat(60), { maxLength: 40 }), fc.array(fc.nat(60), { maxLength: 40 }), (xs, ys) => {
          const start = startSession(stepper, 1);
          const visited: Session[] = [start];
          for (const x of xs) visited.push(move(visited[visited.length - 1] as Session, x));
          // The second walk starts from a point of the first, so the two often share history, and often undo back to it.
          let s = visited[ys.length % visited.length] as Session;
          for (const y of ys) {
            s = move(s, y);
            visited.push(s);
          }
          const texts = visited.map(serializeSession);
          for (let i = 0; i < visited.length; i += 3) {
            for (let j = 0; j < visited.length; j += 2) {
              expect(sameFile(visited[i] as Session, visited[j] as Session)).toBe(texts[i] === texts[j]);
              expect(savesAs(visited[j] as Session, texts[i] as string)).toBe(texts[i] === texts[j]);
            }
          }
        }),
        { numRuns: runs },
      );
    },
    propertyTimeout(runs),
  );

  it('should see a step taken back and taken again as saved, and a different step as unsaved', () => {
    const opened = fire(startSession(stepper, 1), 'isis_resurgence');
    const text = serializeSession(opened);
    expect(savesAs(opened, text)).toBe(true);
    expect(savesAs(undo(opened), text)).toBe(false);
    expect(savesAs(redo(undo(opened)), text)).toBe(true);
    expect(savesAs(fire(undo(opened), 'isis_resurgence'), text)).toBe(true);
    expect(savesAs(fire(undo(opened), 'syria_instability'), text)).toBe(false);
  });
});
