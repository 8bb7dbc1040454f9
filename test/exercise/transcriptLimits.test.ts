import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import type { Chain } from '../../src/exercise/chain.js';
import { applyEntry, type ExerciseRun, startExercise } from '../../src/exercise/exerciseRun.js';
import { exercisePoint, exercisePoints } from '../../src/exercise/simulateExercise.js';
import { MAX_ITEMS } from '../../src/files/limits.js';
import { replayTranscript, serializeTranscript } from '../../src/report/transcriptFile.js';
import type { Entry } from '../../src/scenario/exerciseEntry.js';
import { loadExercise } from '../../src/scenario/loadExercise.js';
import { statecraft } from '../helpers.js';

const loaded = loadExercise('test/fixtures/exercises/valid.yaml');
const stepper = createStepper(compileScenario(loaded.scenario));
const start = () => startExercise(loaded.exercise, stepper, 1);
const play = (run: ExerciseRun, entries: readonly Entry[]) => entries.reduce(applyEntry, run);
const notes = (n: number): Entry[] => Array.from({ length: n }, (_, i) => ({ kind: 'note', text: `note ${i}` }));

/** Every distinct list node the runs reachable from `run` (through `previous`) hold between them. */
function nodesHeld(run: ExerciseRun): number {
  const seen = new Set<object>();
  const walk = (c: Chain<unknown>) => {
    for (let n = c; n && !seen.has(n); n = n.before) seen.add(n);
  };
  for (let r: ExerciseRun | null = run; r; r = r.previous) {
    walk(r.entryChain);
    walk(r.logChain);
  }
  return seen.size;
}

describe('the size of an exercise transcript', () => {
  it('should keep one copy of the entries and the log however many runs undo can return to', () => {
    const run = play(start(), notes(2000));
    expect(run.entries).toHaveLength(2000);
    // 2,000 entries, 2,000 log items and the first month's inject: linear (copies per run would hold about 4,000,000).
    expect(nodesHeld(run)).toBe(4001);
    const undone = applyEntry(run, { kind: 'undo' });
    expect(undone.log.map((l) => (l.kind === 'entry' ? l.entry.kind : l.kind)).slice(-3)).toEqual(['note', 'note', 'undo']);
    expect(undone.logChain?.before?.before).toBe(run.previous?.logChain?.before);
  });

  it('should give the same points in one pass as one by one, undos and decisions included', () => {
    const run = play(start(), [
      { kind: 'note', text: 'a' },
      { kind: 'advance' },
      { kind: 'decide', decision: 'host_speaks', choice: 'go_public' },
      { kind: 'undo' },
      { kind: 'decide', decision: 'host_speaks', choice: 'pass' },
      { kind: 'force', trigger: 'protest' },
      { kind: 'undo' },
      { kind: 'undo' },
      { kind: 'decide', decision: 'host_speaks', choice: 'go_public' },
      { kind: 'advance' },
    ]);
    const points = Array.from(exercisePoints(run), (p) => ({ world: p.world, decided: p.decided.size, injectsFrom: p.injectsFrom }));
    const one = run.log.map((_, i) => exercisePoint(run, i + 1));
    expect(points).toEqual([exercisePoint(run, 0), ...one].map((p) => ({ world: p.world, decided: p.decided.size, injectsFrom: p.injectsFrom })));
    expect(points).toHaveLength(run.log.length + 1);
  });

  it(`should refuse entry ${MAX_ITEMS.transcriptEntries + 1} while the exercise runs`, () => {
    const full = play(start(), notes(MAX_ITEMS.transcriptEntries));
    expect(() => applyEntry(full, { kind: 'note', text: 'one more' })).toThrow('the transcript holds 5,000 entries, the most an exercise transcript may hold');
  });

  it('should refuse a transcript over the limit when it is read, and replay one at the limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-limit-'));
    const full = play(start(), notes(MAX_ITEMS.transcriptEntries));
    const atLimit = join(dir, 'full.transcript.json');
    writeFileSync(atLimit, serializeTranscript(loaded, full));
    expect(replayTranscript(atLimit, loaded, stepper).entries).toHaveLength(MAX_ITEMS.transcriptEntries);
    const file = JSON.parse(readFileSync(atLimit, 'utf8'));
    file.entries.push({ kind: 'note', text: 'one more' });
    const over = join(dir, 'over.transcript.json');
    writeFileSync(over, JSON.stringify(file));
    const r = await statecraft('debrief', over, '--runs', '100');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('over.transcript.json: the transcript holds 5,001 entries, more than the limit of 5,000');
    expect(r.stderr).toContain('docs/limits.md');
  });
});
