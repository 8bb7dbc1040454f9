import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UserError } from '../../src/core/errors.js';
import { pathTo } from '../../src/engine/historyNode.js';
import { advance, branch, fire, roll, type Session, startSession, undo } from '../../src/engine/session.js';
import { parseSession, serializeSession } from '../../src/engine/sessionFile.js';
import { readSessionFile, writeSessionFile } from '../../src/report/sessionStore.js';
import { fixtureStepper, stepperFromText } from '../helpers.js';

const stepper = fixtureStepper('minimal');
const sample = (): Session => {
  let s = startSession(stepper, 42);
  s = roll(advance(fire(s, 'shock')), 1);
  s = branch(s, 'what-if', 1);
  s = advance(s, 2);
  return undo(s);
};
/** What a person can observe of a session: branches with their worlds, the current branch and position. */
const view = (s: Session) => ({
  seed: s.seed,
  branch: s.branch,
  cursor: s.cursor.depth,
  world: s.cursor.world,
  branches: Object.fromEntries(Object.entries(s.branches).map(([k, head]) => [k, pathTo(head).map((n) => [n.action, n.world])])),
});

describe('session files', () => {
  it('should round-trip: load(save(s)) equals s', () => {
    const s = sample();
    const loaded = parseSession(serializeSession(s), 'x.session.json', stepper);
    expect(view(loaded)).toEqual(view(s));
    expect(serializeSession(loaded)).toBe(serializeSession(s));
  });

  it('should share the common prefix of branches after loading', () => {
    const loaded = parseSession(serializeSession(sample()), 'x.session.json', stepper);
    const main = pathTo(loaded.branches.main as Session['cursor']);
    const other = pathTo(loaded.branches['what-if'] as Session['cursor']);
    expect(other[1]).toBe(main[1]);
  });

  it('should refuse invalid JSON, another format, a newer version and a corrupt body', () => {
    const text = serializeSession(sample());
    expect(() => parseSession('{"format": "statecraft-session",', 'a.json', stepper)).toThrow(/a\.json: not a statecraft session file \(invalid JSON/);
    expect(() => parseSession('{"format": "other"}', 'a.json', stepper)).toThrow('a.json: not a statecraft session file (format is "other")');
    expect(() => parseSession(text.replace('"version": 3', '"version": 4'), 'a.json', stepper)).toThrow(
      'a.json: session version 4 is newer than this statecraft reads (3)',
    );
    expect(() => parseSession(text.replace('"version": 3', '"version": 1'), 'a.json', stepper)).toThrow(
      'a.json: session version 1 was saved with the old random stream; its rolled months would replay to different results',
    );
    expect(() => parseSession(text.replace('"seed": 42', '"seed": "x"'), 'a.json', stepper)).toThrow(/a\.json: corrupt session file at seed/);
    expect(() => parseSession(text.replace('"trigger": "shock"', '"trigger": "speak"'), 'a.json', stepper)).toThrow(
      /action 1 does not replay: cannot fire "speak"/,
    );
  });

  it('should refuse a session from another scenario or from a changed scenario', () => {
    const text = serializeSession(sample());
    const other = stepperFromText(readFileSync('test/fixtures/valid/minimal.yaml', 'utf8').replace('id: minimal', 'id: other'));
    expect(() => parseSession(text, 'a.json', other)).toThrow('a.json: this session belongs to scenario "minimal", not "other"');
    const changed = stepperFromText(readFileSync('test/fixtures/valid/minimal.yaml', 'utf8').replace('initial: 50', 'initial: 40'));
    expect(() => parseSession(text, 'a.json', changed)).toThrow(/scenario "minimal" has changed since this session was saved/);
  });

  it('should suggest commands that, pasted into a shell, run statecraft and nothing else', () => {
    const text = serializeSession(sample());
    const other = stepperFromText(readFileSync('test/fixtures/valid/minimal.yaml', 'utf8').replace('id: minimal', 'id: other'));
    const hintOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as UserError).hint ?? '';
      }
      return 'accepted';
    };
    // A file name with shell words in it is quoted in the suggested commands.
    expect(hintOf(() => parseSession(text, 'a b;$(id).json', other))).toBe(
      "give that scenario first: statecraft play minimal --session 'a b;$(id).json' (or statecraft run minimal --from 'a b;$(id).json')",
    );
    const changed = stepperFromText(readFileSync('test/fixtures/valid/minimal.yaml', 'utf8').replace('initial: 50', 'initial: 40'));
    expect(hintOf(() => parseSession(text, '-x $(id).json', changed))).toContain("statecraft play --session './-x $(id).json' --replay");
    // A scenario id that is no id (a hand-edited file) is refused, never pasted into a command.
    const hostile = text.replace('"id": "minimal"', '"id": "minimal; touch PWNED #"');
    expect(hostile).not.toBe(text);
    expect(() => parseSession(hostile, 'a.json', other)).toThrow('a.json: not a statecraft session file (its scenario id is not an id)');
    // A seed that --seed would refuse is refused in a file too.
    expect(() => parseSession(text.replace(/"seed": \d+/, '"seed": -5'), 'a.json', sample().stepper)).toThrow(/a\.json: corrupt session file at seed/);
  });

  it('should write atomically and never overwrite a file it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const path = join(dir, 'a.session.json');
    writeSessionFile(path, sample());
    expect(view(readSessionFile(path, stepper))).toEqual(view(sample()));
    writeFileSync(path, '{"format": "statecraft-session", "version": 9}');
    expect(() => writeSessionFile(path, sample())).toThrow(/refusing to overwrite .*newer statecraft/);
    writeFileSync(path, 'notes, not a session');
    expect(() => writeSessionFile(path, sample())).toThrow(/refusing to overwrite .*not a statecraft session file/);
    expect(readFileSync(path, 'utf8')).toBe('notes, not a session');
  });
});
