import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import { applyEntry, startExercise } from '../../src/exercise/exerciseRun.js';
import { checkOutput } from '../../src/files/checkOutput.js';
import { openTranscriptWriter } from '../../src/report/transcriptFile.js';
import { loadExercise } from '../../src/scenario/loadExercise.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'statecraft-out-writer-'));
const REPORT = '# Monte Carlo: x\n\nthe long computation’s result\n';

describe('an output checked before the work, written at its end', () => {
  it('should refuse a file that appeared meanwhile, keep it untouched, and keep the result beside under a new name', () => {
    const dir = fresh();
    const out = checkOutput(join(dir, 'late.md'), { flag: '--out' });
    writeFileSync(join(dir, 'late.md'), 'my notes written meanwhile\n');
    expect(() => out.write(REPORT)).toThrow(
      `refusing to replace ${join(dir, 'late.md')}: a file appeared there while statecraft was working; the result was written to ${join(dir, 'late.kept-1.md')} instead`,
    );
    expect(readFileSync(join(dir, 'late.md'), 'utf8')).toBe('my notes written meanwhile\n');
    expect(readFileSync(join(dir, 'late.kept-1.md'), 'utf8')).toBe(REPORT);
    // A second refusal never replaces the first kept result; no temporary or lock file is left.
    const again = checkOutput(join(dir, 'other.md'), { flag: '--out' });
    writeFileSync(join(dir, 'other.md'), 'x');
    writeFileSync(join(dir, 'other.kept-1.md'), 'already here');
    expect(() => again.write(REPORT)).toThrow('the result was written to');
    expect(readFileSync(join(dir, 'other.kept-1.md'), 'utf8')).toBe('already here');
    expect(readFileSync(join(dir, 'other.kept-2.md'), 'utf8')).toBe(REPORT);
    expect(readdirSync(dir).sort()).toEqual(['late.kept-1.md', 'late.md', 'other.kept-1.md', 'other.kept-2.md', 'other.md']);
  });

  it('should refuse a file edited or replaced meanwhile, even by one of the same kind', () => {
    const dir = fresh();
    const path = join(dir, 'r.md');
    writeFileSync(path, 'old\n');
    const edited = checkOutput(path, { flag: '--out', overwrite: true });
    writeFileSync(path, 'edited meanwhile, a little longer\n');
    expect(() => edited.write(REPORT)).toThrow('refusing to replace');
    const replaced = checkOutput(path, { flag: '--out', overwrite: true });
    writeFileSync(join(dir, 'new'), 'another file\n');
    renameSync(join(dir, 'new'), path);
    expect(() => replaced.write(REPORT)).toThrow('it was replaced by another file while statecraft was working');
    expect(readFileSync(path, 'utf8')).toBe('another file\n');
  });

  it('should write when nothing changed, when the file vanished, or when an empty file appeared', () => {
    const dir = fresh();
    const path = join(dir, 'r.md');
    checkOutput(path, { flag: '--out' }).write('one\n');
    expect(readFileSync(path, 'utf8')).toBe('one\n');
    const gone = checkOutput(path, { flag: '--out', overwrite: true });
    renameSync(path, join(dir, 'moved.md'));
    gone.write('two\n');
    expect(readFileSync(path, 'utf8')).toBe('two\n');
    const touched = checkOutput(join(dir, 't.md'), { flag: '--out' });
    writeFileSync(join(dir, 't.md'), '');
    touched.write('three\n');
    expect(readFileSync(join(dir, 't.md'), 'utf8')).toBe('three\n');
  });

  it('should keep the result in the temporary folder when its own folder is gone', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'sub'));
    const out = checkOutput(join(dir, 'sub', 'r.md'), { flag: '--out' });
    renameSync(join(dir, 'sub'), join(dir, 'elsewhere'));
    let message = '';
    try {
      out.write(REPORT);
    } catch (e) {
      message = (e as Error).message;
    }
    const kept = /the result was written to (\S+) instead$/.exec(message)?.[1];
    expect(message).toContain(`cannot write ${join(dir, 'sub', 'r.md')}`);
    expect(kept).toMatch(/statecraft-kept-[^/]+\/r\.kept-1\.md$/);
    expect(readFileSync(kept as string, 'utf8')).toBe(REPORT);
  });
});

describe('a transcript swapped for a symlink while the exercise runs', () => {
  it('should refuse to write through the link, leave its target untouched and keep the transcript beside', () => {
    const loaded = loadExercise('harir-in-45');
    const stepper = createStepper(compileScenario(loaded.scenario));
    const dir = fresh();
    const path = join(dir, 't.json');
    writeFileSync(join(dir, 'victim.md'), 'my precious notes\n');
    const writer = openTranscriptWriter(path, loaded);
    let run = startExercise(loaded.exercise, stepper, 1);
    try {
      writer.save(run);
      run = applyEntry(run, { kind: 'note', text: 'A1' });
      writer.save(run);
      symlinkSync('victim.md', join(dir, 'tmp.lnk'));
      renameSync(join(dir, 'tmp.lnk'), path);
      run = applyEntry(run, { kind: 'note', text: 'A2' });
      expect(() => writer.save(run)).toThrow(`refusing to replace ${path}: it now leads to ${join(dir, 'victim.md')} while statecraft was working`);
      // The next actions go on to the same kept file, each saying so: no file per action, nothing through the link.
      run = applyEntry(run, { kind: 'note', text: 'A3' });
      expect(() => writer.save(run)).toThrow(`the result was written to ${join(dir, 't.kept-1.json')} instead`);
    } finally {
      writer.close();
    }
    expect(readFileSync(join(dir, 'victim.md'), 'utf8')).toBe('my precious notes\n');
    expect(JSON.parse(readFileSync(join(dir, 't.kept-1.json'), 'utf8')).entries).toEqual([
      { kind: 'note', text: 'A1' },
      { kind: 'note', text: 'A2' },
      { kind: 'note', text: 'A3' },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['t.json', 't.kept-1.json', 'victim.md']);
  });
});

describe('the writability probe', () => {
  it('should never remove a file it did not create, even one named like its probe', () => {
    const dir = fresh();
    const mine = join(dir, `.statecraft-probe-${process.pid}`);
    writeFileSync(mine, 'precious\n');
    checkOutput(join(dir, 'out.md'), { flag: '--out' });
    expect(readFileSync(mine, 'utf8')).toBe('precious\n');
    expect(readdirSync(dir)).toEqual([`.statecraft-probe-${process.pid}`]);
  });
});
