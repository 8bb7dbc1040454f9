import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import { applyEntry, startExercise } from '../../src/exercise/exerciseRun.js';
import { openTranscriptWriter, replayTranscript } from '../../src/report/transcriptFile.js';
import { loadExercise } from '../../src/scenario/loadExercise.js';

const loaded = loadExercise('harir-in-45');
const stepper = createStepper(compileScenario(loaded.scenario));

describe('the transcript writer', () => {
  it('should write, after every action, exactly the pretty JSON of the whole run (reusing the text of earlier entries)', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'statecraft-transcript-')), 't.json');
    const writer = openTranscriptWriter(path, loaded);
    let run = startExercise(loaded.exercise, stepper, 7);
    try {
      writer.save(run);
      expect(JSON.parse(readFileSync(path, 'utf8')).entries).toEqual([]);
      for (const text of ['first', 'second "quoted"\nline', 'third']) {
        run = applyEntry(run, { kind: 'note', text });
        run = applyEntry(run, { kind: 'advance' });
        writer.save(run);
        const file = JSON.parse(readFileSync(path, 'utf8'));
        expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(file, null, 2)}\n`);
        expect(file.entries).toEqual(run.entries);
      }
    } finally {
      writer.close();
    }
    expect(replayTranscript(path, loaded, stepper).entries).toEqual(run.entries);
  });
});
