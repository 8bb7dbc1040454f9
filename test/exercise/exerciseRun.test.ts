import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import { applyEntry, type ExerciseRun, pendingDecisions, startExercise } from '../../src/exercise/exerciseRun.js';
import { replayTranscript, serializeTranscript, writeTranscript } from '../../src/report/transcriptFile.js';
import type { Entry } from '../../src/scenario/exerciseEntry.js';
import { loadExercise } from '../../src/scenario/loadExercise.js';

const loaded = loadExercise('test/fixtures/exercises/valid.yaml');
const stepper = createStepper(compileScenario(loaded.scenario));
const start = () => startExercise(loaded.exercise, stepper, 1);
const play = (run: ExerciseRun, entries: Entry[]) => entries.reduce(applyEntry, run);

describe('an exercise run', () => {
  it('should fire the first month’s injects at the start', () => {
    const run = start();
    expect(run.log).toEqual([{ kind: 'inject', inject: 'attack', fired: 'attack', skipped: null, month: 0, fromStep: 1, toStep: 1 }]);
    expect(run.session.cursor.world.actors.host).toBe('quietly');
  });

  it('should refuse predictions that do not add up to 1, or leave an outcome out', () => {
    const run = start();
    expect(() => applyEntry(run, { kind: 'predict', prompt: 'first', team: 'A', p: { agreement: 0.5, closed: 0.6 } })).toThrow(
      'the probabilities add up to 1.1, not 1',
    );
    expect(() => applyEntry(run, { kind: 'predict', prompt: 'first', team: 'A', p: { agreement: 1 } })).toThrow(
      'give a probability for each outcome: agreement, closed',
    );
    expect(applyEntry(run, { kind: 'predict', prompt: 'first', team: 'A', p: { agreement: 0.4, closed: 0.6 } }).entries).toHaveLength(1);
  });

  it('should refuse a move the role does not own, naming its legal moves', () => {
    expect(() => applyEntry(start(), { kind: 'move', role: 'foreign', trigger: 'go_public' })).toThrow('"go_public" is not a move role foreign can make now');
    const error = (() => {
      try {
        applyEntry(start(), { kind: 'move', role: 'host', trigger: 'sign_agreement' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toMatchObject({ message: '"sign_agreement" is not a move role host can make now', hint: 'its legal moves now: go_public' });
  });

  it('should not let the month end before a due decision is made', () => {
    const run = play(start(), [{ kind: 'advance' }]);
    expect(pendingDecisions(run).map((d) => d.id)).toEqual(['host_speaks']);
    expect(() => applyEntry(run, { kind: 'advance' })).toThrow('decision host_speaks (host) must be made before the month ends');
    const decided = play(run, [{ kind: 'decide', decision: 'host_speaks', choice: 'go_public' }, { kind: 'advance' }]);
    expect(decided.session.cursor.world.actors.host).toBe('openly');
  });

  it('should record adjudications: force, veto, and an override with its reason', () => {
    const run = play(start(), [
      { kind: 'force', trigger: 'protest' },
      { kind: 'veto', role: 'foreign', trigger: 'sign_agreement', reason: 'not yet' },
      { kind: 'override', indicator: 'threat', value: 90, reason: 'intelligence warning' },
    ]);
    expect(run.session.cursor.world.indicators.threat).toBe(90);
    expect(run.entries.map((e) => e.kind)).toEqual(['force', 'veto', 'override']);
    expect(() => applyEntry(run, { kind: 'override', indicator: 'threat', value: 10, reason: ' ' })).toThrow('an override needs a reason');
  });
});

describe('undo', () => {
  it('should take back the last action, then the one before, keeping every undo in the entries and the log', () => {
    const run = play(start(), [{ kind: 'advance' }, { kind: 'decide', decision: 'host_speaks', choice: 'go_public' }, { kind: 'undo' }]);
    expect(run.session.cursor.world.actors.host).toBe('quietly');
    expect(pendingDecisions(run).map((d) => d.id)).toEqual(['host_speaks']);
    const again = applyEntry(run, { kind: 'undo' });
    expect(again.session.cursor.world.month).toBe(0);
    expect(again.entries.map((e) => e.kind)).toEqual(['advance', 'decide', 'undo', 'undo']);
    expect(again.log.flatMap((l) => (l.kind === 'entry' ? [`${l.entry.kind}:${l.undone?.kind ?? ''}`] : []))).toEqual(['undo:decide', 'undo:advance']);
    expect(() => applyEntry(again, { kind: 'undo' })).toThrow('nothing to undo');
  });

  it('should replay a transcript with undos to the same place', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'statecraft-')), 't.json');
    const run = play(start(), [{ kind: 'note', text: 'typo' }, { kind: 'undo' }, { kind: 'advance' }, { kind: 'undo' }, { kind: 'note', text: 'fixed' }]);
    writeTranscript(path, loaded, run);
    const replayed = replayTranscript(path, loaded, stepper);
    expect(replayed.session.cursor.world).toEqual(run.session.cursor.world);
    expect(replayed.log.length).toBe(run.log.length);
    expect(JSON.parse(readFileSync(path, 'utf8')).entries.map((e: Entry) => e.kind)).toEqual(['note', 'undo', 'advance', 'undo', 'note']);
  });
});

describe('the month rule', () => {
  it("should end a scripted month with the clock only, and a rolled month by chance without moving the roles' actors", () => {
    const scripted = play(start(), [{ kind: 'advance' }]);
    expect(scripted.session.cursor.action).toEqual({ kind: 'advance' });
    const rolledExercise = { ...loaded.exercise, months: 'rolled' as const };
    const played = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const run = applyEntry(startExercise(rolledExercise, stepper, seed), { kind: 'advance' });
      const action = run.session.cursor.action;
      expect(action?.kind).toBe('roll');
      for (const t of action?.kind === 'roll' ? action.fired : []) played.add(t);
    }
    expect([...played].filter((t) => ['go_public', 'sign_agreement'].includes(t))).toEqual([]);
    expect(played.size).toBeGreaterThan(0);
  });
});

describe('transcripts', () => {
  const entries: Entry[] = [
    { kind: 'predict', prompt: 'first', team: 'A', p: { agreement: 0.4, closed: 0.6 } },
    { kind: 'advance' },
    { kind: 'decide', decision: 'host_speaks', choice: 'go_public' },
    { kind: 'note', text: 'the class hesitated' },
  ];

  it('should resume after a crash from what was written, entry by entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const path = join(dir, 't.json');
    let run = start();
    for (const [i, e] of entries.entries()) {
      run = applyEntry(run, e);
      writeTranscript(path, loaded, run);
      if (i === 1) copyFileSync(path, join(dir, 'crash.json'));
    }
    const resumed = replayTranscript(join(dir, 'crash.json'), loaded, stepper);
    expect(resumed.entries).toEqual(entries.slice(0, 2));
    expect(pendingDecisions(resumed).map((d) => d.id)).toEqual(['host_speaks']);
    const finished = play(resumed, entries.slice(2));
    expect(serializeTranscript(loaded, finished)).toBe(readFileSync(path, 'utf8'));
  });

  it('should refuse a transcript of another exercise or a newer version, and never overwrite it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const path = join(dir, 't.json');
    writeTranscript(path, loaded, start());
    const other = readFileSync(path, 'utf8').replace('"id": "drill"', '"id": "other"');
    writeFileSync(path, other);
    expect(() => replayTranscript(path, loaded, stepper)).toThrow('is a transcript of exercise "other", not "drill"');
    expect(() => writeTranscript(path, loaded, start())).toThrow('refusing to overwrite');
    expect(readFileSync(path, 'utf8')).toBe(other);
    writeFileSync(path, other.replace('"version": 1', '"version": 3').replace('"id": "other"', '"id": "drill"'));
    expect(() => replayTranscript(path, loaded, stepper)).toThrow('transcript version 3 is newer than this statecraft reads (1)');
  });
});
