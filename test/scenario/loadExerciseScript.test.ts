// Exercise scripts: one step per entry kind, read into transcript entries with their positions.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../src/core/errors.js';
import { entrySchema } from '../../src/scenario/exerciseEntry.js';
import { loadExerciseScript } from '../../src/scenario/loadExerciseScript.js';

const script = (text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'statecraft-')), 'script.yaml');
  writeFileSync(file, text);
  return file;
};

describe('loadExerciseScript', () => {
  it('should read a step of every entry kind into that entry, with its line and column', () => {
    const file = script(
      [
        'steps:',
        '  - advance',
        '  - note: the class hesitated',
        '  - force: isis_resurgence',
        '  - veto: { role: us, trigger: t, reason: r }',
        '  - override: { indicator: us_troops, value: 3, reason: why }',
        '  - decide: { decision: d, choice: c }',
        '  - move: { role: us, trigger: t }',
        '  - predict: { prompt: p, team: Red, p: { full_exit: 1 } }',
        '  - undo',
        '',
      ].join('\n'),
    );
    const steps = loadExerciseScript(file);
    expect(steps.map((s) => s.entry)).toEqual([
      { kind: 'advance' },
      { kind: 'note', text: 'the class hesitated' },
      { kind: 'force', trigger: 'isis_resurgence' },
      { kind: 'veto', role: 'us', trigger: 't', reason: 'r' },
      { kind: 'override', indicator: 'us_troops', value: 3, reason: 'why' },
      { kind: 'decide', decision: 'd', choice: 'c' },
      { kind: 'move', role: 'us', trigger: 't' },
      { kind: 'predict', prompt: 'p', team: 'Red', p: { full_exit: 1 } },
      { kind: 'undo' },
    ]);
    expect(steps[2]?.where).toBe(`${file}:4:5`);
    const kinds = entrySchema.options.map((o) => o.shape.kind.value);
    expect(new Set(steps.map((s) => s.entry.kind)), 'every entry kind can be scripted').toEqual(new Set(kinds));
  });

  it('should position a step that lacks a field or names no entry kind', () => {
    const file = script('steps:\n  - advance\n  - veto: { role: us }\n  - frobnicate: 1\n');
    try {
      loadExerciseScript(file);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioError);
      expect((e as ScenarioError).diagnostics.map((d) => [d.line, d.column])).toEqual([
        [3, 5],
        [4, 5],
      ]);
    }
  });
});
